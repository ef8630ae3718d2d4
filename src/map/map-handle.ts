import type { AppStore } from '../state/store.ts';
import type { Camera, PixelSize } from './camera.ts';
import type { ExportMapSource } from './export-map.ts';
import type { MapSnapshot } from './map-frame.ts';
import type { FrameObstacles, MapController } from './map-controller.ts';

/**
 * The live map as the rest of the app reaches it: one handle, made before the map and given to
 * the map view (which attaches its controller), URL sync (a camera from Back/Forward) and the
 * exporter (the view as it is). Without a map (not made yet, or failed) each call does nothing or
 * says so.
 */
export interface MapHandle {
  attach: (controller: MapController | null) => void;
  jumpTo: (camera: Camera | null) => void;
  /** The live map's next complete frame with its names, clear of `obstaclesFor`; null without a map. */
  snapshot: (obstaclesFor?: FrameObstacles) => Promise<MapSnapshot> | null;
  /** What an export map needs to draw the live view, and the live map's size; null without a map. */
  exportSource: () => (Omit<ExportMapSource, 'years'> & { size: PixelSize }) | null;
}

export function createMapHandle(store: AppStore): MapHandle {
  let controller: MapController | null = null;
  return {
    attach: (next) => (controller = next),
    jumpTo: (camera) => controller?.jumpTo(camera),
    snapshot: (obstaclesFor) => controller?.snapshot(obstaclesFor) ?? null,
    exportSource: () => {
      if (!controller) return null;
      const { camera, size } = controller.view();
      const { layers, selected, year, lang, projection } = store.getState();
      return { ...controller.setup, state: { layers, selected, year, lang, projection }, camera, size };
    },
  };
}
