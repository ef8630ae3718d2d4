import type { LabelSubject } from '../data/map-labels.ts';
import { HOME_ISO3 } from '../data/world.ts';
import { messagesFor } from '../i18n/messages.ts';
import type { LayerId } from '../data/layers.ts';
import type { Locale } from '../i18n/locale.ts';
import { labelLines } from './label-layout.ts';
import type { MapLabel } from './label-overlay.ts';

/**
 * The names a map of the year shows: Taiwan and the year's allies, gained and lost, while the ally
 * layer shows; a name gained or lost carries a line that says so, so that the change is read in
 * words, not only in colour. The live map, its exports and the SVG export name the same countries
 * with the same words.
 */
export function yearLabels(
  { year, layers, lang }: { year: number; layers: readonly LayerId[]; lang: Locale },
  labelsFor: (year: number) => readonly LabelSubject[],
  centers: ReadonlyMap<string, [number, number]>,
): MapLabel[] {
  if (!layers.includes('ally')) return [];
  const labels: MapLabel[] = [];
  const text = messagesFor(lang).map.labels;
  const home = centers.get(HOME_ISO3);
  if (home) labels.push({ key: HOME_ISO3, lines: [text.home], kind: 'home', lngLat: home });
  for (const { code, shape, kind, name } of labelsFor(year)) {
    const lngLat = centers.get(shape);
    if (!lngLat) continue;
    const lines = labelLines(name[lang]);
    labels.push({ key: code, lines: kind === 'ally' ? lines : [...lines, text[kind]], kind, lngLat });
  }
  return labels;
}
