import type { Locale } from '../i18n/locale.ts';
import type { YearRange } from '../data/year-range.ts';
import type { AppState, AppStore } from './store.ts';
import { parseSearch, presentationFromSearch, searchFromState, stateFromSearch, trackFromSearch, type Presentation } from './url-state.ts';
import type { TrackAddress } from './tracks/track-address.ts';
import { formatCameraHash, parseCameraHash } from './url/camera-hash.ts';
import { describeUrlProblems } from './url/url-problems.ts';
import type { Camera } from '../map/camera.ts';

/** What URL sync needs from the app. */
export interface UrlSyncOptions {
  isCountry: (iso3: string) => boolean;
  /** The timeline's years. */
  years: YearRange;
  /** The browser's language: the one used when the URL names none, and left out of the address. */
  defaultLang: Locale;
  /** Called on Back/Forward with the entry's camera, or null when it has none (the default view). */
  onCameraFromUrl: (camera: Camera | null) => void;
  /** The open talk track's part of the address, read at each write (null: none open). */
  trackAddress?: () => TrackAddress | null;
  window?: Window;
}

/**
 * Year steps and playback settings reach the address at most this often after the last change:
 * browsers limit history updates (Chrome warns and drops them past ~200 in 10 s; Safari throws),
 * and holding an arrow key on the slider would pass that.
 */
export const URL_REPLACE_DELAY_MS = 300;

/** Selection, layers, language, view mode, projection and the compare view are navigation (a history entry each); the timeline and camera are not. */
const isNavigation = (state: AppState, previous: AppState) =>
  state.selected !== previous.selected ||
  state.layers !== previous.layers ||
  state.lang !== previous.lang ||
  state.view !== previous.view ||
  state.projection !== previous.projection ||
  (state.compare === null) !== (previous.compare === null) ||
  state.compareMode !== previous.compareMode;

/**
 * Keeps the store and the address bar in step: reads the URL once at start (ignored parts become
 * notices), pushes a history entry when the selection or layers change, replaces the entry when
 * the year or playback changes, and applies Back/Forward. Returns the initial camera from the
 * hash, the page's presentation (full app or embed) and a function that records camera moves.
 * In the embed view every write replaces: an iframe's history entries would become the host
 * page's, and its Back button would step through the map instead of leaving the page.
 */
export function startUrlSync(
  store: AppStore,
  { isCountry, years, defaultLang, onCameraFromUrl, trackAddress = () => null, window: win = window }: UrlSyncOptions,
) {
  let applyingUrl = false;
  let pendingReplace: number | null = null;
  const firstParsed = parseSearch(win.location.search, { isCountry, years });
  const presentation: Presentation = presentationFromSearch(firstParsed);
  // The track the page opened with: written back until the track store takes over (it loads after).
  const requestedTrack = trackFromSearch(firstParsed);
  let trackOpened = false;
  const searchOf = (state: AppState) => searchFromState(state, years, presentation, defaultLang, trackOpened ? trackAddress() : requestedTrack);

  /** The current address with a new query and/or hash; a URL object, because a path such as
   * `//atlas/` written as a string would be read as another host. */
  const addressWith = (parts: { search?: string; hash?: string }) => {
    const url = new URL(win.location.href);
    if (parts.search !== undefined) url.search = parts.search;
    if (parts.hash !== undefined) url.hash = parts.hash;
    return url;
  };

  /** A history update the browser refuses (rate limits) must not stop the app or the store's other listeners. */
  const writeHistory = (kind: 'pushState' | 'replaceState', url: URL) => {
    try {
      win.history[kind](kind === 'replaceState' ? win.history.state : null, '', url);
    } catch {
      // The address falls behind the view until the next write; nothing else depends on it.
    }
  };
  const cancelReplace = () => {
    if (pendingReplace !== null) win.clearTimeout(pendingReplace);
    pendingReplace = null;
  };
  const replaceWith = (state: AppState) => {
    const search = searchOf(state);
    if (search !== win.location.search) writeHistory('replaceState', addressWith({ search }));
  };

  const readUrl = (withNotices: boolean) => {
    const parsed = parseSearch(win.location.search, { isCountry, years });
    const camera = parseCameraHash(win.location.hash);
    const next = stateFromSearch(parsed, years, defaultLang);
    // Back or Forward to an entry written while a replay ran (no year in it) keeps the replay going.
    const current = store.getState();
    if (!withNotices && next.playing && current.playing && parsed.year.status !== 'valid') next.year = current.year;
    applyingUrl = true;
    try {
      store.getState().applyUrlState(next);
    } finally {
      applyingUrl = false;
    }
    if (withNotices) {
      const problems = describeUrlProblems(parsed, camera);
      store.getState().addNotices(problems.map((urlProblem, index) => ({ id: `url-${index}`, urlProblem })));
    }
    return camera.status === 'valid' ? camera.value : null;
  };

  const initialCamera = readUrl(true);
  // Normalise the address bar (e.g. ?country=pry → ?country=PRY, invalid parts dropped).
  win.history.replaceState(
    win.history.state,
    '',
    addressWith({ search: searchOf(store.getState()), hash: initialCamera ? formatCameraHash(initialCamera) : '' }),
  );

  const unsubscribe = store.subscribe((state, previous) => {
    if (applyingUrl) return;
    if (isNavigation(state, previous) && presentation.embed) {
      cancelReplace();
      replaceWith(state);
    } else if (isNavigation(state, previous)) {
      // The entry being left first gets its latest year, so Back returns to the view as it was.
      cancelReplace();
      replaceWith(previous);
      const search = searchOf(state);
      if (search !== win.location.search) writeHistory('pushState', addressWith({ search }));
    } else if (pendingReplace === null) {
      pendingReplace = win.setTimeout(() => {
        pendingReplace = null;
        replaceWith(store.getState());
      }, URL_REPLACE_DELAY_MS);
    }
  });

  const onPopState = () => {
    cancelReplace();
    onCameraFromUrl(readUrl(false));
  };
  win.addEventListener('popstate', onPopState);

  return {
    initialCamera,
    presentation,
    /** The talk track the address asks for (a story, or a track link still to decode), or null. */
    requestedTrack,
    /**
     * Writes the open track's step into the address now (no history entry). The first call hands
     * the address over from the track the page asked for to `trackAddress`.
     */
    recordTrack() {
      trackOpened = true;
      cancelReplace();
      replaceWith(store.getState());
    },
    /** Records the camera in the hash without adding a history entry (moves are not navigation). */
    recordCamera(camera: Camera) {
      const hash = formatCameraHash(camera);
      if (hash !== win.location.hash) writeHistory('replaceState', addressWith({ hash }));
    },
    stop() {
      cancelReplace();
      unsubscribe();
      win.removeEventListener('popstate', onPopState);
    },
  };
}
