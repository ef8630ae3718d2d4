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

/**
 * A second, hidden map at an export's exact pixel size (pixel ratio 1), drawing the same data
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

  static async open(source: ExportMapSource, size: PixelSize): Promise<ExportMap> {
    const container = document.createElement('div');
    // Off screen but laid out: MapLibre sizes its canvas from the container.
    Object.assign(container.style, {
      position: 'fixed',
      left: `${-size.width - 100}px`,
      top: '0',
      width: `${size.width}px`,
      height: `${size.height}px`,
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
        createMap: source.createMap,
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
