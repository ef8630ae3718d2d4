import { describe, expect, it } from 'vitest';
import { DARK_PALETTE, PALETTE, type Palette } from '../../../src/map/palette.ts';
import { labelInk } from '../../../src/map/label-drawing.ts';

/**
 * The map's categories must stay apart for people with colour-vision deficiencies, and the
 * colours the legend relies on alone must stand out from the ocean and the land (WCAG 1.4.11).
 *
 * Simulation: Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation
 * of Color Vision Deficiency", severity 1.0 matrices, applied to linear RGB. Difference: CIE76
 * (Euclidean ΔE*ab in CIELAB, D65) and CIEDE2000, both computed after the simulation.
 * The dark theme's palette passes the same tests as the light one.
 */

const PALETTES: Record<string, Palette> = { light: PALETTE, dark: DARK_PALETTE };

type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

const SIMULATIONS: Record<string, Matrix | null> = {
  'normal vision': null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/**
 * Thresholds for a pair to count as distinguishable. ΔE76 ≥ 10 is a clear difference between two
 * patches side by side; CIEDE2000 (which discounts differences in saturated and light colours
 * that CIE76 overstates) ≥ 8 is the stricter check, with the visa ramp next to the land as the
 * tightest case.
 */
const MIN_DELTA_E76 = 10;
const MIN_DELTA_E2000 = 8;

/** The fills of the map's layers and statuses, each of which a reader must tell from the others. */
const categoryFills = (palette: Palette) => ({
  ally: palette.ally,
  gained: palette.allyGained,
  lost: palette.allyLost,
  former: palette.formerAlly,
  'like-minded partner': palette.partnerLikeMinded,
  'other partner': palette.partnerOther,
  'visa-free': palette.visaFree,
  'visa on arrival': palette.visaArrival,
  'visa online': palette.visaOnline,
  land: palette.land,
  'Taiwan (home)': palette.home,
  'recognises Beijing': palette.beijing,
  'recognises neither': palette.neither,
});

const channel = (hex: string, index: number) => parseInt(hex.slice(1 + 2 * index, 3 + 2 * index), 16) / 255;
const toLinear = (value: number) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
const linearRgb = (hex: string): Rgb => [0, 1, 2].map((index) => toLinear(channel(hex, index))) as Rgb;

function simulate(rgb: Rgb, matrix: Matrix | null): Rgb {
  if (!matrix) return rgb;
  return matrix.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]))) as Rgb;
}

/** CIELAB (D65) of a linear-RGB colour. */
function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const deltaE76 = (p: Rgb, q: Rgb) => Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);

