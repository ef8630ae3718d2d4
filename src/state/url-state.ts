import type { Locale } from '../i18n/locale.ts';
import type { YearRange } from '../data/year-range.ts';
import { DEFAULT_HOLD_SECONDS, PLAY_SPEEDS } from './playback.ts';
import { DEFAULT_LAYERS, DEFAULT_SPEED, PROJECTIONS, THEMES, VIEW_MODES, type UrlBackedState } from './store.ts';
import { invalid, type Param } from './url/param.ts';
import { parseShow, showText } from './url/show-param.ts';
import { parseCountry, parseFlag, parseHold, parseLang, parseOneOf, parseYear } from './url/value-parsers.ts';
import { NO_TRACK, parseStepNumber, parseStepSeconds, parseStoryId, parseTrackParam, type TrackAddress } from './tracks/track-address.ts';

/**
 * The one place that reads and writes the URL's query. URL_PARAMS is its table of parameters:
 * the parsed query's type, the names the app knows, parsing, the order of notices and the address
 * written are all derived from it, so a new parameter is one entry there (plus, for a new kind of
 * refusal, a reason code in url/param.ts and its words; for new state, its field in
 * stateFromSearch, which the type check asks for). Each parameter parses to valid, invalid or
 * missing; defaults are never written. The camera travels in the hash (url/camera-hash.ts).
 */

/** Which controls the embed view shows under its map. */
export const EMBED_CONTROLS = ['none', 'timeline'] as const;
export type EmbedControls = (typeof EMBED_CONTROLS)[number];

/**
 * How the page is presented, fixed for the page's life: the full app, or the embed view for
 * articles and slides. Not in the store (nothing changes it), but carried in every address written.
 */
export interface Presentation {
  embed: boolean;
  controls: EmbedControls;
}

export const FULL_APP: Presentation = { embed: false, controls: 'none' };

/** What parsing needs to know: which codes are countries, and the timeline's years. */
export interface UrlContext {
  isCountry: (iso3: string) => boolean;
  years: YearRange;
}

/** What writing an address needs to know. */
export interface AddressInput {
  state: UrlBackedState;
  years: YearRange;
  presentation: Presentation;
  /** The language left out of the address (the browser's); null writes it always (links to share). */
  defaultLang: Locale | null;
  /** The open talk track, if any (tracks/track-address.ts). */
  track?: TrackAddress | null;
}

/** One parameter: how its text is read, and the text written for a view (null leaves it out, at its default). */
interface ParamSpec {
  read: (raw: string, context: UrlContext) => Param<unknown>;
  write: (input: AddressInput) => string | null;
}

