import type { LayerId } from '../data/layers.ts';
import type { LegendKey, LegendSwatch } from '../data/view-summary.ts';
import type { ShownTheme } from '../state/store.ts';

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
  /** The ring of a small country's dot, without a change or a selection. */
  markerStroke: '#ffffff',
  /** The map's names: the halo under them, and their ink by kind (tests/unit/map/palette.test.ts checks their contrast). */
  labelHalo: '#ffffff',
  labelHome: '#b4123c',
  labelAlly: '#08365c',
  labelLost: '#7a2e00',
} as const;

/** The map's colours, role by role. */
export type Palette = { readonly [Role in keyof typeof PALETTE]: string };

/**
 * The dark theme's colours: a dark sea and land under the same categories, checked by the same
 * tests as the light ones. The marks that must stand out from the land (allies, losses, Taiwan,
 * the outlines) are made lighter, the faint former allies darker; the change outline turns light,
 * so the ally gained in the year is the darker blue inside it (against white it would vanish),
 * and Taiwan turns a lighter pink-red, which with tritanopia would otherwise meet the losses'
 * vermilion. The lost hatching keeps its dark lines: it is drawn on the vermilion, not the land.
 */
export const DARK_PALETTE: Palette = {
  ...PALETTE,
  ocean: '#0d1722',
  space: '#10151c',
  land: '#2a2f37',
  border: '#0d1722',
  home: '#ff5580',
  ally: '#0a84d0',
  allyGained: '#1c5fa8',
  allyLost: '#c85a00',
  formerAlly: '#52606e',
  changeOutline: '#f2f4f7',
  nspOutline: '#e08cc6',
  selectedOutline: '#ffffff',
  hoverOutline: '#c9d1db',
  // White rings would be the brightest marks on a dark map; a grey one still sets a dot off the sea.
  markerStroke: '#6b7685',
  labelHalo: '#0d1722',
  labelHome: '#ffa3b8',
  labelAlly: '#cde6ff',
  labelLost: '#ffc69e',
};

/** The colours of a theme. Exports are always drawn in the light one: a picture for print and slides. */
export function paletteFor(theme: ShownTheme): Palette {
  return theme === 'dark' ? DARK_PALETTE : PALETTE;
}

/** A `#rrggbb` colour's red, green and blue, 0–255. */
export function hexToRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((index) => parseInt(hex.slice(index, index + 2), 16)) as [number, number, number];
}

/** The swatch colour each layer's toggle and legend entry shows, in a palette. */
export function layerColors(palette: Palette): Record<LayerId, string> {
  return {
    ally: palette.ally,
    former: palette.formerAlly,
    beijing: palette.beijing,
    partner: palette.partnerLikeMinded,
    'visa-free': palette.visaFree,
    'visa-arrival': palette.visaArrival,
    'visa-online': palette.visaOnline,
    nsp: palette.nspOutline,
  };
}

/** The swatch of every legend entry, in a palette: the layers, and this year's gained and lost allies. */
export function legendSwatches(palette: Palette): Record<LegendKey, LegendSwatch> {
  return {
    ...(Object.fromEntries(Object.entries(layerColors(palette)).map(([id, color]) => [id, { color, kind: id === 'nsp' ? 'outline' : 'fill' }])) as Record<
      LayerId,
      LegendSwatch
    >),
    neither: { color: palette.neither, kind: 'fill' },
    gained: { color: palette.allyGained, kind: 'change' },
    lost: { color: palette.allyLost, kind: 'hatched' },
  };
}

/** The light palette's layer colours and legend swatches (the exports'). */
export const LAYER_COLORS = layerColors(PALETTE);
export const LEGEND_SWATCHES = legendSwatches(PALETTE);
