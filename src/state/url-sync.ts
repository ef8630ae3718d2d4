import type { YearRange } from './playback.ts';
import type { AppState, AppStore } from './store.ts';
import {
  describeUrlProblems,
  formatCameraHash,
  parseCameraHash,
  parseSearch,
  searchFromState,
  stateFromSearch,
  type Camera,
} from './url-state.ts';

/** What URL sync needs from the app. */
export interface UrlSyncOptions {
  isCountry: (iso3: string) => boolean;
  /** The timeline's years. */
  years: YearRange;
  /** Called on Back/Forward with the entry's camera, or null when it has none (the default view). */
  onCameraFromUrl: (camera: Camera | null) => void;
  window?: Window;
}

/** Selection and layers are navigation (a history entry each); the timeline and camera are not. */
const isNavigation = (state: AppState, previous: AppState) => state.selected !== previous.selected || state.layers !== previous.layers;

/**
 * Keeps the store and the address bar in step: reads the URL once at start (ignored parts become
 * notices), pushes a history entry when the selection or layers change, replaces the entry when
 * the year or playback changes, and applies Back/Forward. Returns the initial camera from the
 * hash and a function that records camera moves.
 */
export function startUrlSync(store: AppStore, { isCountry, years, onCameraFromUrl, window: win = window }: UrlSyncOptions) {
  let applyingUrl = false;

  /** The current address with a new query and/or hash; a URL object, because a path such as
   * `//atlas/` written as a string would be read as another host. */
  const addressWith = (parts: { search?: string; hash?: string }) => {
    const url = new URL(win.location.href);
    if (parts.search !== undefined) url.search = parts.search;
    if (parts.hash !== undefined) url.hash = parts.hash;
    return url;
  };

  const readUrl = (withNotices: boolean) => {
    const parsed = parseSearch(win.location.search, { isCountry, years });
    const camera = parseCameraHash(win.location.hash);
    applyingUrl = true;
    try {
      store.getState().applyUrlState(stateFromSearch(parsed, years));
    } finally {
      applyingUrl = false;
    }
    if (withNotices) {
      const problems = describeUrlProblems(parsed, camera);
      store.getState().addNotices(problems.map((message, index) => ({ id: `url-${index}`, message: `Ignored ${message}` })));
    }
    return camera.status === 'valid' ? camera.value : null;
  };

  const initialCamera = readUrl(true);
  // Normalise the address bar (e.g. ?country=pry → ?country=PRY, invalid parts dropped).
  win.history.replaceState(
    win.history.state,
    '',
    addressWith({ search: searchFromState(store.getState(), years), hash: initialCamera ? formatCameraHash(initialCamera) : '' }),
  );

  const unsubscribe = store.subscribe((state, previous) => {
    if (applyingUrl) return;
    const search = searchFromState(state, years);
    if (search === win.location.search) return;
    if (isNavigation(state, previous)) win.history.pushState(null, '', addressWith({ search }));
    else win.history.replaceState(win.history.state, '', addressWith({ search }));
  });

  const onPopState = () => onCameraFromUrl(readUrl(false));
  win.addEventListener('popstate', onPopState);

  return {
    initialCamera,
    /** Records the camera in the hash without adding a history entry (moves are not navigation). */
    recordCamera(camera: Camera) {
      const hash = formatCameraHash(camera);
      if (hash !== win.location.hash) win.history.replaceState(win.history.state, '', addressWith({ hash }));
    },
    stop() {
      unsubscribe();
      win.removeEventListener('popstate', onPopState);
    },
  };
}
