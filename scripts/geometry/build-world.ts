import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { geoArea, geoCentroid } from 'd3-geo';
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Objects, Topology } from 'topojson-specification';
import { unwrapPolygon } from './antimeridian.ts';
import { englishName, iso3ForFeature } from './country-codes.ts';

const EARTH_RADIUS_KM = 6371;

/**
 * Countries smaller than this get a point marker: at zoom 2 one pixel is ~39 km at the equator,
 * so 20,000 km² is a shape of roughly 3×3 px or less — too small to see or hit.
 */
export const MARKER_MAX_AREA_KM2 = 20_000;

/** Shapes world-atlas gives without an ISO id that belong to a country's de jure territory. */
const MERGE_INTO: Record<string, string> = {
  'N. Cyprus': 'CYP',
  'Indian Ocean Ter.': 'AUS',
};

/**
 * Places with their own visa regime that Natural Earth folds into another country's shape (French
 * overseas departments are part of France's). They get a marker only; [longitude, latitude] of
 * the island's main town.
 */
const MARKER_ONLY_PLACES: { iso3: string; name: string; position: Position }[] = [
  { iso3: 'REU', name: 'Réunion', position: [55.4504, -20.8789] },
  { iso3: 'MYT', name: 'Mayotte', position: [45.2279, -12.7806] },
];

/** Marked whatever their size: Taiwan, the home shape, must be easy to find at world zoom. */
const ALWAYS_MARKED = new Set(['TWN']);

/** Dropped: no relationship to show, and in Web Mercator it would dwarf every other shape. */
const DROPPED_ISO3 = new Set(['ATA']);

/**
 * Share of vertices kept by Visvalingam simplification (topojson-simplify's `quantile` takes the
 * share to keep), tuned so the file stays under the 250 KB gzipped budget with borders that still
 * look right at zoom 5.
 */
const SIMPLIFY_RETAINED_SHARE = 0.5;

/** Grid the coordinates are snapped to: 1e5 steps across the bounding box (~400 m at the equator). */
const QUANTIZATION = 1e5;

export interface CountryProperties {
  iso3: string | null;
  name: string;
  areaKm2: number;
  /** [longitude, latitude] inside the largest polygon: where the map looks to show this country. */
  center: Position;
}

type CountryObjects = { countries: GeometryCollection };

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function sphericalAreaKm2(geometry: Polygon | MultiPolygon): number {
  let steradians = geoArea(geometry);
  // d3-geo reads the other winding as "the whole sphere minus this shape".
  if (steradians > 2 * Math.PI) steradians = 4 * Math.PI - steradians;
  return steradians * EARTH_RADIUS_KM ** 2;
}

/** The centre of the largest polygon: where a small country's marker goes. */
export function markerPosition(geometry: Polygon | MultiPolygon): Position {
  const largest = polygonsOf(geometry)
    .map((coordinates) => ({ coordinates, area: sphericalAreaKm2({ type: 'Polygon', coordinates }) }))
    .sort((a, b) => b.area - a.area)[0];
  const [lng, lat] = geoCentroid({ type: 'Polygon', coordinates: largest.coordinates });
  return [Math.round(lng * 1e3) / 1e3, Math.round(lat * 1e3) / 1e3];
}

function unwrapGeometry(geometry: Polygon | MultiPolygon): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: polygonsOf(geometry).map(unwrapPolygon) };
}

/** Groups world-atlas geometries by ISO3 (shapes without a code stay on their own). */
function groupByIso3(collection: GeometryCollection) {
  const groups = new Map<string, { iso3: string | null; name: string; geometries: GeometryObject[] }>();
  for (const geometry of collection.geometries) {
    const naturalEarthName = String((geometry.properties as { name?: string } | undefined)?.name ?? '');
    const iso3 = MERGE_INTO[naturalEarthName] ?? iso3ForFeature(geometry.id as string | undefined, naturalEarthName);
    if (iso3 && DROPPED_ISO3.has(iso3)) continue;
    const key = iso3 ?? `unassigned:${naturalEarthName}`;
    const group = groups.get(key) ?? { iso3, name: englishName(iso3, naturalEarthName), geometries: [] };
    group.geometries.push(geometry);
    groups.set(key, group);
  }
  return groups;
}

/**
 * Builds the app's world topology: Natural Earth 1:50m countries (1:10m for what 50m lacks,
 * e.g. Tuvalu), one feature per ISO3 with shared borders dissolved, unwrapped across the
 * antimeridian, and a point marker for every country too small to see at world zoom.
 */
export function buildWorld(world50m: Topology<CountryObjects>, world10m: Topology<CountryObjects>) {
  const features: Feature<MultiPolygon, CountryProperties>[] = [];
  const add = (iso3: string | null, name: string, geometry: Polygon | MultiPolygon) => {
    features.push({
      type: 'Feature',
      properties: { iso3, name, areaKm2: Math.round(sphericalAreaKm2(geometry)), center: markerPosition(geometry) },
      geometry: unwrapGeometry(geometry),
    });
  };

  const groups50m = groupByIso3(world50m.objects.countries);
  for (const group of groups50m.values()) {
    add(group.iso3, group.name, merge(world50m, group.geometries as never) as MultiPolygon);
  }
  for (const [key, group] of groupByIso3(world10m.objects.countries)) {
    if (groups50m.has(key) || !group.iso3) continue;
    add(group.iso3, group.name, merge(world10m, group.geometries as never) as MultiPolygon);
  }
  features.sort((a, b) => (a.properties.iso3 ?? `~${a.properties.name}`).localeCompare(b.properties.iso3 ?? `~${b.properties.name}`));

  const markers: Feature<Point, { iso3: string; name: string }>[] = features
    .filter((f) => f.properties.iso3 && (f.properties.areaKm2 < MARKER_MAX_AREA_KM2 || ALWAYS_MARKED.has(f.properties.iso3)))
    .map((f) => ({
      type: 'Feature',
      properties: { iso3: f.properties.iso3 as string, name: f.properties.name },
      geometry: { type: 'Point', coordinates: f.properties.center },
    }));
  for (const place of MARKER_ONLY_PLACES) {
    markers.push({ type: 'Feature', properties: { iso3: place.iso3, name: place.name }, geometry: { type: 'Point', coordinates: place.position } });
  }

  const countries: FeatureCollection<MultiPolygon, CountryProperties> = { type: 'FeatureCollection', features };
  const markerCollection: FeatureCollection<Point> = { type: 'FeatureCollection', features: markers };
  // One topology for both objects, so the points share the shapes' quantization transform;
  // simplification leaves points alone.
  const weighted = presimplify(topology({ countries, markers: markerCollection }) as Topology<Objects<object>>);
  return quantize(simplify(weighted, quantile(weighted, SIMPLIFY_RETAINED_SHARE)) as Topology<Objects<object>>, QUANTIZATION);
}

/** Converts the built topology back to GeoJSON, as the app does. */
export function worldFeatures(world: Topology) {
  return {
    countries: feature(world, world.objects.countries as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon, CountryProperties>,
    markers: feature(world, world.objects.markers as GeometryCollection) as FeatureCollection<Point, { iso3: string; name: string }>,
  };
}
