import { MAX_ZOOM, type Camera } from '../map/camera.ts';
import { LAYER_IDS, VISA_LAYER_IDS, type LayerId } from '../data/layers.ts';
import { LOCALES, localized, parseLocale, type Locale, type Localized } from '../i18n/locale.ts';
import { messagesFor } from '../i18n/messages.ts';
import type { CommonMessages } from '../i18n/messages/common.ts';
import { DEFAULT_HOLD_SECONDS, MAX_HOLD_SECONDS, PLAY_SPEEDS, type PlaySpeed, type YearRange } from './playback.ts';
import { DEFAULT_LAYERS, DEFAULT_SPEED, VIEW_MODES, type UrlBackedState, type ViewMode } from './store.ts';

/**
 * The one place that reads and writes the URL. Readable parameters:
 *   ?country=PRY              the open details panel (ISO 3166-1 alpha-3)
 *   ?show=ally,partner,visa,nsp   visible layers (`visa` = all three visa levels; `none` = no layer)
 *   ?year=1971                the timeline's year (default: the last year, today)
 *   ?play=1&from=1971&to=2024&speed=fast&loop=1&hold=2   playback: on load, through a range, speed,
 *                            loop, and seconds the last year holds before the loop starts again
 *   ?embed=1&controls=timeline   the embed view (no page chrome), with the timeline or `none`
 *   ?lang=zh-TW               the language (`en` or `zh-TW`; default: the browser's)
 *   ?view=table               the view as a table instead of the map
 *   #zoom/lat/lng             the camera, in MapLibre's hash format
 * Each parameter parses to valid, invalid or missing; defaults are never written.
 */
export type Param<T> = { status: 'missing' } | { status: 'valid'; value: T } | { status: 'invalid'; raw: string; reason: Localized };

/** Why a value was refused, in both languages (the notice follows the language switch). */
const because = (reason: (messages: CommonMessages['url'], locale: Locale) => string): Localized =>
  localized((locale) => reason(messagesFor(locale).common.url, locale));

/** The query string, parameter by parameter. */
export interface ParsedSearch {
  country: Param<string>;
  /** Valid layers; `rejected` lists tokens that were ignored. */
  show: Param<LayerId[]> & { rejected?: string[] };
  year: Param<number>;
  play: Param<boolean>;
  from: Param<number>;
  to: Param<number>;
  speed: Param<PlaySpeed>;
  loop: Param<boolean>;
  hold: Param<number>;
  embed: Param<boolean>;
  controls: Param<EmbedControls>;
  lang: Param<Locale>;
  view: Param<ViewMode>;
  /** Parameter names the app does not know. */
  unknown: string[];
}

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

const KNOWN_PARAMS = ['lang', 'view', 'embed', 'controls', 'country', 'show', 'year', 'play', 'from', 'to', 'speed', 'loop', 'hold'];
const MAX_PARAM_LENGTH = 200;
// Maps, not plain objects: a lookup of `constructor` or `__proto__` must find nothing.
const SHOW_GROUPS = new Map<string, readonly LayerId[]>([
  ['visa', VISA_LAYER_IDS],
  ['all', LAYER_IDS],
  ['none', []],
]);

export function parseCountry(raw: string | null, isCountry: (iso3: string) => boolean): Param<string> {
  if (raw === null) return { status: 'missing' };
  const code = raw.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return { status: 'invalid', raw, reason: because((m) => m.notCountryCode) };
  if (!isCountry(code)) return { status: 'invalid', raw, reason: because((m) => m.notOnMap) };
  return { status: 'valid', value: code };
}

export function parseShow(raw: string | null): ParsedSearch['show'] {
  if (raw === null) return { status: 'missing' };
  if (raw.length > MAX_PARAM_LENGTH) return { status: 'invalid', raw, reason: because((m) => m.tooLong) };
  if (raw.trim() === '') return { status: 'invalid', raw, reason: because((m) => m.emptyShow) };
  const tokens = raw.split(',').map((token) => token.trim().toLowerCase()).filter(Boolean);
  const layers = new Set<LayerId>();
  const rejected: string[] = [];
  for (const token of tokens) {
    const group = SHOW_GROUPS.get(token);
    if (group) group.forEach((layer) => layers.add(layer));
    else if ((LAYER_IDS as readonly string[]).includes(token)) layers.add(token as LayerId);
    else rejected.push(token);
  }
  if (rejected.length > 0 && layers.size === 0 && !tokens.includes('none')) {
    return { status: 'invalid', raw, reason: because((m) => m.noKnownLayer([...LAYER_IDS, 'visa'])) };
  }
  const value = LAYER_IDS.filter((id) => layers.has(id));
  return rejected.length > 0 ? { status: 'valid', value, rejected } : { status: 'valid', value };
}

/** A year of the timeline, written as four digits. */
export function parseYear(raw: string | null, years: YearRange): Param<number> {
  if (raw === null) return { status: 'missing' };
  const text = raw.trim();
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < years.from || year > years.to) {
    return { status: 'invalid', raw, reason: because((m) => m.notYear(years.from, years.to)) };
  }
  return { status: 'valid', value: year };
}

