import type { AllyStatus, TimelineYear } from '../data/ally-timeline.ts';
import { citationText, citedSources } from '../data/citations.ts';
import { collatorFor } from '../data/collator.ts';
import { countriesDrawnIn, factsKnownIn, profileCitations, type CountryProfile } from '../data/country-profiles.ts';
import type { BeijingPeriod, RelationPeriod } from '../data/dataset.ts';
import type { Dossier, LoadedDetails } from '../data/details.ts';
import { switchesOf, switchKey, type Switch } from '../data/switches.ts';
import { yearOfPartialDate } from '../data/partial-date.ts';
import { LAYER_IDS, type LayerId } from '../data/layers.ts';
import type { Recognition } from '../data/recognition.ts';
import { layerLabel } from '../i18n/labels.ts';
import { nameIn, type Locale, type Localized } from '../i18n/locale.ts';
import { messagesFor } from '../i18n/messages.ts';

/**
 * The CSV of the data behind the current view: one row per country the map colours for the
 * chosen year and layers. Pure (no DOM, no parser library) because it ships to the browser.
 * Column names and codes (status, yes) are machine names, the same in every language; country
 * names, layer labels, visa regimes and the end of a running period are in the language chosen.
 */

/** What the view shows: the year, the chosen layers and the data derived once per load. */
export interface ViewCsvInput {
  year: number;
  /** The chosen layers: the person's toggles (store.layers). */
  layers: readonly LayerId[];
  /** The timeline entry of `year`. */
  entry: Pick<TimelineYear, 'year' | 'statusByShape' | 'recognition' | 'partners'>;
  profiles: ReadonlyMap<string, CountryProfile>;
  /** The name by iso3 of every country on the map, in both languages. */
  names: ReadonlyMap<string, Localized>;
  /** The language of names and labels. */
  locale: Locale;
  /**
   * The drawable layers of `year`, chosen or not: drawableLayers(year, availability). A chosen
   * layer outside it is not drawn, and its dated facts are left out of the rows.
   */
  drawable: ReadonlySet<LayerId>;
  /** The bibliography (each row's citations are written out in full) and the switches' dossiers. */
  details: LoadedDetails;
  /** The data's version, in a column of its own so a pasted row still says where it came from. */
  version: string;
  /** The link to the view (share-links.ts viewLink), in a column of its own for the same reason. */
  permalink: string;
}

/** One country of the view, keyed by CSV column. A type alias (not an interface) so it is a Record. */
export type ViewCsvRow = {
  iso3: string;
  name: string;
  year: number;
  status_in_year: AllyStatus | '';
  /** Whom the country recognised that year, once it had relations with either side: taipei, beijing or neither (data/recognition.ts). */
  recognition_in_year: Recognition | '';
  /** The country's drawn layers in words (a published column name, kept). */
  shown_as: string;
  formal_relations: string;
  /** Every period of diplomatic relations with Beijing, oldest first, as formal_relations has them. */
  beijing_relations: string;
  partner: 'yes' | '';
  visa_regime: string;
  visa_stay_days: number | '';
  new_southbound: 'yes' | '';
  /** The country's switches in the year: Taipei's date and direction, Beijing's date and the days between. */
  switch_in_year: string;
  /** Their dossiers: who acted first (a code, as status_in_year is), then lines in the language chosen. */
  first_mover: string;
  decided_by: string;
  stated_reason: string;
  reported_figures: string;
  what_followed: string;
  sources: string;
  data_version: string;
  /** The link to the view the rows are behind: its year, layers and language. */
  permalink: string;
};

/** The columns of the view CSV, in file order. */
export const VIEW_CSV_COLUMNS = [
  'iso3',
  'name',
  'year',
  'status_in_year',
  'recognition_in_year',
  'shown_as',
  'formal_relations',
  'beijing_relations',
  'partner',
  'visa_regime',
  'visa_stay_days',
  'new_southbound',
  'switch_in_year',
  'first_mover',
  'decided_by',
  'stated_reason',
  'reported_figures',
  'what_followed',
  'sources',
  'data_version',
  'permalink',
] as const satisfies readonly (keyof ViewCsvRow)[];

/** Every period, oldest first; a historical state's periods (drawn on its successor) are named. */
function periodsText(periods: readonly (RelationPeriod | BeijingPeriod)[], profile: CountryProfile, locale: Locale): string {
  const present = messagesFor(locale).exports.present;
  return periods
    .map((period) => {
      const span = `${period.startKnown ? period.start : messagesFor(locale).exports.unknownStart}–${period.end ?? present}`;
      return period.iso3 === profile.iso3 ? span : `${period.name[locale]} ${span}`;
    })
    .join('; ');
}

/** A switch's dates in one cell: "2024-01-15 from_taipei; beijing 2024-01-24 (+9 days)". */
function switchText(change: Switch): string {
  const gap = change.gapDays === null ? '' : ` (${change.gapDays >= 0 ? '+' : ''}${change.gapDays} days)`;
  return `${change.taipeiDate} ${change.direction}${change.beijingDate ? `; beijing ${change.beijingDate}${gap}` : ''}`;
}

