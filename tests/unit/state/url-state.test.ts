import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../../src/data/layers.ts';
import type { Locale } from '../../../src/i18n/locale.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';
import { initialAppState, urlBackedState } from '../../../src/state/store.ts';
import { formatCameraHash, parseCameraHash } from '../../../src/state/url/camera-hash.ts';
import { describeUrlProblems, urlProblemText, type UrlProblem } from '../../../src/state/url/url-problems.ts';
import {
  FULL_APP,
  PARAM_KEYS,
  parseSearch,
  presentationFromSearch,
  searchFromState,
  stateFromSearch,
  type ParamKey,
  type Presentation,
  trackFromSearch,
} from '../../../src/state/url-state.ts';
import { NO_TRACK, type TrackAddress } from '../../../src/state/tracks/track-address.ts';

const years = { from: 1949, to: 2026 };
const context = { isCountry: (iso3: string) => ['PRY', 'TUV', 'AUS'].includes(iso3), years };
const defaults = urlBackedState(initialAppState(years));
/** The URL-backed state of the default view, with some fields changed. */
const stateWith = (changes: Partial<typeof defaults>) => ({ ...defaults, ...changes });
/** Problems as the notice bar words them. */
const inWords = (problems: UrlProblem[], locale: Locale = 'en') => problems.map((problem) => urlProblemText(problem, messagesFor(locale).common.url));

describe('parseSearch(search)', () => {
  it('reads ?country=PRY (any case) as valid', () => {
    expect(parseSearch('?country=pry', context).country).toEqual({ status: 'valid', value: 'PRY' });
  });

  it('marks an unknown country invalid and says why', () => {
    expect(parseSearch('?country=XXX', context).country).toMatchObject({ status: 'invalid', reason: { code: 'not-on-map' } });
    expect(parseSearch('?country=<script>', context).country).toMatchObject({ status: 'invalid' });
  });

  it('reads ?show=ally,former,partner,visa,nsp with visa standing for its three levels, and `all` as every layer, Beijing’s too', () => {
    expect(parseSearch('?show=ally,former,partner,visa,nsp', context).show).toEqual({ status: 'valid', value: LAYER_IDS.filter((id) => id !== 'beijing') });
    expect(parseSearch('?show=all', context).show).toEqual({ status: 'valid', value: [...LAYER_IDS] });
    expect(parseSearch('?show=ally,beijing', context).show).toEqual({ status: 'valid', value: ['ally', 'beijing'] });
  });

  it('keeps the known layers of ?show and lists the rejected tokens', () => {
    expect(parseSearch('?show=nsp,bogus,ally', context).show).toEqual({ status: 'valid', value: ['ally', 'nsp'], rejected: ['bogus'] });
  });

  it('reads ?show=none as no layer, and ?show=bogus as invalid', () => {
    expect(parseSearch('?show=none', context).show).toEqual({ status: 'valid', value: [] });
    expect(parseSearch('?show=bogus', context).show.status).toBe('invalid');
  });

  it('marks an empty ?show= invalid rather than silently hiding every layer', () => {
    expect(parseSearch('?show=', context).show).toMatchObject({ status: 'invalid', reason: { code: 'empty-show' } });
  });

  it('rejects an overlong ?show without looking at it', () => {
    expect(parseSearch(`?show=${'ally,'.repeat(100)}`, context).show.status).toBe('invalid');
  });

  it('reports missing parameters as missing and unknown ones by name', () => {
    const parsed = parseSearch('?zzz=1', context);
    expect(parsed.country.status).toBe('missing');
    expect(parsed.show.status).toBe('missing');
    expect(parsed.unknown).toEqual(['zzz']);
  });
});

