import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import { buildCountryProfiles } from '../src/data/country-profiles.ts';
import { COUNTRY_TILES } from '../src/map/country-tiles.ts';
import { WORLD_OUTPUT_PATH } from './build-geometry.ts';
import { DATA_FILES } from './dataset/parse-dataset.ts';
import { buildWorldFeatures, countryShapesTopology, worldIndexJson, type WorldFeatures } from './geometry/world-features.ts';
import { jsonModule } from './json-module.ts';
import { buildCountryTiles, tilesVersion } from './map-tiles.ts';
import { readDataset } from './read-dataset.ts';

const VIRTUAL_ID = 'virtual:world-index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const SHAPES_ID = 'virtual:world-shapes';
const RESOLVED_SHAPES_ID = `\0${SHAPES_ID}`;

const readTopology = (worldPath: string) => JSON.parse(readFileSync(worldPath, 'utf8')) as Topology;

/** The shapes joined with the data (geometry/world-features.ts). */
export function readWorldFeatures(dataDir = 'data', worldPath = WORLD_OUTPUT_PATH): WorldFeatures {
  return buildWorldFeatures(readTopology(worldPath), buildCountryProfiles(readDataset(dataDir)));
}

/**
 * The map's shapes, prepared when the app is built: the countries cut into vector tiles with the
 * data's properties in them (scripts/map-tiles.ts), written to `geo/tiles/` beside the app (and
 * served from memory by the dev server), and `virtual:world-index`, the little the page still
 * needs (markers, tile ids, centres). A data change rebuilds both. `virtual:world-shapes` is the
 * countries as a topology with the tiles' ids and properties, for the SVG export, which imports it
 * on first use (geometry/world-features.ts countryShapesTopology).
 */
export function mapTilesPlugin(dataDir = 'data'): Plugin {
  let world: WorldFeatures | null = null;
  let tiles: { byKey: Map<string, Uint8Array>; version: string } | null = null;
  const currentWorld = () => (world ??= readWorldFeatures(dataDir));
  const currentTiles = () => {
    if (tiles) return tiles;
    const byKey = buildCountryTiles(currentWorld().countries);
    return (tiles = { byKey, version: tilesVersion(byKey) });
  };
  const inputs = [...Object.values(DATA_FILES).map((file) => resolve(dataDir, file)), resolve(WORLD_OUTPUT_PATH)];
  const forget = (file: string) => {
    if (inputs.includes(resolve(file))) world = tiles = null;
  };
  return {
    name: 'taiwan-ties-map-tiles',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : id === SHAPES_ID ? RESOLVED_SHAPES_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID && id !== RESOLVED_SHAPES_ID) return undefined;
      for (const file of inputs) this.addWatchFile(file);
      if (id === RESOLVED_SHAPES_ID) return jsonModule(countryShapesTopology(readTopology(WORLD_OUTPUT_PATH), currentWorld()));
      return jsonModule(worldIndexJson(currentWorld(), currentTiles().version));
    },
    // Vite passes the dev server's file changes here too.
    watchChange: forget,
    // Written beside the bundle rather than emitted into it: Vite would list each of the
    // pyramid's 1,365 files in the build's report.
    writeBundle({ dir }) {
      if (!dir) return;
      const { byKey, version } = currentTiles();
      for (const [key, bytes] of byKey) {
        const file = join(dir, COUNTRY_TILES.path, version, `${key}.pbf`);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, bytes);
      }
    },
    configureServer(server) {
      server.middlewares.use(`${server.config.base}${COUNTRY_TILES.path}/`, (request, response) => {
        const { byKey, version } = currentTiles();
        const match = /^\/([^/]+)\/(\d+\/\d+\/\d+)\.pbf(?:\?.*)?$/.exec(request.url ?? '');
        const tile = match?.[1] === version ? byKey.get(match[2]) : undefined;
        response.statusCode = tile ? 200 : 404;
        response.setHeader('Content-Type', 'application/x-protobuf');
        response.end(tile ?? '');
      });
    },
  };
}
