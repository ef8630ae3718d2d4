import { shapeCodesFor } from '../data/historical-entities.ts';
import type { CountryName, RelationPeriod } from '../data/dataset.ts';
import { LOCALES, type Locale, type Localized } from '../i18n/locale.ts';
import { collatorFor } from '../data/collator.ts';

/**
 * Finding a country by what a person types: its English or Chinese name, its ISO 3166-1 alpha-3
 * or alpha-2 code, or a name the relations record uses for it (South Vietnam, Soviet Union).
 * Pure: the search box (components/CountrySearch.tsx) only renders the matches.
 */

/** One country that can be found. */
export interface SearchEntry {
  iso3: string;
  /** ISO 3166-1 alpha-2, '' when there is none (Somaliland). */
  iso2: string;
  name: Localized;
  /** Other names in the relations record, in both languages (the name at the time). */
  historicalNames: Localized[];
}

/** A country that matches, with how well (lower is better) and the historical name it matched by. */
export interface SearchMatch {
  entry: SearchEntry;
  rank: MatchRank;
  /** The historical name that matched, in the locale asked for; null when a current name or code did. */
  historicalName: string | null;
}

/** How a query matched, best first. */
export const MATCH_RANKS = {
  code: 0,
  exactName: 1,
  namePrefix: 2,
  wordPrefix: 3,
  historicalPrefix: 4,
  substring: 5,
  historicalSubstring: 6,
} as const;
export type MatchRank = (typeof MATCH_RANKS)[keyof typeof MATCH_RANKS];

/**
 * Text as the search compares it: full-width forms made plain (ＴＶ → TV), accents dropped (Côte →
 * cote), lower case, punctuation folded (d'Ivoire → divoire, Guinea-Bissau → guinea bissau), "&"
 * read as "and", "St" as "Saint", and 台 read as 臺 (both spellings are common in Taiwan).
 */
export function normalizeForSearch(text: string): string {
  return normalizeCode(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replaceAll('台', '臺')
    .replaceAll('&', ' and ')
    .replace(/['’‘`.]/g, '')
    .replace(/[\s\-–—,()（）/]+/g, ' ')
    .replace(/\bst\b/g, 'saint')
    .trim();
}

/** A query as codes are compared: full-width forms made plain (ＴＶ → TV), lower case, trimmed. */
function normalizeCode(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}

/** Starts of words in a normalized text ("saint kitts and nevis" → saint, kitts, and, nevis). */
function wordStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) if (i === 0 || text[i - 1] === ' ') starts.push(i);
  return starts;
}

/** The entries to search: one per named map code, with the relations record's other names. */
export function buildSearchEntries(
  names: readonly Pick<CountryName, 'iso3' | 'iso2' | 'name'>[],
  relations: readonly Pick<RelationPeriod, 'iso3' | 'name'>[] = [],
): SearchEntry[] {
  const entries = new Map<string, SearchEntry>();
  for (const row of names) entries.set(row.iso3, { iso3: row.iso3, iso2: row.iso2, name: row.name, historicalNames: [] });
  for (const period of relations) {
    for (const shape of shapeCodesFor(period.iso3)) {
      const entry = entries.get(shape);
      if (!entry) continue;
      const known = [entry.name, ...entry.historicalNames].some((name) => LOCALES.every((locale) => name[locale] === period.name[locale]));
      // Spelling variants of the current name (Gambia, The Gambia) are not other names.
      const variant = normalizeForSearch(entry.name.en).includes(normalizeForSearch(period.name.en));
      if (!known && !variant) entry.historicalNames.push(period.name);
    }
  }
  return [...entries.values()];
}

/** Prepared once per entry list, so a keystroke only compares strings. */
interface Prepared {
  entry: SearchEntry;
  codes: string[];
  names: string[];
  historical: { normalized: string; name: Localized }[];
}

const prepared = new WeakMap<readonly SearchEntry[], Prepared[]>();

function prepare(entries: readonly SearchEntry[]): Prepared[] {
  let list = prepared.get(entries);
  if (!list) {
    list = entries.map((entry) => ({
      entry,
      codes: [entry.iso3, entry.iso2].filter(Boolean).map((code) => code.toLowerCase()),
      names: LOCALES.map((locale) => normalizeForSearch(entry.name[locale])),
      historical: entry.historicalNames.flatMap((name) => LOCALES.map((locale) => ({ normalized: normalizeForSearch(name[locale]), name }))),
    }));
    prepared.set(entries, list);
  }
  return list;
}

/** How one entry matches a normalized query, or null. */
function matchOf(item: Prepared, query: string, code: string, locale: Locale): SearchMatch | null {
  const found = (rank: MatchRank, historical: Localized | null = null): SearchMatch => ({
    entry: item.entry,
    rank,
    historicalName: historical?.[locale] ?? null,
  });
  if (item.codes.includes(code)) return found(MATCH_RANKS.code);
  if (item.names.includes(query)) return found(MATCH_RANKS.exactName);
  if (item.names.some((name) => name.startsWith(query))) return found(MATCH_RANKS.namePrefix);
  if (item.names.some((name) => wordStarts(name).some((start) => name.startsWith(query, start)))) return found(MATCH_RANKS.wordPrefix);
  const historicalPrefix = item.historical.find(({ normalized }) => wordStarts(normalized).some((start) => normalized.startsWith(query, start)));
  if (historicalPrefix) return found(MATCH_RANKS.historicalPrefix, historicalPrefix.name);
  if (item.names.some((name) => name.includes(query))) return found(MATCH_RANKS.substring);
  const historicalSubstring = item.historical.find(({ normalized }) => normalized.includes(query));
  if (historicalSubstring) return found(MATCH_RANKS.historicalSubstring, historicalSubstring.name);
  return null;
}

/**
 * The best `limit` matches for a query, best first: an exact ISO code, then an exact name, a name
 * that starts with the query, a word that does, a historical name, then any name containing it.
 * Equal matches are ordered by name in the locale's collation. Empty query: no matches.
 */
export function searchCountries(entries: readonly SearchEntry[], query: string, { locale, limit = 8 }: { locale: Locale; limit?: number }): SearchMatch[] {
  const normalized = normalizeForSearch(query);
  if (!normalized) return [];
  const collator = collatorFor(locale);
  const matches: SearchMatch[] = [];
  for (const item of prepare(entries)) {
    const match = matchOf(item, normalized, normalizeCode(query), locale);
    if (match) matches.push(match);
  }
  matches.sort((a, b) => a.rank - b.rank || collator.compare(a.entry.name[locale], b.entry.name[locale]) || a.entry.iso3.localeCompare(b.entry.iso3));
  return matches.slice(0, Math.max(0, limit));
}
