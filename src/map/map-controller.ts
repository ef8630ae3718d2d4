import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AllyStatus } from '../data/ally-timeline.ts';
import type { LayerId } from '../data/layers.ts';
import type { LabelSubject } from '../data/map-labels.ts';
import type { Recognition } from '../data/recognition.ts';
import { HOME_ISO3, type WorldIndex } from '../data/world.ts';
import { MAP_LOST_NOTICE_ID, shownTheme, type AppState, type AppStore } from '../state/store.ts';
import { formatCameraHash } from '../state/url/camera-hash.ts';
import { fitCamera, type Camera, type PixelSize } from './camera.ts';
import { linkCameras } from './camera-link.ts';
import { fitGlobeCamera, isBeyondHorizon } from './globe.ts';
import { CameraMoves } from './camera-moves.ts';
import { ContextLossWatch } from './context-loss.ts';
import { COUNTRY_TILES, countryTilesUrl } from './country-tiles.ts';
import type { CreateMap } from './create-maplibre-map.ts';
import { HATCH_IMAGE_ID, LOST_HATCH_IMAGE_ID, hatchImage, lostHatchImage } from './hatch-patterns.ts';
import { Highlights } from './highlights.ts';
import type { Box } from './label-layout.ts';
import { LabelOverlay } from './label-overlay.ts';
import { mapLostText, mapUiText, relabelMap } from './map-language.ts';
import { snapshotOf, type MapSnapshot } from './map-frame.ts';
import { watchReadiness, type ReadinessCallbacks } from './map-readiness.ts';
import { drawnFlags, isRecognitionState } from './feature-states.ts';
import { GATED_LAYER_IDS } from './paint-expressions.ts';
import { followPointer, type HoverInfo } from './pointer.ts';
import { StepTimer } from './step-timing.ts';
import { paletteFor } from './palette.ts';
import { SOURCE_IDS, buildStyle, layerPaintUpdates, themePaintUpdates } from './style-builders.ts';
import { yearLabels } from './year-labels.ts';

/** How the controller tells the app about the pointer, the camera and readiness. */
export interface MapControllerCallbacks extends ReadinessCallbacks {
  onHover: (hover: HoverInfo | null) => void;
  onCameraChange: (camera: Camera) => void;
}

/** What the default view depends on besides the map's size. */
type DefaultViewState = Pick<AppState, 'year' | 'compare' | 'projection'>;

/** What a frame's names keep clear of, in the frame's pixels, given its size (the title, legend and year an export draws over it). */
export type FrameObstacles = (frame: PixelSize) => readonly Box[];

/** What the controller derives from the store: the year's ally statuses and the layers it may draw. */
export interface MapDerivations {
  /** Status of each shape code with any relations by the year; computed once per data load. */
  statusesFor: (year: number) => ReadonlyMap<string, AllyStatus>;
  /** Whom each shape's state recognises in the year (recognition.ts); computed once per data load. */
  recognitionFor: (year: number) => ReadonlyMap<string, Recognition>;
  /** Where the year's partners differ from today's (partners.ts partnerChanges). */
  partnerChangesFor: (year: number) => ReadonlyMap<string, string>;
  /** The layers a year may draw, chosen or not (layer-availability.ts). */
  drawableLayersIn: (year: number) => ReadonlySet<LayerId>;
  /** The countries the map names in a year: its allies, and those gained or lost (map-labels.ts). */
  labelsFor: (year: number) => readonly LabelSubject[];
}

/** What a map is drawn from besides the store: the world's index, the derivations, and the factory. */
export interface MapSetup {
  world: WorldIndex;
  derive: MapDerivations;
  createMap: CreateMap;
}

