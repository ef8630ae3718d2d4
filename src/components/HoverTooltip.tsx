import { timelineYear } from '../data/ally-timeline.ts';
import { layersInYear } from '../data/country-profiles.ts';
import { layerLabel } from '../i18n/labels.ts';
import { drawableLayers, drawnLayers } from '../data/layer-availability.ts';
import { HOME_ISO3 } from '../data/world.ts';
import { useAppContext, useAppState, useLocale, useMessages, useTimelineYear } from '../state/app-context.tsx';

/** Where the pointer is and what is under it, in map-container pixels. */
export interface TooltipTarget {
  iso3: string;
  /** The map's own name for the shape, shown when the data has no name for the code. */
  name: string;
  x: number;
  y: number;
  /** The year of the map under the pointer, where it is not the timeline's (the compare view's second map). */
  year?: number;
}

/** The name and categories of the country under the pointer, in the timeline's year. */
export function HoverTooltip({ target }: { target: TooltipTarget | null }) {
  const { profiles, availability, names, timeline } = useAppContext();
  const locale = useLocale();
  const { tooltip } = useMessages().panel;
  const chosen = useAppState((state) => state.layers);
  const timelineEntry = useTimelineYear();
  if (!target) return null;
  const entry = target.year === undefined ? timelineEntry : timelineYear(timeline, target.year);
  const profile = profiles.get(target.iso3);
  const status = entry.statusByShape.get(target.iso3);
  const drawn = new Set(drawnLayers(chosen, drawableLayers(entry.year, availability)));
  const recognition = entry.recognition.byShape.get(target.iso3);
  const layers = profile ? layersInYear(profile, status, (layer) => drawn.has(layer), recognition, entry.partners.has(target.iso3)) : [];
  const change = status === 'gained' || status === 'lost' ? tooltip[status](entry.year) : '';
  return (
    <div className="hover-tooltip" role="tooltip" style={{ left: target.x + 14, top: target.y + 14 }}>
      <strong>{names.get(target.iso3)?.[locale] ?? target.name}</strong>
      {target.iso3 === HOME_ISO3 ? (
        <div>{tooltip.home}</div>
      ) : layers.length > 0 ? (
        <ul>
          {layers.map((layer) => (
            <li key={layer}>
              {layerLabel(layer, profile, locale, recognition)}
              {layer === 'ally' || layer === 'former' ? change : ''}
            </li>
          ))}
        </ul>
      ) : (
        <div className="muted">{tooltip.noCategory(entry.year)}</div>
      )}
    </div>
  );
}
