import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '../data/layers.ts';
import { PALETTE } from './palette.ts';

/** Waits until the map has drawn everything it has (tiles loaded, nothing moving). */
export function whenSettled(map: MapLibreMap): Promise<void> {
  if (map.loaded() && !map.isMoving()) return Promise.resolve();
  return withTimeout(
    new Promise((resolve) => {
      map.once('idle', () => resolve());
      // 'idle' comes after a frame; without a frame scheduled it would never come.
      map.triggerRepaint();
    }),
  );
}

/** The `name` of the error thrown when the map stops drawing (the exports explain it: export-failure.ts). */
export const MAP_STALLED = 'MapStalledError';

/** Longer than any frame takes; a map that lost its WebGL context never draws again. */
const FRAME_TIMEOUT_MS = 20_000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    // Named so the export's status can say it in the page's language (src/export/export-failure.ts).
    const stalled = Object.assign(new Error('the map stopped drawing (its WebGL context may have been lost)'), { name: MAP_STALLED });
    timer = setTimeout(() => reject(stalled), FRAME_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Copies the map's next frame into a 2D canvas. The copy is made inside the `render` event, while
 * the WebGL drawing buffer still holds the frame: the browser clears it once the frame is shown,
 * and keeping it (`preserveDrawingBuffer`) would cost every frame of normal use for a rare export.
 */
export function copyNextFrame(map: MapLibreMap, onFrame: () => void = () => {}): Promise<HTMLCanvasElement> {
  return withTimeout(
    new Promise((resolve, reject) => {
      map.once('render', () => {
        try {
          onFrame();
          const source = map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = source.width;
          copy.height = source.height;
          const ctx = copy.getContext('2d')!;
          // The map's canvas is transparent where it draws nothing: around a globe (a flat map
          // covers it all). The copy shows the space the page shows there (app.css).
          ctx.fillStyle = PALETTE.space;
          ctx.fillRect(0, 0, copy.width, copy.height);
          ctx.drawImage(source, 0, 0);
          resolve(copy);
        } catch (error) {
          reject(error);
        }
      });
      map.triggerRepaint();
    }),
  );
}

/** A frame of the map as a 2D canvas, with the year and layers it shows. */
export interface MapSnapshot {
  canvas: HTMLCanvasElement;
  year: number;
  layers: readonly LayerId[];
}

/**
 * The map's next frame, once everything is drawn, as a 2D canvas (copyNextFrame) that `decorate`
 * may draw on (the map's names), with the year
 * and layers it shows, read at that frame (playback may have moved on since the call).
 */
export async function snapshotOf(
  map: MapLibreMap,
  readState: () => { year: number; layers: readonly LayerId[] },
  decorate: (frame: HTMLCanvasElement) => void = () => {},
): Promise<MapSnapshot> {
  await whenSettled(map);
  let drawn = readState();
  const canvas = await copyNextFrame(map, () => (drawn = readState()));
  decorate(canvas);
  return { canvas, year: drawn.year, layers: drawn.layers };
}
