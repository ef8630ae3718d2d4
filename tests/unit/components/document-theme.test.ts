// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { syncDocumentTheme } from '../../../src/app/document-theme.ts';
import { createAppStore } from '../../../src/state/store.ts';

const years = { from: 1949, to: 2026 };

/** A window whose `prefers-color-scheme` the test sets, with the listeners MediaQueryList keeps. */
function windowPreferring(scheme: 'light' | 'dark') {
  const listeners = new Set<() => void>();
  const query = {
    matches: scheme === 'dark',
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  const win = Object.create(window, {
    matchMedia: {
      value: (text: string) => (text === '(prefers-color-scheme: dark)' ? query : { matches: false, addEventListener() {}, removeEventListener() {} }),
    },
    document: { value: document },
  }) as Window;
  const prefer = (next: 'light' | 'dark') => {
    query.matches = next === 'dark';
    for (const listener of listeners) listener();
  };
  return { win, prefer, listeners };
}

let stop = () => {};
afterEach(() => stop());

describe('syncDocumentTheme(store)', () => {
  it('puts the theme asked for on <html data-theme> and its color-scheme', () => {
    const store = createAppStore(years);
    stop = syncDocumentTheme(store, windowPreferring('dark').win);
    expect(document.documentElement.dataset.theme).toBe('light');
    store.getState().setTheme('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.style.colorScheme).toBe('dark');
  });

  it('follows the system’s prefers-color-scheme, as it changes, for theme auto only', () => {
    const store = createAppStore(years);
    const { win, prefer, listeners } = windowPreferring('light');
    stop = syncDocumentTheme(store, win);
    store.getState().setTheme('auto');
    expect(document.documentElement.dataset.theme).toBe('light');
    prefer('dark');
    expect(store.getState().systemTheme).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    store.getState().setTheme('light');
    expect(document.documentElement.dataset.theme).toBe('light');
    stop();
    expect(listeners.size).toBe(0);
  });
});
