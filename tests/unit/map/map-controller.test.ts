import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { WorldFeatures } from '../../../src/data/world.ts';
import { MapController, type CreateMap } from '../../../src/map/map-controller.ts';
import { SOURCE_IDS } from '../../../src/map/style-builders.ts';
import { createAppStore, type AppStore } from '../../../src/state/store.ts';

/** A stand-in for MapLibre's Map that records what the controller asks of it. */
function fakeMap() {
  const handlers = new Map<string, ((event?: unknown) => void)[]>();
  const setData = vi.fn();
  const map = {
    on: vi.fn((type: string, handler: () => void) => handlers.set(type, [...(handlers.get(type) ?? []), handler])),
    once: vi.fn(),
    addImage: vi.fn(),
    getSource: vi.fn(() => ({ setData })),
    setPaintProperty: vi.fn(),
    setFeatureState: vi.fn(),
    remove: vi.fn(),
    getCanvas: () => ({ style: {} }),
  };
  return { map, setData, fire: (type: string) => handlers.get(type)?.forEach((handler) => handler()) };
}

const world: WorldFeatures = {
  countries: { type: 'FeatureCollection', features: [] },
  markers: { type: 'FeatureCollection', features: [] },
  idByIso3: new Map([
    ['PRY', 0],
    ['TUV', 1],
    ['AUS', 2],
  ]),
  nameByIso3: new Map(),
  centerByIso3: new Map(),
};

let store: AppStore;
let fake: ReturnType<typeof fakeMap>;

function createController(allies = new Set(['PRY', 'TUV'])) {
  const createMap: CreateMap = () => fake.map as unknown as MapLibreMap;
  const controller = new MapController(store, world, {
    container: {} as HTMLElement,
    camera: { zoom: 1, lat: 0, lng: 0 },
    createMap,
    allies,
    revealInitialSelection: false,
    onHover: vi.fn(),
    onCameraChange: vi.fn(),
    onReady: vi.fn(),
  });
  fake.fire('load');
  return controller;
}

beforeEach(() => {
  store = createAppStore();
  fake = fakeMap();
});

describe('MapController', () => {
  it('uploads the shapes and markers once, on load', () => {
    createController();
    expect(fake.setData).toHaveBeenCalledTimes(2);
  });

  it('marks allies with feature-state on both the shape and its marker', () => {
    createController();
    for (const source of [SOURCE_IDS.countries, SOURCE_IDS.markers]) {
      expect(fake.map.setFeatureState).toHaveBeenCalledWith({ source, id: 0 }, { ally: true });
      expect(fake.map.setFeatureState).toHaveBeenCalledWith({ source, id: 1 }, { ally: true });
    }
  });

  it('recolours a layer toggle with paint properties, never by re-uploading geometry', () => {
    createController();
    fake.setData.mockClear();
    store.getState().toggleLayer('partner');
    expect(fake.map.setPaintProperty).toHaveBeenCalledWith('country-fill', 'fill-color', expect.anything());
    expect(fake.setData).not.toHaveBeenCalled();
  });

  it('moves the selection highlight when the store selection changes', () => {
    createController();
    store.getState().select('AUS');
    expect(fake.map.setFeatureState).toHaveBeenCalledWith({ source: SOURCE_IDS.countries, id: 2 }, { selected: true });
    store.getState().select('PRY');
    expect(fake.map.setFeatureState).toHaveBeenCalledWith({ source: SOURCE_IDS.countries, id: 2 }, { selected: false });
    expect(fake.map.setFeatureState).toHaveBeenCalledWith({ source: SOURCE_IDS.countries, id: 0 }, { selected: true });
  });

  it('setAllies(allies) changes only the countries whose status changed', () => {
    const controller = createController();
    fake.map.setFeatureState.mockClear();
    controller.setAllies(new Set(['PRY', 'AUS']));
    expect(fake.map.setFeatureState).toHaveBeenCalledTimes(4);
    expect(fake.map.setFeatureState).toHaveBeenCalledWith({ source: SOURCE_IDS.countries, id: 1 }, { ally: false });
    expect(fake.map.setFeatureState).toHaveBeenCalledWith({ source: SOURCE_IDS.countries, id: 2 }, { ally: true });
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
