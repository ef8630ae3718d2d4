import { useMemo } from 'react';
import { countByLayer } from '../data/country-profiles.ts';
import { drawableLayers } from '../data/layer-availability.ts';
import { LAYER_IDS, VISA_LAYER_IDS, type LayerId } from '../data/layers.ts';
import { showsNeither, type LegendKey, type LegendSwatch } from '../data/view-summary.ts';
import { partialNote, unavailableReason } from '../i18n/labels.ts';
import { useAppContext, useAppState, useLocale, useMessages, useTimelineYear } from '../state/app-context.tsx';
import { DEFAULT_LAYERS } from '../state/store.ts';
import { SwatchMark } from './SwatchMark.tsx';

/** A count shown as a number, read as "12 places". */
function PlaceCount({ count }: { count: number }) {
  const { filters } = useMessages();
  return (
    <span className="layer-count">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{filters.places(count)}</span>
    </span>
  );
}

/**
 * The legend, which is also the filter: one toggle per layer, ticked for the chosen layers, with
 * its count and swatch. Ally counts follow the timeline's year; a layer that is not drawable in the
 * year (visa rules in 1975) is greyed out and says why, and stays chosen for the years that draw it.
 */
export function LayerFilters({ swatches }: { swatches: Record<LegendKey, LegendSwatch> }) {
  const { profiles, availability } = useAppContext();
  const locale = useLocale();
  const { filters, vocabulary } = useMessages();
  const layers = useAppState((state) => state.layers);
  const toggleLayer = useAppState((state) => state.toggleLayer);
  const setLayers = useAppState((state) => state.setLayers);
  const entry = useTimelineYear();
  const undatedCounts = useMemo(() => countByLayer(profiles.values()), [profiles]);
  const counts: Record<LayerId, number> = {
    ...undatedCounts,
    ally: entry.allies.length,
    former: entry.former.length + entry.lost.length,
    beijing: entry.recognition.beijing.length,
    partner: entry.partners.size,
  };
  const allOn = layers.length === LAYER_IDS.length;
  const alliesOnly = layers.length === DEFAULT_LAYERS.length && DEFAULT_LAYERS.every((layer) => layers.includes(layer));
  const visaTotal = VISA_LAYER_IDS.reduce((sum, id) => sum + counts[id], 0);
  const drawable = drawableLayers(entry.year, availability);
  const reasonFor = (id: LayerId) => (drawable.has(id) ? null : unavailableReason(availability[id], entry.year, locale));
  // The three visa levels share one availability, so the group says it once.
  const visaReason = reasonFor('visa-free');

  const toggle = (id: LayerId) => {
    const reason = VISA_LAYER_IDS.includes(id as never) ? null : reasonFor(id);
    const note = partialNote(availability[id], entry.year, locale);
    return (
      <li key={id} className={`layer${VISA_LAYER_IDS.includes(id as never) ? ' layer-sub' : ''}${reason ? ' layer-unavailable' : ''}`}>
        <label title={filters.description[id]}>
          <input
            type="checkbox"
            checked={layers.includes(id)}
            onChange={() => toggleLayer(id)}
            aria-describedby={`layer-description-${id}${reason || note ? ` layer-reason-${id}` : ''}`}
          />
          <SwatchMark swatch={swatches[id]} />
          <span className="layer-label">{vocabulary.layer[id]}</span> <PlaceCount count={counts[id]} />
        </label>
        <span id={`layer-description-${id}`} className="visually-hidden">
          {filters.description[id]}
        </span>
        {(reason ?? note) && (
          <span id={`layer-reason-${id}`} className="layer-reason">
            {reason ?? note}
          </span>
        )}
      </li>
    );
  };

  return (
    <fieldset className="layer-filters">
      <legend>{filters.legend(entry.year)}</legend>
      <ul>
        {toggle('ally')}
        <li className="layer-changes" aria-label={filters.changesIn(entry.year)}>
          <span>
            <SwatchMark swatch={swatches.gained} /> {filters.gainedIn(entry.year)} <PlaceCount count={entry.gained.length} />
          </span>
          <span>
            <SwatchMark swatch={swatches.lost} /> {filters.lostIn(entry.year)} <PlaceCount count={entry.lost.length} />
          </span>
        </li>
        {toggle('former')}
        {toggle('beijing')}
        {showsNeither(layers) && (
          <li className="layer-changes" aria-describedby="layer-description-neither">
            <span>
              <SwatchMark swatch={swatches.neither} /> {vocabulary.neither} <PlaceCount count={entry.recognition.neither.length} />
            </span>
            <span id="layer-description-neither" className="visually-hidden">
              {filters.neitherDescription}
            </span>
          </li>
        )}
        {toggle('partner')}
        <li className={`layer-group${visaReason ? ' layer-unavailable' : ''}`}>
          <span className="layer-group-label" id="visa-group-label">
            {filters.visaAccess} <PlaceCount count={visaTotal} />
          </span>
          {visaReason && (
            <span id="layer-reason-visa" className="layer-reason">
              {visaReason}
            </span>
          )}
          {/* The group wraps the list: a list given the group role would leave its items outside any list. */}
          <div role="group" aria-labelledby="visa-group-label" aria-describedby={visaReason ? 'layer-reason-visa' : undefined}>
            <ul>{VISA_LAYER_IDS.map(toggle)}</ul>
          </div>
        </li>
        {toggle('nsp')}
      </ul>
      <div className="layer-actions">
        <button type="button" onClick={() => setLayers(DEFAULT_LAYERS)} disabled={alliesOnly}>
          {filters.alliesOnly}
        </button>
        <button type="button" onClick={() => setLayers(LAYER_IDS)} disabled={allOn}>
          {filters.showAll}
        </button>
        <button type="button" onClick={() => setLayers([])} disabled={layers.length === 0}>
          {filters.hideAll}
        </button>
      </div>
    </fieldset>
  );
}
