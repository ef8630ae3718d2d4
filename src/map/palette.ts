import type { LayerId } from '../data/layers.ts';
import type { LegendKey, LegendSwatch } from '../data/view-summary.ts';

/**
 * Colours, from the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies) plus tints of its hues for the lower levels of each category. The visa ramp and
 * the land are spaced in lightness so that they stay apart for protanopes and deuteranopes too,
 * who see the greens as greys; tests/unit/map/palette.test.ts checks every pair under simulated
 * protanopia, deuteranopia and tritanopia.
 */
export const PALETTE = {
  ocean: '#dce8f1',
  /** Around a globe: the page's paper, a little cooler, so the globe reads as a ball on the page. */
  space: '#f4f6f8',
  land: '#ecebe8',
  border: '#ffffff',
  home: '#b4123c',
  ally: '#0072b2',
  /** Gained this year: Okabe–Ito sky blue (a little more saturated), the ally hue made lighter. */
  allyGained: '#4abaf5',
  /** Lost this year: Okabe–Ito vermilion, under a hatching (lostHatchImage) so colour is not the only sign. */
  allyLost: '#d55e00',
  /** Former allies: a faint blue-grey, darker than the ocean and cooler than plain land. */
  formerAlly: '#b3c3d1',
  /** The outline that marks a change (gained or lost) this year, and the lines of the lost hatching. */
  changeOutline: '#1d2430',
  partnerLikeMinded: '#e69f00',
  partnerOther: '#f4d28f',
  visaFree: '#009e73',
  visaArrival: '#70b19b',
  visaOnline: '#9cd1bf',
  nspOutline: '#9e3d7f',
  /** Recognises Beijing (the "Taipei or Beijing" lens): Okabe–Ito reddish purple. */
  beijing: '#cc79a7',
  /** Recognises neither, after relations with one of them: a yellow (Okabe–Ito yellow, made greener to stay apart from the other partners with tritanopia), a gap that stands out. */
  neither: '#e4ea4f',
  selectedOutline: '#111111',
  hoverOutline: '#444444',
} as const;

/** A `#rrggbb` colour's red, green and blue, 0–255. */
export function hexToRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((index) => parseInt(hex.slice(index, index + 2), 16)) as [number, number, number];
}

/** The swatch colour each layer's toggle and legend entry shows. */
export const LAYER_COLORS: Record<LayerId, string> = {
  ally: PALETTE.ally,
  former: PALETTE.formerAlly,
  beijing: PALETTE.beijing,
  partner: PALETTE.partnerLikeMinded,
  'visa-free': PALETTE.visaFree,
  'visa-arrival': PALETTE.visaArrival,
  'visa-online': PALETTE.visaOnline,
  nsp: PALETTE.nspOutline,
};

/** The swatch of every legend entry: the layers, and this year's gained and lost allies. */
export const LEGEND_SWATCHES: Record<LegendKey, LegendSwatch> = {
  ...(Object.fromEntries(Object.entries(LAYER_COLORS).map(([id, color]) => [id, { color, kind: id === 'nsp' ? 'outline' : 'fill' }])) as Record<
    LayerId,
    LegendSwatch
  >),
  neither: { color: PALETTE.neither, kind: 'fill' },
  gained: { color: PALETTE.allyGained, kind: 'change' },
  lost: { color: PALETTE.allyLost, kind: 'hatched' },
};
