import { shownTheme, type AppStore } from '../state/store.ts';

/** The media query `theme=auto` follows. */
const PREFERS_DARK = '(prefers-color-scheme: dark)';

/**
 * Keeps the system's colour scheme in the store (for `theme=auto`; in an iframe, the host page's
 * preference as the browser passes it on) and the theme drawn on `<html data-theme>`, where
 * app.css swaps its colours; `color-scheme` gives the browser's own controls and scrollbars the
 * same. The map follows the store (map-controller.ts).
 */
export function syncDocumentTheme(store: AppStore, win: Window = window): () => void {
  const root = win.document.documentElement;
  const query = win.matchMedia?.(PREFERS_DARK);
  const onSystemChange = () => store.getState().setSystemTheme(query?.matches ? 'dark' : 'light');
  onSystemChange();
  query?.addEventListener('change', onSystemChange);
  const apply = (theme: ReturnType<typeof shownTheme>) => {
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
  };
  apply(shownTheme(store.getState()));
  const unsubscribe = store.subscribe((state, previous) => {
    const theme = shownTheme(state);
    if (theme !== shownTheme(previous)) apply(theme);
  });
  return () => {
    unsubscribe();
    query?.removeEventListener('change', onSystemChange);
  };
}