describe('parseCameraHash(hash)', () => {
  it('reads MapLibre’s #zoom/lat/lng', () => {
    expect(parseCameraHash('#2/-8.52/179.2')).toEqual({ status: 'valid', value: { zoom: 2, lat: -8.52, lng: 179.2 } });
  });

  it('rejects out-of-range or malformed positions', () => {
    for (const hash of ['#99/0/0', '#2/95/0', '#2/0/999', '#a/b/c', '#2/3', '#1/2/3/4/5/6', '#//', '# / / ', '#0x2/0b1/0o7', '#1e0/2/3']) {
      expect(parseCameraHash(hash).status, hash).toBe('invalid');
    }
    expect(parseCameraHash('').status).toBe('missing');
  });

  it('round-trips through formatCameraHash(camera)', () => {
    const camera = { zoom: 3.25, lat: 23.5, lng: 121 };
    const parsed = parseCameraHash(formatCameraHash(camera));
    expect(parsed.status).toBe('valid');
    if (parsed.status === 'valid') expect(parsed.value).toEqual({ zoom: 3.25, lat: 23.5, lng: 121 });
  });

  it('wraps longitudes from world copies into −180…180', () => {
    expect(formatCameraHash({ zoom: 2, lat: 0, lng: 190 })).toBe('#2/0.00/-170.00');
  });
});

describe('parseSearch(search) for the timeline', () => {
  it('reads ?year=1971 and rejects years outside the timeline or not four digits', () => {
    expect(parseSearch('?year=1971', context).year).toEqual({ status: 'valid', value: 1971 });
    for (const raw of ['1948', '2027', '71', '1971.5', 'abcd', '']) {
      expect(parseSearch(`?year=${raw}`, context).year, raw).toMatchObject({ status: 'invalid', reason: { code: 'not-year', from: 1949, to: 2026 } });
    }
  });

  it('reads ?play=1&from=1971&to=2024&speed=fast&loop=1', () => {
    expect(parseSearch('?play=1&from=1971&to=2024&speed=fast&loop=1', context)).toMatchObject({
      play: { status: 'valid', value: true },
      from: { status: 'valid', value: 1971 },
      to: { status: 'valid', value: 2024 },
      speed: { status: 'valid', value: 'fast' },
      loop: { status: 'valid', value: true },
    });
  });

  it('rejects a range of one year, whichever end is left to its default', () => {
    expect(parseSearch('?from=2026', context).from).toMatchObject({ status: 'invalid', reason: { code: 'must-precede-last-year', year: 2026 } });
    expect(parseSearch('?to=1949', context).to).toMatchObject({ status: 'invalid', reason: { code: 'must-follow-first-year', year: 1949 } });
    expect(parseSearch('?from=2025', context).from.status).toBe('valid');
  });

  it('rejects a range that runs backwards, an unknown speed and a flag that is not 1 or 0', () => {
    const parsed = parseSearch('?from=2000&to=1990&speed=warp&loop=maybe', context);
    expect(parsed.from.status).toBe('valid');
    expect(parsed.to).toMatchObject({ status: 'invalid', reason: { code: 'must-follow-from', from: 2000 } });
    expect(parsed.speed).toMatchObject({ status: 'invalid', reason: { code: 'not-one-of', values: ['slow', 'normal', 'fast'] } });
    expect(parsed.loop).toMatchObject({ status: 'invalid', reason: { code: 'not-flag' } });
  });
});

describe('presenter parameters', () => {
  it('reads ?hold= as seconds from 0 to 60 and refuses anything else', () => {
    expect(parseSearch('?hold=2', context).hold).toEqual({ status: 'valid', value: 2 });
    expect(parseSearch('?hold=0.5', context).hold).toEqual({ status: 'valid', value: 0.5 });
    for (const raw of ['-1', '61', '1e3', 'two', '', 'Infinity']) {
      expect(parseSearch(`?hold=${raw}`, context).hold.status, raw).toBe('invalid');
    }
  });

  it('reads ?embed=1&controls=timeline as the embed view with its timeline', () => {
    expect(presentationFromSearch(parseSearch('?embed=1&controls=timeline', context))).toEqual({ embed: true, controls: 'timeline' });
    expect(presentationFromSearch(parseSearch('?embed=1', context))).toEqual({ embed: true, controls: 'none' });
  });

  it('gives controls no effect outside the embed view and refuses unknown controls', () => {
    expect(presentationFromSearch(parseSearch('?controls=timeline', context))).toEqual({ embed: false, controls: 'none' });
    const parsed = parseSearch('?embed=yes&controls=everything', context);
    expect(parsed.controls).toMatchObject({ status: 'invalid', reason: { code: 'not-one-of', values: ['none', 'timeline'] } });
    expect(presentationFromSearch(parsed)).toEqual({ embed: true, controls: 'none' });
  });

  it('carries the presentation and the hold into the address it writes', () => {
    const state = stateWith({ playing: true, year: 1971, loop: true, hold: 2, range: { from: 1971, to: 2024 } });
    expect(searchFromState(state, years, { embed: true, controls: 'timeline' }, 'en')).toBe(
      '?embed=1&controls=timeline&play=1&from=1971&to=2024&loop=1&hold=2',
    );
    expect(stateFromSearch(parseSearch('?play=1&from=1971&to=2024&loop=1&hold=2', context), years, 'en')).toEqual(state);
  });
});