/** Where a controller's map goes and how it starts. */
export interface MapControllerOptions extends MapSetup, MapControllerCallbacks {
  container: HTMLElement;
  /** The camera to start with; null for the default view (defaultCamera). */
  camera: Camera | null;
  /** Move the camera to the initial selection (when the URL gave no camera of its own). */
  revealInitialSelection: boolean;
  /** Camera moves jump instead of gliding. */
  reducedMotion?: boolean;
  attribution?: boolean;
  /** A hidden map for exports: not interactive, pixel ratio 1, no fades. */
  forExport?: boolean;
  /** The page scrolls past the map; Ctrl (⌘) + wheel or two fingers move it (the embed view). */
  cooperativeGestures?: boolean;
}

/**
 * Owns the MapLibre map and keeps it in step with the store: sources and layers are added once,
 * then only what changed is applied (paint expressions for layer toggles, feature-state for ally
 * status, selection and hover). A timeline step changes feature-state on the countries whose status
 * changed; no geometry is sent again. React components never touch the map; they change the store.
 * Readiness, the pointer, camera moves and step timing each have a module of their own.
 */
export class MapController {
  readonly setup: MapSetup;
  private readonly map: MapLibreMap;
  private readonly highlights: Highlights;
  private readonly camera: CameraMoves;
  private readonly steps: StepTimer;
  private readonly labels: LabelOverlay;
  private readonly contextLoss: ContextLossWatch;
  /** From a lost WebGL context until the style is rebuilt: MapLibre has no style to change meanwhile. */
  private styleGone = false;
  private unsubscribe: () => void = () => {};
  /** Feature id → ally status currently set on the map. */
  private statusById = new Map<number, AllyStatus>();
  /** Feature id → recognition (where not Taipei) currently set on the map. */
  private recognitionById = new Map<number, Recognition>();
  /** Feature id → partner kind (or 'none') where the year differs from the tiles' (today's). */
  private partnerById = new Map<number, string>();
  /** The `drawn-<layer>` feature-state last set on every feature, as a key to skip repeats. */
  private drawnKey = '';

