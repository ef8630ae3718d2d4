/**
 * The globe's geometry as plain numbers, as MapLibre draws it (its vertical-perspective view of a
 * sphere, looked at from straight above the map's centre): how big the globe is at a zoom, which
 * points face the camera, and the first view of a globe. No MapLibre here, so it is unit-tested.
 * Points are [lng, lat] in degrees; sizes are CSS pixels.
 */
import type { Camera, PixelSize } from './camera.ts';

/** MapLibre's tiles are 512 px: the flat world is this wide at zoom 0. */
const TILE_PX = 512;
/** MapLibre caps the latitude its globe scales by (MAX_VALID_LATITUDE). */
const MAX_SCALE_LATITUDE = 85.051129;
const RADIANS = Math.PI / 180;

/** The globe's share of the map's shorter side in its first view: all of it, with a margin. */
export const GLOBE_FIT_SHARE = 0.9;
/** The smallest share of the map's shorter side the globe may be zoomed out to. */
export const GLOBE_MIN_SHARE = 0.6;

/**
 * The globe's radius at a zoom. MapLibre scales the globe up as the centre nears a pole, so that
 * the country at the centre keeps its size from the flat map at the same zoom.
 */
export function globeRadiusPx(zoom: number, centerLat: number): number {
  return (TILE_PX * 2 ** zoom) / (2 * Math.PI) / Math.cos(Math.min(Math.abs(centerLat), MAX_SCALE_LATITUDE) * RADIANS);
}

/**
 * How far MapLibre's camera is from the map's centre, in map heights: its default vertical field
 * of view (2 atan(1/3), about 36.87°, which the map keeps) puts it 1.5 heights away.
 */
const CAMERA_DISTANCE_PER_HEIGHT = 1.5;

/**
 * The zoom at which the globe, centred at `centerLat`, is `share` of the map's shorter side across
 * on the screen. Seen from the camera, the globe's outline is smaller than its radius: a globe of
 * radius R seen from a distance D above its surface shows a disc of radius s = D R / √(2 R D + D²)
 * on the screen, so R = (s² + s √(s² + D²)) / D.
 */
export function zoomForGlobeShare(share: number, size: PixelSize, centerLat: number): number {
  const s = (share * Math.min(size.width, size.height)) / 2;
  const d = CAMERA_DISTANCE_PER_HEIGHT * size.height;
  const radius = (s * s + s * Math.hypot(s, d)) / d;
  return Math.log2((radius * 2 * Math.PI * Math.cos(Math.min(Math.abs(centerLat), MAX_SCALE_LATITUDE) * RADIANS)) / TILE_PX);
}

/** A point on the unit sphere (x towards 0°E, y towards 90°E, z to the north pole). */
function unitVector([lng, lat]: readonly [number, number]): [number, number, number] {
  const cosLat = Math.cos(lat * RADIANS);
  return [cosLat * Math.cos(lng * RADIANS), cosLat * Math.sin(lng * RADIANS), Math.sin(lat * RADIANS)];
}

/** The cosine of the angle between two points seen from the Earth's centre. */
function cosAngleBetween(a: readonly [number, number], b: readonly [number, number]): number {
  const [ax, ay, az] = unitVector(a);
  const [bx, by, bz] = unitVector(b);
  return ax * bx + ay * by + az * bz;
}

/**
 * Whether a point lies on the far side of a globe seen with `camera` in a map `heightPx` high,
 * past the horizon (the map is never pitched: the camera is straight above the centre, at
 * CAMERA_DISTANCE_PER_HEIGHT). From a distance D above a globe of radius R, the camera sees the
 * points whose angle from the centre has a cosine of at least R / (R + D): a little less than a
 * hemisphere.
 */
export function isBeyondHorizon(point: readonly [number, number], camera: Camera, heightPx: number): boolean {
  const radius = globeRadiusPx(camera.zoom, camera.lat);
  const distance = CAMERA_DISTANCE_PER_HEIGHT * heightPx;
  return cosAngleBetween(point, [camera.lng, camera.lat]) < radius / (radius + distance);
}

/**
 * How far from the first point the first view of a globe looks for the others: about as far as a
 * fitted globe shows from its centre (its horizon), not to the edge of the hemisphere, whose points
 * a globe shows as slivers on its rim.
 */
const NEAR_SIDE_DEGREES = 75;

/**
 * The first view of a globe: the whole globe, fitted to the map, turned to the first point (Taiwan)
 * and the others on its side of the Earth (within NEAR_SIDE_DEGREES of it), centred on their mean
 * direction. The rest are a drag away; a globe cannot show both sides at once, and this side is
 * the one the flat map distorts most (the Pacific allies at their true size and distance from
 * Taiwan).
 */
export function fitGlobeCamera(points: readonly [number, number][], size: PixelSize): Camera {
  if (points.length === 0) return { zoom: zoomForGlobeShare(GLOBE_FIT_SHARE, size, 0), lat: 0, lng: 0 };
  const near = points.filter((point) => cosAngleBetween(point, points[0]) >= Math.cos(NEAR_SIDE_DEGREES * RADIANS));
  const sum = near.map(unitVector).reduce(([x, y, z], [a, b, c]) => [x + a, y + b, z + c], [0, 0, 0]);
  const lng = Math.atan2(sum[1], sum[0]) / RADIANS;
  const lat = Math.atan2(sum[2], Math.hypot(sum[0], sum[1])) / RADIANS;
  const round = (value: number) => Math.round(value * 100) / 100;
  return { zoom: round(zoomForGlobeShare(GLOBE_FIT_SHARE, size, lat)), lat: round(lat), lng: round(lng) };
}