describe('stateFromSearch(parsed, years)', () => {
  it('shows the last year when no year is given', () => {
    expect(stateFromSearch(parseSearch('', context), years, 'en')).toEqual(defaults);
  });

  it('starts playback from the range’s first year', () => {
    expect(stateFromSearch(parseSearch('?play=1&from=1971&to=2024&speed=fast&loop=1', context), years, 'en')).toEqual(
      stateWith({ playing: true, year: 1971, range: { from: 1971, to: 2024 }, speed: 'fast', loop: true }),
    );
  });

  it('falls back to defaults for invalid parameters', () => {
    expect(stateFromSearch(parseSearch('?year=1900&speed=warp&play=perhaps', context), years, 'en')).toEqual(defaults);
  });
});

describe('searchFromState(state, years)', () => {
  it('writes nothing for the default view', () => {
    expect(searchFromState(defaults, years, undefined, 'en')).toBe('');
  });

  it('writes readable parameters, folding the three visa levels into visa', () => {
    expect(searchFromState(stateWith({ selected: 'PRY', layers: ['ally', 'visa-free', 'visa-arrival', 'visa-online'] }), years, undefined, 'en')).toBe(
      '?country=PRY&show=ally,visa',
    );
    expect(searchFromState(stateWith({ layers: [] }), years, undefined, 'en')).toBe('?show=none');
    expect(searchFromState(stateWith({ layers: [...LAYER_IDS] }), years, undefined, 'en')).toBe('?show=all');
    expect(searchFromState(stateWith({ layers: ['ally', 'beijing'] }), years, undefined, 'en')).toBe('?show=ally,beijing');
    expect(searchFromState(stateWith({ year: 1971 }), years, undefined, 'en')).toBe('?year=1971');
  });

  it('leaves the year out while playing, so the address does not change every frame', () => {
    expect(searchFromState(stateWith({ year: 1990, playing: true, range: { from: 1971, to: 2024 }, speed: 'slow', loop: true }), years, undefined, 'en')).toBe(
      '?play=1&from=1971&to=2024&speed=slow&loop=1',
    );
  });

  it('round-trips through parseSearch', () => {
    for (const state of [
      stateWith({ selected: 'TUV', layers: ['partner', 'visa-arrival'], year: 1971 }),
      stateWith({ layers: [] }),
      stateWith({ selected: 'AUS', year: 2000, range: { from: 1960, to: 2010 }, speed: 'fast' }),
      stateWith({ playing: true, year: 1971, range: { from: 1971, to: 2024 }, loop: true }),
    ]) {
      expect(stateFromSearch(parseSearch(searchFromState(state, years), context), years, 'en')).toEqual(state);
    }
  });
});

