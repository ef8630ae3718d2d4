import { createHash } from 'node:crypto';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { COUNTRIES_TILE_BUFFER_PX, COUNTRY_TILES } from '../src/map/country-tiles.ts';
import type { WorldFeatures } from './geometry/world-features.ts';

/** MapLibre's tile size in pixels, which the buffer and tolerance are given in. */
const TILE_PX = 512;
/**
 * How far, in pixels of a tile at its own zoom, a simplified outline may stray from the shape.
 * MapLibre's GeoJSON default is 0.375 px; at 1 px the world tiles hold less than half the points
 * (zoom 0: 10,218 → 4,212; zoom 1: 20,058 → 8,795), which the map's worker triangulates and
 * outlines on every first load: map-ready 996 → 930 ms median in an A/B of 12 cold loads, and no
 * difference to see in screenshots at world zoom or over the Caribbean at zoom 3.4. The deepest
 * zoom keeps every point (geojson-vt does not simplify its maxZoom), so close in nothing is lost.
 */
export const TOLERANCE_PX = 1;

/**
 * Cuts the country shapes into vector tiles, zoom 0 to COUNTRY_TILES.maxZoom, keyed 'z/x/y'.
 * The same tiling MapLibre does in its worker for a GeoJSON source (geojson-vt, its extent and
 * buffer; a coarser tolerance, TOLERANCE_PX), done once at build time. Every tile of the pyramid
 * is there: one with no shape in it (open ocean) is empty, so MapLibre never asks for a file that
 * is missing.
 */
export function buildCountryTiles(countries: WorldFeatures['countries']): Map<string, Uint8Array> {
  const { extent, maxZoom, layer } = COUNTRY_TILES;
  const unitsPerPx = extent / TILE_PX;
  const index = new GeoJSONVT(countries, {
    maxZoom,
    indexMaxZoom: maxZoom,
    indexMaxPoints: 0,
    extent,
    buffer: COUNTRIES_TILE_BUFFER_PX * unitsPerPx,
    tolerance: TOLERANCE_PX * unitsPerPx,
  });
  const tiles = new Map<string, Uint8Array>();
  for (let z = 0; z <= maxZoom; z++) {
    for (let x = 0; x < 2 ** z; x++) {
      for (let y = 0; y < 2 ** z; y++) {
        const tile = index.getTile(z, x, y);
        tiles.set(`${z}/${x}/${y}`, tile && tile.features.length > 0 ? fromGeojsonVt({ [layer]: tile }, { version: 2, extent }) : new Uint8Array(0));
      }
    }
  }
  return tiles;
}

/** A short hash of the tiles' content, their version in the URL (countryTilesUrl). */
export function tilesVersion(tiles: ReadonlyMap<string, Uint8Array>): string {
  const hash = createHash('sha256');
  for (const [key, bytes] of tiles) hash.update(key).update(bytes);
  return hash.digest('hex').slice(0, 12);
}
