import type { LayerId } from '../data/layers.ts';
import type { LegendSwatch } from '../data/view-summary.ts';

/**
 * Colours, from the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies) plus lighter tints of its hues for the lower levels of each category.
 */
export const PALETTE = {
  ocean: '#dce8f1',
  land: '#e3e1dc',
  border: '#ffffff',
  home: '#b4123c',
  ally: '#0072b2',
  /** Gained this year: Okabe–Ito sky blue, the ally hue made lighter. */
  allyGained: '#56b4e9',
  /** Lost this year: Okabe–Ito vermilion. */
  allyLost: '#d55e00',
  /** Former allies: a faint blue-grey, darker than the ocean and cooler than plain land. */
  formerAlly: '#b3c3d1',
  /** The outline that marks a change (gained or lost) this year. */
  changeOutline: '#1d2430',
  partnerLikeMinded: '#e69f00',
  partnerOther: '#f4d28f',
  visaFree: '#009e73',
  visaArrival: '#74c8ad',
  visaOnline: '#c1e5d8',
  nspOutline: '#9e3d7f',
  selectedOutline: '#111111',
  hoverOutline: '#444444',
} as const;

/** The swatch colour each layer's toggle and legend entry shows. */
export const LAYER_COLORS: Record<LayerId, string> = {
  ally: PALETTE.ally,
  former: PALETTE.formerAlly,
  partner: PALETTE.partnerLikeMinded,
  'visa-free': PALETTE.visaFree,
  'visa-arrival': PALETTE.visaArrival,
  'visa-online': PALETTE.visaOnline,
  nsp: PALETTE.nspOutline,
};

/** The swatch of every legend entry: the layers, and this year's gained and lost allies. */
export const LEGEND_SWATCHES: Record<LayerId | 'gained' | 'lost', LegendSwatch> = {
  ...(Object.fromEntries(Object.entries(LAYER_COLORS).map(([id, color]) => [id, { color, kind: id === 'nsp' ? 'outline' : 'fill' }])) as Record<
    LayerId,
    LegendSwatch
  >),
  gained: { color: PALETTE.allyGained, kind: 'change' },
  lost: { color: PALETTE.allyLost, kind: 'change' },
};
