import { geoDistance, geoMercator, geoOrthographic, type GeoProjection } from 'd3-geo';
import { constrainedLatitude, type Camera, type PixelSize } from '../../map/camera.ts';

/** How a map is projected: MapLibre's Web Mercator, or its globe. */
export type MapProjectionKind = 'mercator' | 'globe';

/** MapLibre's tiles are 512 px: the world is this wide at zoom 0. */
const TILE_PX = 512;

/** A panel's projection, and how far apart its copies of the world are side by side (Mercator) or null (a globe has one). */
export interface PanelProjection {
  projection: GeoProjection;
  kind: MapProjectionKind;
  /** The world's width in pixels between two copies (MapLibre repeats the world sideways); null on a globe. */
  worldWidth: number | null;
  /** Whether a [lng, lat] point is on the side of the world shown (a globe's far side is not). */
  shows: (lngLat: [number, number]) => boolean;
}

/**
 * The d3 projection that puts every point where the live map does for a camera and a map size.
 * Mercator: the world is 512 · 2^zoom px wide, centred on the camera, whose latitude is held as
 * the map holds it (camera.ts constrainedLatitude); the cut at the antimeridian falls opposite the
 * centre, and the world repeats every `worldWidth` px as MapLibre's copies do. Globe: an
 * orthographic view of the side facing the camera, with the radius MapLibre's globe has at the
 * centre's latitude (its radius in pixels is the world's width over 2π, over cos(latitude)).
 */
export function panelProjection(camera: Camera, size: PixelSize, kind: MapProjectionKind = 'mercator'): PanelProjection {
  const worldWidth = TILE_PX * 2 ** camera.zoom;
  const radius = worldWidth / (2 * Math.PI);
  const middle: [number, number] = [size.width / 2, size.height / 2];
  if (kind === 'globe') {
    const latitude = Math.max(-85, Math.min(85, camera.lat));
    const projection = geoOrthographic()
      .rotate([-camera.lng, -latitude])
      .scale(radius / Math.cos((latitude * Math.PI) / 180))
      .translate(middle)
      .clipAngle(90);
    const center: [number, number] = [camera.lng, latitude];
    return { projection, kind, worldWidth: null, shows: (lngLat) => geoDistance(lngLat, center) < Math.PI / 2 };
  }
  const latitude = constrainedLatitude(camera.lat, camera.zoom, size.height);
  const projection = geoMercator().rotate([-camera.lng, 0]).center([0, latitude]).scale(radius).translate(middle);
  return { projection, kind, worldWidth, shows: () => true };
}

/**
 * The horizontal offsets (px) of the copies of the world a Mercator panel shows: 0 for the copy
 * centred on the camera, then ±worldWidth and on while a copy still reaches into the panel.
 */
export function worldCopyOffsets({ worldWidth }: PanelProjection, width: number): number[] {
  if (worldWidth === null) return [0];
  const reach = Math.ceil((width / 2 - worldWidth / 2) / worldWidth);
  const offsets = [0];
  for (let copy = 1; copy <= reach; copy++) offsets.push(-copy * worldWidth, copy * worldWidth);
  return offsets;
}
