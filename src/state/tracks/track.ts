import { LAYER_IDS, type LayerId } from '../../data/layers.ts';
import type { YearRange } from '../../data/year-range.ts';
import { LOCALES, type Localized } from '../../i18n/locale.ts';
import { MAX_ZOOM, MIN_ZOOM, type Camera } from '../../map/camera.ts';
import { COMPARE_MODES, PROJECTIONS, type CompareMode, type Projection } from '../store.ts';

/**
 * A talk track: a list of steps, each setting part of the view, with a caption in both languages.
 * Tracks come from links, files and the built-in stories, so they are data from anywhere: this
 * module reads one by hand (the browser ships no zod), refuses it whole with a reason when any
 * field is wrong, and keeps captions plain text (they are rendered as text, never as HTML, and
 * text that looks like markup or a script address is refused outright).
 */

/** A step's caption: a title and a short text, in English and Traditional Chinese. */
export interface TrackCaption {
  title: Localized;
  text: Localized;
}

/** One moment of a track; every field but the caption is optional and leaves that part of the view as the previous step left it. */
export interface TrackStep {
  year?: number;
  /** Years to play through, from the first; the step ends on the last. */
  play?: YearRange;
  /** A second year beside the first (the compare view), or null to close it. */
  compare?: number | null;
  compareMode?: CompareMode;
  layers?: LayerId[];
  /** The country whose details panel opens, or null to close it. */
  country?: string | null;
  /** Where the map looks; a step without one returns to the default view. */
  camera?: Camera;
  projection?: Projection;
  caption: TrackCaption;
  /** Ids of data/sources.csv behind the caption (the built-in stories give them). */
  sources?: string[];
}

/** A whole track. */
export interface Track {
  version: 1;
  title: Localized;
  steps: TrackStep[];
}

export const TRACK_VERSION = 1;
/** The longest track, in steps: a talk, not a film. */
export const MAX_STEPS = 60;
/** The most characters a track's JSON may hold (a file or a decompressed link). */
export const MAX_TRACK_JSON_CHARS = 64_000;
export const MAX_TITLE_CHARS = 100;
/** About 40 words in English; a Chinese text of the same length is far shorter in characters. */
export const MAX_TEXT_WORDS = 60;
export const MAX_TEXT_CHARS = 400;
const MAX_SOURCES = 12;

/** Why a track was refused: a code and, for a field, where it is (`steps[3].year`). */
export type TrackProblem =
  | { code: 'not-json' }
  | { code: 'too-large'; max: number }
  | { code: 'too-many-steps'; max: number }
  | { code: 'no-steps' }
  | { code: 'wrong-version' }
  | { code: 'bad-field'; path: string }
  | { code: 'unknown-country'; path: string; value: string }
  | { code: 'unknown-layer'; path: string; value: string }
  | { code: 'markup'; path: string }
  | { code: 'too-long'; path: string };

export type TrackResult = { status: 'valid'; track: Track } | { status: 'invalid'; problem: TrackProblem };

/** What reading a track needs to know: the timeline's years and which codes are countries. */
export interface TrackContext {
  years: YearRange;
  isCountry: (iso3: string) => boolean;
  /** A draft in the editor: its titles may still be empty (everything else is checked as usual). */
  draft?: boolean;
}

/** Raised inside the reader to refuse the whole track; never leaves this module. */
class Refusal {
  constructor(readonly problem: TrackProblem) {}
}
const refuse = (problem: TrackProblem): never => {
  throw new Refusal(problem);
};
const badField = (path: string): never => refuse({ code: 'bad-field', path });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const has = (record: Record<string, unknown>, key: string) => Object.hasOwn(record, key) && record[key] !== undefined;

/**
 * Text that a browser or a careless consumer could read as markup or code: tags and comments
 * (`<` and `>` at all), script addresses, inline event handlers and control characters.
 */
// eslint-disable-next-line no-control-regex
const SCRIPT_LIKE = /[<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|javascript:|vbscript:|data:text\/html|\bon[a-z]+\s*=/i;

/** Whether a caption's text is plain: no markup, script address or control character. */
export function isPlainText(text: string): boolean {
  return !SCRIPT_LIKE.test(text);
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function readText(value: unknown, path: string, maxChars: number, required: boolean): string {
  if (typeof value !== 'string') return badField(path);
  const text = value.trim();
  if (required && text === '') return badField(path);
  if (!isPlainText(text)) return refuse({ code: 'markup', path });
  if (text.length > maxChars || wordCount(text) > MAX_TEXT_WORDS) return refuse({ code: 'too-long', path });
  return text;
}

function readLocalized(value: unknown, path: string, maxChars: number, required: boolean): Localized {
  if (!isRecord(value)) return badField(path);
  const [en, zh] = LOCALES.map((locale) => readText(has(value, locale) ? value[locale] : '', `${path}.${locale}`, maxChars, required));
  return { en, 'zh-TW': zh };
}

function readYear(value: unknown, path: string, { years }: TrackContext): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < years.from || value > years.to) return badField(path);
  return value;
}

