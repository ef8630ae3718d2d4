import { hexToRgb, PALETTE } from './palette.ts';

/**
 * The hatchings' tiles, drawn in code (no sprite server), and the image ids the style's pattern
 * layers name them by. The map controller adds them to the map before the first frame.
 */

export const HATCH_IMAGE_ID = 'visa-hatch';
export const LOST_HATCH_IMAGE_ID = 'lost-ally-hatch';

/** Hatching line colour (dark green, the visa hue) and opacity 0–255: visible, never dominant. */
const HATCH_RGBA = [0, 36, 26, 170] as const;

/** An RGBA image as MapLibre's addImage takes it. */
export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A square tile with the pixels `on(x, y)` picks set to one colour, the rest transparent. */
function patternTile(size: number, rgba: readonly number[], on: (x: number, y: number) => boolean): PatternImage {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (on(x, y)) data.set(rgba, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/**
 * A square RGBA tile of thin diagonal lines (／) for the visa hatching. The tile repeats
 * seamlessly because the lines run corner to corner.
 */
export function hatchImage(size = 8): PatternImage {
  return patternTile(size, HATCH_RGBA, (x, y) => (x + y) % size === 0);
}

/** The lost hatching's lines: the change outline's colour, opaque. */
const LOST_HATCH_RGBA = [...hexToRgb(PALETTE.changeOutline), 255];
/** Line width of the lost hatching, in pixels of its tile. */
const LOST_HATCH_LINE_PX = 2;

/**
 * The tile of the lost-ally hatching: bolder lines than the visa hatching, running the other way
 * (＼), in the change outline's colour, so a loss reads as a loss without its colour (and the
 * two hatchings cross rather than merge where both apply). app.css `.swatch-lost-pattern` draws
 * the same for the legend.
 */
export function lostHatchImage(size = 8): PatternImage {
  return patternTile(size, LOST_HATCH_RGBA, (x, y) => (((x - y) % size) + size) % size < LOST_HATCH_LINE_PX);
}
