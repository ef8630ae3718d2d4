/**
 * The map's camera as plain numbers: what the URL's `#zoom/lat/lng` holds, where the map starts,
 * and how an export of another size frames the same view. No MapLibre here, so the URL module and
 * the exports can use it without the library.
 */

import type { Projection } from '../state/store.ts';
import { GLOBE_MIN_SHARE, zoomForGlobeShare } from './globe.ts';

/** The map camera: zoom level and centre in degrees. */
export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
}

/** The closest zoom the map allows (and so the URL accepts). */
export const MAX_ZOOM = 8;

/** Width and height in pixels. */
export interface PixelSize {
  width: number;
  height: number;
}

/**
 * The farthest the map zooms out: below 0 the world is narrower than a 512 px tile, which a phone
 * or a small embed needs to show allies from the Caribbean to the Pacific.
 */
export const MIN_ZOOM = -1;

/** Web Mercator: the world is 512 px wide at zoom 0; y runs 0 (north) to 1 (south). */
const WORLD_PX = 512;
const MAX_LAT = 85;
const mercatorY = (lat: number) => {
  const sin = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
};
const latitudeOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;
/** How far past a whole zoom a fitted camera steps back below it (log2 units: 0.12 is 8 % in scale). */
const SNAP_BELOW_TILE_LEVEL = 0.12;
/** A fitted camera never comes closer than this: a few allies close together still show their region. */
const MAX_FIT_ZOOM = 4;

/** The zoom at which the whole world is as tall as a map `heightPx` high: below it, the map cannot move up or down. */
export function zoomFillingHeight(heightPx: number): number {
  return Math.log2(heightPx / WORLD_PX);
}

/**
 * The latitude a camera's centre may have at a zoom, in a map `heightPx` high: the world's north
 * and south edges stay off the screen, as MapLibre's own rule has it, except when the whole world
 * is shorter than the map; then it sits in the middle (with ocean above and below) rather than the
 * zoom being raised until it fills the height, which would push a wide band of allies off a
 * phone's narrow screen.
 */
export function constrainedLatitude(lat: number, zoom: number, heightPx: number): number {
  const worldPx = WORLD_PX * 2 ** zoom;
  if (zoom <= zoomFillingHeight(heightPx)) return 0;
  const half = heightPx / 2 / worldPx;
  return latitudeOf(Math.min(1 - half, Math.max(half, mercatorY(lat))));
}

/**
 * Where the map lets a camera go, for the projection and the map's size: on the flat map, the
 * latitude of constrainedLatitude; on a globe, any latitude the address accepts, and no farther
 * out than a globe GLOBE_MIN_SHARE of the map across (smaller, it would be a dot in an empty map).
 * The map's own rule (`transformConstrain`) and so every camera it takes (a drag, the address, a
 * switch of projection) pass through it.
 */
export function constrainedCamera({ zoom, lat, lng }: Camera, projection: Projection, size: PixelSize): Camera {
  if (projection === 'mercator') {
    const clamped = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
    return { zoom: clamped, lat: constrainedLatitude(lat, clamped, size.height), lng };
  }
  const constrainedLat = Math.min(MAX_LAT, Math.max(-MAX_LAT, lat));
  const minZoom = Math.max(MIN_ZOOM, zoomForGlobeShare(GLOBE_MIN_SHARE, size, constrainedLat));
  return { zoom: Math.min(MAX_ZOOM, Math.max(minZoom, zoom)), lat: constrainedLat, lng };
}

/**
 * The narrowest band of longitudes holding every point: it leaves out the widest empty gap
 * between neighbouring points, which may be the one across the antimeridian or not. Returns the
 * band's west edge and width in degrees.
 */
export function longitudeBand(longitudes: readonly number[]): { west: number; span: number } {
  const sorted = longitudes.map((lng) => ((((lng + 180) % 360) + 360) % 360) - 180).sort((a, b) => a - b);
  let gapEnd = 0;
  let widest = -1;
  sorted.forEach((lng, index) => {
    const next = index + 1 < sorted.length ? sorted[index + 1] : sorted[0] + 360;
    if (next - lng > widest) {
      widest = next - lng;
      gapEnd = (index + 1) % sorted.length;
    }
  });
  return { west: sorted[gapEnd], span: 360 - widest };
}

/**
 * The camera that shows every point ([lng, lat]) in a map of `size`, with a margin for the names
 * beside them: the screen's shape decides whether the band of longitudes or of latitudes sets
 * the zoom. The first camera fits the year's allies and Taiwan this way, on any screen.
 */
export function fitCamera(points: readonly [number, number][], size: PixelSize): Camera {
  if (points.length === 0) return { zoom: 0, lat: 0, lng: 0 };
  const { west, span } = longitudeBand(points.map(([lng]) => lng));
  const ys = points.map(([, lat]) => mercatorY(lat));
  const north = Math.min(...ys);
  const south = Math.max(...ys);
  // Room for a name beside the outermost points: a share of the side, at least a name's height.
  const room = (side: number, share: number) => Math.max(side - 2 * Math.max(28, side * share), side * 0.3);
  const zoomFor = (px: number, worldShare: number) => (worldShare > 0 ? Math.log2(px / (WORLD_PX * worldShare)) : MAX_FIT_ZOOM);
  const zoom = Math.min(MAX_FIT_ZOOM, zoomFor(room(size.width, 0.09), span / 360), zoomFor(room(size.height, 0.08), south - north));
  const lng = west + span / 2;
  // Just past a whole zoom, the map would load the next level's tiles (four times as many) for a
  // view a few per cent larger: stay just below it instead.
  const snapped = zoom - Math.floor(zoom) < SNAP_BELOW_TILE_LEVEL ? Math.floor(zoom) - 0.01 : zoom;
  return {
    zoom: Math.round(Math.max(MIN_ZOOM, snapped) * 100) / 100,
    lat: latitudeOf((north + south) / 2),
    lng: lng > 180 ? lng - 360 : lng,
  };
}

/**
 * The camera that shows the live view's area in a frame of another size: the same centre, and a
 * zoom that keeps all of the live view in the frame (log2 of the smaller of the two size ratios).
 */
export function cameraForSize(camera: Camera, from: PixelSize, to: PixelSize): Camera {
  const scale = Math.min(to.width / from.width, to.height / from.height);
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, camera.zoom + Math.log2(scale)));
  return { ...camera, zoom };
}
