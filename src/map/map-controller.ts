import type { ErrorEvent as MapErrorEvent, Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent, PointLike } from 'maplibre-gl';
import type { AllyStatus } from '../data/ally-timeline.ts';
import type { LayerId } from '../data/layers.ts';
import type { WorldIndex } from '../data/world.ts';
import type { Locale } from '../i18n/locale.ts';
import { messagesFor } from '../i18n/messages.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { COUNTRY_TILES, countryTilesUrl } from './country-tiles.ts';
import { defaultCamera, type Camera, type PixelSize } from './camera.ts';
import type { ExportMapSource } from './export-map.ts';
import { copyNextFrame, whenSettled } from './map-frame.ts';
import {
  GATED_LAYER_IDS,
  HATCH_IMAGE_ID,
  LOST_HATCH_IMAGE_ID,
  drawnStateKey,
  MARKER_FADE_END_ZOOM,
  SOURCE_IDS,
  STYLE_LAYER_IDS,
  buildStyle,
  hatchImage,
  highlightFilter,
  layerPaintUpdates,
  lostHatchImage,
} from './style-builders.ts';

/** What the pointer is over: the country and where to put its tooltip (container pixels). */
export interface HoverInfo {
  iso3: string;
  name: string;
  x: number;
  y: number;
}

/** How the controller tells the app about the pointer, the camera and readiness. */
export interface MapControllerCallbacks {
  onHover: (hover: HoverInfo | null) => void;
  onCameraChange: (camera: Camera) => void;
  /** After the first render with data: the map is ready for people. */
  onReady: () => void;
  /**
   * The map could not show the shapes before it was ready: their tiles answered with an error
   * status, or failed otherwise (the error's message). Never called once the map is ready.
   */
  onFailure?: (failure: MapFailure) => void;
}

/** Why the map could not be shown. */
export type MapFailure = { kind: 'shapes'; status: number } | { kind: 'error'; error: string };

/** Creates the MapLibre map; a seam so tests can pass a fake. */
export type CreateMap = (options: {
  container: HTMLElement;
  style: ReturnType<typeof buildStyle>;
  camera: Camera;
  /** Show MapLibre's attribution control (the embed view credits the shapes in its legend instead). */
  attribution?: boolean;
  /** A hidden map for exports: not interactive, pixel ratio 1, no fades. */
  forExport?: boolean;
  /** MapLibre's own labels (the canvas, the attribution button) in the page's language. */
  uiText?: MapUiText;
}) => MapLibreMap;

/** The texts MapLibre draws itself. */
export interface MapUiText {
  canvas: string;
  toggleAttribution: string;
}

/** The map's own labels in a language. */
function mapUiText(locale: Locale): MapUiText {
  const { canvas, toggleAttribution } = messagesFor(locale).map;
  return { canvas, toggleAttribution };
}

/** A failed request's error as a MapFailure: its HTTP status, or its message. */
function failureOf(error: { message: string; status?: number }): MapFailure {
  return error.status ? { kind: 'shapes', status: error.status } : { kind: 'error', error: error.message };
}

/** A country the pointer is over or that is selected: its feature id and code. */
interface PointedShape {
  id: number;
  iso3: string;
}

/** Pixels around the pointer in which a small-country marker wins over the shape under it. */
const MARKER_HIT_RADIUS_PX = 10;

/**
 * How much of the map's right edge the details panel covers on wide screens (its 360 px width plus
 * margins, app.css); on narrow screens (≤ 720 px) the panel covers the top instead.
 */
const PANEL_COVER_RIGHT_PX = 385;
const NARROW_SCREEN_PX = 720;
const REVEAL_DURATION_MS = 600;

/**
 * User Timing names for a timeline step, read by `npm run bench` (scripts/bench.ts) from the
 * production build: 'year-step' spans the store update to the last map call (its detail gives the
 * year and how many features' state changed), 'year-step-idle' runs from the step's start to the
 * map's next `idle`, i.e. until the step is on screen.
 */
export const YEAR_STEP_MEASURE = 'year-step';
export const YEAR_STEP_IDLE_MEASURE = 'year-step-idle';

/** What a 'year-step' measure carries in its `detail`. */
export interface YearStepDetail {
  year: number;
  /** Features whose feature-state the step changed (each counted once, on the countries source). */
  features: number;
}

/**
 * Records a measure from `start` to now. Only the newest entry of a name stays in the performance
 * buffer, so a kiosk looping the replay all day does not grow it; a PerformanceObserver (the
 * benchmark) still receives every entry.
 */
