import type { VectorSourceSpecification } from 'maplibre-gl';

/**
 * The country shapes as vector tiles, cut when the app is built (scripts/map-tiles.ts) and served
 * as static files beside it. MapLibre reads them as they are: the browser never tiles GeoJSON, so
 * no shapes are parsed on the page's main thread or indexed in the map's worker at start-up
 * (the worker's GeoJSON indexing was about 230–330 ms of every cold load on the benchmark machine).
 */
export const COUNTRY_TILES = {
  /** Folder under the app's base URL; a tile is `<path>/<z>/<x>/<y>.pbf`. */
  path: 'geo/tiles',
  /** The layer name inside each tile. */
  layer: 'countries',
  /**
   * The deepest zoom cut. It keeps the source shapes' full detail (a tile at its deepest zoom is
   * not simplified), at about 150 m per tile unit, finer than a pixel at the app's deepest zoom (8),
   * where MapLibre draws these tiles enlarged.
   */
  maxZoom: 5,
  /** Tile units per tile side; MapLibre's own, so shapes keep the precision its GeoJSON tiling gave them. */
  extent: 8192,
} as const;

/**
 * How far (in pixels of a 512 px tile) the tiles reach past their edges. MapLibre's default, 128,
 * is for wide lines and labels; these tiles carry fills and lines at most 2 px wide (New
 * Southbound), which a few pixels already cover (the clipped edge of a shape then lies outside the
 * tile and is never drawn). The default made each world-zoom tile half as wide again as the world
 * to parse and draw.
 */
export const COUNTRIES_TILE_BUFFER_PX = 16;

/**
 * The tiles' URL template for MapLibre: absolute, since MapLibre's worker fetches it (a relative
 * URL would resolve against the worker's script), with `{z}/{x}/{y}` left unescaped for MapLibre;
 * or, given `tile` ('0/0/0'), one tile's URL. `version` is a hash of the tiles' content
 * (WorldIndex.tilesVersion): the page's ids and the tiles' features always match, and a browser
 * never draws tiles cached from an older build.
 */
export function countryTilesUrl(baseUri: string, version: string, tile = '{z}/{x}/{y}'): string {
  return `${new URL(`${COUNTRY_TILES.path}/${version}/`, baseUri).href}${tile}.pbf`;
}

/** The MapLibre source that reads the tiles at `url` (countryTilesUrl). */
export function countryTilesSource(url: string): VectorSourceSpecification {
  return { type: 'vector', tiles: [url], maxzoom: COUNTRY_TILES.maxZoom };
}