const FLAGS = new Map<string, boolean>([
  ['1', true],
  ['true', true],
  ['yes', true],
  ['0', false],
  ['false', false],
  ['no', false],
]);

export function parseFlag(raw: string | null): Param<boolean> {
  if (raw === null) return { status: 'missing' };
  const value = FLAGS.get(raw.trim().toLowerCase());
  return value === undefined ? { status: 'invalid', raw, reason: because((m) => m.notFlag) } : { status: 'valid', value };
}

export function parseSpeed(raw: string | null): Param<PlaySpeed> {
  if (raw === null) return { status: 'missing' };
  const speed = raw.trim().toLowerCase();
  return (PLAY_SPEEDS as readonly string[]).includes(speed)
    ? { status: 'valid', value: speed as PlaySpeed }
    : { status: 'invalid', raw, reason: because((m) => m.notOneOf(PLAY_SPEEDS)) };
}

/** Seconds, as a plain decimal number from 0 to MAX_HOLD_SECONDS. */
export function parseHold(raw: string | null): Param<number> {
  if (raw === null) return { status: 'missing' };
  const text = raw.trim();
  const seconds = Number(text);
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(text) || seconds > MAX_HOLD_SECONDS) {
    return { status: 'invalid', raw, reason: because((m) => m.notSeconds(MAX_HOLD_SECONDS)) };
  }
  return { status: 'valid', value: seconds };
}

export function parseControls(raw: string | null): Param<EmbedControls> {
  if (raw === null) return { status: 'missing' };
  const value = raw.trim().toLowerCase();
  return (EMBED_CONTROLS as readonly string[]).includes(value)
    ? { status: 'valid', value: value as EmbedControls }
    : { status: 'invalid', raw, reason: because((m) => m.notOneOf(EMBED_CONTROLS)) };
}

export function parseLang(raw: string | null): Param<Locale> {
  if (raw === null) return { status: 'missing' };
  const locale = parseLocale(raw);
  return locale ? { status: 'valid', value: locale } : { status: 'invalid', raw, reason: because((m) => m.notOneOf(LOCALES)) };
}

export function parseView(raw: string | null): Param<ViewMode> {
  if (raw === null) return { status: 'missing' };
  const value = raw.trim().toLowerCase();
  return (VIEW_MODES as readonly string[]).includes(value)
    ? { status: 'valid', value: value as ViewMode }
    : { status: 'invalid', raw, reason: because((m) => m.notOneOf(VIEW_MODES)) };
}

export function parseSearch(search: string, { isCountry, years }: UrlContext): ParsedSearch {
  const params = new URLSearchParams(search);
  let from = parseYear(params.get('from'), years);
  let to = parseYear(params.get('to'), years);
  // The range must hold at least two years, whichever ends are given.
  const first = from.status === 'valid' ? from.value : years.from;
  if (to.status === 'valid' && to.value <= first) {
    to = { status: 'invalid', raw: String(to.value), reason: because((m) => (from.status === 'valid' ? m.mustFollowFrom(first) : m.mustFollowFirstYear(first))) };
  }
  // Checked after `to`: a `to` just refused leaves `from` to run to the last year.
  if (from.status === 'valid' && to.status !== 'valid' && from.value >= years.to) {
    from = { status: 'invalid', raw: String(from.value), reason: because((m) => m.mustPrecedeLastYear(years.to)) };
  }
  return {
    country: parseCountry(params.get('country'), isCountry),
    show: parseShow(params.get('show')),
    year: parseYear(params.get('year'), years),
    play: parseFlag(params.get('play')),
    from,
    to,
    speed: parseSpeed(params.get('speed')),
    loop: parseFlag(params.get('loop')),
    hold: parseHold(params.get('hold')),
    embed: parseFlag(params.get('embed')),
    controls: parseControls(params.get('controls')),
    lang: parseLang(params.get('lang')),
    view: parseView(params.get('view')),
    unknown: [...new Set(params.keys())].filter((key) => !KNOWN_PARAMS.includes(key)),
  };
}

