import type { YearRange } from '../data/year-range.ts';
import { createAppStore, initialAppState, type AppState, type AppStore } from './store.ts';

/** What the compare view's second map shows of the app's state: all of the view but the year. */
const comparedView = (state: AppState) => ({
  layers: state.layers,
  selected: state.selected,
  lang: state.lang,
  projection: state.projection,
  theme: state.theme,
  systemTheme: state.systemTheme,
  year: state.compare ?? state.year,
});

/**
 * The store the compare view's second map reads: the app store's view (layers, selection,
 * language, projection) at the compare year, kept in step with it. The map controller reads a store's year,
 * so the second map is a controller like the first with this store. A click on the second map
 * selects in the app store, which this one follows, and its notices are the app store's; nothing else
 * writes to it.
 */
export function createCompareStore(main: AppStore, years: YearRange): { store: AppStore; stop: () => void } {
  const store = createAppStore(years, { ...initialAppState(years), ...comparedView(main.getState()) });
  // The second map's notices (a lost WebGL context) are the page's.
  store.setState({
    select: (iso3) => main.getState().select(iso3),
    addNotices: (notices) => main.getState().addNotices(notices),
    dismissNotice: (id) => main.getState().dismissNotice(id),
  });
  const stop = main.subscribe((state) => {
    const next = comparedView(state);
    const current = store.getState();
    // Only what changed: the controller applies a change of year, layers or language as a diff.
    const changed = Object.fromEntries(Object.entries(next).filter(([key, value]) => current[key as keyof typeof next] !== value));
    if (Object.keys(changed).length > 0) store.setState(changed);
  });
  return { store, stop };
}
