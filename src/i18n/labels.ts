import type { CountryProfile } from '../data/country-profiles.ts';
import type { LayerAvailability } from '../data/layer-availability.ts';
import type { LayerId } from '../data/layers.ts';
import type { Recognition } from '../data/recognition.ts';
import { formatPartialDate } from './format.ts';
import type { Locale } from './locale.ts';
import { messagesFor } from './messages.ts';

/**
 * How a layer is named for one country: partners the MOFA names like-minded are said to be, and
 * Beijing's side says "neither" for a state that recognises neither that year.
 */
export function layerLabel(layer: LayerId, profile: CountryProfile | undefined, locale: Locale, recognition?: Recognition): string {
  const { vocabulary } = messagesFor(locale);
  if (layer === 'beijing' && recognition === 'neither') return vocabulary.neither;
  return layer === 'partner' && profile?.likeMinded ? vocabulary.likeMindedPartner : vocabulary.layer[layer];
}

/** Why a layer is not drawn for a year, for the legend; null when it is drawn. */
export function unavailableReason(availability: LayerAvailability, year: number, locale: Locale): string | null {
  if (year >= availability.fromYear || !availability.date) return null;
  if (availability.completeFrom !== null) return messagesFor(locale).vocabulary.notDrawn.beforeFirst(year, availability.fromYear);
  const date = formatPartialDate(availability.date, locale);
  const { notDrawn } = messagesFor(locale).vocabulary;
  return availability.meaning === 'launched' ? notDrawn.launched(year, date) : notDrawn.asOf(year, date);
}

/** Why a layer drawn through time may show too few places in a year before it is complete; null once it is. */
export function partialNote(availability: LayerAvailability, year: number, locale: Locale): string | null {
  const { completeFrom, fromYear, undated } = availability;
  if (completeFrom === null || year < fromYear || year >= completeFrom) return null;
  return messagesFor(locale).vocabulary.partial(year, completeFrom, undated);
}
