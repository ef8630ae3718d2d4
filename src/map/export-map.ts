import type { AppState } from '../state/store.ts';
import { createAppStore } from '../state/store.ts';
import type { YearRange } from '../data/year-range.ts';
import type { Camera, PixelSize } from './camera.ts';
import { MapController, type FrameObstacles, type MapSetup } from './map-controller.ts';

/** What an export map is made from: the live map's data, factory and view. */
export interface ExportMapSource extends MapSetup {
  /** What the live map shows, the projection too: an export of a globe view is a globe. */
  state: Pick<AppState, 'layers' | 'selected' | 'year' | 'lang' | 'projection'>;
  camera: Camera;
  years: YearRange;
}

/** Frames up to about this many pixels on their shorter side are drawn at one pixel per CSS pixel. */
const BASE_SHORT_SIDE = 1080;

/**
 * How an export map of `size` pixels is laid out: a 4K slide (3840 × 2160) or an A4 page at
 * 300 dpi (3508 × 2480) is drawn as a map of half the size at pixel ratio 2, so its names, borders
 * and hatching keep the proportions they have at 1080p (and on screen) instead of shrinking to
 * hairlines. The ratio is a whole number that divides both sides, so the canvas is exactly `size`.
 */
export function exportMapLayout(size: PixelSize): { cssSize: PixelSize; pixelRatio: number } {
  let pixelRatio = Math.max(1, Math.floor(Math.min(size.width, size.height) / BASE_SHORT_SIDE));
  while (pixelRatio > 1 && (size.width % pixelRatio !== 0 || size.height % pixelRatio !== 0)) pixelRatio--;
  return { cssSize: { width: size.width / pixelRatio, height: size.height / pixelRatio }, pixelRatio };
}

/**
 * A second, hidden map at an export's exact pixel size (exportMapLayout), drawing the same data
 * and layers as the live one. Images and videos of any size come from it while the live map
 * stays as the person left it. It runs its own store, so stepping it through a replay changes
 * nothing the person sees.
 */
export class ExportMap {
  private constructor(
    private readonly controller: MapController,
    private readonly store: ReturnType<typeof createAppStore>,
    private readonly container: HTMLElement,
  ) {}

  /** A map whose frames are `size` pixels; `source.camera` is for its CSS size (exportMapLayout). */
  static async open(source: ExportMapSource, size: PixelSize): Promise<ExportMap> {
    const { cssSize, pixelRatio } = exportMapLayout(size);
    const container = document.createElement('div');
    // Off screen but laid out: MapLibre sizes its canvas from the container.
    Object.assign(container.style, {
      position: 'fixed',
      left: `${-cssSize.width - 100}px`,
      top: '0',
      width: `${cssSize.width}px`,
      height: `${cssSize.height}px`,
      pointerEvents: 'none',
    });
    container.setAttribute('aria-hidden', 'true');
    container.inert = true;
    document.body.append(container);
    const store = createAppStore(source.years);
    const { layers, selected, year, lang, projection } = source.state;
    store.setState({ layers, selected, year, lang, projection });
    let settle: { resolve: () => void; reject: (error: Error) => void } = { resolve: () => {}, reject: () => {} };
    const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    let controller: MapController | null = null;
    try {
      controller = new MapController(store, {
        world: source.world,
        derive: source.derive,
        // Made at pixel ratio 1 (create-maplibre-map.ts forExport); a large frame raises it before the first frame.
        createMap: (options) => {
          const map = source.createMap(options);
          if (pixelRatio !== 1) map.setPixelRatio(pixelRatio);
          return map;
        },
        container,
        camera: source.camera,
        attribution: false,
        forExport: true,
        revealInitialSelection: false,
        reducedMotion: true,
        onHover: () => {},
        onCameraChange: () => {},
        onReady: () => settle.resolve(),
        // Without its shapes the export map never becomes ready: the export fails instead of waiting.
        onFailure: (failure) =>
          settle.reject(new Error(failure.kind === 'shapes' ? `the map shapes could not be loaded (HTTP ${failure.status})` : failure.error)),
      });
      await ready;
      return new ExportMap(controller, store, container);
    } catch (error) {
      controller?.destroy();
      container.remove();
      throw error;
    }
  }

  /** The map of a year with its names (clear of `obstaclesFor`), as a canvas of the export's size. */
  async frame(year: number, obstaclesFor?: FrameObstacles): Promise<HTMLCanvasElement> {
    this.store.getState().setYear(year);
    return (await this.controller.snapshot(obstaclesFor)).canvas;
  }

  destroy() {
    this.controller.destroy();
    this.container.remove();
  }
}
