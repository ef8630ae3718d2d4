import type { AllyTimeline } from '../data/ally-timeline.ts';
import { timelineYear } from '../data/ally-timeline.ts';
import type { AllyWeight } from '../data/ally-weight.ts';
import type { LayerAvailability } from '../data/layer-availability.ts';
import type { LayerId } from '../data/layers.ts';
import type { LegendItem } from '../data/view-summary.ts';
import { formatPartialDate, formatYear } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { messagesFor } from '../i18n/messages.ts';
import { viewCaption, viewLegend, weightCaption } from '../i18n/view-text.ts';

/** Everything written on an exported image or video frame, so it stands on its own in a slide. */
export interface FrameText {
  /** The language it is written in, which picks the fonts. */
  locale: Locale;
  title: string;
  count: string;
  /** The allies' share of the world's people and GDP, with its source; null before 1960. */
  weight: string | null;
  year: string;
  legend: LegendItem[];
  /** The source and attribution line along the bottom, with the view's permalink when one is given. */
  credit: string;
}

/** What the words of a frame depend on. */
export interface FrameTextInput {
  timeline: AllyTimeline;
  availability: Record<LayerId, LayerAvailability>;
  layers: readonly LayerId[];
  /** The allies' weight by year (ally-weight.ts). */
  weights: readonly AllyWeight[];
  /** Where the full atlas and its sources are, e.g. the app's address. */
  appAddress: string;
  /**
   * The link to the view exported (share-links.ts viewLink: its year, layers and language, or a
   * replay's range and pace), cited in the credit line instead of `appAddress` when given.
   */
  permalink?: string;
  /** The data's version (data/CHANGELOG.md). */
  version: string;
  /** The language chosen when the export started. */
  locale: Locale;
}

export function frameText({ timeline, availability, layers, weights, appAddress, permalink, version, locale }: FrameTextInput, year: number): FrameText {
  const entry = timelineYear(timeline, year);
  const caption = viewCaption(entry, timeline, locale, layers);
  const { exports } = messagesFor(locale);
  const asOf = formatPartialDate(timeline.asOf, locale);
  return {
    locale,
    ...caption,
    weight: layers.includes('ally') ? weightCaption(weights, entry, timeline, locale) : null,
    year: formatYear(entry.year, locale),
    legend: viewLegend(layers, entry, availability, locale),
    credit: permalink ? exports.creditView(asOf, permalink, version) : exports.credit(asOf, appAddress, version),
  };
}
