import { useMemo } from 'react';
import { countByLayer } from '../data/country-profiles.ts';
import { unavailableReason } from '../data/layer-availability.ts';
import { LAYER_IDS, LAYER_LABELS, VISA_LAYER_IDS, type LayerId } from '../data/layers.ts';
import type { LegendSwatch } from '../data/view-summary.ts';
import { useAppContext, useAppState, useTimelineYear } from '../state/app-context.tsx';

/** Legend entries that are not toggles: how the ally layer marks the year's changes. */
export interface ChangeSwatches {
  gained: string;
  lost: string;
}

const DESCRIPTIONS: Record<LayerId, string> = {
  ally: 'Formal diplomatic relations with the Republic of China (Taiwan) in the year shown',
  former: 'Countries that had formal relations with Taiwan at some point since 1949, drawn faintly',
  partner: 'A Taiwan representative office, no formal ties; darker: like-minded partners named by MOFA',
  'visa-free': 'Taiwan passport holders enter without a visa',
  'visa-arrival': 'A visa is issued on arrival',
  'visa-online': 'An e-visa or electronic travel authorisation before travel',
  nsp: "Taiwan's New Southbound Policy (since 2016)",
};

/** A count shown as a number, read as "12 places". */
function PlaceCount({ count }: { count: number }) {
  return (
    <span className="layer-count">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{`${count} places`}</span>
    </span>
  );
}

/**
 * The legend, which is also the filter: one toggle per layer, with its count and swatch. Ally
 * counts follow the timeline's year; a layer the year may not draw (visa rules in 1975) is
 * greyed out and says why, and keeps its choice for the years that do draw it.
 */
export function LayerFilters({ swatches, changes }: { swatches: Record<LayerId, LegendSwatch>; changes: ChangeSwatches }) {
  const { profiles, availability } = useAppContext();
  const layers = useAppState((state) => state.layers);
  const toggleLayer = useAppState((state) => state.toggleLayer);
  const setLayers = useAppState((state) => state.setLayers);
  const entry = useTimelineYear();
  const undatedCounts = useMemo(() => countByLayer(profiles.values()), [profiles]);
  const counts: Record<LayerId, number> = { ...undatedCounts, ally: entry.allies.length, former: entry.former.length + entry.lost.length };
  const allOn = layers.length === LAYER_IDS.length;
  const visaTotal = VISA_LAYER_IDS.reduce((sum, id) => sum + counts[id], 0);
  const visaReason = unavailableReason(availability['visa-free'], entry.year);

  const toggle = (id: LayerId) => {
    const reason = VISA_LAYER_IDS.includes(id as never) ? null : unavailableReason(availability[id], entry.year);
    return (
      <li key={id} className={`layer${VISA_LAYER_IDS.includes(id as never) ? ' layer-sub' : ''}${reason ? ' layer-unavailable' : ''}`}>
        <label title={DESCRIPTIONS[id]}>
          <input
            type="checkbox"
            checked={layers.includes(id)}
            onChange={() => toggleLayer(id)}
            aria-describedby={`layer-description-${id}${reason ? ` layer-reason-${id}` : ''}`}
          />
          <span className={`swatch swatch-${swatches[id].kind}`} style={{ ['--swatch' as string]: swatches[id].color }} aria-hidden="true" />
          <span className="layer-label">{LAYER_LABELS[id]}</span> <PlaceCount count={counts[id]} />
        </label>
        <span id={`layer-description-${id}`} className="visually-hidden">
          {DESCRIPTIONS[id]}
        </span>
        {reason && (
          <span id={`layer-reason-${id}`} className="layer-reason">
            {reason}
          </span>
        )}
      </li>
    );
  };

  return (
    <fieldset className="layer-filters">
      <legend>Show on the map in {entry.year}</legend>
      <ul>
        {toggle('ally')}
        <li className="layer-changes" aria-label={`Changes in ${entry.year}`}>
          <span>
            <span className="swatch swatch-fill swatch-change" style={{ ['--swatch' as string]: changes.gained }} aria-hidden="true" /> Gained in {entry.year}{' '}
            <PlaceCount count={entry.gained.length} />
          </span>
          <span>
            <span className="swatch swatch-fill swatch-change" style={{ ['--swatch' as string]: changes.lost }} aria-hidden="true" /> Lost in {entry.year}{' '}
            <PlaceCount count={entry.lost.length} />
          </span>
        </li>
        {toggle('former')}
        {toggle('partner')}
        <li className={`layer-group${visaReason ? ' layer-unavailable' : ''}`}>
          <span className="layer-group-label" id="visa-group-label">
            Visa access <PlaceCount count={visaTotal} />
          </span>
          {visaReason && (
            <span id="layer-reason-visa" className="layer-reason">
              {visaReason}
            </span>
          )}
          <ul role="group" aria-labelledby="visa-group-label" aria-describedby={visaReason ? 'layer-reason-visa' : undefined}>
            {VISA_LAYER_IDS.map(toggle)}
          </ul>
        </li>
        {toggle('nsp')}
      </ul>
      <div className="layer-actions">
        <button type="button" onClick={() => setLayers(LAYER_IDS)} disabled={allOn}>
          Show all
        </button>
        <button type="button" onClick={() => setLayers([])} disabled={layers.length === 0}>
          Hide all
        </button>
      </div>
    </fieldset>
  );
}
