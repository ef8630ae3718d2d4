import type { AllyStatus } from '../data/ally-timeline.ts';
import type { LayerId } from '../data/layers.ts';
import type { Recognition } from '../data/recognition.ts';
import { GATED_LAYER_IDS, drawnStateKey } from './paint-expressions.ts';

/** The feature-state the map's paint expressions read (paint-expressions.ts), for one shape. */
export type FeatureState = Record<string, string | boolean>;

/** What a year's feature-state is derived from: the map controller's derivations (map-controller.ts MapDerivations). */
export interface FeatureStateSources {
  statusesFor: (year: number) => ReadonlyMap<string, AllyStatus>;
  recognitionFor: (year: number) => ReadonlyMap<string, Recognition>;
  partnerChangesFor: (year: number) => ReadonlyMap<string, string>;
  drawableLayersIn: (year: number) => ReadonlySet<LayerId>;
}

/** Recognition is feature-state only where it is not Taipei: the paint expressions ask only for `beijing` and `neither`. */
export const isRecognitionState = (recognition: Recognition) => recognition !== 'taipei';

/** The `drawn-<layer>` flags of a year, for every shape alike. */
export function drawnFlags(drawable: ReadonlySet<LayerId>): Record<string, boolean> {
  return Object.fromEntries(GATED_LAYER_IDS.map((layer) => [drawnStateKey(layer), drawable.has(layer)]));
}

/**
 * The whole feature-state a year gives each shape code, as the map controller sets it on the live
 * map bit by bit (status, recognition, partner changes, drawn flags), and `selected` on the
 * selected country: an SVG or any other drawing of the map evaluates the same paint expressions
 * with it. `stateOf(iso3)` answers for any shape, with the drawn flags alone where the year
 * says nothing else about it.
 */
export function yearFeatureStates(sources: FeatureStateSources, year: number, selected: string | null = null): (iso3: string) => FeatureState {
  const byShape = new Map<string, FeatureState>();
  const flags = drawnFlags(sources.drawableLayersIn(year));
  const stateFor = (iso3: string) => {
    let state = byShape.get(iso3);
    if (!state) byShape.set(iso3, (state = { ...flags }));
    return state;
  };
  for (const [iso3, status] of sources.statusesFor(year)) stateFor(iso3).status = status;
  for (const [iso3, recognition] of sources.recognitionFor(year)) if (isRecognitionState(recognition)) stateFor(iso3).recognition = recognition;
  for (const [iso3, partner] of sources.partnerChangesFor(year)) stateFor(iso3).partner = partner;
  if (selected) stateFor(selected).selected = true;
  return (iso3) => byShape.get(iso3) ?? flags;
}