function readOneOf<V extends string>(values: readonly V[], value: unknown, path: string): V {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as V) : badField(path);
}

function readCountry(value: unknown, path: string, { isCountry }: TrackContext): string {
  if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value)) return badField(path);
  return isCountry(value) ? value : refuse({ code: 'unknown-country', path, value });
}

function readLayers(value: unknown, path: string): LayerId[] {
  if (!Array.isArray(value) || value.length > LAYER_IDS.length) return badField(path);
  const layers = value.map((layer, index) => {
    if (typeof layer !== 'string') return badField(`${path}[${index}]`);
    return (LAYER_IDS as readonly string[]).includes(layer) ? (layer as LayerId) : refuse({ code: 'unknown-layer', path: `${path}[${index}]`, value: layer });
  });
  return LAYER_IDS.filter((id) => layers.includes(id));
}

function readCamera(value: unknown, path: string): Camera {
  if (!isRecord(value)) return badField(path);
  const number = (key: string, min: number, max: number) => {
    const n = value[key];
    return typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max ? n : badField(`${path}.${key}`);
  };
  return { zoom: number('zoom', MIN_ZOOM, MAX_ZOOM), lat: number('lat', -85, 85), lng: number('lng', -180, 180) };
}

function readSources(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || value.length > MAX_SOURCES) return badField(path);
  return value.map((id, index) => (typeof id === 'string' && /^[a-z0-9][a-z0-9-]{0,80}$/.test(id) ? id : badField(`${path}[${index}]`)));
}

function readStep(value: unknown, path: string, context: TrackContext): TrackStep {
  if (!isRecord(value)) return badField(path);
  const caption = value.caption;
  if (!isRecord(caption)) return badField(`${path}.caption`);
  const step: TrackStep = {
    caption: {
      title: readLocalized(caption.title, `${path}.caption.title`, MAX_TITLE_CHARS, !context.draft),
      text: readLocalized(has(caption, 'text') ? caption.text : { en: '', 'zh-TW': '' }, `${path}.caption.text`, MAX_TEXT_CHARS, false),
    },
  };
  if (has(value, 'year')) step.year = readYear(value.year, `${path}.year`, context);
  if (has(value, 'play')) {
    const play = value.play;
    if (!isRecord(play)) return badField(`${path}.play`);
    const from = readYear(play.from, `${path}.play.from`, context);
    const to = readYear(play.to, `${path}.play.to`, context);
    if (to <= from) return badField(`${path}.play.to`);
    step.play = { from, to };
  }
  if (has(value, 'compare')) step.compare = value.compare === null ? null : readYear(value.compare, `${path}.compare`, context);
  if (has(value, 'compareMode')) step.compareMode = readOneOf(COMPARE_MODES, value.compareMode, `${path}.compareMode`);
  if (has(value, 'layers')) step.layers = readLayers(value.layers, `${path}.layers`);
  if (has(value, 'country')) step.country = value.country === null ? null : readCountry(value.country, `${path}.country`, context);
  if (has(value, 'camera')) step.camera = readCamera(value.camera, `${path}.camera`);
  if (has(value, 'projection')) step.projection = readOneOf(PROJECTIONS, value.projection, `${path}.projection`);
  if (has(value, 'sources')) step.sources = readSources(value.sources, `${path}.sources`);
  return step;
}

/** Reads a track from parsed JSON; any wrong field refuses it whole. Never throws. */
export function readTrack(value: unknown, context: TrackContext): TrackResult {
  try {
    if (!isRecord(value)) return badField('track');
    if (value.version !== TRACK_VERSION) return refuse({ code: 'wrong-version' });
    const title = readLocalized(value.title, 'title', MAX_TITLE_CHARS, !context.draft);
    if (!Array.isArray(value.steps)) return badField('steps');
    if (value.steps.length === 0) return refuse({ code: 'no-steps' });
    if (value.steps.length > MAX_STEPS) return refuse({ code: 'too-many-steps', max: MAX_STEPS });
    const steps = value.steps.map((step, index) => readStep(step, `steps[${index}]`, context));
    return { status: 'valid', track: { version: TRACK_VERSION, title, steps } };
  } catch (error) {
    if (error instanceof Refusal) return { status: 'invalid', problem: error.problem };
    // A getter or proxy in a value built by script (not JSON) may throw: that is a bad track too.
    return { status: 'invalid', problem: { code: 'bad-field', path: 'track' } };
  }
}

/** Reads a track from JSON text (a file, or a link once decompressed). Never throws. */
export function parseTrackJson(text: string, context: TrackContext): TrackResult {
  if (text.length > MAX_TRACK_JSON_CHARS) return { status: 'invalid', problem: { code: 'too-large', max: MAX_TRACK_JSON_CHARS } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { status: 'invalid', problem: { code: 'not-json' } };
  }
  return readTrack(value, context);
}
