import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { buildCountryTiles, tilesVersion } from '../../../scripts/map-tiles.ts';
import { readWorldFeatures } from '../../../scripts/vite-plugin-map-tiles.ts';
import { worldIndexFromJson, worldIndexJson } from '../../../src/data/world.ts';
import { COUNTRIES_TILE_BUFFER_PX, COUNTRY_TILES, countryTilesUrl } from '../../../src/map/country-tiles.ts';

const world = readWorldFeatures();
const tiles = buildCountryTiles(world.countries);
const layerOf = (key: string) => new VectorTile(new PbfReader(tiles.get(key)!)).layers[COUNTRY_TILES.layer];
const featuresOf = (key: string) => {
  const layer = layerOf(key);
  return layer ? Array.from({ length: layer.length }, (_, index) => layer.feature(index)) : [];
};

describe('buildCountryTiles(countries): the shapes as vector tiles, cut at build time', () => {
  it('cuts every tile of the pyramid from zoom 0 to the deepest zoom, so MapLibre never asks for a missing file', () => {
    const expected = Array.from({ length: COUNTRY_TILES.maxZoom + 1 }, (_, z) => 4 ** z).reduce((sum, count) => sum + count);
    expect(tiles.size).toBe(expected);
    expect(tiles.has(`${COUNTRY_TILES.maxZoom}/0/0`)).toBe(true);
    expect(tiles.has(`${COUNTRY_TILES.maxZoom + 1}/0/0`)).toBe(false);
  });

  it('leaves a tile of open sea empty, and puts shapes in one of land', () => {
    // Zoom 5: x = 2, y = 20 is the Southern Ocean south of Tahiti (no shape); zoom 3, x = 6, y = 3 holds Taiwan.
    expect(tiles.get('5/2/20')).toHaveLength(0);
    expect(featuresOf('3/6/3').some((feature) => feature.properties.iso3 === 'TWN')).toBe(true);
  });

  it('holds every shape, at the deepest zoom, with its id and the properties the page joins (data/world.ts)', () => {
    // At zoom 0 the smallest islands simplify away, as in MapLibre's own tiling (their markers stand in).
    const deepest = [...tiles.keys()].filter((key) => key.startsWith(`${COUNTRY_TILES.maxZoom}/`));
    const byId = new Map(deepest.flatMap(featuresOf).map((feature) => [feature.id, feature.properties]));
    for (const country of world.countries.features) {
      expect(byId.get(country.id), country.properties.iso3 || country.properties.name).toEqual(country.properties);
    }
  });

  it('keeps each tile’s shapes within the buffer around it, in tiles of the extent MapLibre uses', () => {
    const buffer = COUNTRIES_TILE_BUFFER_PX * (COUNTRY_TILES.extent / 512);
    const layer = layerOf('1/1/0');
    expect(layer.extent).toBe(COUNTRY_TILES.extent);
    const points = Array.from({ length: layer.length }, (_, index) => layer.feature(index).loadGeometry().flat()).flat();
    const coordinates = points.flatMap(({ x, y }) => [x, y]);
    expect(Math.min(...coordinates)).toBeGreaterThanOrEqual(-buffer);
    expect(Math.max(...coordinates)).toBeLessThanOrEqual(COUNTRY_TILES.extent + buffer);
    // …and does reach past the tile's edges (Asia runs on past 180°, Russia north of 85°).
    expect(Math.min(...coordinates)).toBeLessThan(0);
    expect(Math.max(...coordinates)).toBeGreaterThan(COUNTRY_TILES.extent);
  });
});

describe('the world index the page gets instead of the shapes', () => {
  it('survives the trip through JSON: markers, tile ids and centres', () => {
    const index = worldIndexFromJson(JSON.parse(JSON.stringify(worldIndexJson(world, 'abc123'))));
    expect(index.idByIso3).toEqual(world.idByIso3);
    expect(index.centerByIso3).toEqual(world.centerByIso3);
    expect(index.markers).toEqual(world.markers);
    expect(index.tilesVersion).toBe('abc123');
  });

  it('gives each code the id its shape has in the tiles', () => {
    const idOf = new Map(featuresOf('0/0/0').map((feature) => [feature.properties.iso3, feature.id]));
    for (const iso3 of ['TWN', 'PRY', 'USA', 'AUS']) expect(idOf.get(iso3), iso3).toBe(world.idByIso3.get(iso3));
  });
});

describe('countryTilesUrl(base, version) and tilesVersion(tiles)', () => {
  it('is absolute under the app’s base, in the tiles’ version, with the tile coordinates left for MapLibre', () => {
    expect(countryTilesUrl('https://example.org/atlas/index.html?year=1971', 'abc123')).toBe('https://example.org/atlas/geo/tiles/abc123/{z}/{x}/{y}.pbf');
  });

  it('changes with any tile’s content, so a new build never meets tiles cached from an old one', () => {
    const changed = new Map(tiles);
    changed.set('0/0/0', new Uint8Array([...tiles.get('0/0/0')!, 0]));
    expect(tilesVersion(tiles)).toMatch(/^[0-9a-f]{12}$/);
    expect(tilesVersion(new Map(tiles))).toBe(tilesVersion(tiles));
    expect(tilesVersion(changed)).not.toBe(tilesVersion(tiles));
  });
});
