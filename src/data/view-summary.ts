import type { TimelineYear } from './ally-timeline.ts';
import { drawableLayers, drawnLayers, type LayerAvailability } from './layer-availability.ts';
import type { LayerId } from './layers.ts';

/**
 * What a view's legend holds, as data: the embed view's legend and the one drawn into exported
 * images and videos. Their words are in src/i18n/view-text.ts.
 */

/** A legend entry's key: a layer drawn in the view, the states recognising neither side, or this year's gained / lost marking. */
export type LegendKey = LayerId | 'neither' | 'gained' | 'lost';

/** One legend entry, with its label in the language shown. */
export interface LegendItem {
  key: LegendKey;
  label: string;
}

/** How a legend entry is drawn: a filled swatch, an outline (New Southbound), a fill with the change outline (gained), or that with hatching (lost). */
export interface LegendSwatch {
  color: string;
  kind: 'fill' | 'outline' | 'change' | 'hatched';
}

/**
 * The legend's entries: the year's drawn layers, "neither" when both sides are chosen and the year
 * has such states, and gained / lost when the year has any and allies are chosen.
 */
export function legendKeys(chosen: readonly LayerId[], entry: TimelineYear, availability: Record<LayerId, LayerAvailability>): LegendKey[] {
  const keys: LegendKey[] = drawnLayers(chosen, drawableLayers(entry.year, availability));
  if (showsNeither(chosen) && entry.recognition.neither.length) keys.splice(keys.indexOf('beijing') + 1, 0, 'neither');
  if (chosen.includes('ally')) {
    if (entry.gained.length) keys.push('gained');
    if (entry.lost.length) keys.push('lost');
  }
  return keys;
}

/** Whether the map draws the states that recognise neither side: whenever both sides are chosen. */
export const showsNeither = (chosen: readonly LayerId[]) => chosen.includes('ally') && chosen.includes('beijing');