/** CIEDE2000 (Sharma, Wu & Dalal 2005), kL = kC = kH = 1. */
function deltaE2000([l1, a1, b1]: Rgb, [l2, a2, b2]: Rgb): number {
  const rad = Math.PI / 180;
  const meanC = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(meanC ** 7 / (meanC ** 7 + 25 ** 7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1p = Math.hypot(a1p, b1);
  const c2p = Math.hypot(a2p, b2);
  const hue = (b: number, a: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);
  let dhp = 0;
  if (c1p * c2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dLp = l2 - l1;
  const dCp = c2p - c1p;
  const dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin((dhp * rad) / 2);
  const meanL = (l1 + l2) / 2;
  const meanCp = (c1p + c2p) / 2;
  let meanH = h1p + h2p;
  if (c1p * c2p !== 0) meanH = Math.abs(h1p - h2p) > 180 ? (h1p + h2p + (h1p + h2p < 360 ? 360 : -360)) / 2 : (h1p + h2p) / 2;
  const t =
    1 -
    0.17 * Math.cos((meanH - 30) * rad) +
    0.24 * Math.cos(2 * meanH * rad) +
    0.32 * Math.cos((3 * meanH + 6) * rad) -
    0.2 * Math.cos((4 * meanH - 63) * rad);
  const dTheta = 30 * Math.exp(-(((meanH - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(meanCp ** 7 / (meanCp ** 7 + 25 ** 7));
  const sl = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2);
  const sc = 1 + 0.045 * meanCp;
  const sh = 1 + 0.015 * meanCp * t;
  const rt = -Math.sin(2 * dTheta * rad) * rc;
  return Math.sqrt((dLp / sl) ** 2 + (dCp / sc) ** 2 + (dHp / sh) ** 2 + rt * (dCp / sc) * (dHp / sh));
}

/** WCAG 2 contrast ratio of two sRGB colours. */
function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = linearRgb(hex);
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const pairsOf = (palette: Palette) =>
  Object.entries(categoryFills(palette)).flatMap(([nameA, a], index, all) => all.slice(index + 1).map(([nameB, b]) => ({ nameA, a, nameB, b })));

describe('the palette under simulated colour-vision deficiencies (Machado et al. 2009, severity 1)', () => {
  it('checks the published matrices: white stays white and Okabe–Ito blue and vermilion stay apart', () => {
    for (const matrix of Object.values(SIMULATIONS)) {
      for (const value of simulate([1, 1, 1], matrix)) expect(value).toBeCloseTo(1, 2);
    }
    // A sanity check of the model: pure red and green, which protanopes confuse, come out close.
    const redGreen = deltaE76(lab(simulate(linearRgb('#cc0000'), SIMULATIONS.protanopia)), lab(simulate(linearRgb('#6a6a00'), SIMULATIONS.protanopia)));
    expect(redGreen).toBeLessThan(deltaE76(lab(linearRgb('#cc0000')), lab(linearRgb('#6a6a00'))));
  });

  it('checks CIEDE2000 against Sharma et al.’s test data', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(deltaE2000([50, -1.3802, -84.2814], [50, 0, -82.7485])).toBeCloseTo(1.0, 3);
    expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 3);
    expect(deltaE2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 3);
  });

  for (const [theme, palette] of Object.entries(PALETTES)) {
    for (const [vision, matrix] of Object.entries(SIMULATIONS)) {
      it(`keeps every pair of the ${theme} palette's category fills apart with ${vision} (ΔE76 ≥ ${MIN_DELTA_E76}, CIEDE2000 ≥ ${MIN_DELTA_E2000})`, () => {
        const tooClose = pairsOf(palette)
          .map(({ nameA, a, nameB, b }) => {
            const [labA, labB] = [a, b].map((hex) => lab(simulate(linearRgb(hex), matrix)));
            return { pair: `${nameA} ${a} / ${nameB} ${b}`, e76: deltaE76(labA, labB), e2000: deltaE2000(labA, labB) };
          })
          .filter(({ e76, e2000 }) => e76 < MIN_DELTA_E76 || e2000 < MIN_DELTA_E2000)
          .map(({ pair, e76, e2000 }) => `${pair}: ΔE76 ${e76.toFixed(1)}, CIEDE2000 ${e2000.toFixed(1)}`);
        expect(tooClose).toEqual([]);
      });
    }
  }
});

for (const [theme, PALETTE] of Object.entries(PALETTES)) {
  describe(`non-text contrast of what the legend relies on in the ${theme} palette (WCAG 1.4.11, ≥ 3:1)`, () => {
    // The lighter tints (former allies, other partners, the visa levels) are told apart from one
    // another and from the land by the checks above, and every country's categories are also given
    // in text (the details panel, the hover tooltip and the table view), so they need not reach 3:1
    // against the ocean. The colours below carry meaning on their own and must.
    const BACKGROUNDS = { ocean: PALETTE.ocean, land: PALETTE.land };
    const MARKS = {
      'ally fill': PALETTE.ally,
      'lost ally fill': PALETTE.allyLost,
      'Taiwan (home) fill': PALETTE.home,
      'change outline': PALETTE.changeOutline,
      'New Southbound outline': PALETTE.nspOutline,
      'selection outline': PALETTE.selectedOutline,
    };

    for (const [mark, color] of Object.entries(MARKS)) {
      for (const [background, backgroundColor] of Object.entries(BACKGROUNDS)) {
        it(`${mark} against the ${background}`, () => {
          expect(contrastRatio(color, backgroundColor)).toBeGreaterThanOrEqual(3);
        });
      }
    }

    it('the change outline against the gained and lost fills it surrounds, and the lost hatching against the lost fill', () => {
      expect(contrastRatio(PALETTE.changeOutline, PALETTE.allyGained)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(PALETTE.changeOutline, PALETTE.allyLost)).toBeGreaterThanOrEqual(3);
    });

    // The light palette's Taiwan red reaches 6.8:1, the other inks 7:1 and more; the names are bold or semibold.
    it('the names’ ink on their halo (≥ 4.5:1, WCAG 1.4.3)', () => {
      for (const ink of Object.values(labelInk(PALETTE))) expect(contrastRatio(ink, PALETTE.labelHalo), ink).toBeGreaterThanOrEqual(4.5);
    });
  });
}