/** The URL's parameters, in the order the address is written and the notices are listed. */
export const URL_PARAMS = {
  /** `en` or `zh-TW`; without it, the browser's language. Links to share always carry it. */
  lang: { read: parseLang, write: ({ state, defaultLang }) => (state.lang === defaultLang ? null : state.lang) },
  /** `1`: the embed view, without page chrome, for articles and slides. */
  embed: { read: parseFlag, write: ({ presentation }) => (presentation.embed ? '1' : null) },
  /** What the embed view shows under its map (`timeline` or `none`); nothing outside it. */
  controls: {
    read: parseOneOf(EMBED_CONTROLS),
    write: ({ presentation: { embed, controls } }) => (embed && controls !== FULL_APP.controls ? controls : null),
  },
  /** `table` or `method` instead of the map; the embed view is always the map. */
  view: { read: parseOneOf(VIEW_MODES), write: ({ state, presentation }) => (state.view !== 'map' && !presentation.embed ? state.view : null) },
  /** `globe` draws the map as a globe (the default is the flat Mercator map). */
  projection: { read: parseOneOf(PROJECTIONS), write: ({ state }) => (state.projection === 'globe' ? state.projection : null) },
  /** `dark`, or `auto` to follow the reader's `prefers-color-scheme` (the default is light), in the full app and the embed view alike. */
  theme: { read: parseOneOf(THEMES), write: ({ state }) => (state.theme === 'light' ? null : state.theme) },
  /** The open details panel, by ISO 3166-1 alpha-3. */
  country: { read: (raw, { isCountry }) => parseCountry(raw, isCountry), write: ({ state }) => state.selected || null },
  /** The layers shown, e.g. `ally,partner,visa,nsp` (`visa` = its three levels; also `all` and `none`). */
  show: { read: parseShow, write: ({ state }) => showText(state.layers) },
  /** The timeline's year (default: the last). Left out while playing: the address would change every frame, and the link replays from `from`. */
  year: {
    read: (raw, { years }) => parseYear(raw, years),
    write: ({ state }) => (state.playing || state.year === state.range.to ? null : String(state.year)),
  },
  /** A second year to compare the first with (the compare view), e.g. `compare=1971`. */
  compare: { read: (raw, { years }) => parseYear(raw, years), write: ({ state }) => (state.compare === null ? null : String(state.compare)) },
  /** `1`: the compare view's maps one over the other with a swipe divider, instead of side by side. */
  swipe: { read: parseFlag, write: ({ state }) => (state.compare !== null && state.compareMode === 'swipe' ? '1' : null) },
  /** `1`: playback on load. */
  play: { read: parseFlag, write: ({ state }) => (state.playing ? '1' : null) },
  /** The years playback runs through, at least two (checkRange). */
  from: { read: (raw, { years }) => parseYear(raw, years), write: ({ state, years }) => (state.range.from === years.from ? null : String(state.range.from)) },
  to: { read: (raw, { years }) => parseYear(raw, years), write: ({ state, years }) => (state.range.to === years.to ? null : String(state.range.to)) },
  speed: { read: parseOneOf(PLAY_SPEEDS), write: ({ state }) => (state.speed === DEFAULT_SPEED ? null : state.speed) },
  /** `1`: playback starts again after the last year; a track running on its own starts again after its last step. */
  loop: { read: parseFlag, write: ({ state, track }) => (state.loop || (track?.autoplay && track.loop) ? '1' : null) },
  /** Seconds the last year holds before a loop starts again. */
  hold: { read: parseHold, write: ({ state }) => (state.hold === DEFAULT_HOLD_SECONDS ? null : String(state.hold)) },
  /** A built-in talk track by id (README, "Talk tracks"), e.g. `story=collapse-1971`. */
  story: { read: parseStoryId, write: ({ track }) => track?.story ?? null },
  /** A talk track carried in the link itself: its JSON compressed (deflate-raw) in base64url. */
  track: { read: parseTrackParam, write: ({ track }) => (track?.story ? null : (track?.track ?? null)) },
  /** The track's step shown, from 1. */
  at: { read: parseStepNumber, write: ({ track }) => (track && (track.story || track.track) && track.at !== NO_TRACK.at ? String(track.at) : null) },
  /** `1`: the track runs on its own, with the controls hidden (with `loop=1`, again and again). */
  autoplay: { read: parseFlag, write: ({ track }) => (track && (track.story || track.track) && track.autoplay ? '1' : null) },
  /** Seconds each step shows while the track runs on its own. */
  step: {
    read: parseStepSeconds,
    write: ({ track }) => (track?.autoplay && track.stepSeconds !== NO_TRACK.stepSeconds ? String(track.stepSeconds) : null),
  },
} satisfies Record<string, ParamSpec>;

export type ParamKey = keyof typeof URL_PARAMS;
export const PARAM_KEYS = Object.keys(URL_PARAMS) as ParamKey[];

/** The query string, parameter by parameter, and the names the app does not know. */
export type ParsedSearch = { [K in ParamKey]: ReturnType<(typeof URL_PARAMS)[K]['read']> } & { unknown: string[] };

export function parseSearch(search: string, context: UrlContext): ParsedSearch {
  const params = new URLSearchParams(search);
  const read = (key: ParamKey) => {
    const raw = params.get(key);
    return raw === null ? { status: 'missing' } : URL_PARAMS[key].read(raw, context);
  };
  const parsed = Object.fromEntries(PARAM_KEYS.map((key) => [key, read(key)])) as Omit<ParsedSearch, 'unknown'>;
  return {
    ...parsed,
    ...checkRange(parsed, context.years),
    unknown: [...new Set(params.keys())].filter((key) => !Object.hasOwn(URL_PARAMS, key)),
  };
}