function recordMeasure(name: string, start: number, detail: unknown) {
  performance.clearMeasures(name);
  performance.measure(name, { start, end: performance.now(), detail });
}

/** What the controller derives from the store: the year's ally statuses and the layers it may draw. */
export interface MapDerivations {
  /** Status of each shape code with any relations by the year; computed once per data load. */
  statusesFor: (year: number) => ReadonlyMap<string, AllyStatus>;
  /** The layers a year may draw, chosen or not (layer-availability.ts). */
  drawableLayersIn: (year: number) => ReadonlySet<LayerId>;
}

/**
 * Owns the MapLibre map: adds sources and layers once, then applies only what changed in the
 * store (paint expressions for layer toggles, feature-state for ally status, selection and
 * hover). A timeline step changes feature-state on the countries whose status changed; no
 * geometry is sent again. React components never touch the map; they change the store.
 */
export class MapController {
  private readonly map: MapLibreMap;
  private readonly world: WorldIndex;
  private unsubscribe: () => void = () => {};
  private hovered: PointedShape | null = null;
  /** The first complete frame is shown (after it, a failed tile is only reported). */
  private ready = false;
  /** The map could not be shown and said so (onFailure); it is never reported ready. */
  private failed = false;
  private selected: PointedShape | null = null;
  /** Feature id → ally status currently set on the map. */
  private statusById = new Map<number, AllyStatus>();
  /** The `drawn-<layer>` feature-state last set on every feature, as a key to skip repeats. */
  private drawnKey = '';
  private readonly derive: MapDerivations;
  private applyingCamera = false;
  private readonly reducedMotion: boolean;
  private readonly createMap: CreateMap;
  /** When the newest year step that changed the map started, until the map's next `idle` (see YEAR_STEP_MEASURE). */
  private stepStart: { time: number; year: number } | null = null;

  constructor(
    private readonly store: AppStore,
    world: WorldIndex,
    options: {
      container: HTMLElement;
      camera: Camera;
      createMap: CreateMap;
      derive: MapDerivations;
      /** Move the camera to the initial selection (when the URL gave no camera of its own). */
      revealInitialSelection: boolean;
      /** Camera moves jump instead of gliding. */
      reducedMotion?: boolean;
      attribution?: boolean;
    } & MapControllerCallbacks,
  ) {
    this.world = world;
    this.derive = options.derive;
    this.reducedMotion = options.reducedMotion ?? false;
    this.createMap = options.createMap;
    const state = store.getState();
    this.map = options.createMap({
      container: options.container,
      style: buildStyle(state.layers, { markers: world.markers, tilesUrl: countryTilesUrl(document.baseURI, world.tilesVersion) }),
      camera: options.camera,
      attribution: options.attribution,
      uiText: mapUiText(state.lang),
    });
    // `style.load` comes as soon as the style is read, before any tile: the store's state set
    // then is in the first complete frame (waiting for `load` would draw the map twice before it is
    // ready). It comes again when the style is rebuilt after a lost WebGL context, which starts with
    // none of the images or state.
    let first = true;
    // The canvas stays invisible until the map's first complete frame (its first `idle`). Every
    // frame drawn before the tiles are in is otherwise composited, and where WebGL runs in
    // software (SwiftShader; machines without a GPU) the compositor copies each out whole: 60–120
    // ms of the GPU process per frame on the benchmark machine, which the map's own work then
    // waits behind. Hidden, those frames cost nothing to show: map-ready 1186 → 1038 ms median
    // (A/B of 12 cold loads). The container shows the sea's colour meanwhile (app.css), as the
    // first frames did.
    const canvas = this.map.getCanvas();
    canvas.style.opacity = '0';
    this.map.on('style.load', () => {
      this.addImages();
      this.statusById = new Map();
      this.drawnKey = '';
      this.selected = null;
      this.hovered = null;
      // The store may have changed while the style loaded: apply its whole state, then follow it.
      const state = this.store.getState();
      this.applyStatuses(state.year);
      this.applyDrawable(state.year);
      this.applyLayers(state.layers);
      this.applySelection(state.selected);
      if (!first) return;
      first = false;
      if (options.revealInitialSelection && state.selected) this.reveal(state.selected, false);
      this.unsubscribe = store.subscribe((next, previous) => this.apply(next, previous));
      this.map.once('idle', () => void this.whenShapesShown(options).then((shown) => shown && this.showReady(canvas, options)));
    });
    this.map.on('error', (event: MapErrorEvent & { sourceId?: string }) => {
      const shapes = event.sourceId === SOURCE_IDS.countries || event.sourceId === SOURCE_IDS.highlight;
      if (shapes && !this.ready && !this.failed) this.fail(options, failureOf(event.error));
      // A listener stops MapLibre's own report of an error: a tile that fails once the map is
      // shown (a network blip while panning) is reported, and the map goes on.
      else console.warn(event.error);
    });
    this.map.on('mousemove', (event) => this.onPointerMove(event, options.onHover));
    this.map.on('mouseout', () => this.setHover(null, options.onHover));
    this.map.on('click', (event) => this.store.getState().select(this.featureAt(event.point)?.properties.iso3 ?? null));
    this.map.on('moveend', () => {
      if (this.applyingCamera) return;
      const center = this.map.getCenter();
      options.onCameraChange({ zoom: this.map.getZoom(), lat: center.lat, lng: center.lng });
    });
  }

