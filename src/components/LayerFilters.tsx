import { useMemo } from 'react';
import { countByLayer } from '../data/country-profiles.ts';
import { LAYER_IDS, LAYER_LABELS, VISA_LAYER_IDS, type LayerId } from '../data/layers.ts';
import { useAppContext, useAppState } from '../state/app-context.tsx';

/** How each layer is drawn, for the legend beside its toggle. */
export interface LayerSwatch {
  color: string;
  /** 'fill' (a coloured shape) or 'outline' (a coloured border). */
  kind: 'fill' | 'outline';
}

const DESCRIPTIONS: Record<LayerId, string> = {
  ally: 'Formal diplomatic relations with the Republic of China (Taiwan)',
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

/** The legend, which is also the filter: one toggle per layer, with its count and swatch. */
export function LayerFilters({ swatches }: { swatches: Record<LayerId, LayerSwatch> }) {
  const { profiles } = useAppContext();
  const layers = useAppState((state) => state.layers);
  const toggleLayer = useAppState((state) => state.toggleLayer);
  const setLayers = useAppState((state) => state.setLayers);
  const counts = useMemo(() => countByLayer(profiles.values()), [profiles]);
  const allOn = layers.length === LAYER_IDS.length;
  const visaTotal = VISA_LAYER_IDS.reduce((sum, id) => sum + counts[id], 0);

  const toggle = (id: LayerId) => (
    <li key={id} className={VISA_LAYER_IDS.includes(id as never) ? 'layer layer-sub' : 'layer'}>
      <label title={DESCRIPTIONS[id]}>
        <input type="checkbox" checked={layers.includes(id)} onChange={() => toggleLayer(id)} aria-describedby={`layer-description-${id}`} />
        <span className={`swatch swatch-${swatches[id].kind}`} style={{ ['--swatch' as string]: swatches[id].color }} aria-hidden="true" />
        <span className="layer-label">{LAYER_LABELS[id]}</span>{' '}
        <PlaceCount count={counts[id]} />
      </label>
      <span id={`layer-description-${id}`} className="visually-hidden">
        {DESCRIPTIONS[id]}
      </span>
    </li>
  );

  return (
    <fieldset className="layer-filters">
      <legend>Show on the map</legend>
      <ul>
        {toggle('ally')}
        {toggle('partner')}
        <li className="layer-group">
          <span className="layer-group-label" id="visa-group-label">
            Visa access <PlaceCount count={visaTotal} />
          </span>
          <ul role="group" aria-labelledby="visa-group-label">
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