  constructor(
    private readonly store: AppStore,
    options: MapControllerOptions,
  ) {
    const { world, derive, createMap } = options;
    this.setup = { world, derive, createMap };
    const state = store.getState();
    const defaultCamera = () => this.defaultCamera();
    const tilesUrl = (tile?: string) => countryTilesUrl(document.baseURI, world.tilesVersion, tile);
    this.map = createMap({
      container: options.container,
      style: buildStyle(state.layers, { markers: world.markers, tilesUrl: tilesUrl() }, paletteFor(shownTheme(state))),
      camera: options.camera ?? this.defaultCamera(options.container),
      projection: state.projection,
      attribution: options.attribution,
      forExport: options.forExport,
      cooperativeGestures: options.cooperativeGestures,
      uiText: mapUiText(state.lang),
    });
    this.highlights = new Highlights(this.map);
    const isHidden = (lngLat: [number, number]) => this.isHidden(lngLat);
    this.camera = new CameraMoves(this.map, { onCameraChange: options.onCameraChange, reducedMotion: options.reducedMotion ?? false, defaultCamera, isHidden });
    this.steps = new StepTimer(this.map);
    this.labels = new LabelOverlay(this.map, { live: !options.forExport, isHidden });
    const readiness = watchReadiness(this.map, tilesUrl('0/0/0'), options);
    // A lost WebGL context (a GPU reset, a projector switch) takes the style with it; MapLibre
    // rebuilds it when the context comes back, and `style.load` below applies the store again. If
    // it does not come back, the page says so and offers a reload at the same view.
    this.contextLoss = new ContextLossWatch({
      onGaveUp: () => this.store.getState().addNotices([{ id: MAP_LOST_NOTICE_ID, message: mapLostText(), action: 'reload' }]),
      onRecovered: () => this.store.getState().dismissNotice(MAP_LOST_NOTICE_ID),
    });
    this.map.on('webglcontextlost', () => {
      this.styleGone = true;
      this.contextLoss.lost();
      // No names over a map that is not drawn; `style.load` puts the year's back.
      this.labels.set([], this.store.getState().lang);
    });
    this.map.on('webglcontextrestored', () => this.contextLoss.restored());
    followPointer(this.map, this.highlights, { onHover: options.onHover, onClick: (iso3) => this.store.getState().select(iso3) });
    // `style.load` comes as soon as the style is read, before any tile: the store's state set
    // then is in the first complete frame (waiting for `load` would draw the map twice before it is
    // ready). It comes again when the style is rebuilt after a lost WebGL context, which starts with
    // none of the images or state.
    let first = true;
    this.map.on('style.load', () => {
      this.styleGone = false;
      this.addImages();
      this.statusById = new Map();
      this.recognitionById = new Map();
      this.partnerById = new Map();
      this.drawnKey = '';
      this.highlights.reset();
      // The store may have changed while the style loaded: apply its whole state, then follow it.
      const state = this.store.getState();
      if ((this.map.getProjection()?.type ?? 'mercator') !== state.projection) this.map.setProjection({ type: state.projection });
      this.applyStatuses(state.year);
      this.applyRecognition(state.year);
      this.applyPartners(state.year);
      this.applyDrawable(state.year);
      this.applyLayers(state.layers);
      this.applyTheme(state);
      this.applySelection(state.selected);
      this.applyLabels(state);
      if (!first) return;
      first = false;
      if (options.revealInitialSelection && state.selected) this.reveal(state.selected, false);
      this.unsubscribe = store.subscribe((next, previous) => this.apply(next, previous));
      readiness.start();
    });
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

  /** Applies a store change as diffs: nothing is re-uploaded for a layer toggle. */
  private apply(next: AppState, previous: AppState) {
    // The rebuilt style's `style.load` applies the whole state then.
    if (this.styleGone) return;
    if (next.year !== previous.year) this.applyYear(next.year);
    if (next.layers !== previous.layers) this.applyLayers(next.layers);
    const themeChanged = shownTheme(next) !== shownTheme(previous);
    if (themeChanged) this.applyTheme(next);
    if (next.lang !== previous.lang) relabelMap(this.map, next.lang);
    // A new projection or compare view gives a camera at the old default view the new default view.
    const reframed = next.projection !== previous.projection || next.compare !== previous.compare || next.compareMode !== previous.compareMode;
    const atDefault = reframed && this.isDefaultViewOf(previous);
    if (next.projection !== previous.projection) this.map.setProjection({ type: next.projection });
    if (
      next.year !== previous.year ||
      next.layers !== previous.layers ||
      next.lang !== previous.lang ||
      next.projection !== previous.projection ||
      themeChanged
    ) {
      this.applyLabels(next);
    }
    if (next.selected !== previous.selected) {
      this.applySelection(next.selected);
      if (next.selected) this.reveal(next.selected, true);
    }
    // The compare view changes the map's size: the new default view waits for it.
    if (atDefault && (next.compare !== previous.compare || next.compareMode !== previous.compareMode)) this.camera.refit();
    else if (atDefault) this.camera.jumpTo(null);
  }

  /** A timeline step, timed for the benchmark (step-timing.ts). */
  private applyYear(year: number) {
    const time = this.steps.start();
    const statusChanges = this.applyStatuses(year) + this.applyRecognition(year) + this.applyPartners(year);
    const everyFeature = this.applyDrawable(year);
    const features = everyFeature ? this.setup.world.idByIso3.size : statusChanges;
    this.steps.finish(time, { year, features });
    if (features === 0) return;
    // Draw now rather than on the next animation frame: the React render of the same step (the
    // slider, the counts, the year's events) would otherwise run first and the map would wait
    // behind it. Both still reach the screen in the same frame. A step that changes every
    // feature (the drawable layers change: 2016, 2025, and a replay's jump back to 1949) is the
    // exception: redrawing every shape's paint is most of a long task, which a click's own React
    // render would join (a ~50 ms task on the test machine); it draws on the next frame instead.
    if (everyFeature) this.map.triggerRepaint();
    else this.map.redraw();
  }

  /** Sets the paint expressions for the chosen layers (a toggle; a year step never does). */
  private applyLayers(layers: AppState['layers']) {
    const palette = paletteFor(shownTheme(this.store.getState()));
    for (const [layer, property, value] of layerPaintUpdates(layers, palette)) this.map.setPaintProperty(layer, property, value);
  }

  /** Sets the theme's colours as paint properties: the style, its sources and tiles stay as they are. */
  private applyTheme(state: AppState) {
    for (const [layer, property, value] of themePaintUpdates(state.layers, paletteFor(shownTheme(state)))) this.map.setPaintProperty(layer, property, value);
  }

  /** Brings a selected country into the part of the map the details panel leaves uncovered. */
  private reveal(iso3: string, animate: boolean) {
    const center = this.setup.world.centerByIso3.get(iso3);
    if (center) this.camera.reveal(center, animate);
  }

  private setFeatureState(id: number, state: Record<string, boolean | string | null>) {
    this.map.setFeatureState({ source: SOURCE_IDS.countries, sourceLayer: COUNTRY_TILES.layer, id }, state);
    this.map.setFeatureState({ source: SOURCE_IDS.markers, id }, state);
  }

  /**
   * Sets the year's ally statuses as feature-state `status`, touching only the countries whose
   * status changed; returns how many changed.
   */
  private applyStatuses(year: number): number {
    const next = this.byFeatureId(this.setup.derive.statusesFor(year), () => true);
    const changed = this.applyChanges('status', this.statusById, next);
    this.statusById = next;
    return changed;
  }

  /**
   * Sets whom each state recognises in the year where it is not Taipei, as feature-state
   * `recognition` (beijing or neither), likewise; set whether or not Beijing's layer is chosen,
   * so a toggle only changes paint.
   */
  private applyRecognition(year: number): number {
    const next = this.byFeatureId(this.setup.derive.recognitionFor(year), isRecognitionState);
    const changed = this.applyChanges('recognition', this.recognitionById, next);
    this.recognitionById = next;
    return changed;
  }

  /**
   * Sets feature-state `partner` where the year's partners differ from today's, which the tiles
   * hold (a partner then that is none now, or 'none'), likewise.
   */
  private applyPartners(year: number): number {
    const next = this.byFeatureId(this.setup.derive.partnerChangesFor(year), () => true);
    const changed = this.applyChanges('partner', this.partnerById, next);
    this.partnerById = next;
    return changed;
  }

  /** A year's values by shape code, as values by feature id, keeping those `wanted`. */
  private byFeatureId<T>(byShape: ReadonlyMap<string, T>, wanted: (value: T) => boolean): Map<number, T> {
    const next = new Map<number, T>();
    for (const [iso3, value] of byShape) {
      const id = this.setup.world.idByIso3.get(iso3);
      if (id !== undefined && wanted(value)) next.set(id, value);
    }
    return next;
  }

  /** Sets feature-state `key` where it differs from what is on the map (null where it went); returns how many changed. */
  private applyChanges<T extends string>(key: string, current: ReadonlyMap<number, T>, next: ReadonlyMap<number, T>): number {
    let changed = 0;
    for (const id of current.keys()) {
      if (!next.has(id)) {
        this.setFeatureState(id, { [key]: null });
        changed++;
      }
    }
    for (const [id, value] of next) {
      if (current.get(id) !== value) {
        this.setFeatureState(id, { [key]: value });
        changed++;
      }
    }
    return changed;
  }

  /**
   * Tells every feature which gated layers the year may draw; only when that changes (2016,
   * 2025). Returns whether it did.
   */
  private applyDrawable(year: number): boolean {
    const drawable = this.setup.derive.drawableLayersIn(year);
    const flags = drawnFlags(drawable);
    const key = JSON.stringify(flags);
    if (key === this.drawnKey) return false;
    const fresh = this.drawnKey === '';
    this.drawnKey = key;
    // Missing state counts as drawn (paint-expressions.ts): on a fresh style, a year that may draw
    // every gated layer (today's) needs no state at all, and the first tiles none applied.
    if (fresh && GATED_LAYER_IDS.every((layer) => drawable.has(layer))) return true;
    for (const id of this.setup.world.idByIso3.values()) this.setFeatureState(id, flags);
    return true;
  }

  /** The year's names (year-labels.ts), on the overlay. */
  private applyLabels(state: Pick<AppState, 'year' | 'layers' | 'lang' | 'theme' | 'systemTheme'>) {
    this.labels.set(yearLabels(state, this.setup.derive.labelsFor, this.setup.world.centerByIso3), state.lang, paletteFor(shownTheme(state)));
  }

  private applySelection(iso3: string | null) {
    const id = iso3 ? this.setup.world.idByIso3.get(iso3) : undefined;
    this.highlights.select(iso3 && id !== undefined ? { id, iso3 } : null);
  }

  /**
   * Whether the camera is at the default view of a state (the one before a change of projection or
   * of the compare view). Such a camera becomes the new state's default view, as its address (one
   * without a camera) says on a reload; a camera the person moved keeps its centre (and its zoom,
   * as far as the projection allows: create-maplibre-map.ts).
   */
  private isDefaultViewOf(view: DefaultViewState): boolean {
    return formatCameraHash(this.camera.current()) === formatCameraHash(this.defaultCamera(this.map.getContainer(), view));
  }

  /** Whether a point ([lng, lat]) is on the far side of the globe: never on the flat map. */
  private isHidden(lngLat: [number, number]): boolean {
    if (this.store.getState().projection !== 'globe') return false;
    return isBeyondHorizon(lngLat, this.camera.current(), this.map.getContainer().clientHeight);
  }

  /**
   * The view a first-time reader gets, and an address without a camera means: the year's allies
   * (and the compare year's) and Taiwan, fitted to the map's shape (camera.ts fitCamera), or on a
   * globe, Taiwan's side of the Earth (globe.ts fitGlobeCamera).
   */
  private defaultCamera(container = this.map.getContainer(), { year, compare, projection }: DefaultViewState = this.store.getState()): Camera {
    const centers = this.setup.world.centerByIso3;
    const years = compare === null ? [year] : [year, compare];
    const shapes = [
      HOME_ISO3,
      ...years.flatMap((shown) => this.setup.derive.labelsFor(shown).flatMap((subject) => (subject.kind === 'lost' ? [] : [subject.shape]))),
    ];
    const points = shapes.flatMap((shape) => {
      const center = centers.get(shape);
      return center ? [center] : [];
    });
    const size = { width: container.clientWidth, height: container.clientHeight };
    return projection === 'globe' ? fitGlobeCamera(points, size) : fitCamera(points, size);
  }

  /**
   * Moves the camera to a position from the URL (Back/Forward) without echoing it back; null, an
   * entry without a camera, means the default view (so the address always reproduces the map).
   */
  jumpTo(camera: Camera | null) {
    this.camera.jumpTo(camera);
  }

  /** Keeps this map's camera and `other`'s one (the compare view's two maps); returns the unlink. */
  linkCamera(other: MapController): () => void {
    return linkCameras(this.map, other.map);
  }

  /** The camera and the map's size in CSS pixels, as the person sees it now. */
  view(): { camera: Camera; size: PixelSize } {
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    return { camera: this.camera.current(), size: { width, height } };
  }

  /** The map's next complete frame with its names, and the year and layers it shows (map-frame.ts); the names keep clear of `obstaclesFor` (a frame's title and legend). */
  snapshot(obstaclesFor: FrameObstacles = () => []): Promise<MapSnapshot> {
    return snapshotOf(
      this.map,
      () => this.store.getState(),
      (frame) => this.labels.drawOnto(frame, obstaclesFor({ width: frame.width, height: frame.height })),
    );
  }

  destroy() {
    this.unsubscribe();
    this.contextLoss.stop();
    this.labels.destroy();
    this.map.remove();
  }
}
