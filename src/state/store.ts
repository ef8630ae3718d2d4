import { createStore } from 'zustand/vanilla';
import { LAYER_IDS, type LayerId } from '../data/layers.ts';
import type { Locale, Localized } from '../i18n/locale.ts';
import type { YearRange } from '../data/year-range.ts';
import { DEFAULT_HOLD_SECONDS, MAX_HOLD_SECONDS, nextPlaybackStep, PLAY_SPEEDS, type PlaySpeed } from './playback.ts';
import type { UrlProblem } from './url/url-problems.ts';

/**
 * A message shown to the user until dismissed: a text in both languages, or a part of the address
 * that was ignored, as its problem code (the notice bar words it). Either way a notice follows the
 * language switch.
 */
export type Notice = { id: string; message: Localized; action?: NoticeAction } | { id: string; urlProblem: UrlProblem };

/** What a notice's button does besides dismissing it: `reload` reopens the page at the same view (state/reload-address.ts). */
export type NoticeAction = 'reload';

/** The notice that the map's WebGL context was lost and did not come back (map/context-loss.ts). */
export const MAP_LOST_NOTICE_ID = 'map-lost';

/** The source of truth for what the user is looking at. Colours, counts and lists are derived. */
export interface AppState {
  /** ISO3 of the country whose details panel is open. */
  selected: string | null;
  /** Layers shown on the map, in LAYER_IDS order. */
  layers: LayerId[];
  /** The timeline's year: the map shows the state on its 31 December. */
  year: number;
  /** A second year shown beside the first (the compare view), or null for one map. */
  compare: number | null;
  /** How the compare view shows its two maps: side by side, or one over the other with a swipe divider. */
  compareMode: CompareMode;
  playing: boolean;
  speed: PlaySpeed;
  /** Start again from `range.from` after reaching `range.to`. */
  loop: boolean;
  /** Seconds the last year holds before a loop starts again. */
  hold: number;
  /** The years playback runs through. */
  range: YearRange;
  /** The language of every text, `<html lang>` included. */
  lang: Locale;
  /** The map, or the same view as a table (also what shows when the map cannot be drawn). */
  view: ViewMode;
  /** How the map draws the Earth: flat (Web Mercator) or as a globe, where the Pacific allies keep their true size and distance. */
  projection: Projection;
  /** The colours of the page and the map: light, dark, or `auto` (whichever the system prefers, `systemTheme`). */
  theme: Theme;
  /** The theme the system prefers (`prefers-color-scheme`), which `auto` follows; set by color-scheme.ts, never in the address. */
  systemTheme: ShownTheme;
  notices: Notice[];
}

/** What can change the state; callable outside React (map controller, URL sync, playback timer). */
export interface AppActions {
  select: (iso3: string | null) => void;
  toggleLayer: (layer: LayerId) => void;
  setLayers: (layers: readonly LayerId[]) => void;
  /** Moves to a year (clamped to the timeline) and pauses: a person took over. */
  setYear: (year: number) => void;
  stepYear: (delta: number) => void;
  /** Opens the compare view with a year (clamped to the timeline), or closes it with null. */
  setCompare: (year: number | null) => void;
  setCompareMode: (mode: CompareMode) => void;
  /** Starts playback; at or past the range's end it starts again from the beginning. */
  play: () => void;
  pause: () => void;
  /** One playback frame: the next year, a wrap (loop) or the stop at the end. */
  advance: () => void;
  setSpeed: (speed: PlaySpeed) => void;
  setLoop: (loop: boolean) => void;
  /** Starts a replay of `range` (clamped to the timeline) from its first year, e.g. for a host page. */
  playRange: (range: YearRange) => void;
  setLang: (lang: Locale) => void;
  setView: (view: ViewMode) => void;
  setProjection: (projection: Projection) => void;
  setTheme: (theme: Theme) => void;
  setSystemTheme: (theme: ShownTheme) => void;
  addNotices: (notices: readonly Notice[]) => void;
  dismissNotice: (id: string) => void;
  /** Applies state read from the URL in one update (no notices). */
  applyUrlState: (state: UrlBackedState) => void;
}

/** The part of the state the address bar carries. */
export type UrlBackedState = Pick<AppState, (typeof URL_BACKED_KEYS)[number]>;
/** The fields of the state that addresses carry. */
const URL_BACKED_KEYS = [
  'selected',
  'layers',
  'year',
  'compare',
  'compareMode',
  'playing',
  'speed',
  'loop',
  'hold',
  'range',
  'lang',
  'view',
  'projection',
  'theme',
] as const;

/** The part of a state that addresses carry (a new object; its fields are the state's own). */
export function urlBackedState(state: UrlBackedState): UrlBackedState {
  return Object.fromEntries(URL_BACKED_KEYS.map((key) => [key, state[key]])) as unknown as UrlBackedState;
}

/** The app's one zustand store (vanilla, so non-React code can use it). */
export type AppStore = ReturnType<typeof createAppStore>;

