// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messagesFor } from '../../../src/i18n/messages.ts';
import { createAppStore } from '../../../src/state/store.ts';
import { urlProblemText } from '../../../src/state/url/url-problems.ts';
import { startUrlSync, URL_REPLACE_DELAY_MS } from '../../../src/state/url-sync.ts';

const isCountry = (iso3: string) => ['PRY', 'TUV'].includes(iso3);
const years = { from: 1949, to: 2026 };
let stop: (() => void) | undefined;

function start(url: string) {
  window.history.replaceState(null, '', url);
  const store = createAppStore(years);
  const onCameraFromUrl = vi.fn();
  const sync = startUrlSync(store, { isCountry, years, defaultLang: 'en', onCameraFromUrl });
  stop = sync.stop;
  return { store, sync, onCameraFromUrl };
}

afterEach(() => {
  stop?.();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('startUrlSync(store)', () => {
  it('applies the URL to the store and returns the camera from the hash', () => {
    const { store, sync } = start('/atlas/?country=pry&show=ally#3/10/20');
    expect(store.getState().selected).toBe('PRY');
    expect(store.getState().layers).toEqual(['ally']);
    expect(sync.initialCamera).toEqual({ zoom: 3, lat: 10, lng: 20 });
    expect(window.location.search).toBe('?country=PRY&show=ally');
  });

  it('ignores invalid parts with a notice, keeping the valid ones', () => {
    const { store, sync } = start('/atlas/?country=XXX&show=nsp,bogus#a/b/c');
    expect(store.getState().selected).toBeNull();
    expect(store.getState().layers).toEqual(['nsp']);
    expect(sync.initialCamera).toBeNull();
    const inEnglish = store
      .getState()
      .notices.map((notice) => ('urlProblem' in notice ? urlProblemText(notice.urlProblem, messagesFor('en').common.url) : notice.message.en));
    expect(inEnglish).toEqual([
      'Ignored country "XXX" is not a country on this map.',
      'Ignored show: unknown layer "bogus".',
      'Ignored map position "a/b/c" is not zoom/latitude/longitude.',
    ]);
    expect(window.location.search).toBe('?show=nsp');
  });

  it('pushes a history entry when the selection changes, keeping the camera hash', () => {
    const { store } = start('/atlas/#2/0/0');
    const length = window.history.length;
    store.getState().select('TUV');
    expect(window.location.search).toBe('?country=TUV');
    expect(window.location.hash).toBe('#2/0.00/0.00');
    expect(window.history.length).toBe(length + 1);
  });

  it('pushes a history entry when the projection changes, so Back returns to the flat map', () => {
    const { store } = start('/atlas/#2/0/0');
    const length = window.history.length;
    store.getState().setProjection('globe');
    expect(window.location.search).toBe('?projection=globe');
    expect(window.location.hash).toBe('#2/0.00/0.00');
    expect(window.history.length).toBe(length + 1);
    // Back: the address of the entry before, then popstate.
    window.history.replaceState(null, '', '/atlas/#2/0/0');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().projection).toBe('mercator');
  });

  it('applies Back/Forward (popstate) to the store and the camera', () => {
    const { store, onCameraFromUrl } = start('/atlas/');
    window.history.pushState(null, '', '/atlas/?country=TUV#4/-8/179');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().selected).toBe('TUV');
    expect(onCameraFromUrl).toHaveBeenCalledWith({ zoom: 4, lat: -8, lng: 179 });
  });

  it('reports an entry without a camera as null on Back, so the map returns to the default view', () => {
    const { onCameraFromUrl } = start('/atlas/');
    window.history.pushState(null, '', '/atlas/?country=TUV#4/-8/179');
    window.history.pushState(null, '', '/atlas/?country=PRY');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(onCameraFromUrl).toHaveBeenCalledWith(null);
  });

  it('keeps working on a path that starts with // (not read as another host)', () => {
    const { store } = start(`${window.location.origin}//atlas/?country=pry`);
    expect(window.location.pathname).toBe('//atlas/');
    expect(window.location.search).toBe('?country=PRY');
    store.getState().select('TUV');
    expect(window.location.href).toBe(`${window.location.origin}//atlas/?country=TUV`);
  });

  it('replaces the entry when the year changes, at most once per delay: scrubbing is not navigation', () => {
    vi.useFakeTimers();
    const { store } = start('/atlas/?country=PRY');
    const length = window.history.length;
    const replaceState = vi.spyOn(window.history, 'replaceState');
    store.getState().setYear(1971);
    for (let i = 0; i < 20; i++) store.getState().stepYear(1); // a held arrow key
    expect(window.location.search).toBe('?country=PRY');
    vi.advanceTimersByTime(URL_REPLACE_DELAY_MS);
    expect(window.location.search).toBe('?country=PRY&year=1991');
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(window.history.length).toBe(length);
  });

  it('gives the entry it leaves its latest year before pushing a new one, so Back returns to that view', () => {
    vi.useFakeTimers();
    const { store } = start('/atlas/?country=PRY');
    store.getState().setYear(1971);
    store.getState().select('TUV');
    expect(window.location.search).toBe('?country=TUV&year=1971');
    window.history.back();
    return vi.waitFor(() => expect(window.location.search).toBe('?country=PRY&year=1971'));
  });

  it('starts playback from ?play=1 and keeps the address still while it plays', () => {
    vi.useFakeTimers();
    const { store } = start('/atlas/?play=1&from=1971&to=2024');
    expect(store.getState()).toMatchObject({ playing: true, year: 1971 });
    store.getState().advance();
    vi.advanceTimersByTime(URL_REPLACE_DELAY_MS);
    expect(store.getState().year).toBe(1972);
    expect(window.location.search).toBe('?play=1&from=1971&to=2024');
    store.getState().pause();
    vi.advanceTimersByTime(URL_REPLACE_DELAY_MS);
    expect(window.location.search).toBe('?year=1972&from=1971&to=2024');
  });

  it('keeps a replay going on Back to an entry written while it played', () => {
    const { store } = start('/atlas/?play=1');
    store.getState().advance();
    store.getState().advance();
    store.getState().select('TUV');
    window.history.pushState(null, '', '/atlas/?play=1');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState()).toMatchObject({ playing: true, year: 1951, selected: null });
  });

  it('survives a browser that refuses a history update', () => {
    const { store } = start('/atlas/');
    vi.spyOn(window.history, 'pushState').mockImplementation(() => {
      throw new DOMException('too many calls', 'SecurityError');
    });
    expect(() => store.getState().select('TUV')).not.toThrow();
    expect(store.getState().selected).toBe('TUV');
  });

  it('keeps ?embed= and ?controls= in every address it writes, and only replaces entries in the embed view', () => {
    const { store } = start('/atlas/?embed=1&controls=timeline');
    const length = window.history.length;
    store.getState().select('PRY');
    store.getState().toggleLayer('nsp');
    expect(window.location.search).toBe('?embed=1&controls=timeline&country=PRY&show=ally,former,nsp');
    expect(window.history.length).toBe(length);
  });

  it('records camera moves without adding history entries', () => {
    const { sync } = start('/atlas/?country=PRY');
    const length = window.history.length;
    sync.recordCamera({ zoom: 2, lat: 1.23456, lng: 2.34567 });
    expect(window.location.hash).toBe('#2/1.23/2.35');
    expect(window.location.search).toBe('?country=PRY');
    expect(window.history.length).toBe(length);
  });
});