/** The playback range must hold at least two years, whichever ends are given. */
function checkRange({ from, to }: Pick<ParsedSearch, 'from' | 'to'>, years: YearRange): Pick<ParsedSearch, 'from' | 'to'> {
  const first = from.status === 'valid' ? from.value : years.from;
  if (to.status === 'valid' && to.value <= first) {
    to = invalid(String(to.value), from.status === 'valid' ? { code: 'must-follow-from', from: first } : { code: 'must-follow-first-year', year: first });
  }
  // Checked after `to`: a `to` just refused leaves `from` to run to the last year.
  if (from.status === 'valid' && to.status !== 'valid' && from.value >= years.to) {
    from = invalid(String(from.value), { code: 'must-precede-last-year', year: years.to });
  }
  return { from, to };
}

/**
 * The query string for a state, parameters in the table's order, those at their default left out.
 * The language is left out when it is `defaultLang` (the browser's, for the address bar); links to
 * share pass null, so they always carry it: the reader sees the language the sender chose.
 */
export function searchFromState(
  state: UrlBackedState,
  years: YearRange,
  presentation: Presentation = FULL_APP,
  defaultLang: Locale | null = null,
  track: TrackAddress | null = null,
): string {
  const params = new URLSearchParams();
  for (const key of PARAM_KEYS) {
    const text = URL_PARAMS[key].write({ state, years, presentation, defaultLang, track });
    if (text !== null) params.set(key, text);
  }
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

const valueOr = <T>(param: Param<T>, fallback: T): T => (param.status === 'valid' ? param.value : fallback);

/**
 * The state a parsed URL asks for, with defaults where a parameter is missing or invalid. Without
 * a year, playback starts from the range's first year and a still view shows its last.
 */
export function stateFromSearch(parsed: ParsedSearch, years: YearRange, defaultLang: Locale): UrlBackedState {
  const range = { from: valueOr(parsed.from, years.from), to: valueOr(parsed.to, years.to) };
  const playing = valueOr(parsed.play, false);
  const compare = valueOr(parsed.compare, null);
  return {
    selected: valueOr(parsed.country, null),
    layers: valueOr(parsed.show, [...DEFAULT_LAYERS]),
    year: valueOr(parsed.year, playing ? range.from : range.to),
    compare,
    // The swipe only means something with a second year, like `controls` outside the embed view.
    compareMode: compare !== null && valueOr(parsed.swipe, false) ? 'swipe' : 'side',
    playing,
    speed: valueOr(parsed.speed, DEFAULT_SPEED),
    loop: valueOr(parsed.loop, false),
    hold: valueOr(parsed.hold, DEFAULT_HOLD_SECONDS),
    range,
    lang: valueOr(parsed.lang, defaultLang),
    view: valueOr(parsed.view, 'map'),
    projection: valueOr(parsed.projection, 'mercator'),
    theme: valueOr(parsed.theme, 'light'),
  };
}

/** The presentation a parsed URL asks for; `controls` only means something in the embed view. */
export function presentationFromSearch(parsed: ParsedSearch): Presentation {
  const embed = valueOr(parsed.embed, false);
  return { embed, controls: embed ? valueOr(parsed.controls, FULL_APP.controls) : FULL_APP.controls };
}

/** The talk track a parsed URL asks for, or null when it names none (a valid `story` wins over `track`). */
export function trackFromSearch(parsed: ParsedSearch): TrackAddress | null {
  const story = valueOr(parsed.story, null);
  const track = story === null ? valueOr(parsed.track, null) : null;
  if (story === null && track === null) return null;
  return {
    story,
    track,
    at: valueOr(parsed.at, NO_TRACK.at),
    autoplay: valueOr(parsed.autoplay, false),
    stepSeconds: valueOr(parsed.step, NO_TRACK.stepSeconds),
    loop: valueOr(parsed.loop, false),
  };
}