/** The dossier columns of a country's switches in the year: several switches, or several lines of a field, joined. */
function dossierCells(dossiers: readonly (Dossier | undefined)[], locale: Locale) {
  const lines = (field: string) =>
    dossiers
      .map((dossier) =>
        (dossier?.entries ?? [])
          .filter((entry) => entry.field === field)
          .map((entry) => entry.text?.[locale] ?? '')
          .join(' / '),
      )
      .join(' | ');
  return {
    first_mover: dossiers.map((dossier) => [...new Set(dossier?.entries.flatMap((entry) => entry.code ?? []))].join(' / ')).join(' | '),
    decided_by: lines('decided_by'),
    stated_reason: lines('stated_reason'),
    reported_figures: dossiers
      .map((dossier) =>
        (dossier?.figures ?? [])
          .map(
            (figure) =>
              `${figure.amount} ${figure.currency ?? '(currency not stated)'} (${figure.year}): ${figure.what[locale]}${figure.hedge ? ` [${figure.hedge}]` : ''}`,
          )
          .join(' / '),
      )
      .join(' | '),
    what_followed: lines('followed'),
  };
}

/** The countries the view colours, by name, with what the data says about each. */
export function viewCsvRows({ year, layers, entry, profiles, names, locale, drawable, details, version, permalink }: ViewCsvInput): ViewCsvRow[] {
  if (entry.year !== year) throw new Error(`viewCsvRows: the timeline entry is for ${entry.year}, not ${year}`);
  const { vocabulary } = messagesFor(locale);
  const rows: ViewCsvRow[] = [];
  for (const { iso3, profile, status, recognition, drawn } of countriesDrawnIn(entry, layers, drawable, profiles)) {
    const facts = factsKnownIn(profile, drawable, entry.partners.has(iso3));
    // The office's history up to the year: what says it was open then.
    const officeHistory = drawn.includes('partner') ? profile.officeHistory.filter((event) => yearOfPartialDate(event.date) <= year) : [];
    const switches = switchesOf(profile.periods, profile.beijingPeriods).filter((change) => yearOfPartialDate(change.taipeiDate) === year);
    const dossiers = switches.map((change) => details.dossiers.get(switchKey(change.iso3, change.taipeiDate)));
    const dossierCitations = dossiers.flatMap((dossier) => [...(dossier?.entries ?? []), ...(dossier?.figures ?? [])].flatMap((row) => row.sources));
    rows.push({
      iso3,
      name: nameIn(names, iso3, locale),
      year,
      status_in_year: status ?? '',
      recognition_in_year: recognition ?? '',
      shown_as: drawn.map((layer) => layerLabel(layer, profile, locale, recognition)).join('; '),
      formal_relations: periodsText(profile.periods, profile, locale),
      beijing_relations: periodsText(profile.beijingPeriods, profile, locale),
      partner: drawn.includes('partner') ? 'yes' : '',
      visa_regime: facts.visa ? vocabulary.visaRegime[facts.visa.regime] : '',
      visa_stay_days: facts.visa?.maxStayDays ?? '',
      new_southbound: facts.newSouthbound ? 'yes' : '',
      switch_in_year: switches.map(switchText).join(' | '),
      ...dossierCells(dossiers, locale),
      sources: citedSources(
        [...profileCitations({ periods: profile.periods, beijingPeriods: profile.beijingPeriods, officeHistory, ...facts }), ...dossierCitations],
        details.bibliography,
      )
        .map(citationText)
        .join(' | '),
      data_version: version,
      permalink,
    });
  }
  return rows.sort((a, b) => collatorFor(locale).compare(a.name, b.name) || a.iso3.localeCompare(b.iso3));
}

/** Text a spreadsheet would run as a formula (CSV injection, OWASP); numbers are left alone. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function csvField(value: string | number | undefined): string {
  const raw = typeof value === 'number' ? String(value) : (value ?? '');
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${raw}` : raw;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 text: a header line, then one line per row, CRLF after each. Starts with a UTF-8 byte
 * order mark: Excel reads a CSV without one in the local code page, which garbles the non-ASCII
 * text the data already holds (Chinese titles in sources, "–" in periods). Scripts reading the file
 * must drop the mark (Python: encoding="utf-8-sig").
 */
export function toCsv(rows: readonly Record<string, string | number>[], columns: readonly string[]): string {
  const lines = [columns, ...rows.map((row) => columns.map((column) => row[column]))].map((fields) => fields.map(csvField).join(','));
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}

/** The CSV file of the current view. */
export function viewCsv(input: ViewCsvInput): string {
  return toCsv(viewCsvRows(input), VIEW_CSV_COLUMNS);
}

/** "taiwan-ties-1971-ally-former.csv"; no layer list when every layer is chosen. */
export function viewCsvFileName(year: number, layers: readonly LayerId[]): string {
  const chosen = LAYER_IDS.filter((id) => layers.includes(id));
  const suffix = chosen.length === LAYER_IDS.length ? '' : chosen.length === 0 ? '-none' : `-${chosen.join('-')}`;
  return `taiwan-ties-${year}${suffix}.csv`;
}