  /**
   * Whether the first complete frame shows shapes. MapLibre reads a missing tile (404) as an
   * empty one and reports nothing, so a frame with no country in it asks for the world tile
   * itself: an error status means the tiles were not deployed (a view of open sea is fine).
   */
  private async whenShapesShown(options: Pick<MapControllerCallbacks, 'onFailure'>): Promise<boolean> {
    if (this.failed) return false;
    if (this.map.querySourceFeatures(SOURCE_IDS.countries, { sourceLayer: COUNTRY_TILES.layer }).length > 0) return true;
    const worldTile = countryTilesUrl(document.baseURI, this.world.tilesVersion, '0/0/0');
    const response = await fetch(worldTile).catch((error: unknown) => error as Error);
    if (response instanceof Response && response.ok) return true;
    this.fail(options, failureOf(response instanceof Response ? { message: response.statusText, status: response.status } : response));
    return false;
  }

  private showReady(canvas: HTMLCanvasElement, options: Pick<MapControllerCallbacks, 'onReady'>) {
    this.ready = true;
    canvas.style.opacity = '';
    options.onReady();
  }

  private fail(options: Pick<MapControllerCallbacks, 'onFailure'>, failure: MapFailure) {
    this.failed = true;
    options.onFailure?.(failure);
  }

  /** The hatchings' tiles, drawn in code (no sprite server). */
  private addImages() {
    for (const [id, image] of [
      [HATCH_IMAGE_ID, hatchImage()],
      [LOST_HATCH_IMAGE_ID, lostHatchImage()],
    ] as const) {
      if (!this.map.hasImage(id)) this.map.addImage(id, image);
    }
  }

  /**
   * MapLibre reads its UI strings once, when the map is made, and has no way to change them
   * after; so a language switch sets the two labels it wrote (the canvas, the attribution button)
   * on its elements directly.
   */
  private applyLanguage(lang: Locale) {
    const text = mapUiText(lang);
    this.map.getCanvas().setAttribute('aria-label', text.canvas);
    const button = this.map.getContainer().querySelector('.maplibregl-ctrl-attrib-button');
    button?.setAttribute('title', text.toggleAttribution);
    button?.setAttribute('aria-label', text.toggleAttribution);
  }

  /** Applies a store change as diffs: nothing is re-uploaded for a layer toggle. */
  private apply(next: AppState, previous: AppState) {
    if (next.year !== previous.year) this.applyYear(next.year);
    if (next.layers !== previous.layers) this.applyLayers(next.layers);
    if (next.lang !== previous.lang) this.applyLanguage(next.lang);
    if (next.selected !== previous.selected) {
      this.applySelection(next.selected);
      if (next.selected) this.reveal(next.selected, true);
    }
  }

  /**
   * A timeline step, timed for the benchmark (YEAR_STEP_MEASURE): a few performance.now() calls.
   * The map draws the step at once, unless it changes every feature (see the end).
   */
  private applyYear(year: number) {
    const time = performance.now();
    const statusChanges = this.applyStatuses(year);
    const everyFeature = this.applyDrawable(year);
    const features = everyFeature ? this.world.idByIso3.size : statusChanges;
    recordMeasure(YEAR_STEP_MEASURE, time, { year, features } satisfies YearStepDetail);
    // A step that changed nothing draws nothing, and MapLibre fires no `idle` for it.
    if (features === 0) return;
    // Steps faster than the map (playback) share one listener; the measure runs from the newest.
    const waiting = this.stepStart !== null;
    this.stepStart = { time, year };
    if (!waiting) {
      this.map.once('idle', () => {
        if (!this.stepStart) return;
        recordMeasure(YEAR_STEP_IDLE_MEASURE, this.stepStart.time, { year: this.stepStart.year });
        this.stepStart = null;
      });
    }
    // Draw now rather than on the next animation frame: the React render of the same step (the
    // slider, the counts, the year's events) would otherwise run first and the map would wait
    // behind it. Both still reach the screen in the same frame. A step that changes every
    // feature (the drawn layers change: 2016, 2025, and a replay's jump back to 1949) is the
    // exception: redrawing every shape's paint is most of a long task, which a click's own React
    // render would join (a ~50 ms task on the test machine); it draws on the next frame instead.
    if (everyFeature) this.map.triggerRepaint();
    else this.map.redraw();
  }

