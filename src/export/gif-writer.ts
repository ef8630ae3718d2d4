import { applyPalette, GIFEncoder, quantize } from 'gifenc';

/**
 * Writes an animated GIF frame by frame with gifenc. Each frame gets its own 256-colour palette:
 * the map's flat colours fit easily, and the year's gained/lost colours come and go.
 */
export function createGifWriter(width: number, height: number) {
  const encoder = GIFEncoder();
  return {
    /** Adds what the context shows now, staying `delayMs` (GIF stores hundredths of a second). */
    addFrame(ctx: CanvasRenderingContext2D, delayMs: number) {
      const { data } = ctx.getImageData(0, 0, width, height);
      const palette = quantize(data, 256);
      encoder.writeFrame(applyPalette(data, palette), width, height, { palette, delay: delayMs, repeat: 0 });
    },
    finish(): Blob {
      encoder.finish();
      return new Blob([encoder.bytes() as Uint8Array<ArrayBuffer>], { type: 'image/gif' });
    },
  };
}
