/**
 * The map's camera as plain numbers: what the URL's `#zoom/lat/lng` holds, where the map starts,
 * and how an export of another size frames the same view. No MapLibre here, so the URL module and
 * the exports can use it without the library.
 */

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

/** The whole world across the container's width, centred on the Pacific so Taiwan sits mid-map. */
export function defaultCamera(widthPx: number): Camera {
  const zoom = Math.min(3, Math.max(0, Math.log2(widthPx / 512)));
  return { zoom: Math.round(zoom * 100) / 100, lat: 15, lng: 150 };
}

/**
 * The camera that shows the live view's area in a frame of another size: the same centre, and a
 * zoom that keeps all of the live view in the frame (log2 of the smaller of the two size ratios).
 */
export function cameraForSize(camera: Camera, from: PixelSize, to: PixelSize): Camera {
  const scale = Math.min(to.width / from.width, to.height / from.height);
  const zoom = Math.min(MAX_ZOOM, Math.max(0, camera.zoom + Math.log2(scale)));
  return { ...camera, zoom };
}
