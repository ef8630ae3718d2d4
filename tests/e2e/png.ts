import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { hexToRgb } from '../../src/map/palette.ts';

/** An RGB colour, 0–255 per channel. */
export type Rgb = readonly [number, number, number];

export interface DecodedPng {
  width: number;
  height: number;
  /** Row-major RGB triples. */
  pixels: Rgb[];
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function paeth(left: number, up: number, upLeft: number): number {
  const p = left + up - upLeft;
  const pa = Math.abs(p - left);
  const pb = Math.abs(p - up);
  const pc = Math.abs(p - upLeft);
  return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
}

/**
 * A minimal PNG decoder for what Chromium's screenshots are: 8-bit RGB or RGBA, not interlaced
 * (anything else throws). Alpha is dropped: screenshots of the page are opaque.
 */
export function decodePng(png: Buffer): DecodedPng {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [bitDepth, colourType, , , interlace] = data.subarray(8, 13);
      if (bitDepth !== 8 || interlace !== 0 || (colourType !== 2 && colourType !== 6)) {
        throw new Error(`unsupported PNG: bit depth ${bitDepth}, colour type ${colourType}, interlace ${interlace}`);
      }
      channels = colourType === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? out[y * stride + x - channels] : 0;
      const up = y > 0 ? out[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? out[(y - 1) * stride + x - channels] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`bad PNG filter type ${filter}`);
      out[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  const pixels: Rgb[] = [];
  for (let i = 0; i < out.length; i += channels) pixels.push([out[i], out[i + 1], out[i + 2]]);
  return { width, height, pixels };
}

/** The app's own conversion (src/map/palette.ts), for the browser tests too. */
export { hexToRgb };

export function rgbToHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Whether every channel is within `tolerance` of the expected colour. */
export function isNear(actual: Rgb, expectedHex: string, tolerance = 12): boolean {
  const expected = hexToRgb(expectedHex);
  return actual.every((channel, i) => Math.abs(channel - expected[i]) <= tolerance);
}

/** The pixels of a square of side `size` centred on page point (x, y), from a screenshot. */
export async function pixelsAround(page: Page, x: number, y: number, size = 1): Promise<Rgb[]> {
  const half = Math.floor(size / 2);
  const clip = { x: Math.round(x) - half, y: Math.round(y) - half, width: size, height: size };
  return decodePng(await page.screenshot({ clip, animations: 'disabled', caret: 'hide' })).pixels;
}

/** A screenshot of a page rectangle, decoded. */
export async function screenshotArea(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<DecodedPng> {
  const rounded = { x: Math.round(clip.x), y: Math.round(clip.y), width: Math.round(clip.width), height: Math.round(clip.height) };
  return decodePng(await page.screenshot({ clip: rounded, animations: 'disabled', caret: 'hide' }));
}

/** The pixels of a square of side `size` centred on (x, y) in a decoded image. */
export function squareOf(image: DecodedPng, x: number, y: number, size: number): Rgb[] {
  const half = Math.floor(size / 2);
  const pixels: Rgb[] = [];
  for (let row = y - half; row < y - half + size; row++) {
    for (let column = x - half; column < x - half + size; column++) pixels.push(image.pixels[row * image.width + column]);
  }
  return pixels;
}

/** The most common colour among the pixels. */
export function dominantColour(pixels: readonly Rgb[]): Rgb {
  const counts = new Map<string, { colour: Rgb; count: number }>();
  for (const pixel of pixels) {
    const key = pixel.join(',');
    const entry = counts.get(key) ?? { colour: pixel, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0].colour;
}

/**
 * Polls the dominant colour of a small square until it is near `expectedHex` or the time runs
 * out; returns the last colour read (the caller asserts on it, so a failure shows the colour).
 */
export async function waitForColour(page: Page, x: number, y: number, expectedHex: string, { size = 9, timeout = 5_000 } = {}): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const colour = dominantColour(await pixelsAround(page, x, y, size));
    if (isNear(colour, expectedHex) || Date.now() > deadline) return rgbToHex(colour);
    await page.waitForTimeout(100);
  }
}