export const VIEW_MODES = ['map', 'table', 'method'] as const;
/** How the view is shown: on the map, as a table, or the method and sources behind both. */
export type ViewMode = (typeof VIEW_MODES)[number];

export const PROJECTIONS = ['mercator', 'globe'] as const;
/** The map's projection, by MapLibre's name for it. */
export type Projection = (typeof PROJECTIONS)[number];

/**
 * The allies, and the former allies faintly: what a first-time reader should see first is who
 * Taiwan's allies are and where it lost them. Partners, visas, the New Southbound countries and
 * Beijing's side are a toggle (or `show=`) away; drawn by default they covered most of the world
 * in stronger colours than the twelve allies.
 */
export const DEFAULT_LAYERS: readonly LayerId[] = ['ally', 'former'];
export const DEFAULT_SPEED: PlaySpeed = 'normal';

export const THEMES = ['light', 'dark', 'auto'] as const;
/** The colours asked for: `auto` follows the system's (or the host page's) `prefers-color-scheme`. */
export type Theme = (typeof THEMES)[number];
/** The colours drawn. */
export type ShownTheme = Exclude<Theme, 'auto'>;

/** The theme drawn: the one asked for, or for `auto`, the system's. */
export const shownTheme = ({ theme, systemTheme }: Pick<AppState, 'theme' | 'systemTheme'>): ShownTheme => (theme === 'auto' ? systemTheme : theme);

export const COMPARE_MODES = ['side', 'swipe'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

/** The default view: today (the last year), the allies, not playing, in the browser's language. */
export function initialAppState(years: YearRange, lang: Locale = 'en'): AppState {
  return {
    selected: null,
    layers: [...DEFAULT_LAYERS],
    year: years.to,
    compare: null,
    compareMode: 'side',
    playing: false,
    speed: DEFAULT_SPEED,
    loop: false,
    hold: DEFAULT_HOLD_SECONDS,
    range: { ...years },
    lang,
    view: 'map',
    projection: 'mercator',
    theme: 'light',
    systemTheme: 'light',
    notices: [],
  };
}

const inLayerOrder = (layers: Iterable<LayerId>) => {
  const set = new Set(layers);
  return LAYER_IDS.filter((id) => set.has(id));
};

/**
 * Creates the app's one store for a timeline running through `years`; actions are callable
 * outside React (the map controller, URL sync, the playback timer).
 */
export function createAppStore(years: YearRange, initial: AppState = initialAppState(years)) {
  const clamp = (year: number) => Math.min(Math.max(Math.round(year), years.from), years.to);
  return createStore<AppState & AppActions>()((set, get) => ({
    ...initial,
    select: (iso3) => set({ selected: iso3 }),
    toggleLayer: (layer) =>
      set((state) => ({
        layers: state.layers.includes(layer) ? state.layers.filter((id) => id !== layer) : inLayerOrder([...state.layers, layer]),
      })),
    setLayers: (layers) => set({ layers: inLayerOrder(layers) }),
    setYear: (year) => set({ year: clamp(year), playing: false }),
    stepYear: (delta) => get().setYear(get().year + delta),
    // Closing the compare view forgets its swipe, as its address does.
    setCompare: (year) => set(year === null ? { compare: null, compareMode: 'side' } : { compare: clamp(year) }),
    setCompareMode: (compareMode) => set({ compareMode: COMPARE_MODES.includes(compareMode) ? compareMode : 'side' }),
    play: () =>
      set((state) => ({
        playing: true,
        year: state.year >= state.range.to || state.year < state.range.from ? state.range.from : state.year,
      })),
    pause: () => set({ playing: false }),
    advance: () => {
      const state = get();
      if (state.playing) set(nextPlaybackStep(state));
    },
    setSpeed: (speed) => set({ speed: PLAY_SPEEDS.includes(speed) ? speed : DEFAULT_SPEED }),
    setLoop: (loop) => set({ loop }),
    playRange: (range) => {
      const from = clamp(Math.min(range.from, range.to));
      const to = clamp(Math.max(range.from, range.to));
      // A one-year range has nothing to play: it shows that year instead.
      set(from < to ? { range: { from, to }, year: from, playing: true } : { year: from, playing: false });
    },
    setLang: (lang) => set({ lang }),
    setView: (view) => set({ view }),
    setProjection: (projection) => set({ projection }),
    setTheme: (theme) => set({ theme: THEMES.includes(theme) ? theme : 'light' }),
    setSystemTheme: (systemTheme) => set({ systemTheme }),
    addNotices: (notices) => set((state) => ({ notices: [...state.notices.filter((n) => !notices.some((m) => m.id === n.id)), ...notices] })),
    dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
    applyUrlState: (state) =>
      set({
        ...state,
        layers: inLayerOrder(state.layers),
        year: clamp(state.year),
        compare: state.compare === null ? null : clamp(state.compare),
        hold: Math.min(Math.max(state.hold, 0), MAX_HOLD_SECONDS),
      }),
  }));
}
