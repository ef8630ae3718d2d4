import type { AllyTimeline, TimelineYear } from './ally-timeline.ts';
import { drawnLayers, type LayerAvailability } from './layer-availability.ts';
import { LAYER_LABELS, type LayerId } from './layers.ts';
import { formatPartialDate } from './partial-date.ts';

/**
 * The words that let a view stand on its own, away from the full app: the embed view's caption
 * and legend, and the title and legend drawn into exported images and videos.
 */

/** One legend entry: a layer drawn in the view, or this year's gained / lost marking. */
export interface LegendItem {
  key: LayerId | 'gained' | 'lost';
  label: string;
}

/** How a legend entry is drawn: a filled swatch, an outline (New Southbound), or a fill with the change outline. */
export interface LegendSwatch {
  color: string;
  kind: 'fill' | 'outline' | 'change';
}

/** The view's title and the year's ally count with the day it is read on. */
export interface ViewCaption {
  title: string;
  count: string;
}

/** When the year's count is read: 31 December, or the data's as-of date for the current year. */
export function readOnText(entry: TimelineYear, timeline: AllyTimeline): string {
  return entry.readOnAsOf ? `as of ${formatPartialDate(timeline.asOf)}` : `on 31 Dec ${entry.year}`;
}

export function viewCaption(entry: TimelineYear, timeline: AllyTimeline): ViewCaption {
  const changes = [entry.gained.length && `${entry.gained.length} gained`, entry.lost.length && `${entry.lost.length} lost`].filter(Boolean);
  const count = `${entry.allies.length} formal allies ${readOnText(entry, timeline)}${changes.length ? ` (${changes.join(', ')})` : ''}`;
  return { title: `Taiwan’s international ties, ${entry.year}`, count };
}

/** The legend for the layers chosen and drawable in the year, with gained / lost when the year has any. */
export function viewLegend(
  layers: readonly LayerId[],
  entry: TimelineYear,
  availability: Record<LayerId, LayerAvailability>,
): LegendItem[] {
  const items: LegendItem[] = drawnLayers(layers, entry.year, availability).map((id) => ({ key: id, label: LAYER_LABELS[id] }));
  if (layers.includes('ally')) {
    if (entry.gained.length) items.push({ key: 'gained', label: `Ally gained in ${entry.year}` });
    if (entry.lost.length) items.push({ key: 'lost', label: `Ally lost in ${entry.year}` });
  }
  return items;
}
