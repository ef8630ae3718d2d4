import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { buildCountryTiles } from '../../../scripts/map-tiles.ts';
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
    for (let index = 0; index < layer.length; index++) {
      for (const ring of layer.feature(index).loadGeometry()) {
        for (const { x, y } of ring) {
          expect(Math.min(x, y)).toBeGreaterThanOrEqual(-buffer);
          expect(Math.max(x, y)).toBeLessThanOrEqual(COUNTRY_TILES.extent + buffer);
        }
      }
    }
  });
});

describe('the world index the page gets instead of the shapes', () => {
  it('survives the trip through JSON: markers, tile ids and centres', () => {
    const index = worldIndexFromJson(JSON.parse(JSON.stringify(worldIndexJson(world))));
    expect(index.idByIso3).toEqual(world.idByIso3);
    expect(index.centerByIso3).toEqual(world.centerByIso3);
    expect(index.markers).toEqual(world.markers);
  });

  it('gives each code the id its shape has in the tiles', () => {
    const idOf = new Map(featuresOf('0/0/0').map((feature) => [feature.properties.iso3, feature.id]));
    for (const iso3 of ['TWN', 'PRY', 'USA', 'AUS']) expect(idOf.get(iso3), iso3).toBe(world.idByIso3.get(iso3));
  });
});

describe('countryTilesUrl(base)', () => {
  it('is absolute under the app’s base, with the tile coordinates left for MapLibre', () => {
    expect(countryTilesUrl('https://example.org/atlas/index.html?year=1971')).toBe('https://example.org/atlas/geo/tiles/{z}/{x}/{y}.pbf');
  });
});
