// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AllyStatus } from '../../../src/data/ally-timeline.ts';
import type { Recognition } from '../../../src/data/recognition.ts';
import { LAYER_IDS } from '../../../src/data/layers.ts';
import type { WorldIndex } from '../../../src/data/world.ts';
import { CONTEXT_RESTORE_WAIT_MS } from '../../../src/map/context-loss.ts';
import { COUNTRY_TILES } from '../../../src/map/country-tiles.ts';
import type { CreateMap } from '../../../src/map/create-maplibre-map.ts';
import { GLOBE_FIT_SHARE, zoomForGlobeShare } from '../../../src/map/globe.ts';
import { HATCH_IMAGE_ID, LOST_HATCH_IMAGE_ID } from '../../../src/map/hatch-patterns.ts';
import { MapController, type MapControllerCallbacks, type MapDerivations } from '../../../src/map/map-controller.ts';
import { fillColor, nspWidth, sameForEvery } from '../../../src/map/paint-expressions.ts';
import { DARK_PALETTE, PALETTE } from '../../../src/map/palette.ts';
import { YEAR_STEP_IDLE_MEASURE, YEAR_STEP_MEASURE, type YearStepDetail } from '../../../src/map/step-timing.ts';
import { SOURCE_IDS, STYLE_LAYER_IDS } from '../../../src/map/style-builders.ts';
import { createAppStore, DEFAULT_LAYERS, MAP_LOST_NOTICE_ID, type AppStore } from '../../../src/state/store.ts';

/** A stand-in for MapLibre's Map that records what the controller asks of it. */
function fakeMap() {
  const handlers = new Map<string, ((event?: unknown) => void)[]>();
  // Only the markers are GeoJSON; the shapes are tiles, which nothing can send again.
  const setData = { [SOURCE_IDS.markers]: vi.fn() };
  const drawsAll = { value: false };
  const filters: Record<string, unknown> = {};
  const visible: Record<string, boolean> = {};
  const onceHandlers = new Map<string, ((event?: unknown) => void)[]>();
  const fire = (type: string, event?: unknown) => {
    const once = onceHandlers.get(type) ?? [];
    onceHandlers.delete(type);
    [...(handlers.get(type) ?? []), ...once].forEach((handler) => handler(event));
  };
  // The two elements MapLibre labels itself: its canvas and the attribution button.
  const canvas = Object.assign(document.createElement('canvas'), { style: {} });
  const attributionButton = Object.assign(document.createElement('button'), { className: 'maplibregl-ctrl-attrib-button' });
  // The cooperative gestures' notes, which MapLibre writes into the canvas's container (the embed view).
  const canvasContainer = document.createElement('div');
  canvasContainer.innerHTML = '<div class="maplibregl-desktop-message"></div><div class="maplibregl-mobile-message"></div>';
  canvasContainer.after = vi.fn();
  let projection = { type: 'mercator' };
  const map = {
    getProjection: () => projection,
    setProjection: vi.fn((next: { type: string }) => (projection = next)),
    on: vi.fn((type: string, handler: () => void) => handlers.set(type, [...(handlers.get(type) ?? []), handler])),
    once: vi.fn((type: string, handler: () => void) => onceHandlers.set(type, [...(onceHandlers.get(type) ?? []), handler])),
    addImage: vi.fn(),
    hasImage: vi.fn(() => false),
    getSource: vi.fn((id: keyof typeof setData) => ({ setData: setData[id] })),
    setPaintProperty: vi.fn(),
    setFilter: vi.fn((layer: string, filter: unknown) => (filters[layer] = filter)),
    querySourceFeatures: vi.fn((): unknown[] => [{ id: 0 }]),
    setLayoutProperty: vi.fn((layer: string, property: string, value: unknown) => property === 'visibility' && (visible[layer] = value === 'visible')),
    setFeatureState: vi.fn(),
    // Like MapLibre's: draws at once, and fires `idle` when the whole style is drawn (`drawsAll`).
    triggerRepaint: vi.fn(),
    redraw: vi.fn(() => {
      if (drawsAll.value) fire('idle');
    }),
    remove: vi.fn(),
    getCanvas: () => canvas,
    // The names' overlay goes after it (label-overlay.ts); a detached canvas is never drawn on.
    getCanvasContainer: () => canvasContainer,
    getContainer: () => ({ clientWidth: 1000, clientHeight: 600, querySelector: () => attributionButton }),
    getZoom: () => 2,
    getCenter: () => ({ lat: 0, lng: 0 }),
    // A plain equirectangular projection, 1000×600 px for the world, centred on 0°, 0°.
    project: ([lng, lat]: [number, number]) => ({ x: 500 + (lng * 1000) / 360, y: 300 - (lat * 600) / 180 }),
    easeTo: vi.fn(),
    jumpTo: vi.fn(() => handlers.get('moveend')?.forEach((handler) => handler())),
    queryRenderedFeatures: vi.fn((_: unknown, options: { layers: string[] }) =>
      options.layers.includes(STYLE_LAYER_IDS.fill) ? [{ id: 2, properties: { iso3: 'AUS', name: 'Australia' } }] : [],
    ),
  };
  /** The codes a highlight layer outlines: those its filter (highlightFilter) lets through, while it is visible. */
  const outlined = (layer: string) => (visible[layer] ? ((filters[layer] as [string, unknown, [string, string[]]] | undefined)?.[2][1] ?? []) : []);
  return { map, setData, canvas, attributionButton, canvasContainer, fire, drawsAll, outlined };
}

