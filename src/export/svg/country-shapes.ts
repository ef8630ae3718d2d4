import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapFeatureProperties } from '../../data/world.ts';
import type { CountryShape } from './svg-map-layers.ts';

/**
 * The country shapes at the detail a map of some zoom shows, from the topology the build writes
 * (scripts/vite-plugin-map-tiles.ts, `virtual:world-shapes`). Simplified on the topology, so two
 * neighbours keep one shared border (no slivers between them), by Visvalingam's effective area
 * measured in Web Mercator, the map's own projection: a point goes when the triangle it makes
 * with its neighbours is smaller than SHAPE_DETAIL_PX2 on the map.
 */

/** The countries' topology as the build writes it: each shape with the map tiles' id and properties. */
export type CountryTopology = Topology<{ countries: GeometryCollection<MapFeatureProperties> }>;

/** A topology whose points carry their Visvalingam weight, in Mercator units (radians of longitude) squared. */
export type WeightedTopology = ReturnType<typeof presimplify> & { objects: CountryTopology['objects'] };

/** The area (px²) under which a point of an outline is left out: about what a pixel of the map shows. */
const SHAPE_DETAIL_PX2 = 1;

const RADIANS = Math.PI / 180;
/** Web Mercator's y of a latitude (radians of longitude at the equator), held inside ±85° as the map is. */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * RADIANS) / 2));

/** A triangle's area in Web Mercator, its points given as [lng, lat] in degrees. */
function mercatorTriangleArea([a, b, c]: number[][]): number {
  const [ax, ay, bx, by, cx, cy] = [a[0] * RADIANS, mercatorY(a[1]), b[0] * RADIANS, mercatorY(b[1]), c[0] * RADIANS, mercatorY(c[1])];
  return Math.abs((ax - cx) * (by - ay) - (ax - bx) * (cy - ay)) / 2;
}

/** Weighs every point of the topology once (the costly part); countryShapesAt then cuts at any zoom. */
export function weighShapes(topology: CountryTopology): WeightedTopology {
  return presimplify(topology, mercatorTriangleArea) as WeightedTopology;
}

/** The country shapes with the detail a map whose world is `worldWidth` px wide shows. */
export function countryShapesAt(weighted: WeightedTopology, worldWidth: number): CountryShape[] {
  const unitsPerPx = (2 * Math.PI) / worldWidth;
  const simplified = simplify(weighted, SHAPE_DETAIL_PX2 * unitsPerPx * unitsPerPx) as CountryTopology;
  const { features } = feature(simplified, simplified.objects.countries);
  return features as unknown as (CountryShape & { geometry: Polygon | MultiPolygon })[];
}