describe('?lang=', () => {
  it('reads en and zh-TW in any case, and zh-Hant as zh-TW', () => {
    expect(parseSearch('?lang=zh-tw', context).lang).toEqual({ status: 'valid', value: 'zh-TW' });
    expect(parseSearch('?lang=zh-Hant', context).lang).toEqual({ status: 'valid', value: 'zh-TW' });
    expect(parseSearch('?lang=EN', context).lang).toEqual({ status: 'valid', value: 'en' });
  });

  it('refuses other languages, in both languages, and falls back to the default', () => {
    const parsed = parseSearch('?lang=fr', context);
    expect(parsed.lang).toEqual({ status: 'invalid', raw: 'fr', reason: { code: 'not-one-of', values: ['en', 'zh-TW'] } });
    expect(stateFromSearch(parsed, years, 'zh-TW').lang).toBe('zh-TW');
    const problems = describeUrlProblems(parsed, { status: 'missing' });
    expect(problems).toEqual([{ code: 'param', key: 'lang', raw: 'fr', reason: { code: 'not-one-of', values: ['en', 'zh-TW'] } }]);
    expect(inWords(problems, 'en')).toEqual(['Ignored lang "fr" is not one of en, zh-TW.']);
    expect(inWords(problems, 'zh-TW')).toEqual(['已忽略：lang「fr」不是 en、zh-TW 之一。']);
  });

  it('leaves the language out of the address when it is the default, and always writes it when there is none (links to share)', () => {
    const chinese = stateWith({ lang: 'zh-TW', year: 1971 });
    expect(searchFromState(chinese, years, undefined, 'zh-TW')).toBe('?year=1971');
    expect(searchFromState(chinese, years, undefined, 'en')).toBe('?lang=zh-TW&year=1971');
    expect(searchFromState(stateWith({}), years)).toBe('?lang=en');
    expect(stateFromSearch(parseSearch(searchFromState(chinese, years), context), years, 'en')).toEqual(chinese);
  });
});

describe('?view=', () => {
  it('reads table or map, writes only table, and refuses anything else with a notice', () => {
    expect(parseSearch('?view=Table', context).view).toEqual({ status: 'valid', value: 'table' });
    expect(searchFromState(stateWith({ view: 'table', year: 1971 }), years, undefined, 'en')).toBe('?view=table&year=1971');
    expect(searchFromState(stateWith({ view: 'map' }), years, undefined, 'en')).toBe('');
    expect(searchFromState(stateWith({ view: 'table' }), years, { embed: true, controls: 'none' }, 'en')).toBe('?embed=1');
    const parsed = parseSearch('?view=globe', context);
    expect(stateFromSearch(parsed, years, 'en').view).toBe('map');
    expect(inWords(describeUrlProblems(parsed, { status: 'missing' }))).toEqual(['Ignored view "globe" is not one of map, table, method.']);
    // The Method and sources view is a view of its own, in the address like the table.
    expect(parseSearch('?view=method', context).view).toEqual({ status: 'valid', value: 'method' });
    expect(searchFromState(stateWith({ view: 'method' }), years, undefined, 'en')).toBe('?view=method');
  });
});

describe('?projection=', () => {
  it('reads globe or mercator in any case, writes only globe, and refuses anything else with a notice in both languages', () => {
    expect(parseSearch('?projection=Globe', context).projection).toEqual({ status: 'valid', value: 'globe' });
    expect(stateFromSearch(parseSearch('?projection=globe', context), years, 'en').projection).toBe('globe');
    expect(searchFromState(stateWith({ projection: 'globe', year: 1971 }), years, undefined, 'en')).toBe('?projection=globe&year=1971');
    expect(searchFromState(stateWith({ projection: 'mercator' }), years, undefined, 'en')).toBe('');
    // The embed view keeps it: an article can embed the globe.
    expect(searchFromState(stateWith({ projection: 'globe' }), years, { embed: true, controls: 'none' }, 'en')).toBe('?embed=1&projection=globe');
    const parsed = parseSearch('?projection=sphere', context);
    expect(stateFromSearch(parsed, years, 'en').projection).toBe('mercator');
    expect(inWords(describeUrlProblems(parsed, { status: 'missing' }))).toEqual(['Ignored projection "sphere" is not one of mercator, globe.']);
    expect(inWords(describeUrlProblems(parsed, { status: 'missing' }), 'zh-TW')).toHaveLength(1);
  });
});

