import type { ErrorEvent as MapErrorEvent, Map as MapLibreMap } from 'maplibre-gl';
import { COUNTRY_TILES } from './country-tiles.ts';
import { SOURCE_IDS } from './style-builders.ts';

/** Why the map could not be shown. */
export type MapFailure = { kind: 'shapes'; status: number } | { kind: 'error'; error: string };

/** How the map tells whether it could be shown. */
export interface ReadinessCallbacks {
  /** After the first complete frame with the shapes: the map is ready for people. */
  onReady: () => void;
  /**
   * The map could not show the shapes before it was ready: their tiles answered with an error
   * status, or failed otherwise (the error's message). Never called once the map is ready.
   */
  onFailure?: (failure: MapFailure) => void;
}

/** A failed request's error as a MapFailure: its HTTP status, or its message. */
function failureOf(error: { message: string; status?: number }): MapFailure {
  return error.status ? { kind: 'shapes', status: error.status } : { kind: 'error', error: error.message };
}

/**
 * Watches a new map until its first complete frame: reports it ready, or reports why the shapes
 * could not be shown. `worldTileUrl` is the one tile that covers the world (a probe, below).
 * Call `start` once the store's state is on the map, so that the first complete frame is the
 * ready one.
 */
export function watchReadiness(map: MapLibreMap, worldTileUrl: string, callbacks: ReadinessCallbacks) {
  let ready = false;
  let failed = false;
  const fail = (failure: MapFailure) => {
    failed = true;
    callbacks.onFailure?.(failure);
  };
  // The canvas stays invisible until the map's first complete frame (its first `idle`). Every
  // frame drawn before the tiles are in is otherwise composited, and where WebGL runs in
  // software (SwiftShader; machines without a GPU) the compositor copies each out whole: 60–120
  // ms of the GPU process per frame on the benchmark machine, which the map's own work then
  // waits behind. The container shows the sea's colour meanwhile (app.css), as the first
  // frames did.
  const canvas = map.getCanvas();
  canvas.style.opacity = '0';
  map.on('error', (event: MapErrorEvent & { sourceId?: string }) => {
    const shapes = event.sourceId === SOURCE_IDS.countries || event.sourceId === SOURCE_IDS.highlight;
    if (shapes && !ready && !failed) fail(failureOf(event.error));
    // A listener stops MapLibre's own report of an error: a tile that fails once the map is
    // shown (a network blip while panning) is reported, and the map goes on.
    else console.warn(event.error);
  });

  /**
   * Whether the first complete frame shows shapes. MapLibre reads a missing tile (404) as an
   * empty one and reports nothing, so a frame with no country in it asks for the world tile
   * itself: an error status means the tiles were not deployed (a view of open sea is fine).
   */
  const shapesShown = async (): Promise<boolean> => {
    if (failed) return false;
    if (map.querySourceFeatures(SOURCE_IDS.countries, { sourceLayer: COUNTRY_TILES.layer }).length > 0) return true;
    const response = await fetch(worldTileUrl).catch((error: unknown) => error as Error);
    if (response instanceof Response && response.ok) return true;
    fail(failureOf(response instanceof Response ? { message: response.statusText, status: response.status } : response));
    return false;
  };

  return {
    start() {
      map.once(
        'idle',
        () =>
          void shapesShown().then((shown) => {
            if (!shown) return;
            ready = true;
            canvas.style.opacity = '';
            callbacks.onReady();
          }),
      );
    },
  };
}
