import { describe, expect, it } from 'vitest';
import { exportMapLayout } from '../../../src/map/export-map.ts';

describe('exportMapLayout(size)', () => {
  it('draws up to 1080p at pixel ratio 1', () => {
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
      { width: 1080, height: 1080 },
      { width: 800, height: 450 },
    ]) {
      expect(exportMapLayout(size)).toEqual({ cssSize: size, pixelRatio: 1 });
    }
  });

  it('draws 4K and A4 at 300 dpi as a map of half the size at pixel ratio 2, exactly the size asked', () => {
    expect(exportMapLayout({ width: 3840, height: 2160 })).toEqual({ cssSize: { width: 1920, height: 1080 }, pixelRatio: 2 });
    expect(exportMapLayout({ width: 3508, height: 2480 })).toEqual({ cssSize: { width: 1754, height: 1240 }, pixelRatio: 2 });
    expect(exportMapLayout({ width: 2480, height: 3508 })).toEqual({ cssSize: { width: 1240, height: 1754 }, pixelRatio: 2 });
  });

  it('keeps a whole number of CSS pixels: an odd side lowers the ratio', () => {
    expect(exportMapLayout({ width: 3841, height: 2160 })).toEqual({ cssSize: { width: 3841, height: 2160 }, pixelRatio: 1 });
    expect(exportMapLayout({ width: 6600, height: 3300 })).toEqual({ cssSize: { width: 2200, height: 1100 }, pixelRatio: 3 });
  });
});