describe('?theme=', () => {
  it('reads light, dark or auto in any case, writes only dark and auto, and refuses anything else with a notice', () => {
    expect(parseSearch('?theme=Dark', context).theme).toEqual({ status: 'valid', value: 'dark' });
    expect(stateFromSearch(parseSearch('?theme=auto', context), years, 'en').theme).toBe('auto');
    expect(stateFromSearch(parseSearch('', context), years, 'en').theme).toBe('light');
    expect(searchFromState(stateWith({ theme: 'dark' }), years, undefined, 'en')).toBe('?theme=dark');
    expect(searchFromState(stateWith({ theme: 'light' }), years, undefined, 'en')).toBe('');
    // The embed view keeps it: a dark article can embed a dark map.
    expect(searchFromState(stateWith({ theme: 'auto' }), years, { embed: true, controls: 'none' }, 'en')).toBe('?embed=1&theme=auto');
    const parsed = parseSearch('?theme=night', context);
    expect(stateFromSearch(parsed, years, 'en').theme).toBe('light');
    expect(inWords(describeUrlProblems(parsed, { status: 'missing' }))).toEqual(['Ignored theme "night" is not one of light, dark, auto.']);
    expect(inWords(describeUrlProblems(parsed, { status: 'missing' }), 'zh-TW')).toHaveLength(1);
  });
});

describe('describeUrlProblems(parsed, camera)', () => {
  it('says which parts of a bad URL were ignored', () => {
    const problems = describeUrlProblems(parseSearch('?country=XXX&show=bogus&year=1066&zzz=1', context), parseCameraHash('#99/999/abc'));
    expect(problems).toHaveLength(5);
    expect(inWords(problems).join(' ')).toMatch(/country "XXX".*show "bogus".*year "1066" is not a year from 1949 to 2026.*"zzz".*map position/);
  });
});

/** For each parameter, a view that puts it in the address. Keyed by the table, so a new parameter needs one here. */
const VIEW_NEEDING: Record<ParamKey, { state: typeof defaults; presentation?: Presentation; track?: TrackAddress }> = {
  lang: { state: stateWith({ lang: 'zh-TW' }) },
  embed: { state: defaults, presentation: { embed: true, controls: 'none' } },
  controls: { state: defaults, presentation: { embed: true, controls: 'timeline' } },
  view: { state: stateWith({ view: 'table' }) },
  projection: { state: stateWith({ projection: 'globe' }) },
  theme: { state: stateWith({ theme: 'dark' }) },
  country: { state: stateWith({ selected: 'PRY' }) },
  show: { state: stateWith({ layers: ['ally'] }) },
  year: { state: stateWith({ year: 1971 }) },
  compare: { state: stateWith({ compare: 1971 }) },
  swipe: { state: stateWith({ compare: 1971, compareMode: 'swipe' }) },
  play: { state: stateWith({ playing: true, year: years.from }) },
  from: { state: stateWith({ range: { from: 1971, to: years.to } }) },
  to: { state: stateWith({ year: 2000, range: { from: years.from, to: 2000 } }) },
  speed: { state: stateWith({ speed: 'fast' }) },
  loop: { state: stateWith({ loop: true }) },
  hold: { state: stateWith({ hold: 2 }) },
  story: { state: defaults, track: { ...NO_TRACK, story: 'nauru' } },
  track: { state: defaults, track: { ...NO_TRACK, track: 'q1ZKy0kt' } },
  at: { state: defaults, track: { ...NO_TRACK, story: 'nauru', at: 3 } },
  autoplay: { state: defaults, track: { ...NO_TRACK, story: 'nauru', autoplay: true } },
  step: { state: defaults, track: { ...NO_TRACK, story: 'nauru', autoplay: true, stepSeconds: 5 } },
};

/** The parameters a view needs written before `key` for `key` to mean anything. */
const WRITTEN_WITH: Partial<Record<ParamKey, ParamKey[]>> = {
  controls: ['embed'],
  swipe: ['compare'],
  at: ['story'],
  autoplay: ['story'],
  step: ['story', 'autoplay'],
};

