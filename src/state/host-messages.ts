import { PLAY_SPEEDS, type PlaySpeed } from './playback.ts';
import { THEMES, type Theme } from './store.ts';
import { parseShow } from './url/show-param.ts';
import type { LayerId } from '../data/layers.ts';
import type { YearRange } from '../data/year-range.ts';

/**
 * The postMessage API between the map in an iframe and the page hosting it (README, "Embedding").
 * Every message is a plain object tagged `app: 'taiwan-ties'`; anything else is not ours and is
 * ignored. This module only reads and builds messages; message-bridge.ts sends and receives them.
 */
export const MESSAGE_APP = 'taiwan-ties';
/** Bumped when a message changes shape, so host pages can check what they talk to. */
export const MESSAGE_API_VERSION = 1;

/** What a host page can ask of the map. */
export type HostCommand =
  | { type: 'set-year'; year: number }
  | { type: 'play'; range?: YearRange; speed?: PlaySpeed; loop?: boolean }
  | { type: 'pause' }
  | { type: 'select'; country: string | null }
  | { type: 'set-layers'; layers: LayerId[] }
  /** Opens the compare view with another year (null closes it); `swipe` chooses the divider over side by side. */
  | { type: 'set-compare'; year: number | null; swipe?: boolean }
  /** The colours: light, dark, or `auto` to follow the reader's `prefers-color-scheme` (a host page's own theme switch can pass its choice on). */
  | { type: 'set-theme'; theme: Theme }
  /** A talk track's next or previous step, or step N (from 1); nothing without an open track. */
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'go-to-step'; step: number };

/** What the map tells its host page. */
export type MapEvent =
  | { type: 'ready'; version: number; year: number; firstYear: number; lastYear: number; playing: boolean }
  | { type: 'year'; year: number; allies: number; playing: boolean }
  | { type: 'playback'; playing: boolean; year: number }
  | { type: 'select'; country: string | null }
  | { type: 'resize'; height: number }
  /** A talk track's step was shown: its number from 1, the track's length, and its title in English. */
  | { type: 'step'; step: number; steps: number; title: string }
  | { type: 'rejected'; reason: string };

/** A command, or why a message tagged as ours was refused; null for messages that are not ours. */
export type ReadMessage = { command: HostCommand } | { rejected: string } | null;

/** What reading a command needs to know: the timeline's years and which codes are countries. */
export interface MessageContext {
  years: YearRange;
  isCountry: (iso3: string) => boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isYear = (value: unknown, { years }: MessageContext): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= years.from && value <= years.to;

/** The longest text a refusal quotes back: a message is data from another page, not ours to echo. */
const QUOTE_LIMIT = 30;
const quote = (value: unknown) => {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    // BigInts and circular objects cannot be written as JSON; their type says enough.
    text = `a value of type ${typeof value}`;
  }
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
};

function readPlay(message: Record<string, unknown>, context: MessageContext): HostCommand | string {
  const { from, to, speed, loop } = message;
  const command: Extract<HostCommand, { type: 'play' }> = { type: 'play' };
  if (from !== undefined || to !== undefined) {
    const range = { from: from ?? context.years.from, to: to ?? context.years.to };
    if (!isYear(range.from, context) || !isYear(range.to, context)) return `play: from and to must be years from ${context.years.from} to ${context.years.to}`;
    if (range.to <= range.from) return 'play: to must come after from';
    command.range = { from: range.from, to: range.to };
  }
  if (speed !== undefined) {
    if (!(PLAY_SPEEDS as readonly unknown[]).includes(speed)) return `play: speed must be one of ${PLAY_SPEEDS.join(', ')}`;
    command.speed = speed as PlaySpeed;
  }
  if (loop !== undefined) {
    if (typeof loop !== 'boolean') return 'play: loop must be true or false';
    command.loop = loop;
  }
  return command;
}

/** Reads a message from a host page into a command; fields of the wrong type or range refuse it whole. */
export function readHostMessage(data: unknown, context: MessageContext): ReadMessage {
  if (!isRecord(data) || data.app !== MESSAGE_APP) return null;
  const type = data.type;
  const refuse = (reason: string) => ({ rejected: reason });
  switch (type) {
    case 'set-year':
      return isYear(data.year, context)
        ? { command: { type, year: data.year } }
        : refuse(`set-year: year ${quote(data.year)} is not a year from ${context.years.from} to ${context.years.to}`);
    case 'play': {
      const command = readPlay(data, context);
      return typeof command === 'string' ? refuse(command) : { command };
    }
    case 'pause':
      return { command: { type } };
    case 'select': {
      if (data.country === null) return { command: { type, country: null } };
      const code = typeof data.country === 'string' ? data.country.toUpperCase() : '';
      return /^[A-Z]{3}$/.test(code) && context.isCountry(code)
        ? { command: { type, country: code } }
        : refuse(`select: country ${quote(data.country)} is not a country code on this map (or null)`);
    }
    case 'set-layers': {
      const layers = data.layers;
      if (!Array.isArray(layers) || !layers.every((layer) => typeof layer === 'string')) return refuse('set-layers: layers must be a list of layer names');
      const parsed = parseShow(layers.length === 0 ? 'none' : layers.join(','));
      if (parsed.status !== 'valid' || parsed.rejected) return refuse(`set-layers: unknown layer in ${quote(layers)}`);
      return { command: { type, layers: parsed.value } };
    }
    case 'set-compare': {
      if (data.swipe !== undefined && typeof data.swipe !== 'boolean') return refuse('set-compare: swipe must be true or false');
      const swipe = data.swipe === undefined ? {} : { swipe: data.swipe };
      if (data.year === null) return { command: { type, year: null, ...swipe } };
      return isYear(data.year, context)
        ? { command: { type, year: data.year, ...swipe } }
        : refuse(`set-compare: year ${quote(data.year)} is not a year from ${context.years.from} to ${context.years.to} (or null)`);
    }
    case 'set-theme':
      return (THEMES as readonly unknown[]).includes(data.theme)
        ? { command: { type, theme: data.theme as Theme } }
        : refuse(`set-theme: theme ${quote(data.theme)} is not one of ${THEMES.join(', ')}`);
    case 'next':
    case 'previous':
      return { command: { type } };
    case 'go-to-step':
      return typeof data.step === 'number' && Number.isInteger(data.step) && data.step >= 1
        ? { command: { type, step: data.step } }
        : refuse(`go-to-step: step ${quote(data.step)} is not a step number (1 for the first)`);
    default:
      return refuse(`unknown message type ${quote(type)}`);
  }
}

/** A map event as sent: tagged, so a host page can tell it from other messages. */
export function eventMessage(event: MapEvent): MapEvent & { app: typeof MESSAGE_APP } {
  return { app: MESSAGE_APP, ...event };
}
