import type { Position } from 'geojson';

/** Longitude jump (degrees) between two consecutive vertices that can only mean a wrap at ±180°. */
const WRAP_THRESHOLD_DEG = 180;

/**
 * Makes a ring continuous across the antimeridian: when consecutive vertices jump by more than
 * 180° of longitude, later vertices are shifted by ±360° so the ring stays in one piece. Planar
 * renderers (MapLibre) otherwise draw a horizontal band across the whole world (topojson #242).
 * Coordinates are [longitude, latitude]; the result may hold longitudes beyond ±180, which
 * MapLibre draws on the neighbouring world copy.
 */
export function unwrapRing(ring: Position[]): Position[] {
  let offset = 0;
  return ring.map((point, index) => {
    if (index > 0) {
      const delta = point[0] - ring[index - 1][0];
      if (delta > WRAP_THRESHOLD_DEG) offset -= 360;
      else if (delta < -WRAP_THRESHOLD_DEG) offset += 360;
    }
    return [point[0] + offset, point[1]];
  });
}

/**
 * Unwraps every ring of a polygon, then shifts the whole polygon by 360° when most of it lies
 * beyond ±180 so its bulk stays on the main world copy (Fiji, Russia's Chukotka).
 */
export function unwrapPolygon(polygon: Position[][]): Position[][] {
  const rings = polygon.map(unwrapRing);
  const outer = rings[0];
  const meanLng = outer.reduce((sum, p) => sum + p[0], 0) / outer.length;
  const shift = meanLng > 180 ? -360 : meanLng < -180 ? 360 : 0;
  return shift === 0 ? rings : rings.map((ring) => ring.map(([lng, lat]) => [lng + shift, lat]));
}

/** The largest longitude jump between consecutive vertices in any ring: > 180 means a band. */
export function maxLongitudeJump(polygons: Position[][][]): number {
  let max = 0;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        max = Math.max(max, Math.abs(ring[i][0] - ring[i - 1][0]));
      }
    }
  }
  return max;
}
