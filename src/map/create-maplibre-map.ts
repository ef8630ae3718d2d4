import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { Projection } from '../state/store.ts';
import { constrainedCamera, MAX_ZOOM, MIN_ZOOM, type Camera } from './camera.ts';
import { mapLibreLocale, type MapUiText } from './map-language.ts';

/**
 * Credit for the country shapes, in the map's attribution control (the embed view's legend credits
 * them itself). Names only, so it reads the same in both languages: MapLibre renders it once.
 */
export const SHAPES_CREDIT = 'Natural Earth · world-atlas';

/** A map this narrow (a phone's) starts with its attribution folded. */
const NARROW_MAP_PX = 480;

/** Creates the MapLibre map; a seam so tests can pass a fake. */
export type CreateMap = (options: {
  container: HTMLElement;
  style: StyleSpecification;
  camera: Camera;
  /** The projection to start with; later ones come through `map.setProjection`. */
  projection: Projection;
  /** Show MapLibre's attribution control (the embed view credits the shapes in its legend instead). */
  attribution?: boolean;
  /** A hidden map for exports: not interactive, pixel ratio 1, no fades. */
  forExport?: boolean;
  /** MapLibre's own labels (the canvas, the attribution button, the gestures' notes) in the page's language. */
  uiText?: MapUiText;
  /**
   * A wheel or one finger scrolls the page past the map, which moves with Ctrl (⌘) + wheel or two
   * fingers, with a note saying so: for a map embedded in a page that scrolls.
   */
  cooperativeGestures?: boolean;
}) => MapLibreMap;

/**
 * Whether this browser can give MapLibre a WebGL context, asked only once making the map has
 * failed. The probe context is released at once, since browsers keep only a few live contexts
 * and drop the oldest.
 */
export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    context?.getExtension('WEBGL_lose_context')?.loseContext();
    return context !== null;
  } catch {
    return false;
  }
}

/**
 * Loads maplibre-gl on demand (it is the largest part of the app, so the page shell and the data
 * start first) and returns the factory the controller uses.
 */
export async function loadMapLibre(): Promise<CreateMap> {
  const [maplibre, worker] = await Promise.all([
    import('maplibre-gl'),
    // Vite serves the worker as its own file; MapLibre would otherwise look for it beside the
    // bundle under a name that does not exist ("Worker failed to load").
    import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
  ]);
  maplibre.setWorkerUrl(worker.default);
  // The map's worker starts now rather than when the map is made: starting it (its script loaded
  // and compiled) takes longer than the style, and the first tiles wait for it. map-ready 960 →
  // 935 ms median (A/B of 12 cold loads). Every map, the export's too, shares this one worker.
  maplibre.prewarm();
  return ({ container, style, camera, projection, attribution = true, forExport = false, uiText, cooperativeGestures = false }) => {
    // The projection the camera rule follows: the style's at first, then each one the map moves to
    // (MapLibre names a globe 'globe' or 'vertical-perspective', a flat map 'mercator').
    let current = projection;
    const map = new maplibre.Map({
      container,
      // A flat map's style stays as built (Mercator is the style's default).
      style: projection === 'globe' ? { ...style, projection: { type: projection } } : style,
      center: [camera.lng, camera.lat],
      zoom: camera.zoom,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      attributionControl: attribution ? { compact: true, customAttribution: SHAPES_CREDIT } : false,
      // The style is built in code and checked against MapLibre's style spec by the unit tests
      // (style-builders.test.ts); validating it again on every page load cost the main thread
      // before the first frame.
      validateStyle: false,
      // Lets a flat map show the whole world smaller than its height, and keeps a globe from
      // shrinking to a dot (camera.ts constrainedCamera).
      transformConstrain: (center, zoom) => {
        const size = { width: container.clientWidth, height: container.clientHeight };
        const constrained = constrainedCamera({ zoom, lat: center.lat, lng: center.lng }, current, size);
        return { center: new maplibre.LngLat(constrained.lng, constrained.lat), zoom: constrained.zoom };
      },
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      cooperativeGestures,
      ...(uiText && { locale: mapLibreLocale(uiText) }),
      ...(forExport && { interactive: false, pixelRatio: 1, fadeDuration: 0 }),
    });
    map.on('projectiontransition', (event) => (current = event.newProjection === 'mercator' ? 'mercator' : 'globe'));
    // A compact attribution opens expanded; on a phone the credit would cover a fifth of the map.
    // Its (i) button still opens it.
    if (attribution && container.clientWidth <= NARROW_MAP_PX) {
      map.once('load', () => container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show'));
    }
    return map;
  };
}
