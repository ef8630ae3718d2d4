/**
 * Types for gifenc 1.0.3, which ships none; written from its README and src/ (index.js,
 * palettize.js, pnnquant2.js). Only what the package exports.
 */
declare module 'gifenc' {
  /** An RGB or, in the rgba4444 format, RGBA colour; channels 0–255. */
  export type GifColor = number[];
  /** A colour table of at most 256 colours. */
  export type GifPalette = GifColor[];
  /** How colours are packed while quantizing; rgba4444 keeps alpha. */
  export type GifColorFormat = 'rgb565' | 'rgb444' | 'rgba4444';
  /** Pixels as flat RGBA bytes. gifenc reads the array's whole underlying buffer, so pass no offset views. */
  export type RgbaPixels = Uint8Array | Uint8ClampedArray;

  /** Options of quantize(). */
  export interface QuantizeOptions {
    format?: GifColorFormat;
    /** rgba4444 only: snap alpha to 0 or 255 (a number sets the threshold, default 127). */
    oneBitAlpha?: boolean | number;
    clearAlpha?: boolean;
    clearAlphaThreshold?: number;
    clearAlphaColor?: number;
    useSqrt?: boolean;
  }

  /** Reduces an image to a palette of at most maxColors colours (PnnQuant). */
  export function quantize(rgba: RgbaPixels, maxColors: number, options?: QuantizeOptions): GifPalette;
  /** The palette index of each pixel: one byte per pixel. */
  export function applyPalette(rgba: RgbaPixels, palette: GifPalette, format?: GifColorFormat): Uint8Array;
  /** Rounds colours in place before quantizing. */
  export function prequantize(rgba: RgbaPixels, options?: { roundRGB?: number; roundAlpha?: number; oneBitAlpha?: boolean | number | null }): void;
  /** Replaces palette colours within `threshold` of a known colour by that colour, in place. */
  export function snapColorsToPalette(palette: GifPalette, knownColors: GifColor[], threshold?: number): void;
  /** A distance between two colours (default: squared Euclidean). */
  export type ColorDistance = (a: GifColor, b: GifColor) => number;
  export function nearestColorIndex(colors: GifPalette, pixel: GifColor, distance?: ColorDistance): number;
  /** [index, squared distance] of the nearest colour. */
  export function nearestColorIndexWithDistance(colors: GifPalette, pixel: GifColor, distance?: ColorDistance): [number, number];
  export function nearestColor(colors: GifPalette, pixel: GifColor, distance?: ColorDistance): GifColor;

  /** Options of GIFEncoder.writeFrame(). */
  export interface WriteFrameOptions {
    /** Required on the first frame (the global table); on later frames it becomes a local table. */
    palette?: GifPalette;
    /** Manual mode only: this frame writes the screen descriptor and global table. */
    first?: boolean;
    transparent?: boolean;
    transparentIndex?: number;
    /** Frame delay in milliseconds; stored rounded to hundredths of a second. */
    delay?: number;
    /** First frame only: -1 plays once, 0 loops forever, n > 0 repeats n times. */
    repeat?: number;
    /** Bits per colour; default 8. */
    colorDepth?: number;
    /** Disposal method 0–7; -1 (default) picks one from `transparent`. */
    dispose?: number;
  }

  /** The growable byte buffer an encoder writes to. */
  export interface GifStream {
    readonly buffer: ArrayBuffer;
    reset(): void;
    bytes(): Uint8Array;
    bytesView(): Uint8Array;
    writeByte(byte: number): void;
    writeBytes(data: ArrayLike<number>, offset?: number, byteLength?: number): void;
    writeBytesView(data: Uint8Array, offset?: number, byteLength?: number): void;
  }

  /** A GIF being written frame by frame. */
  export interface GifEncoder {
    /** `index` holds one palette index per pixel, rows top to bottom; width and height in pixels. */
    writeFrame(index: Uint8Array, width: number, height: number, options?: WriteFrameOptions): void;
    /** Writes the trailer; call once after the last frame. */
    finish(): void;
    /** A copy of the bytes written so far. */
    bytes(): Uint8Array;
    /** A view of the bytes written so far, without copying; invalid after further writes. */
    bytesView(): Uint8Array;
    /** Manual mode only: writes "GIF89a". */
    writeHeader(): void;
    reset(): void;
    readonly buffer: ArrayBuffer;
    readonly stream: GifStream;
  }

  /** Options of GIFEncoder(). */
  export interface GifEncoderOptions {
    /** true (default): the first writeFrame writes the header and global table. */
    auto?: boolean;
    /** Initial buffer size in bytes (default 4096). */
    initialCapacity?: number;
  }

  export function GIFEncoder(options?: GifEncoderOptions): GifEncoder;
  export default GIFEncoder;
}