/** The countries' features as setFeatureState names them: by source and the tiles' layer. */
const COUNTRIES = { source: SOURCE_IDS.countries, sourceLayer: COUNTRY_TILES.layer };

const world: WorldIndex = {
  tilesVersion: 'v1',
  markers: { type: 'FeatureCollection', features: [] },
  idByIso3: new Map([
    ['PRY', 0],
    ['TUV', 1],
    ['AUS', 2],
  ]),
  centerByIso3: new Map([
    ['PRY', [-58.4, -23.4]],
    ['AUS', [134, -25]],
  ]),
};
const onCameraChange = vi.fn();

/** A short history: Paraguay an ally throughout, Tuvalu gained in 2001, Australia lost in 2002, no change in 2003. */
const STATUSES: Record<number, [string, AllyStatus][]> = {
  2000: [
    ['PRY', 'ally'],
    ['AUS', 'ally'],
  ],
  2001: [
    ['PRY', 'ally'],
    ['AUS', 'ally'],
    ['TUV', 'gained'],
  ],
  2002: [
    ['PRY', 'ally'],
    ['AUS', 'lost'],
    ['TUV', 'ally'],
  ],
  2003: [
    ['PRY', 'ally'],
    ['AUS', 'lost'],
    ['TUV', 'ally'],
  ],
};
/** Whom the states recognise: Australia Taipei until 2001, then Beijing; Paraguay Taipei throughout. */
const RECOGNITION = (year: number): [string, Recognition][] => [
  ['AUS', year <= 2001 ? 'taipei' : 'beijing'],
  ['PRY', 'taipei'],
];
/** Partners are drawn from 2002 only, as if their data were as of 2002. */
const derive: MapDerivations = {
  statusesFor: (year) => new Map(STATUSES[year]),
  recognitionFor: (year) => new Map(RECOGNITION(year)),
  partnerChangesFor: () => new Map(),
  drawableLayersIn: (year) => new Set(LAYER_IDS.filter((layer) => layer !== 'partner' || year >= 2002)),
  labelsFor: () => [],
};

let store: AppStore;
let fake: ReturnType<typeof fakeMap>;

let createMap: CreateMap;

/** A controller on the fake map, with the given callbacks; its style loads at once unless told otherwise. */
function createController(callbacks: Partial<MapControllerCallbacks> = {}, { loadStyle = true, derivations = derive } = {}) {
  const controller = new MapController(store, {
    world,
    container: {} as HTMLElement,
    camera: { zoom: 1, lat: 0, lng: 0 },
    createMap,
    derive: derivations,
    revealInitialSelection: false,
    onHover: vi.fn(),
    onCameraChange,
    onReady: vi.fn(),
    ...callbacks,
  });
  if (loadStyle) fake.fire('style.load');
  return controller;
}

beforeEach(() => {
  store = createAppStore({ from: 2000, to: 2002 });
  fake = fakeMap();
  createMap = vi.fn(() => fake.map as unknown as MapLibreMap);
});