  /** Sets the paint expressions for the chosen layers (a toggle; a year step never does). */
  private applyLayers(layers: AppState['layers']) {
    for (const [layer, property, value] of layerPaintUpdates(layers)) this.map.setPaintProperty(layer, property, value);
  }

  /** Brings a selected country into the part of the map the details panel leaves uncovered. */
  private reveal(iso3: string, animate: boolean) {
    const center = this.world.centerByIso3.get(iso3);
    if (!center) return;
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    const coverRight = width > NARROW_SCREEN_PX ? PANEL_COVER_RIGHT_PX : 0;
    const point = this.map.project(center);
    const visible = point.x >= 0 && point.x <= width - coverRight && point.y >= 0 && point.y <= height;
    if (visible) return;
    // An offset, not padding: MapLibre keeps padding for every later camera move.
    this.map.easeTo({ center, offset: [-coverRight / 2, 0], duration: animate && !this.reducedMotion ? REVEAL_DURATION_MS : 0 });
  }

  private setFeatureState(id: number, state: Record<string, boolean | string | null>) {
    this.map.setFeatureState({ source: SOURCE_IDS.countries, sourceLayer: COUNTRY_TILES.layer, id }, state);
    this.map.setFeatureState({ source: SOURCE_IDS.markers, id }, state);
  }

  /**
   * Selection and hover: feature-state on the markers (their stroke), and each shape's outline on
   * the highlight layers (style-builders.ts, highlightFilter).
   */
  private setPointed(role: 'selected' | 'hover', previous: PointedShape | null, next: PointedShape | null) {
    if (previous) this.map.setFeatureState({ source: SOURCE_IDS.markers, id: previous.id }, { [role]: false });
    if (next) this.map.setFeatureState({ source: SOURCE_IDS.markers, id: next.id }, { [role]: true });
  }

  /** The outlines: the selection's, and the hovered country's (showHoverOutline). */
  private showHighlight() {
    this.outline(STYLE_LAYER_IDS.selection, this.selected?.iso3 ?? null);
    this.showHoverOutline();
  }

  /** The hovered country's outline, unless it is the selection (outlined as that). */
  private showHoverOutline() {
    this.outline(STYLE_LAYER_IDS.hover, this.hovered && this.hovered.iso3 !== this.selected?.iso3 ? this.hovered.iso3 : null);
  }

  /**
   * Outlines one country on a highlight layer, or none. MapLibre re-parses the highlight tiles only
   * for a filter unlike the current one (each call still asks for a frame); a layer with nothing
   * to outline is hidden, and while both are, the highlight source loads no tiles.
   */
  private outline(layer: string, iso3: string | null) {
    // Hiding keeps the last filter: a new one would re-parse the highlight tiles for nothing.
    if (iso3) this.map.setFilter(layer, highlightFilter(iso3));
    this.map.setLayoutProperty(layer, 'visibility', iso3 ? 'visible' : 'none');
  }

  /**
   * Sets the year's ally statuses as feature-state, touching only the countries whose status
   * changed; returns how many changed.
   */
  private applyStatuses(year: number): number {
    const next = new Map<number, AllyStatus>();
    for (const [iso3, status] of this.derive.statusesFor(year)) {
      const id = this.world.idByIso3.get(iso3);
      if (id !== undefined) next.set(id, status);
    }
    let changed = 0;
    for (const id of this.statusById.keys()) {
      if (!next.has(id)) {
        this.setFeatureState(id, { status: null });
        changed++;
      }
    }
    for (const [id, status] of next) {
      if (this.statusById.get(id) !== status) {
        this.setFeatureState(id, { status });
        changed++;
      }
    }
    this.statusById = next;
    return changed;
  }