/** Camera from MapLibre's hash format `#zoom/lat/lng` (bearing and pitch, if present, are ignored). */
export function parseCameraHash(hash: string): Param<Camera> {
  const raw = hash.replace(/^#/, '');
  if (raw === '') return { status: 'missing' };
  const parts = raw.split('/');
  const [zoom, lat, lng] = parts.slice(0, 3).map(Number);
  // Plain decimals only: Number() would also read '' as 0 and 0x2 as 2.
  const decimals = parts.slice(0, 3).every((part) => /^-?\d+(\.\d+)?$/.test(part));
  if (parts.length < 3 || parts.length > 5 || !decimals || ![zoom, lat, lng].every(Number.isFinite)) {
    return { status: 'invalid', raw, reason: because((m) => m.notCamera) };
  }
  if (zoom < 0 || zoom > MAX_ZOOM) return { status: 'invalid', raw, reason: because((m) => m.zoomOutOfRange(MAX_ZOOM)) };
  if (Math.abs(lat) > 85 || Math.abs(lng) > 180) return { status: 'invalid', raw, reason: because((m) => m.positionOutOfRange) };
  return { status: 'valid', value: { zoom, lat, lng } };
}

/** MapLibre's hash format, with precision that shrinks as the view zooms out. */
export function formatCameraHash({ zoom, lat, lng }: Camera): string {
  const precision = Math.max(0, Math.ceil(Math.log(zoom + 1) / Math.LN2));
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  return `#${Math.round(zoom * 100) / 100}/${lat.toFixed(precision)}/${wrapped.toFixed(precision)}`;
}

const valueOr = <T>(param: Param<T>, fallback: T): T => (param.status === 'valid' ? param.value : fallback);

/**
 * The state a parsed URL asks for, with defaults where a parameter is missing or invalid. Without
 * a year, playback starts from the range's first year and a still view shows its last.
 */
export function stateFromSearch(parsed: ParsedSearch, years: YearRange, defaultLang: Locale): UrlBackedState {
  const range = { from: valueOr(parsed.from, years.from), to: valueOr(parsed.to, years.to) };
  const playing = valueOr(parsed.play, false);
  return {
    selected: valueOr(parsed.country, null),
    layers: valueOr(parsed.show, [...DEFAULT_LAYERS]),
    year: valueOr(parsed.year, playing ? range.from : range.to),
    playing,
    speed: valueOr(parsed.speed, DEFAULT_SPEED),
    loop: valueOr(parsed.loop, false),
    hold: valueOr(parsed.hold, DEFAULT_HOLD_SECONDS),
    range,
    lang: valueOr(parsed.lang, defaultLang),
    view: valueOr(parsed.view, 'map'),
  };
}

/** The presentation a parsed URL asks for; `controls` only means something in the embed view. */
export function presentationFromSearch(parsed: ParsedSearch): Presentation {
  const embed = valueOr(parsed.embed, false);
  return { embed, controls: embed ? valueOr(parsed.controls, FULL_APP.controls) : FULL_APP.controls };
}

/** One readable sentence per ignored parameter, for the notice bar, in both languages. */
export function describeUrlProblems(parsed: ParsedSearch, camera: Param<Camera>): Localized[] {
  const problems: Localized[] = [];
  const add = (sentence: (m: CommonMessages['url'], locale: Locale) => string) => problems.push(because((m, locale) => m.ignored(sentence(m, locale))));
  for (const key of ['lang', 'view', 'country', 'show', 'embed', 'controls', 'year', 'play', 'from', 'to', 'speed', 'loop', 'hold'] as const) {
    const param = parsed[key];
    if (param.status === 'invalid') add((m, locale) => m.param(key, param.raw, param.reason[locale]));
  }
  const rejected = parsed.show.rejected;
  if (rejected?.length) add((m) => m.unknownLayers(rejected));
  if (parsed.unknown.length) add((m) => m.unknownParams(parsed.unknown.slice(0, 5)));
  if (camera.status === 'invalid') add((m, locale) => m.mapPosition(camera.raw, camera.reason[locale]));
  return problems;
}

/**
 * The query string for a state; parameters at their default are left out. While playing, the
 * year is left out too (the address would change every frame; the link replays from `from`).
 * The language is left out when it is `defaultLang` (the browser's, for the address bar); links
 * to share pass null, so they always carry it: the reader sees the language the sender chose.
 */
export function searchFromState(state: UrlBackedState, years: YearRange, presentation: Presentation = FULL_APP, defaultLang: Locale | null = null): string {
  const { selected, layers, year, playing, speed, loop, hold, range, lang, view } = state;
  const params = new URLSearchParams();
  if (lang !== defaultLang) params.set('lang', lang);
  if (presentation.embed) params.set('embed', '1');
  if (presentation.embed && presentation.controls !== FULL_APP.controls) params.set('controls', presentation.controls);
  // The embed view is always the map; the table belongs to the full app.
  if (view !== 'map' && !presentation.embed) params.set('view', view);
  if (selected) params.set('country', selected);
  const isDefault = layers.length === DEFAULT_LAYERS.length && DEFAULT_LAYERS.every((id) => layers.includes(id));
  if (!isDefault) params.set('show', layers.length === 0 ? 'none' : compactLayers(layers).join(','));
  if (!playing && year !== range.to) params.set('year', String(year));
  if (playing) params.set('play', '1');
  if (range.from !== years.from) params.set('from', String(range.from));
  if (range.to !== years.to) params.set('to', String(range.to));
  if (speed !== DEFAULT_SPEED) params.set('speed', speed);
  if (loop) params.set('loop', '1');
  if (hold !== DEFAULT_HOLD_SECONDS) params.set('hold', String(hold));
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/** Layers with the three visa levels folded into `visa` when all are on. */
function compactLayers(layers: readonly LayerId[]): string[] {
  const allVisa = VISA_LAYER_IDS.every((id) => layers.includes(id));
  const tokens: string[] = [];
  for (const id of LAYER_IDS) {
    if (!layers.includes(id)) continue;
    if (allVisa && (VISA_LAYER_IDS as readonly string[]).includes(id)) {
      if (!tokens.includes('visa')) tokens.push('visa');
    } else tokens.push(id);
  }
  return tokens;
}
