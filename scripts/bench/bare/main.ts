/**
 * The benchmark's baseline (scripts/bench.ts): the app's MapLibre version drawing the app's
 * country shapes with ONE fill layer coloured by feature-state, and nothing else: no fonts, React,
 * panels or data joins. The app's figures are divided by this page's, so the ratios survive a slow
 * or noisy machine.
 *
 * Query: ?width=&height= size the map like the app's map container; ?camera=zoom/lat/lng is the
 * camera the app started with (its first load's). ?tiles=<version> draws the app's prebuilt tiles instead of GeoJSON.
 * Marks and measures (User Timing):
 *   'bare-ready'      the first `idle`, with the shapes drawn (the app's 'map-ready');
 *   'bare-step'       one call of window.bareStep(n): n setFeatureState calls (the app's 'year-step');
 *   'bare-step-idle'  from that call to the next `idle` (the app's 'year-step-idle').
 */
import * as maplibre from 'maplibre-gl';
import type { SourceSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTRY_TILES, countryTilesSource, countryTilesUrl } from '../../../src/map/country-tiles.ts';
import { MIN_ZOOM } from '../../../src/map/camera.ts';

declare global {
  interface Window {
    /** Changes the status of `n` features (each to a value it did not have) and times it. */
    bareStep: (n: number) => void;
  }
}

const STATUSES = ['ally', 'gained', 'lost'] as const;

const params = new URLSearchParams(location.search);
const width = Number(params.get('width')) || innerWidth;
const height = Number(params.get('height')) || innerHeight;
const container = document.getElementById('map') as HTMLDivElement;
Object.assign(container.style, { width: `${width}px`, height: `${height}px` });

maplibre.setWorkerUrl(workerUrl);
/**
 * The shapes as MapLibre's plainest input, GeoJSON from the shapes file the app's tiles are cut
 * from (copied beside this page, scripts/bench/build.ts); or, with ?tiles=<version>, the app's own
 * prebuilt tiles (copied too): the benchmark's second, stricter baseline for the load, which it
 * reports without a budget.
 */
async function countriesSource(tilesVersion: string | null): Promise<{ source: SourceSpecification; count: number }> {
  if (tilesVersion) {
    return { source: countryTilesSource(countryTilesUrl(document.baseURI, tilesVersion)), count: 0 };
  }
  const topology: Topology = await (await fetch(new URL('world.topo.json', document.baseURI))).json();
  const countries = feature(topology, topology.objects.countries as GeometryCollection);
  countries.features.forEach((shape, id) => (shape.id = id));
  return { source: { type: 'geojson', data: countries }, count: countries.features.length };
}
const tilesVersion = params.get('tiles');
const { source, count } = await countriesSource(tilesVersion);

const [zoom, lat, lng] = (params.get('camera') ?? '0/0/0').split('/').map(Number);
const camera = { zoom, lat, lng };
const map = new maplibre.Map({
  container,
  center: [camera.lng, camera.lat],
  zoom: camera.zoom,
  minZoom: MIN_ZOOM,
  attributionControl: false,
  style: {
    version: 8,
    sources: { countries: source },
    layers: [
      {
        id: 'fill',
        type: 'fill',
        source: 'countries',
        ...(tilesVersion && { 'source-layer': COUNTRY_TILES.layer }),
        paint: {
          'fill-color': ['match', ['coalesce', ['feature-state', 'status'], ''], 'ally', '#1f6feb', 'gained', '#2da44e', 'lost', '#cf222e', '#d0d7de'],
        },
      },
    ],
  },
});
map.once('idle', () => performance.mark('bare-ready'));

const statusById = new Map<number, number>();
let cursor = 0;
window.bareStep = (n) => {
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const id = cursor++ % count;
    const status = ((statusById.get(id) ?? -1) + 1) % STATUSES.length;
    statusById.set(id, status);
    map.setFeatureState({ source: 'countries', id }, { status: STATUSES[status] });
  }
  performance.measure('bare-step', { start, end: performance.now(), detail: { features: n } });
  if (n > 0) map.once('idle', () => performance.measure('bare-step-idle', { start, end: performance.now() }));
};
