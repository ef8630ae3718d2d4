/**
 * Entry regimes for ordinary ROC (Taiwan) passport holders; `not_applicable` is China (see data/README.md),
 * `unknown` a place drawn on the map for which no source was found (said so, never guessed).
 * Here rather than in scripts/dataset/schemas.ts, so the app can use the list without bundling zod.
 */
export const VISA_REGIMES = [
  'visa_free',
  'visa_on_arrival',
  'e_visa',
  'eta',
  'visa_required',
  'no_admission',
  'not_applicable',
  'unknown',
] as const;
/** How ordinary ROC passport holders enter a place. */
export type VisaRegime = (typeof VISA_REGIMES)[number];

/**
 * The relationship layers a user can show or hide. The visa layer has three levels, each its own
 * toggle; `visa` in a URL stands for all three. `former` draws past allies faintly. `beijing` is
 * the other side: states with diplomatic relations with the PRC, and, while `ally` shows too, the
 * states that recognise neither (data/recognition.ts).
 */
export const LAYER_IDS = ['ally', 'former', 'beijing', 'partner', 'visa-free', 'visa-arrival', 'visa-online', 'nsp'] as const;
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
