import { createStore } from 'zustand/vanilla';
import { LAYER_IDS, type LayerId } from '../data/layers.ts';

/** A message shown to the user until dismissed, e.g. about a URL parameter that was ignored. */
export interface Notice {
  id: string;
  message: string;
}

/** The source of truth for what the user is looking at. Colours, counts and lists are derived. */
export interface AppState {
  /** ISO3 of the country whose details panel is open. */
  selected: string | null;
  /** Layers shown on the map, in LAYER_IDS order. */
  layers: LayerId[];
  notices: Notice[];
}

/** What can change the state; callable outside React (map controller, URL sync). */
export interface AppActions {
  select: (iso3: string | null) => void;
  toggleLayer: (layer: LayerId) => void;
  setLayers: (layers: readonly LayerId[]) => void;
  addNotices: (notices: readonly Notice[]) => void;
  dismissNotice: (id: string) => void;
  /** Applies state read from the URL in one update (no notices). */
  applyUrlState: (state: Pick<AppState, 'selected' | 'layers'>) => void;
}

/** The app's one zustand store (vanilla, so non-React code can use it). */
export type AppStore = ReturnType<typeof createAppStore>;

export const DEFAULT_LAYERS: readonly LayerId[] = LAYER_IDS;

export function initialAppState(): AppState {
  return { selected: null, layers: [...DEFAULT_LAYERS], notices: [] };
}

const inLayerOrder = (layers: Iterable<LayerId>) => {
  const set = new Set(layers);
  return LAYER_IDS.filter((id) => set.has(id));
};

/** Creates the app's one store; actions are callable outside React (the map controller, URL sync). */
export function createAppStore(initial: AppState = initialAppState()) {
  return createStore<AppState & AppActions>()((set) => ({
    ...initial,
    select: (iso3) => set({ selected: iso3 }),
    toggleLayer: (layer) =>
      set((state) => ({
        layers: state.layers.includes(layer) ? state.layers.filter((id) => id !== layer) : inLayerOrder([...state.layers, layer]),
      })),
    setLayers: (layers) => set({ layers: inLayerOrder(layers) }),
    addNotices: (notices) =>
      set((state) => ({ notices: [...state.notices.filter((n) => !notices.some((m) => m.id === n.id)), ...notices] })),
    dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
    applyUrlState: ({ selected, layers }) => set({ selected, layers: inLayerOrder(layers) }),
  }));
}
