import type { VisaRegime } from './schemas.ts';

/**
 * The relationship layers a user can show or hide. The visa layer has three levels, each its own
 * toggle; `visa` in a URL stands for all three. `former` draws past allies faintly.
 */
export const LAYER_IDS = ['ally', 'former', 'partner', 'visa-free', 'visa-arrival', 'visa-online', 'nsp'] as const;
/** A relationship layer the user can show or hide. */
export type LayerId = (typeof LAYER_IDS)[number];

export const VISA_LAYER_IDS = ['visa-free', 'visa-arrival', 'visa-online'] as const satisfies readonly LayerId[];
/** One of the three visa-access levels. */
export type VisaLayerId = (typeof VISA_LAYER_IDS)[number];

/** Which visa toggle a regime falls under; null for regimes that are not easy access. */
export function visaLayerOf(regime: VisaRegime): VisaLayerId | null {
  switch (regime) {
    case 'visa_free':
      return 'visa-free';
    case 'visa_on_arrival':
      return 'visa-arrival';
    case 'e_visa':
    case 'eta':
      return 'visa-online';
    default:
      return null;
  }
}

export const VISA_REGIME_LABELS: Record<VisaRegime, string> = {
  visa_free: 'Visa-free',
  visa_on_arrival: 'Visa on arrival',
  e_visa: 'e-Visa',
  eta: 'Electronic travel authorisation (eTA)',
  visa_required: 'Visa required',
  no_admission: 'No admission',
  not_applicable: 'Not applicable',
};

export const LAYER_LABELS: Record<LayerId, string> = {
  ally: 'Formal diplomatic ally',
  former: 'Former ally',
  partner: 'Substantive partner',
  'visa-free': 'Visa-free',
  'visa-arrival': 'Visa on arrival',
  'visa-online': 'e-Visa or eTA',
  nsp: 'New Southbound Policy',
};
