import type { AllyStatus, TimelineYear } from '../data/ally-timeline.ts';
import type { CompareChangeKind } from '../data/year-compare.ts';
import { collatorFor } from '../data/collator.ts';
import { countriesDrawnIn, factsKnownIn, type CountryProfile, type DrawnCountry } from '../data/country-profiles.ts';
import type { RelationPeriod } from '../data/dataset.ts';
import { LAYER_IDS, VISA_REGIMES, type LayerId } from '../data/layers.ts';
import { startOfPartialDate, yearOfPartialDate } from '../data/partial-date.ts';
import { HOME_ISO3 } from '../data/world.ts';
import { formatYear } from '../i18n/format.ts';
import { layerLabel } from '../i18n/labels.ts';
import { nameIn, type Locale, type Localized } from '../i18n/locale.ts';
import { messagesFor } from '../i18n/messages.ts';

/**
 * The table view's rows: the countries the map draws for a year and the chosen layers, with what
 * the map says about each, in one language. Pure, so the table agrees with the map (both go
 * through layersInYear) and can be tested without a DOM.
 */

/** The table's columns, in display order; each sorts. */
export const TABLE_COLUMNS = ['name', 'code', 'categories', 'compare', 'relations', 'visa'] as const;
/** A column of the table. */
export type TableColumn = (typeof TABLE_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

/** The columns shown: the compare column only in the compare view. */
export const shownColumns = (comparing: boolean): TableColumn[] => TABLE_COLUMNS.filter((column) => comparing || column !== 'compare');

/** The compare view's other year, for its column: each shape's ally status then, and how it changed since (year-compare.ts). */
export interface CompareColumnInput {
  year: number;
  statusByShape: ReadonlyMap<string, AllyStatus>;
  /** The change between the two years by shape code. */
  changeByShape: ReadonlyMap<string, CompareChangeKind>;
}

/** Ranks of the compare column's statuses, allies first; a country with none sorts last. */
const COMPARE_STATUS_ORDER: readonly AllyStatus[] = ['ally', 'gained', 'lost', 'former'];

/** What the rows depend on: the year, the chosen layers and the data derived once per load. */
export interface TableRowsInput {
  year: number;
  /** The chosen layers: the person's toggles (store.layers). */
  layers: readonly LayerId[];
  /** The timeline entry of `year`. */
  entry: Pick<TimelineYear, 'year' | 'statusByShape' | 'recognition' | 'partners'>;
  profiles: ReadonlyMap<string, CountryProfile>;
  /** Every map code's name in both languages. */
  names: ReadonlyMap<string, Localized>;
  /** The drawable layers of `year`, chosen or not: drawableLayers(year, availability). */
  drawable: ReadonlySet<LayerId>;
  locale: Locale;
  /** The compare view's other year; absent outside it. */
  compare?: CompareColumnInput;
}

/** One country of the table: display texts in the row's language, and raw keys to sort by. */
export interface TableRow {
  iso3: string;
  /** The name in the chosen language. */
  name: string;
  /** The drawn layers the country is in that year (layersInYear), in LAYER_IDS order. */
  layers: LayerId[];
  /** The layers in words, an ally gained or lost that year saying so. */
  categories: string[];
  /** Every period of formal relations, oldest first: "since 1957", "1980–2002, 2005–2024"; '' for none. */
  relations: string;
  /** The visa regime and longest stay, '' when the year does not draw visa layers or there is no data. */
  visa: string;
  /** In the compare view, the country's standing in the other year and how it changed: "Formal ally · Lost"; '' for none. */
  compare: string;
  /** Raw values to sort by; null sorts last in either direction. */
  sort: {
    /** LAYER_IDS indexes of `layers`: allies first. */
    categories: number[];
    /** The first period's start (ms UTC). */
    relations: number | null;
    /** VISA_REGIMES index, then the longest stay (longer first). */
    visa: [number, number] | null;
    /** COMPARE_STATUS_ORDER index of the other year's status; null for none (or outside the compare view). */
    compare: number | null;
  };
}

/** The periods in words, e.g. "since 1957" or "1980–2002, 2005–2024" (years, as the map counts them). */
export function relationsText(periods: readonly RelationPeriod[], iso3: string, locale: Locale): string {
  const { table } = messagesFor(locale);
  return periods
    .map((period) => {
      const from = yearOfPartialDate(period.start);
      const to = period.end === null ? null : yearOfPartialDate(period.end);
      const span =
        to !== null && !period.startKnown
          ? table.periodUntil(to)
          : to === null
            ? table.periodOpen(from)
            : to === from
              ? table.periodWithin(from)
              : table.periodClosed(from, to);
      // A predecessor state's period (the Soviet Union's on Russia) says whose it was.
      return period.iso3 === iso3 ? span : table.periodOf(period.name[locale], span);
    })
    .join(table.periodSeparator);
}

/** The layers of a row in words, an ally gained or lost in the year saying so. */
function categoryTexts(
  layers: readonly LayerId[],
  { status, recognition, profile }: Pick<DrawnCountry, 'status' | 'recognition' | 'profile'>,
  year: number,
  locale: Locale,
): string[] {
  const { table } = messagesFor(locale);
  return layers.map((layer) => {
    const label = layerLabel(layer, profile, locale, recognition);
    const changed = status === 'gained' || status === 'lost' ? status : null;
    if (!changed || (layer !== 'ally' && layer !== 'former')) return label;
    return table.withNote(label, table.statusNote[changed](formatYear(year, locale)));
  });
}

/**
 * The table's rows: every country in at least one drawn layer in the year (Taiwan, drawn as
 * itself, excluded), in no particular order.
 */
export function tableRows({ year, layers, entry, profiles, names, drawable, locale, compare }: TableRowsInput): TableRow[] {
  if (entry.year !== year) throw new Error(`tableRows: the timeline entry is for ${entry.year}, not ${year}`);
  const { vocabulary, table, compare: compareText } = messagesFor(locale);
  const compareOf = (iso3: string): { text: string; rank: number | null } => {
    const status = compare?.statusByShape.get(iso3);
    const change = compare?.changeByShape.get(iso3);
    const words = [status && compareText.status[status], change && compareText.kinds[change]].filter(Boolean);
    return { text: words.join(' · '), rank: status ? COMPARE_STATUS_ORDER.indexOf(status) : null };
  };
  const rows: TableRow[] = [];
  for (const country of countriesDrawnIn(entry, layers, drawable, profiles)) {
    const { iso3, profile, drawn } = country;
    if (iso3 === HOME_ISO3) continue;
    const { visa } = factsKnownIn(profile, drawable, entry.partners.has(iso3));
    const regime = visa ? vocabulary.visaRegime[visa.regime] : '';
    const then = compareOf(iso3);
    rows.push({
      iso3,
      name: nameIn(names, iso3, locale),
      layers: drawn,
      categories: categoryTexts(drawn, country, year, locale),
      relations: relationsText(profile.periods, iso3, locale),
      visa: visa ? (visa.maxStayDays ? table.visaStay(regime, visa.maxStayDays) : regime) : '',
      compare: then.text,
      sort: {
        categories: drawn.map((layer) => LAYER_IDS.indexOf(layer)),
        relations: profile.periods.length > 0 ? startOfPartialDate(profile.periods[0].start) : null,
        visa: visa ? [VISA_REGIMES.indexOf(visa.regime), -(visa.maxStayDays ?? 0)] : null,
        compare: then.rank,
      },
    });
  }
  // Unsorted: the table sorts them by the column the person chose (sortTableRows).
  return rows;
}

/** Compares arrays of numbers element by element; a prefix comes first. */
function compareNumbers(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/**
 * Rows sorted by one column, a new array. Names sort with collatorFor(locale); empty values
 * (no relations, no visa data) go last in both directions; ties keep name order.
 */
export function sortTableRows(rows: readonly TableRow[], column: TableColumn, direction: SortDirection, locale: Locale): TableRow[] {
  const collator = collatorFor(locale);
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: TableRow, b: TableRow) => collator.compare(a.name, b.name) || a.iso3.localeCompare(b.iso3);
  const byColumn = (a: TableRow, b: TableRow): number | null => {
    switch (column) {
      case 'name':
        return byName(a, b);
      case 'code':
        return a.iso3.localeCompare(b.iso3);
      case 'categories':
        return compareNumbers(a.sort.categories, b.sort.categories);
      case 'relations':
        if (a.sort.relations === null || b.sort.relations === null) return null;
        return a.sort.relations - b.sort.relations;
      case 'visa':
        if (a.sort.visa === null || b.sort.visa === null) return null;
        return compareNumbers(a.sort.visa, b.sort.visa);
      case 'compare':
        if (a.sort.compare === null || b.sort.compare === null) return null;
        return a.sort.compare - b.sort.compare;
    }
  };
  const isEmpty = (row: TableRow) =>
    (column === 'relations' && row.sort.relations === null) ||
    (column === 'visa' && row.sort.visa === null) ||
    (column === 'compare' && row.sort.compare === null);
  return [...rows].sort((a, b) => {
    const emptyA = isEmpty(a);
    const emptyB = isEmpty(b);
    if (emptyA !== emptyB) return emptyA ? 1 : -1;
    const compared = byColumn(a, b);
    return (compared ? compared * sign : 0) || byName(a, b);
  });
}
