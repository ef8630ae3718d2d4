import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LabelKind } from '../data/map-labels.ts';
import type { Locale } from '../i18n/locale.ts';
import { drawLabels, placeMapLabels } from './label-drawing.ts';
import { PALETTE, type Palette } from './palette.ts';
import type { Box, PlacedLabel } from './label-layout.ts';

/** A name the map shows: its lines of text, its kind, and its country's point ([lng, lat]). */
export interface MapLabel {
  key: string;
  lines: readonly string[];
  kind: LabelKind;
  lngLat: [number, number];
}

/**
 * The parts of the page that may lie over the map (app.css): MapLibre's controls, the projection
 * switch, the embed view's caption, legend and buttons, the notices, the details panel, and the
 * compare view's year tags and swipe handle (compare.css).
 */
const OVER_THE_MAP =
  '.maplibregl-ctrl, .projection-switch, .embed-caption, .embed-legend, .embed-actions, .notice-bar, .country-panel, .map-year-tag, .swipe-handle';

/** Text widths by font and text: a replay places the same names again at every step. */
const widths = new Map<string, number>();
let measuringContext: CanvasRenderingContext2D | null = null;
function measure(text: string, font: string): number {
  const key = `${font}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    measuringContext ??= document.createElement('canvas').getContext('2d')!;
    measuringContext.font = font;
    widths.set(key, (width = measuringContext.measureText(text).width));
  }
  return width;
}

/**
 * The map's names, drawn on a 2D canvas over the map (no glyph server: the page's own fonts), and
 * onto exported frames. They are placed again (label-layout.ts) after each frame the map draws
 * with a moved camera, inside MapLibre's `render` event, so names and shapes move together; new
 * names (a year step, a language) in an animation frame of their own (set).
 */
export class LabelOverlay {
  private labels: readonly MapLabel[] = [];
  private locale: Locale = 'en';
  private palette: Palette = PALETTE;
  private canvas: HTMLCanvasElement | null = null;
  /** The camera, size and names last drawn, to skip frames that change none of them. */
  private drawnKey = '';
  private version = 0;
  private pendingFrame = 0;

  private readonly isHidden: (lngLat: [number, number]) => boolean;

  constructor(
    private readonly map: MapLibreMap,
    /** `live`: drawn over the map, else only onto frames. `isHidden`: a point on the far side of the globe, whose name is left out. */
    options: { live: boolean; isHidden: (lngLat: [number, number]) => boolean },
  ) {
    this.isHidden = options.isHidden;
    if (!options.live) return;
    const canvas = document.createElement('canvas');
    canvas.className = 'map-labels';
    canvas.setAttribute('aria-hidden', 'true');
    Object.assign(canvas.style, { position: 'absolute', top: '0', left: '0', width: '100%', height: '100%', pointerEvents: 'none' });
    map.getCanvasContainer().after(canvas);
    this.canvas = canvas;
    // The camera moved: names move with the map in the same frame. New names wait for their own (set).
    map.on('render', () => {
      if (!this.pendingFrame) this.draw();
    });
  }

  /**
   * The names to show (none while the ally layer is hidden), in a language and a palette (the theme's). They are drawn in a
   * frame of their own: a replay's step already renders the page and the map in its task, and
   * placing sixty names of the 1960s in it too made it a long one.
   */
  set(labels: readonly MapLabel[], locale: Locale, palette: Palette = PALETTE) {
    this.labels = labels;
    this.locale = locale;
    this.palette = palette;
    this.version++;
    if (!this.canvas || this.pendingFrame) return;
    this.pendingFrame = requestAnimationFrame(() => {
      this.pendingFrame = 0;
      this.draw();
    });
  }

  /** The names placed for the map's current camera, in CSS pixels of a map of `size`. */
  private place(size: { width: number; height: number }, obstacles: readonly Box[] = []): { placed: PlacedLabel[]; fontPx: number } {
    const centerLng = this.map.getCenter().lng;
    // A globe projects its far side onto the screen too, under the near side.
    return placeMapLabels(
      this.labels.filter(({ lngLat }) => !this.isHidden(lngLat)),
      {
        size,
        // The copy of the point nearest the map's centre, for a map that shows the world more than once.
        project: ([lng, lat]) => {
          const point = this.map.project([lng + 360 * Math.round((centerLng - lng) / 360), lat]);
          return [point.x, point.y];
        },
        measure,
        locale: this.locale,
        obstacles,
      },
    );
  }

  private draw() {
    const canvas = this.canvas;
    if (!canvas?.isConnected) return;
    const container = this.map.getContainer();
    const width = container.clientWidth;
    const height = container.clientHeight;
    const ratio = window.devicePixelRatio || 1;
    const { lng, lat } = this.map.getCenter();
    const key = `${this.version}|${lng}|${lat}|${this.map.getZoom()}|${width}|${height}|${ratio}`;
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    const ctx = canvas.getContext('2d')!;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const { placed, fontPx } = this.place({ width, height }, this.obstacles());
    // The names drawn, for the browser tests (a canvas has no text to read).
    canvas.dataset.names = placed.map((label) => label.key).join(' ');
    drawLabels(ctx, placed, fontPx, this.locale, ratio, this.palette);
  }

  /** What lies over the map, which names keep clear of: its own controls, and the page's parts drawn over it. */
  private obstacles(): Box[] {
    const origin = this.map.getContainer().getBoundingClientRect();
    return [...document.querySelectorAll(OVER_THE_MAP)].flatMap((element) => {
      const rect = element.getBoundingClientRect();
      const over = rect.width > 0 && rect.right > origin.left && rect.left < origin.right && rect.bottom > origin.top && rect.top < origin.bottom;
      return over ? [{ x: rect.left - origin.left, y: rect.top - origin.top, width: rect.width, height: rect.height }] : [];
    });
  }

  /** Draws the names onto a frame copied from the map (a snapshot for an export), keeping clear of `obstacles` (in the frame's pixels). */
  drawOnto(frame: HTMLCanvasElement, obstacles: readonly Box[] = []) {
    const container = this.map.getContainer();
    const size = { width: container.clientWidth, height: container.clientHeight };
    const scale = frame.width / size.width;
    const inLayoutPixels = obstacles.map(({ x, y, width, height }) => ({ x: x / scale, y: y / scale, width: width / scale, height: height / scale }));
    const { placed, fontPx } = this.place(size, inLayoutPixels);
    drawLabels(frame.getContext('2d')!, placed, fontPx, this.locale, scale, this.palette);
  }

  destroy() {
    cancelAnimationFrame(this.pendingFrame);
    this.canvas?.remove();
  }
}