  /**
   * Tells every feature which undated layers the year may draw; only when that changes (2016,
   * 2025). Returns whether it did.
   */
  private applyDrawable(year: number): boolean {
    const drawable = this.derive.drawableLayersIn(year);
    const flags = Object.fromEntries(GATED_LAYER_IDS.map((layer) => [drawnStateKey(layer), drawable.has(layer)]));
    const key = JSON.stringify(flags);
    if (key === this.drawnKey) return false;
    this.drawnKey = key;
    for (const id of this.world.idByIso3.values()) this.setFeatureState(id, flags);
    return true;
  }

  private applySelection(iso3: string | null) {
    const id = iso3 ? this.world.idByIso3.get(iso3) : undefined;
    const next = iso3 && id !== undefined ? { id, iso3 } : null;
    this.setPointed('selected', this.selected, next);
    this.selected = next;
    this.showHighlight();
  }

  private featureAt(point: { x: number; y: number }): MapGeoJSONFeature | undefined {
    const box: [PointLike, PointLike] = [
      [point.x - MARKER_HIT_RADIUS_PX, point.y - MARKER_HIT_RADIUS_PX],
      [point.x + MARKER_HIT_RADIUS_PX, point.y + MARKER_HIT_RADIUS_PX],
    ];
    const markers = this.map.getZoom() < MARKER_FADE_END_ZOOM ? this.map.queryRenderedFeatures(box, { layers: [STYLE_LAYER_IDS.markers] }) : [];
    const nearest = markers
      .map((feature) => {
        const [lng, lat] = (feature.geometry as GeoJSON.Point).coordinates;
        const projected = this.map.project([lng, lat]);
        return { feature, distance: Math.hypot(projected.x - point.x, projected.y - point.y) };
      })
      .sort((a, b) => a.distance - b.distance)[0]?.feature;
    const hit = nearest ?? this.map.queryRenderedFeatures([point.x, point.y], { layers: [STYLE_LAYER_IDS.fill] })[0];
    return hit?.properties.iso3 ? hit : undefined;
  }

  private onPointerMove(event: MapMouseEvent, onHover: MapControllerCallbacks['onHover']) {
    const feature = this.featureAt(event.point);
    this.map.getCanvas().style.cursor = feature ? 'pointer' : '';
    this.setHover(
      feature
        ? { shape: { id: Number(feature.id), iso3: feature.properties.iso3 }, info: { iso3: feature.properties.iso3, name: feature.properties.name, x: event.point.x, y: event.point.y } }
        : null,
      onHover,
    );
  }

  private setHover(hover: { shape: PointedShape; info: HoverInfo } | null, onHover: MapControllerCallbacks['onHover']) {
    const shape = hover?.shape ?? null;
    if (shape?.id !== this.hovered?.id) {
      this.setPointed('hover', this.hovered, shape);
      this.hovered = shape;
      this.showHoverOutline();
    }
    onHover(hover?.info ?? null);
  }

  /**
   * Moves the camera to a position from the URL (Back/Forward) without echoing it back; null, an
   * entry without a camera, means the default view (so the address always reproduces the map).
   */
  jumpTo(camera: Camera | null) {
    const target = camera ?? defaultCamera(this.map.getContainer().clientWidth);
    this.applyingCamera = true;
    try {
      this.map.jumpTo({ zoom: target.zoom, center: [target.lng, target.lat] });
    } finally {
      this.applyingCamera = false;
    }
  }

  /**
   * The map's next frame, once everything is drawn, as a 2D canvas (see copyNextFrame), with the
   * year and layers it shows, read at that frame (playback may have moved on since the call).
   */
  async snapshot(): Promise<{ canvas: HTMLCanvasElement; year: number; layers: readonly LayerId[] }> {
    await whenSettled(this.map);
    let drawn = this.store.getState();
    const canvas = await copyNextFrame(this.map, () => (drawn = this.store.getState()));
    return { canvas, year: drawn.year, layers: drawn.layers };
  }

  /** What an export map needs to draw this view: data, factory, state and camera. */
  exportSource(): Omit<ExportMapSource, 'years'> & { size: PixelSize } {
    const center = this.map.getCenter();
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    const { layers, selected, year } = this.store.getState();
    return {
      world: this.world,
      derive: this.derive,
      createMap: this.createMap,
      state: { layers, selected, year },
      camera: { zoom: this.map.getZoom(), lat: center.lat, lng: center.lng },
      size: { width, height },
    };
  }

  destroy() {
    this.unsubscribe();
    this.map.remove();
  }
}
