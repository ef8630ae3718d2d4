import type { CountryProfile } from '../data/country-profiles.ts';
import type { LayerId } from '../data/layers.ts';
import type { Locale } from './locale.ts';
import { messagesFor } from './messages.ts';

/** How a layer is named for one country: partners the MOFA names like-minded are said to be. */
export function layerLabel(layer: LayerId, profile: CountryProfile | undefined, locale: Locale): string {
  const { vocabulary } = messagesFor(locale);
  return layer === 'partner' && profile?.likeMinded ? vocabulary.likeMindedPartner : vocabulary.layer[layer];
}
