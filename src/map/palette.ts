import type { LayerId } from '../data/layers.ts';

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
  partner: PALETTE.partnerLikeMinded,
  'visa-free': PALETTE.visaFree,
  'visa-arrival': PALETTE.visaArrival,
  'visa-online': PALETTE.visaOnline,
  nsp: PALETTE.nspOutline,
};