describe('the table of parameters (URL_PARAMS)', () => {
  it('writes each parameter for a view away from its default, and reads it back as that view, with no notice', () => {
    for (const key of PARAM_KEYS) {
      const { state, presentation = FULL_APP, track = null } = VIEW_NEEDING[key];
      const search = searchFromState(state, years, presentation, 'en', track);
      const parsed = parseSearch(search, context);
      expect([...new URLSearchParams(search).keys()], key).toEqual([...(WRITTEN_WITH[key] ?? []), key]);
      expect(trackFromSearch(parsed), search).toEqual(track);
      expect(parsed[key].status, search).toBe('valid');
      expect(describeUrlProblems(parsed, { status: 'missing' }), search).toEqual([]);
      expect(stateFromSearch(parsed, years, 'en'), search).toEqual(state);
      expect(presentationFromSearch(parsed), search).toEqual(presentation);
    }
  });

  it('writes the address in the table’s order', () => {
    const state = stateWith({
      lang: 'zh-TW',
      view: 'table',
      projection: 'globe',
      theme: 'auto',
      selected: 'PRY',
      layers: ['ally'],
      year: 1971,
      compare: 2000,
      compareMode: 'swipe',
      range: { from: 1960, to: 2000 },
      speed: 'fast',
      loop: true,
      hold: 2,
    });
    const keys = [...new URLSearchParams(searchFromState(state, years, FULL_APP, 'en')).keys()];
    expect(keys).toEqual(PARAM_KEYS.filter((key) => !['embed', 'controls', 'play', 'story', 'track', 'at', 'autoplay', 'step'].includes(key)));
  });

  it('lists refused parameters in the table’s order, whatever their order in the query', () => {
    const search = `?${[...PARAM_KEYS]
      .reverse()
      .map((key) => `${key}=~`)
      .join('&')}`;
    const problems = describeUrlProblems(parseSearch(search, context), { status: 'missing' });
    expect(problems.map((problem) => (problem.code === 'param' ? problem.key : problem.code))).toEqual(PARAM_KEYS);
  });

  it('knows every name in the table, and reports any other as an unknown parameter', () => {
    for (const key of PARAM_KEYS) expect(parseSearch(`?${key}=`, context).unknown, key).toEqual([]);
    const problems = describeUrlProblems(parseSearch('?zoom=3&Country=PRY&__proto__=1', context), { status: 'missing' });
    expect(problems).toEqual([{ code: 'unknown-params', keys: ['zoom', 'Country', '__proto__'] }]);
    expect(inWords(problems)).toEqual(['Ignored unknown parameters "zoom", "Country", "__proto__".']);
  });
});

describe('?story=, ?track=, ?at=, ?autoplay=, ?step=', () => {
  it('reads a story with its step and autoplay, and a track link when no story is named', () => {
    expect(trackFromSearch(parseSearch('?story=Nauru&at=3&autoplay=1&step=5', context))).toEqual({
      story: 'nauru',
      track: null,
      at: 3,
      autoplay: true,
      stepSeconds: 5,
      loop: false,
    });
    expect(trackFromSearch(parseSearch('?track=q1ZKy0kt', context))).toMatchObject({ story: null, track: 'q1ZKy0kt', at: 1 });
    expect(trackFromSearch(parseSearch('?at=3', context))).toBeNull();
  });

  it('refuses a track link past the size limit, or one that is not base64url, with a notice in both languages', () => {
    const long = parseSearch(`?track=${'A'.repeat(7000)}`, context);
    expect(trackFromSearch(long)).toBeNull();
    expect(inWords(describeUrlProblems(long, { status: 'missing' }))[0]).toMatch(
      /^Ignored track "A{20}…" is longer than the 6000 characters a track link may hold/,
    );
    const cut = parseSearch('?track=ab%2Bcd', context);
    expect(inWords(describeUrlProblems(cut, { status: 'missing' }), 'zh-TW')).toEqual(['已忽略：track「ab+cd」不是導覽連結（可能在複製時被截斷）。']);
  });

  it('refuses a step number or seconds out of range', () => {
    const parsed = parseSearch('?story=nauru&at=0&step=1', context);
    expect(trackFromSearch(parsed)).toMatchObject({ at: 1, stepSeconds: 8 });
    expect(inWords(describeUrlProblems(parsed, { status: 'missing' }))).toEqual([
      'Ignored at "0" is not a step number from 1 to 60.',
      'Ignored step "1" is not a whole number of seconds from 2 to 600.',
    ]);
  });
});
