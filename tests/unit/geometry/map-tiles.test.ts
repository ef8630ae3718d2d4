import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { buildCountryTiles, tilesVersion, TOLERANCE_PX } from '../../../scripts/map-tiles.ts';
import { readWorldFeatures } from '../../../scripts/vite-plugin-map-tiles.ts';
import { worldIndexJson } from '../../../scripts/geometry/world-features.ts';
import { worldIndexFromJson } from '../../../src/data/world.ts';
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

  it('holds every shape, at the deepest zoom, with its id and the properties joined at build (geometry/world-features.ts)', () => {
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

/** A country's outline points in one tile, in the tile's units (x right, y down from its corner). */
function tilePointsOf(key: string, iso3: string) {
  return featuresOf(key)
    .filter((feature) => feature.properties.iso3 === iso3)
    .flatMap((feature) => feature.loadGeometry())
    .map((ring) => ring.map(({ x, y }) => [x, y] as const));
}

/** A longitude/latitude in the units of tile (z, x, y): Web Mercator, as geojson-vt projects. */
function toTileUnits([lng, lat]: readonly number[], z: number, x: number, y: number) {
  const sin = Math.sin((lat * Math.PI) / 180);
  const worldX = lng / 360 + 0.5;
  const worldY = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return [(worldX * 2 ** z - x) * COUNTRY_TILES.extent, (worldY * 2 ** z - y) * COUNTRY_TILES.extent] as const;
}

/** The distance from point p to the segment a–b. */
function distanceToSegment([px, py]: readonly number[], [ax, ay]: readonly number[], [bx, by]: readonly number[]) {
  const [dx, dy] = [bx - ax, by - ay];
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The largest outer ring of a country's shape, as longitude/latitude points. */
function largestRingOf(iso3: string) {
  const { geometry } = world.countries.features.find((country) => country.properties.iso3 === iso3)!;
  const outers = geometry.type === 'Polygon' ? [geometry.coordinates[0]] : geometry.coordinates.map((polygon) => polygon[0]);
  return outers.reduce((largest, ring) => (ring.length > largest.length ? ring : largest));
}

describe("the tiles' simplification", () => {
  const unitsPerPx = COUNTRY_TILES.extent / 512;

  it('keeps outlines close to the shape at world zoom (about TOLERANCE_PX), with far fewer points', () => {
    // Norway's fjords: the most intricate coast; the whole country is in the world tile.
    const ring = largestRingOf('NOR').map((point) => toTileUnits(point, 0, 0, 0));
    const simplified = tilePointsOf('0/0/0', 'NOR');
    const farthest = Math.max(
      ...ring.map((point) => Math.min(...simplified.flatMap((line) => line.slice(1).map((end, i) => distanceToSegment(point, line[i], end))))),
    );
    // geojson-vt ranks each point once for all zooms (its distance when the simplification reached
    // it), so a dropped point can end up a little further from the outline than the tolerance:
    // within twice it, and never less than a quarter pixel (which would mean the tolerance was
    // given in the wrong units).
    expect(farthest).toBeLessThanOrEqual(2 * TOLERANCE_PX * unitsPerPx);
    expect(farthest).toBeGreaterThan(unitsPerPx / 4);
    expect(simplified.flat().length).toBeLessThan(ring.length / 2);
  });

  it('keeps every point of the shape at the deepest zoom, where the map overzooms', () => {
    const z = COUNTRY_TILES.maxZoom;
    const keys = [...tiles.keys()].filter((key) => key.startsWith(`${z}/`) && tilePointsOf(key, 'TWN').length > 0);
    expect(keys.length).toBeGreaterThan(0);
    for (const point of largestRingOf('TWN')) {
      const nearest = Math.min(
        ...keys.map((key) => {
          const [, x, y] = key.split('/').map(Number);
          const target = toTileUnits(point, z, x, y);
          return Math.min(
            ...tilePointsOf(key, 'TWN')
              .flat()
              .map((kept) => Math.hypot(kept[0] - target[0], kept[1] - target[1])),
          );
        }),
      );
      expect(nearest).toBeLessThanOrEqual(Math.SQRT1_2);
    }
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
