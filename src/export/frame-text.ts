import type { AllyTimeline } from '../data/ally-timeline.ts';
import { timelineYear } from '../data/ally-timeline.ts';
import type { LayerAvailability } from '../data/layer-availability.ts';
import type { LayerId } from '../data/layers.ts';
import { formatPartialDate } from '../data/partial-date.ts';
import { viewCaption, viewLegend, type LegendItem } from '../data/view-summary.ts';

/** Everything written on an exported image or video frame, so it stands on its own in a slide. */
export interface FrameText {
  title: string;
  count: string;
  year: string;
  legend: LegendItem[];
  /** The source and attribution line along the bottom. */
  credit: string;
}

/** What the words of a frame depend on. */
export interface FrameTextInput {
  timeline: AllyTimeline;
  availability: Record<LayerId, LayerAvailability>;
  layers: readonly LayerId[];
  /** Where the full atlas and its sources are, e.g. the app's address. */
  appAddress: string;
}

export function frameText({ timeline, availability, layers, appAddress }: FrameTextInput, year: number): FrameText {
  const entry = timelineYear(timeline, year);
  const caption = viewCaption(entry, timeline);
  return {
    ...caption,
    year: String(entry.year),
    legend: viewLegend(layers, entry, availability),
    credit: `Taiwan Ties · formal relations as of ${formatPartialDate(timeline.asOf)}; sources for every country at ${appAddress} · Shapes: Natural Earth`,
  };
}