describe('MapController', () => {
  it('makes the map with the shapes’ tiles from the app’s own origin and the markers in its style, and never sends them again', () => {
    createController();
    const { style } = vi.mocked(createMap).mock.calls[0][0];
    expect(style.sources[SOURCE_IDS.countries]).toMatchObject({
      type: 'vector',
      tiles: [`${new URL(COUNTRY_TILES.path, document.baseURI).href}/v1/{z}/{x}/{y}.pbf`],
    });
    expect(style.sources[SOURCE_IDS.markers]).toMatchObject({ type: 'geojson', data: world.markers });
    expect(fake.setData[SOURCE_IDS.markers]).not.toHaveBeenCalled();
  });

  it('keeps the canvas invisible until the map’s first complete frame, then shows it and reports ready', async () => {
    const onReady = vi.fn();
    createController({ onReady });
    expect(fake.canvas.style.opacity).toBe('0');
    expect(onReady).not.toHaveBeenCalled();
    fake.fire('idle');
    await vi.waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));
    expect(fake.canvas.style.opacity).toBe('');
  });

  it('adds the hatching images and the store’s state as soon as the style is read, before any tile loads', () => {
    store.getState().setYear(2001);
    createController();
    const added = fake.map.addImage.mock.calls.map(([id]) => id);
    expect(added).toEqual(expect.arrayContaining([HATCH_IMAGE_ID, LOST_HATCH_IMAGE_ID]));
    expect(fake.map.setFeatureState).toHaveBeenCalledWith({ ...COUNTRIES, id: 1 }, { status: 'gained' });
  });

  it('puts the images and the whole state back on a style rebuilt after a lost WebGL context', () => {
    createController();
    store.getState().setYear(2001);
    store.getState().select('AUS');
    fake.map.addImage.mockClear();
    fake.map.setFeatureState.mockClear();
    fake.fire('style.load'); // the rebuilt style has none of them
    expect(fake.map.addImage.mock.calls.map(([id]) => id)).toEqual([HATCH_IMAGE_ID, LOST_HATCH_IMAGE_ID]);
    expect(fake.map.setFeatureState).toHaveBeenCalledWith({ ...COUNTRIES, id: 1 }, { status: 'gained' });
    expect(fake.map.setFeatureState).toHaveBeenCalledWith({ source: SOURCE_IDS.markers, id: 2 }, { selected: true });
    expect(fake.outlined(STYLE_LAYER_IDS.selection)).toEqual(['AUS']);
    // …and still follows the store once, not twice.
    fake.map.setFeatureState.mockClear();
    store.getState().select(null);
    expect(fake.map.setFeatureState.mock.calls).toEqual([[{ source: SOURCE_IDS.markers, id: 2 }, { selected: false }]]);
  });

  it('leaves the map alone while its WebGL context is lost, and applies the year reached when the style is rebuilt', () => {
    createController();
    fake.fire('webglcontextlost');
    fake.map.setFeatureState.mockClear();
    fake.map.redraw.mockClear();
    // MapLibre has no style while the context is lost: a replay's steps must not reach it.
    store.getState().setYear(2001);
    store.getState().select('AUS');
    expect(fake.map.setFeatureState).not.toHaveBeenCalled();
    expect(fake.map.redraw).not.toHaveBeenCalled();
    fake.fire('webglcontextrestored');
    fake.fire('style.load');
    expect(fake.map.setFeatureState).toHaveBeenCalledWith({ ...COUNTRIES, id: 1 }, { status: 'gained' });
    expect(fake.outlined(STYLE_LAYER_IDS.selection)).toEqual(['AUS']);
    fake.map.setFeatureState.mockClear();
    store.getState().setYear(2002);
    expect(fake.map.setFeatureState).toHaveBeenCalledWith({ ...COUNTRIES, id: 2 }, { status: 'lost' });
  });

  it('gives a notice with a reload, in both languages, when the context stays lost, and takes it away when it comes back', () => {
    vi.useFakeTimers();
    try {
      const controller = createController();
      fake.fire('webglcontextlost');
      vi.advanceTimersByTime(CONTEXT_RESTORE_WAIT_MS - 1);
      expect(store.getState().notices).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(store.getState().notices).toEqual([
        { id: MAP_LOST_NOTICE_ID, action: 'reload', message: { en: expect.stringContaining('stopped drawing'), 'zh-TW': expect.stringContaining('停止繪製') } },
      ]);
      fake.fire('webglcontextrestored');
      expect(store.getState().notices).toEqual([]);
      // A map removed while its context is lost leaves no timer behind.
      fake.fire('webglcontextlost');
      controller.destroy();
      vi.advanceTimersByTime(CONTEXT_RESTORE_WAIT_MS);
      expect(store.getState().notices).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('applies a layer change made before the style loaded, then follows the store', () => {
    createController({}, { loadStyle: false });
    store.getState().toggleLayer('ally');
    expect(fake.map.setPaintProperty).not.toHaveBeenCalled();
    fake.fire('style.load');
    // The ally layer was hidden before load: the paint is that of the default layers but the ally one.
    expect(fake.map.setPaintProperty).toHaveBeenCalledWith('nsp-outline', 'line-width', nspWidth(store.getState().layers));
    expect(fake.map.setPaintProperty).toHaveBeenCalledWith('country-fill', 'fill-color', fillColor(DEFAULT_LAYERS.filter((id) => id !== 'ally')));
    fake.map.setPaintProperty.mockClear();
    store.getState().toggleLayer('nsp');
    expect(fake.map.setPaintProperty).toHaveBeenCalledWith('nsp-outline', 'line-width', nspWidth(store.getState().layers));
  });

  it('draws the theme’s palette from the first style, and applies a change of theme as paint properties, names included', () => {
    store.getState().setTheme('dark');
    createController();
    const style = vi.mocked(createMap).mock.calls[0][0].style;
    expect(style.layers.find((layer) => layer.id === 'background')?.paint).toEqual({ 'background-color': DARK_PALETTE.ocean });
    fake.map.setPaintProperty.mockClear();
    store.getState().setTheme('light');
    expect(fake.map.setPaintProperty).toHaveBeenCalledWith('background', 'background-color', PALETTE.ocean);
    expect(fake.map.setPaintProperty).toHaveBeenCalledWith('country-fill', 'fill-color', fillColor(DEFAULT_LAYERS, PALETTE));
    expect(fake.map.setPaintProperty).toHaveBeenCalledWith('ally-change-outline', 'line-color', sameForEvery(PALETTE.changeOutline));
    // `auto` follows the system: dark now, without a new style.
    fake.map.setPaintProperty.mockClear();
    store.getState().setSystemTheme('dark');
    expect(fake.map.setPaintProperty).not.toHaveBeenCalled();
    store.getState().setTheme('auto');
    expect(fake.map.setPaintProperty).toHaveBeenCalledWith('background', 'background-color', DARK_PALETTE.ocean);
    expect(fake.map.setPaintProperty).toHaveBeenCalledWith('country-fill', 'fill-color', fillColor(DEFAULT_LAYERS, DARK_PALETTE));
    expect(vi.mocked(createMap)).toHaveBeenCalledTimes(1);
  });

  it('selects the country under a click, and clears the selection on the ocean', () => {
    createController();
    fake.fire('click', { point: { x: 10, y: 10 } });
    expect(store.getState().selected).toBe('AUS');
    fake.map.queryRenderedFeatures.mockReturnValue([]);
    fake.fire('click', { point: { x: 10, y: 10 } });
    expect(store.getState().selected).toBeNull();
  });

  it('eases a selection hidden under the details panel into view, and leaves a visible one alone', () => {
    createController();
    store.getState().select('PRY'); // x ≈ 338 px of 1000: left of the panel
    expect(fake.map.easeTo).not.toHaveBeenCalled();
    store.getState().select('AUS'); // x ≈ 872 px: under the panel
    expect(fake.map.easeTo).toHaveBeenCalledWith(expect.objectContaining({ center: [134, -25], offset: [-192.5, 0] }));
  });

  it('on a narrow map eases a selection under the phone’s sheet (the bottom 55 %) into the part above it', () => {
    const narrow = { ...fake.map.getContainer(), clientWidth: 600 };
    fake.map.getContainer = () => narrow;
    createController();
    store.getState().select('AUS'); // y ≈ 383 px of 600: under the sheet, which starts at 270 px
    expect(fake.map.easeTo).toHaveBeenCalledWith(expect.objectContaining({ center: [134, -25], offset: [0, -165], zoom: 2 }));
  });

  it('on a globe, eases a selection on the far side into view, though it projects onto the screen', () => {
    // Facing 120°E: Paraguay, at 58°W, is on the far side of the Earth.
    fake.map.getCenter = () => ({ lat: 0, lng: 120 });
    createController();
    store.getState().select('PRY'); // x ≈ 338 px of 1000 on the fake's flat projection
    expect(fake.map.easeTo).not.toHaveBeenCalled();
    store.getState().select(null);
    store.getState().setProjection('globe');
    store.getState().select('PRY');
    expect(fake.map.easeTo).toHaveBeenCalledWith(expect.objectContaining({ center: [-58.4, -23.4] }));
  });

  it('makes the map in the store’s projection, and turns it when the projection changes, and only then', () => {
    store.getState().setProjection('globe');
    fake.map.setProjection({ type: 'globe' }); // the style made by createMap carries it
    fake.map.setProjection.mockClear();
    createController();
    expect(vi.mocked(createMap).mock.calls[0][0].projection).toBe('globe');
    expect(fake.map.setProjection).not.toHaveBeenCalled();
    store.getState().setProjection('mercator');
    expect(fake.map.setProjection).toHaveBeenCalledWith({ type: 'mercator' });
    store.getState().setYear(2001);
    store.getState().toggleLayer('partner');
    expect(fake.map.setProjection).toHaveBeenCalledTimes(1);
  });

  it('turns a map at the default view to the globe’s default view, and keeps a camera the person moved', () => {
    createController();
    store.getState().setProjection('globe'); // the fake's camera (zoom 2) is not the default view: kept
    expect(fake.map.jumpTo).not.toHaveBeenCalled();
    store.getState().setProjection('mercator');
    // The default view of a world with no allies to fit: zoom 0 at 0°, 0°.
    fake.map.getZoom = () => 0;
    store.getState().setProjection('globe');
    expect(fake.map.jumpTo).toHaveBeenCalledWith({
      zoom: expect.closeTo(zoomForGlobeShare(GLOBE_FIT_SHARE, { width: 1000, height: 600 }, 0), 2),
      center: [0, 0],
    });
  });

  it('puts the store’s projection on a style that loads without it (a change made while the style loaded)', () => {
    createController({}, { loadStyle: false });
    store.getState().setProjection('globe');
    expect(fake.map.setProjection).not.toHaveBeenCalled();
    fake.fire('style.load');
    expect(fake.map.setProjection).toHaveBeenCalledWith({ type: 'globe' });
  });

  it('jumpTo(camera) from the URL does not echo the move back as a camera change', () => {
    const controller = createController();
    onCameraChange.mockClear();
    controller.jumpTo({ zoom: 3, lat: 1, lng: 2 });
    expect(fake.map.jumpTo).toHaveBeenCalledWith({ zoom: 3, center: [2, 1] });
    expect(onCameraChange).not.toHaveBeenCalled();
    fake.fire('moveend');
    expect(onCameraChange).toHaveBeenCalledTimes(1);
  });

  it('marks the year’s ally statuses with feature-state on both the shape and its marker', () => {
    createController();
    for (const target of [COUNTRIES, { source: SOURCE_IDS.markers }]) {
      expect(fake.map.setFeatureState).toHaveBeenCalledWith({ ...target, id: 0 }, { status: 'ally' });
      expect(fake.map.setFeatureState).toHaveBeenCalledWith({ ...target, id: 2 }, { status: 'lost' });
    }
  });

  it('recolours a layer toggle with paint properties, never by re-uploading geometry', () => {
    createController();
    store.getState().toggleLayer('partner');
    expect(fake.map.setPaintProperty).toHaveBeenCalledWith('country-fill', 'fill-color', expect.anything());
    expect(fake.setData[SOURCE_IDS.markers]).not.toHaveBeenCalled();
  });

  it('moves the selection highlight when the store selection changes: the shape by the selection layer’s filter, the marker by feature-state', () => {
    createController();
    const highlighted = () => fake.outlined(STYLE_LAYER_IDS.selection);
    store.getState().select('AUS');
    expect(highlighted()).toEqual(['AUS']);
    expect(fake.map.setFeatureState).toHaveBeenCalledWith({ source: SOURCE_IDS.markers, id: 2 }, { selected: true });
    store.getState().select('PRY');
    expect(highlighted()).toEqual(['PRY']);
    expect(fake.map.setFeatureState).toHaveBeenCalledWith({ source: SOURCE_IDS.markers, id: 2 }, { selected: false });
    expect(fake.map.setFeatureState).toHaveBeenCalledWith({ source: SOURCE_IDS.markers, id: 0 }, { selected: true });
    // Selection never touches the countries' feature-state (no paint update on every shape).
    expect(fake.map.setFeatureState.mock.calls.filter(([target, state]) => target.source === SOURCE_IDS.countries && 'selected' in state)).toEqual([]);
    store.getState().select(null);
    expect(highlighted()).toEqual([]);
  });

  it('highlights the shape under the pointer as hovered, beside the selection', () => {
    createController();
    store.getState().select('PRY');
    fake.fire('mousemove', { point: { x: 10, y: 10 } }); // the fake finds Australia under any point
    expect([fake.outlined(STYLE_LAYER_IDS.hover), fake.outlined(STYLE_LAYER_IDS.selection)]).toEqual([['AUS'], ['PRY']]);
    fake.fire('mouseout');
    expect([fake.outlined(STYLE_LAYER_IDS.hover), fake.outlined(STYLE_LAYER_IDS.selection)]).toEqual([[], ['PRY']]);
  });

  it('hides a highlight layer with nothing to outline, so the highlight source loads no tiles until a country is pointed at or chosen', () => {
    createController();
    expect(fake.map.setLayoutProperty).toHaveBeenCalledWith(STYLE_LAYER_IDS.selection, 'visibility', 'none');
    expect(fake.map.setLayoutProperty).toHaveBeenCalledWith(STYLE_LAYER_IDS.hover, 'visibility', 'none');
    store.getState().select('AUS');
    expect(fake.map.setLayoutProperty).toHaveBeenLastCalledWith(STYLE_LAYER_IDS.hover, 'visibility', 'none');
    expect(fake.map.setLayoutProperty).toHaveBeenCalledWith(STYLE_LAYER_IDS.selection, 'visibility', 'visible');
  });

  it('outlines the selected country once, as selected, while the pointer is over it', () => {
    createController();
    store.getState().select('AUS');
    fake.fire('mousemove', { point: { x: 10, y: 10 } });
    expect([fake.outlined(STYLE_LAYER_IDS.hover), fake.outlined(STYLE_LAYER_IDS.selection)]).toEqual([[], ['AUS']]);
  });

  it('reports a shapes tile that failed before the map was ready (its HTTP status, or its message), once, and never calls the map ready', async () => {
    const onFailure = vi.fn();
    const onReady = vi.fn();
    createController({ onReady, onFailure });
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    fake.fire('error', { sourceId: SOURCE_IDS.countries, error: Object.assign(new Error('Service Unavailable'), { status: 503 }) });
    fake.fire('error', { sourceId: SOURCE_IDS.countries, error: new Error('Unable to parse the tile') });
    expect(onFailure.mock.calls).toEqual([[{ kind: 'shapes', status: 503 }]]);
    consoleWarn.mockRestore();
    fake.fire('idle');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onReady).not.toHaveBeenCalled();
    expect(fake.canvas.style.opacity).toBe('0');
  });

  it('names an unparsable tile’s error when it has no status', () => {
    const onFailure = vi.fn();
    createController({ onFailure }, { loadStyle: false });
    fake.fire('error', { sourceId: SOURCE_IDS.countries, error: new Error('Unable to parse the tile') });
    expect(onFailure).toHaveBeenCalledWith({ kind: 'error', error: 'Unable to parse the tile' });
  });

  it('once the map is shown, only reports a failed tile on the console (a blip while panning does not replace the map)', async () => {
    const onFailure = vi.fn();
    const onReady = vi.fn();
    createController({ onReady, onFailure });
    fake.fire('idle');
    await vi.waitFor(() => expect(onReady).toHaveBeenCalled());
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const blip = Object.assign(new Error('Failed to fetch'), { status: 0 });
    fake.fire('error', { sourceId: SOURCE_IDS.countries, error: blip });
    expect(onFailure).not.toHaveBeenCalled();
    expect(consoleWarn).toHaveBeenCalledWith(blip);
    consoleWarn.mockRestore();
  });

  it('asks for the world tile when the first complete frame shows no country, and reports its error status (MapLibre reads a missing tile as empty)', async () => {
    const onFailure = vi.fn();
    const onReady = vi.fn();
    fake.map.querySourceFeatures.mockReturnValue([]);
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('', { status: 404 }));
    createController({ onReady, onFailure });
    fake.fire('idle');
    await vi.waitFor(() => expect(onFailure).toHaveBeenCalledWith({ kind: 'shapes', status: 404 }));
    expect(String(fetchMock.mock.calls[0][0])).toMatch(/geo\/tiles\/v1\/0\/0\/0\.pbf$/);
    expect(onReady).not.toHaveBeenCalled();
    fetchMock.mockRestore();
  });

  it('calls a first frame of open sea ready when the world tile is there', async () => {
    const onReady = vi.fn();
    fake.map.querySourceFeatures.mockReturnValue([]);
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('', { status: 200 }));
    createController({ onReady });
    fake.fire('idle');
    await vi.waitFor(() => expect(onReady).toHaveBeenCalled());
    fetchMock.mockRestore();
  });

  it('marks whom a state recognises, where not Taipei, with feature-state, and on a year step only where it changed', () => {
    store.getState().setYear(2003);
    createController();
    expect(fake.map.setFeatureState).toHaveBeenCalledWith({ ...COUNTRIES, id: 2 }, { recognition: 'beijing' });
    expect(fake.map.setFeatureState).not.toHaveBeenCalledWith(expect.anything(), { recognition: 'taipei' });
    fake.map.setFeatureState.mockClear();
    store.getState().setYear(2001); // Australia back with Taipei: its recognition is cleared
    expect(fake.map.setFeatureState.mock.calls.filter(([, state]) => 'recognition' in state)).toEqual([
      [{ ...COUNTRIES, id: 2 }, { recognition: null }],
      [{ source: SOURCE_IDS.markers, id: 2 }, { recognition: null }],
    ]);
    fake.map.setFeatureState.mockClear();
    store.getState().setYear(2002);
    expect(fake.map.setFeatureState.mock.calls.filter(([, state]) => 'recognition' in state)).toEqual([
      [{ ...COUNTRIES, id: 2 }, { recognition: 'beijing' }],
      [{ source: SOURCE_IDS.markers, id: 2 }, { recognition: 'beijing' }],
    ]);
  });

  it('marks a year’s partner where it differs from the tiles’ (today’s), and clears it when the year agrees again', () => {
    // Paraguay, no partner today (an ally), stands in for a country whose office has closed: a partner in 2000 only.
    createController({}, { derivations: { ...derive, partnerChangesFor: (year) => new Map(year === 2000 ? [['PRY', 'other']] : []) } });
    const partnerCalls = () => fake.map.setFeatureState.mock.calls.filter(([, state]) => 'partner' in state);
    expect(partnerCalls()).toEqual([]);
    store.getState().setYear(2000);
    expect(partnerCalls()).toEqual([
      [{ ...COUNTRIES, id: 0 }, { partner: 'other' }],
      [{ source: SOURCE_IDS.markers, id: 0 }, { partner: 'other' }],
    ]);
    fake.map.setFeatureState.mockClear();
    store.getState().setYear(2002);
    expect(partnerCalls()).toEqual([
      [{ ...COUNTRIES, id: 0 }, { partner: null }],
      [{ source: SOURCE_IDS.markers, id: 0 }, { partner: null }],
    ]);
  });

  it('on a year step changes feature-state only where the status changed, and sends no geometry', () => {
    createController();
    store.getState().setYear(2001); // partners leave the map: every feature is told once
    fake.map.setFeatureState.mockClear();
    store.getState().setYear(2000); // Tuvalu had no relations yet: its status is cleared; nothing else changes
    expect(fake.map.setFeatureState.mock.calls).toEqual([
      [{ ...COUNTRIES, id: 1 }, { status: null }],
      [{ source: SOURCE_IDS.markers, id: 1 }, { status: null }],
    ]);
    fake.map.setFeatureState.mockClear();
    store.getState().setYear(2001); // Tuvalu: gained; Paraguay and Australia unchanged
    expect(fake.map.setFeatureState.mock.calls).toEqual([
      [{ ...COUNTRIES, id: 1 }, { status: 'gained' }],
      [{ source: SOURCE_IDS.markers, id: 1 }, { status: 'gained' }],
    ]);
  });

  it('tells every feature, through feature-state, when the year stops drawing a layer, and never repaints for it', () => {
    createController();
    fake.map.setPaintProperty.mockClear();
    fake.map.setFeatureState.mockClear();
    store.getState().setYear(2001); // partners leave the map
    for (const id of [0, 1, 2]) {
      expect(fake.map.setFeatureState).toHaveBeenCalledWith({ ...COUNTRIES, id }, expect.objectContaining({ 'drawn-partner': false, 'drawn-nsp': true }));
    }
    expect(fake.map.setPaintProperty).not.toHaveBeenCalled();
  });

  it('sets no drawn-<layer> state on a fresh style whose year draws every layer, and sets it back after a year that did not', () => {
    const drawnCalls = () => fake.map.setFeatureState.mock.calls.filter(([, state]) => 'drawn-partner' in state);
    createController(); // 2002: every layer may be drawn, which missing state already means
    expect(drawnCalls()).toEqual([]);
    store.getState().setYear(2001);
    store.getState().setYear(2002);
    for (const id of [0, 1, 2]) {
      expect(fake.map.setFeatureState).toHaveBeenCalledWith({ ...COUNTRIES, id }, expect.objectContaining({ 'drawn-partner': true }));
    }
  });

  it('times each year step and the wait for the map’s next idle with User Timing measures (read by the benchmark)', () => {
    createController();
    fake.fire('idle'); // the first render
    performance.clearMeasures();
    const measures = (name: string) => performance.getEntriesByName(name, 'measure') as PerformanceMeasure[];
    store.getState().setYear(2001); // Tuvalu gained, and partners leave the map: every feature is told
    expect(measures(YEAR_STEP_MEASURE).map((entry) => entry.detail)).toEqual([{ year: 2001, features: 3 } satisfies YearStepDetail]);
    expect(measures(YEAR_STEP_IDLE_MEASURE)).toEqual([]);
    store.getState().setYear(2002); // a second step before the map caught up: one wait, from the newest step
    fake.fire('idle');
    const [idle] = measures(YEAR_STEP_IDLE_MEASURE);
    expect(idle.detail).toEqual({ year: 2002 });
    expect(idle.startTime).toBe(measures(YEAR_STEP_MEASURE)[0].startTime);
    // Only the newest entry of each name stays in the buffer, so a looping replay does not grow it.
    expect(measures(YEAR_STEP_MEASURE)).toHaveLength(1);
    expect(measures(YEAR_STEP_MEASURE)[0].detail).toEqual({ year: 2002, features: 3 }); // partners return: all told again
  });

  it('draws a year step at once, so the map does not wait behind the rest of the page’s render', () => {
    createController();
    store.getState().setYear(2001); // partners leave the map (every feature is told)
    fake.map.redraw.mockClear();
    store.getState().setYear(2000); // Tuvalu's status only
    expect(fake.map.redraw).toHaveBeenCalledTimes(1);
    expect(fake.map.redraw.mock.invocationCallOrder[0]).toBeGreaterThan(fake.map.setFeatureState.mock.invocationCallOrder.at(-1)!);
    // When that draw leaves the map idle, the step's wait is measured inside the step.
    fake.drawsAll.value = true;
    performance.clearMeasures();
    store.getState().setYear(2001);
    expect((performance.getEntriesByName(YEAR_STEP_IDLE_MEASURE, 'measure') as PerformanceMeasure[]).map((entry) => entry.detail)).toEqual([{ year: 2001 }]);
  });

  it('draws a step that changes every feature on the next frame instead, so a click’s own render and the map’s are not one long task', () => {
    createController();
    fake.map.redraw.mockClear();
    store.getState().setYear(2001); // partners leave the map: every feature is told
    expect(fake.map.redraw).not.toHaveBeenCalled();
    expect(fake.map.triggerRepaint).toHaveBeenCalledTimes(1);
    expect((performance.getEntriesByName(YEAR_STEP_MEASURE, 'measure') as PerformanceMeasure[]).at(-1)?.detail).toEqual({ year: 2001, features: 3 });
  });

  it('records no wait for idle after a step that changed nothing on the map (MapLibre would fire none)', () => {
    store = createAppStore({ from: 2000, to: 2003 });
    createController();
    store.getState().setYear(2002);
    fake.fire('idle');
    fake.map.once.mockClear();
    store.getState().setYear(2003); // the same statuses as 2002
    expect(performance.getEntriesByName(YEAR_STEP_MEASURE, 'measure').map((entry) => (entry as PerformanceMeasure).detail)).toEqual([
      { year: 2003, features: 0 },
    ]);
    expect(fake.map.once).not.toHaveBeenCalled();
  });

  it('makes the map with its own labels in the page’s language, and relabels it when the language changes', () => {
    store.getState().setLang('zh-TW');
    createController();
    expect(vi.mocked(createMap).mock.calls[0][0].uiText).toEqual({
      canvas: '地圖。可用搜尋框或表格檢視選擇國家。',
      toggleAttribution: '顯示或隱藏資料出處',
      gestures: { windows: '按住 Ctrl 並捲動滾輪以縮放地圖', mac: '按住 ⌘ 並捲動以縮放地圖', mobile: '請用兩指移動地圖' },
    });
    store.getState().setLang('en');
    expect(fake.canvas.getAttribute('aria-label')).toBe('Map. Choose a country with the search box or the table view.');
    expect(fake.attributionButton.getAttribute('title')).toBe('Toggle attribution');
    expect(fake.attributionButton.getAttribute('aria-label')).toBe('Toggle attribution');
    // jsdom's user agent is not a Mac's: the note names Ctrl, as MapLibre's would.
    expect(fake.canvasContainer.querySelector('.maplibregl-desktop-message')?.textContent).toBe('Use Ctrl + scroll to zoom the map');
    expect(fake.canvasContainer.querySelector('.maplibregl-mobile-message')?.textContent).toBe('Use two fingers to move the map');
  });

  it('asks MapLibre for cooperative gestures only when told to (the embed view)', () => {
    createController();
    expect(vi.mocked(createMap).mock.calls[0][0].cooperativeGestures).toBeFalsy();
    new MapController(store, {
      world,
      container: {} as HTMLElement,
      camera: null,
      createMap,
      derive,
      revealInitialSelection: false,
      onHover: vi.fn(),
      onCameraChange,
      onReady: vi.fn(),
      cooperativeGestures: true,
    });
    expect(vi.mocked(createMap).mock.calls[1][0].cooperativeGestures).toBe(true);
  });

  it('stops following the store and removes the map on destroy()', () => {
    const controller = createController();
    controller.destroy();
    fake.map.setPaintProperty.mockClear();
    store.getState().toggleLayer('ally');
    expect(fake.map.setPaintProperty).not.toHaveBeenCalled();
    expect(fake.map.remove).toHaveBeenCalled();
  });
});
