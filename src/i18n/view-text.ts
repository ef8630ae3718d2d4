import type { AllyTimeline, TimelineYear } from '../data/ally-timeline.ts';
import { allyWeightIn, type AllyWeight } from '../data/ally-weight.ts';
import type { LayerAvailability } from '../data/layer-availability.ts';
import type { LayerId } from '../data/layers.ts';
import { legendKeys, showsNeither, type LegendItem } from '../data/view-summary.ts';
import { COMPARE_CHANGE_KINDS, type YearComparison } from '../data/year-compare.ts';
import { formatList, formatPartialDate, formatShare, formatYear } from './format.ts';
import { partialNote } from './labels.ts';
import type { Locale } from './locale.ts';
import { messagesFor } from './messages.ts';

/**
 * The words that let a view stand on its own, away from the full app, in one language: the embed
 * view's caption and legend, and the title and legend drawn into exported images and videos.
 */

/** The view's title and the year's ally count with the day it is read on. */
export interface ViewCaption {
  title: string;
  count: string;
}

/** When the year's count is read: 31 December, or the data's as-of date for the current year. */
export function readOnText(entry: TimelineYear, timeline: AllyTimeline, locale: Locale): string {
  const { vocabulary } = messagesFor(locale);
  return entry.readOnAsOf ? vocabulary.readOnAsOf(formatPartialDate(timeline.asOf, locale)) : vocabulary.readOnYearEnd(entry.year);
}

/**
 * "Taiwan’s international ties, 1971" and "53 formal allies on 31 Dec 1971 (14 lost)", with
 * " · 69 recognise Beijing, 4 neither" while Beijing's side is chosen (a slide of the two-sided
 * map then says both counts).
 */
export function viewCaption(entry: TimelineYear, timeline: AllyTimeline, locale: Locale, layers: readonly LayerId[]): ViewCaption {
  const { embed } = messagesFor(locale);
  const changes = [entry.gained.length && embed.gained(entry.gained.length), entry.lost.length && embed.lost(entry.lost.length)].filter(
    (change): change is string => Boolean(change),
  );
  const { beijing, neither } = entry.recognition;
  const otherSide = layers.includes('beijing') ? embed.otherSide(beijing.length, showsNeither(layers) ? neither.length : null) : '';
  return { title: embed.title(entry.year), count: embed.count(entry.allies.length, readOnText(entry, timeline, locale), changes) + otherSide };
}

/**
 * The compare view's caption, for the embed and the exports: "Taiwan’s international ties, 1971
 * vs. 2025" and "53 allies in 1971, 12 in 2025 · 48 lost, 7 gained, 13 allies only in between".
 */
export function compareCaption(comparison: YearComparison, locale: Locale): ViewCaption {
  const { compare } = messagesFor(locale);
  const [then, now] = [comparison.then.year, comparison.now.year].map((year) => formatYear(year, locale));
  const parts = COMPARE_CHANGE_KINDS.flatMap((kind) => {
    const count = comparison.changes.filter((change) => change.kind === kind).length;
    return count ? [compare.kindCounts[kind](count)] : [];
  });
  const counts = compare.counts(then, comparison.then.allies, now, comparison.now.allies);
  return { title: compare.caption(then, now), count: parts.length ? `${counts} · ${compare.summary(parts)}` : counts };
}

/** The allies' weight in a year as words: the two shares, and who the figures leave out (names). */
export interface WeightWords {
  people: string;
  gdp: string | null;
  /** Allies with no population figure (and so no GDP figure counted either, in practice). */
  missing: string[];
  /** Allies counted in the population share but with no GDP figure. */
  missingGdpOnly: string[];
}

/**
 * The allies' weight in a year, in a language: "0.48% of the world’s people (2024 figures)" and
 * "0.17% of world GDP (2023 figures)" (a figure's year where the series ends earlier), and the
 * allies left out, by their names at the time; null before the series start (1960). The timeline's
 * line, the embed's caption and the exported frames all say it with these words.
 */
export function weightWords(weights: readonly AllyWeight[], entry: TimelineYear, timeline: AllyTimeline, locale: Locale): WeightWords | null {
  const found = allyWeightIn(weights, entry.year);
  if (!found?.population) return null;
  const { population, gdp } = found;
  const { weight } = messagesFor(locale).timeline;
  const yearUnlessSame = (dataYear: number) => (dataYear === entry.year ? null : formatYear(dataYear, locale));
  // The name of the state that was the ally (South Vietnam, not today's Vietnam).
  const nameOf = (code: string) => timeline.names.get(code)?.[locale] ?? code;
  return {
    people: weight.people(formatShare(population.share, locale), yearUnlessSame(population.dataYear)),
    gdp: gdp && weight.gdp(formatShare(gdp.share, locale), yearUnlessSame(gdp.dataYear)),
    missing: population.missing.map(nameOf),
    missingGdpOnly: (gdp?.missing ?? []).filter((code) => !population.missing.includes(code)).map(nameOf),
  };
}

/**
 * The allies' weight in one line, for a caption or a frame: "0.48% of the world’s people · 0.17% of
 * world GDP (no World Bank figure: Holy See) · World Bank WDI" (the source left to the caller's
 * credit line when `withSource` is false); null before the series starts.
 */
export function weightCaption(
  weights: readonly AllyWeight[],
  entry: TimelineYear,
  timeline: AllyTimeline,
  locale: Locale,
  { withSource = true } = {},
): string | null {
  const words = weightWords(weights, entry, timeline, locale);
  if (!words) return null;
  const { timeline: timelineText, embed } = messagesFor(locale);
  const { separator } = timelineText.weight;
  const names = [...words.missing, ...words.missingGdpOnly.map(embed.weightGdpOf)];
  // A long list (the GDP series of the 1960s and 1970s lack many allies) is said as a count.
  const missingText = names.length === 0 ? '' : embed.weightMissing(names.length <= 3 ? formatList(names, locale) : embed.weightMissingCount(names.length));
  return [words.people, words.gdp].filter(Boolean).join(separator) + missingText + (withSource ? separator + embed.weightSource : '');
}

/** The legend for the layers chosen and drawable in the year, with gained / lost when the year has any. */
export function viewLegend(layers: readonly LayerId[], entry: TimelineYear, availability: Record<LayerId, LayerAvailability>, locale: Locale): LegendItem[] {
  const { vocabulary, embed } = messagesFor(locale);
  return legendKeys(layers, entry, availability).map((key) => ({
    key,
    label:
      key === 'gained'
        ? embed.gainedIn(entry.year)
        : key === 'lost'
          ? embed.lostIn(entry.year)
          : key === 'neither'
            ? vocabulary.neither
            : key === 'partner' && partialNote(availability.partner, entry.year, locale)
              ? vocabulary.partnerDatedOnly
              : vocabulary.layer[key],
  }));
}
