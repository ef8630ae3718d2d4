import { describe, expect, it } from 'vitest';
import { reloadAddress, reloadSearch } from '../../../src/state/reload-address.ts';
import { NO_TRACK } from '../../../src/state/tracks/track-address.ts';
import { initialAppState } from '../../../src/state/store.ts';
import { FULL_APP, parseSearch, stateFromSearch } from '../../../src/state/url-state.ts';

const years = { from: 1949, to: 2026 };
// The state addresses carry: no notices, and the system's theme is read from the system, not the address.
const { notices, systemTheme, ...defaults } = initialAppState(years);
const context = { isCountry: (iso3: string) => iso3 === 'PRY', years };
/** The state a reload at `search` starts with. */
const reloaded = (search: string) => stateFromSearch(parseSearch(search, context), years, 'en');

describe('reloadSearch(state, years, presentation)', () => {
  it('keeps the year of a replay, which the address bar leaves out, and the replay going', () => {
    const playing = { ...defaults, playing: true, loop: true, speed: 'fast' as const, year: 1980 };
    const search = reloadSearch(playing, years, FULL_APP);
    expect(search).toBe('?lang=en&play=1&speed=fast&loop=1&year=1980');
    expect(reloaded(search)).toEqual(playing);
  });

  it('keeps a replay at the last year there rather than starting it again from the first', () => {
    const atEnd = { ...defaults, playing: true, loop: true, year: 2026 };
    expect(reloaded(reloadSearch(atEnd, years, FULL_APP))).toMatchObject({ year: 2026, playing: true });
  });

  it('keeps the compare view, the selection, the globe and the language', () => {
    const view = {
      ...defaults,
      compare: 1971,
      compareMode: 'swipe' as const,
      selected: 'PRY',
      projection: 'globe' as const,
      lang: 'zh-TW' as const,
      year: 1990,
    };
    expect(reloaded(reloadSearch(view, years, FULL_APP))).toEqual(view);
  });

  it('keeps an open talk track at its step, and its autoplay', () => {
    const track = { ...NO_TRACK, story: 'nauru', at: 3, autoplay: true, stepSeconds: 12 };
    const params = new URLSearchParams(reloadSearch(defaults, years, FULL_APP, track));
    expect([params.get('story'), params.get('at'), params.get('autoplay'), params.get('step')]).toEqual(['nauru', '3', '1', '12']);
  });

  it('keeps the embed view', () => {
    expect(reloadSearch(defaults, years, { embed: true, controls: 'timeline' })).toBe('?lang=en&embed=1&controls=timeline');
  });
});

describe('reloadAddress(location, …)', () => {
  it('keeps the path and the camera in the hash', () => {
    const href = 'https://example.org/atlas/?play=1#3/20/150';
    expect(reloadAddress({ href }, { ...defaults, playing: true, year: 1960 }, years, FULL_APP)).toBe(
      'https://example.org/atlas/?lang=en&play=1&year=1960#3/20/150',
    );
  });
});
