import { afterEach, describe, expect, it, vi } from 'vitest';
import { readHostMessage } from '../../../src/state/host-messages.ts';
import { startMessageBridge } from '../../../src/state/message-bridge.ts';
import { createAppStore } from '../../../src/state/store.ts';
import { createTrackStore } from '../../../src/state/tracks/track-store.ts';
import type { Track } from '../../../src/state/tracks/track.ts';

const years = { from: 1949, to: 2026 };
const context = { years, isCountry: (iso3: string) => ['PRY', 'TUV'].includes(iso3) };
const read = (data: unknown) => readHostMessage(data, context);

describe('readHostMessage(data)', () => {
  it('reads each command', () => {
    expect(read({ app: 'taiwan-ties', type: 'set-year', year: 1971 })).toEqual({ command: { type: 'set-year', year: 1971 } });
    expect(read({ app: 'taiwan-ties', type: 'play', from: 1971, to: 2024, speed: 'slow', loop: true })).toEqual({
      command: { type: 'play', range: { from: 1971, to: 2024 }, speed: 'slow', loop: true },
    });
    expect(read({ app: 'taiwan-ties', type: 'play' })).toEqual({ command: { type: 'play' } });
    expect(read({ app: 'taiwan-ties', type: 'pause' })).toEqual({ command: { type: 'pause' } });
    expect(read({ app: 'taiwan-ties', type: 'select', country: 'tuv' })).toEqual({ command: { type: 'select', country: 'TUV' } });
    expect(read({ app: 'taiwan-ties', type: 'select', country: null })).toEqual({ command: { type: 'select', country: null } });
    expect(read({ app: 'taiwan-ties', type: 'set-layers', layers: ['ally', 'visa'] })).toEqual({
      command: { type: 'set-layers', layers: ['ally', 'visa-free', 'visa-arrival', 'visa-online'] },
    });
    expect(read({ app: 'taiwan-ties', type: 'set-compare', year: 1971, swipe: true })).toEqual({ command: { type: 'set-compare', year: 1971, swipe: true } });
    expect(read({ app: 'taiwan-ties', type: 'set-compare', year: null })).toEqual({ command: { type: 'set-compare', year: null } });
    expect(read({ app: 'taiwan-ties', type: 'set-theme', theme: 'dark' })).toEqual({ command: { type: 'set-theme', theme: 'dark' } });
    expect(read({ app: 'taiwan-ties', type: 'set-theme', theme: 'auto' })).toEqual({ command: { type: 'set-theme', theme: 'auto' } });
  });

  it('reads the talk track commands, refusing a step that is not a number from 1', () => {
    expect(read({ app: 'taiwan-ties', type: 'next' })).toEqual({ command: { type: 'next' } });
    expect(read({ app: 'taiwan-ties', type: 'previous' })).toEqual({ command: { type: 'previous' } });
    expect(read({ app: 'taiwan-ties', type: 'go-to-step', step: 4 })).toEqual({ command: { type: 'go-to-step', step: 4 } });
    expect(read({ app: 'taiwan-ties', type: 'go-to-step', step: 0 })).toEqual({ rejected: 'go-to-step: step 0 is not a step number (1 for the first)' });
    expect(read({ app: 'taiwan-ties', type: 'go-to-step', step: '2' })).toMatchObject({ rejected: expect.stringContaining('go-to-step') });
  });

  it('ignores messages that are not tagged as ours', () => {
    for (const data of [null, undefined, 'set-year', 1971, [], { type: 'set-year', year: 1971 }, { app: 'other', type: 'pause' }]) {
      expect(read(data), JSON.stringify(data)).toBeNull();
    }
  });

  it('refuses our messages of the wrong shape, saying why', () => {
    const refused = [
      { app: 'taiwan-ties', type: 'set-year', year: '1971' },
      { app: 'taiwan-ties', type: 'set-year', year: 1900 },
      { app: 'taiwan-ties', type: 'set-year', year: 1971.5 },
      { app: 'taiwan-ties', type: 'play', from: 2000, to: 1990 },
      { app: 'taiwan-ties', type: 'play', speed: 'warp' },
      { app: 'taiwan-ties', type: 'play', loop: 'yes' },
      { app: 'taiwan-ties', type: 'select', country: '<img src=x onerror=alert(1)>' },
      { app: 'taiwan-ties', type: 'select', country: 'XXX' },
      { app: 'taiwan-ties', type: 'set-layers', layers: 'ally' },
      { app: 'taiwan-ties', type: 'set-layers', layers: ['ally', 'bogus'] },
      { app: 'taiwan-ties', type: 'navigate', url: 'javascript:alert(1)' },
      { app: 'taiwan-ties', type: 'set-compare', year: 1800 },
      { app: 'taiwan-ties', type: 'set-compare' },
      { app: 'taiwan-ties', type: 'set-compare', year: 1971, swipe: 'yes' },
      { app: 'taiwan-ties', type: 'set-theme', theme: 'Dark' },
      { app: 'taiwan-ties', type: 'set-theme' },
    ];
    for (const data of refused) expect(read(data), JSON.stringify(data)).toEqual({ rejected: expect.any(String) });
  });

  it('refuses values that cannot be written as JSON without throwing', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(read({ app: 'taiwan-ties', type: 'set-year', year: 1971n })).toEqual({ rejected: expect.stringContaining('of type bigint') });
    expect(read({ app: 'taiwan-ties', type: 'select', country: circular })).toEqual({ rejected: expect.stringContaining('of type object') });
  });

  it('quotes at most a short piece of a refused value', () => {
    const result = read({ app: 'taiwan-ties', type: 'select', country: 'x'.repeat(10_000) });
    expect(result && 'rejected' in result && result.rejected.length).toBeLessThan(120);
  });
});

/** A window framed by a fake parent; messages are dispatched as if they came from `source`. */
function framedWindow() {
  const parent = { postMessage: vi.fn() };
  const win = Object.assign(new EventTarget(), { parent });
  const send = (data: unknown, source: unknown = parent) => win.dispatchEvent(Object.assign(new Event('message'), { data, source }));
  const sent = () => parent.postMessage.mock.calls.map(([message]) => message);
  return { win: win as unknown as Window, send, sent };
}

describe('startMessageBridge(store)', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  function start() {
    const store = createAppStore(years);
    const frame = framedWindow();
    const bridge = startMessageBridge(store, { ...context, alliesIn: (year) => year - 1900, window: frame.win });
    stop = bridge.stop;
    return { store, bridge, ...frame };
  }

  it('applies commands from the parent window', () => {
    const { store, send } = start();
    send({ app: 'taiwan-ties', type: 'set-year', year: 1971 });
    expect(store.getState().year).toBe(1971);
    send({ app: 'taiwan-ties', type: 'play', from: 1990, to: 2000, speed: 'fast', loop: true });
    expect(store.getState()).toMatchObject({ playing: true, year: 1990, range: { from: 1990, to: 2000 }, speed: 'fast', loop: true });
    send({ app: 'taiwan-ties', type: 'pause' });
    expect(store.getState().playing).toBe(false);
    send({ app: 'taiwan-ties', type: 'select', country: 'PRY' });
    expect(store.getState().selected).toBe('PRY');
    send({ app: 'taiwan-ties', type: 'set-compare', year: 1971, swipe: true });
    expect(store.getState()).toMatchObject({ compare: 1971, compareMode: 'swipe' });
    send({ app: 'taiwan-ties', type: 'set-compare', year: null });
    expect(store.getState()).toMatchObject({ compare: null, compareMode: 'side' });
    send({ app: 'taiwan-ties', type: 'set-theme', theme: 'dark' });
    expect(store.getState().theme).toBe('dark');
    send({ app: 'taiwan-ties', type: 'set-theme', theme: 'night' });
    expect(store.getState().theme).toBe('dark');
  });

  it('moves through a talk track with next, previous and go-to-step, and reports each step', () => {
    const store = createAppStore(years);
    const tracks = createTrackStore();
    const frame = framedWindow();
    stop = startMessageBridge(store, { ...context, alliesIn: () => 0, tracks, window: frame.win }).stop;
    const caption = (en: string) => ({ title: { en, 'zh-TW': en }, text: { en: '', 'zh-TW': '' } });
    const track: Track = { version: 1, title: caption('T').title, steps: [caption('One'), caption('Two'), caption('Three')].map((c) => ({ caption: c })) };
    tracks.getState().open(track, { kind: 'file' });
    frame.send({ app: 'taiwan-ties', type: 'next' });
    frame.send({ app: 'taiwan-ties', type: 'go-to-step', step: 3 });
    frame.send({ app: 'taiwan-ties', type: 'previous' });
    expect(tracks.getState().at).toBe(1);
    const steps = frame.sent().filter((message) => message.type === 'step');
    expect(steps).toEqual([1, 2, 3, 2].map((step) => ({ app: 'taiwan-ties', type: 'step', step, steps: 3, title: ['One', 'Two', 'Three'][step - 1] })));
  });

  it('ignores commands from any window but its parent', () => {
    const { store, send } = start();
    send({ app: 'taiwan-ties', type: 'set-year', year: 1971 }, { postMessage: vi.fn() });
    expect(store.getState().year).toBe(2026);
  });

  it('announces ready once, then year, playback and selection changes', () => {
    const { store, bridge, sent } = start();
    bridge.announceReady();
    bridge.announceReady();
    store.getState().setYear(1971);
    store.getState().play();
    store.getState().select('TUV');
    expect(sent()).toEqual([
      { app: 'taiwan-ties', type: 'ready', version: 1, year: 2026, firstYear: 1949, lastYear: 2026, playing: false },
      { app: 'taiwan-ties', type: 'year', year: 1971, allies: 71, playing: false },
      { app: 'taiwan-ties', type: 'playback', playing: true, year: 1971 },
      { app: 'taiwan-ties', type: 'select', country: 'TUV' },
    ]);
  });

  it('replies to a malformed message of ours with the reason, and changes nothing', () => {
    const { store, send, sent } = start();
    send({ app: 'taiwan-ties', type: 'set-year', year: 'soon' });
    expect(store.getState().year).toBe(2026);
    expect(sent()).toEqual([{ app: 'taiwan-ties', type: 'rejected', reason: expect.stringContaining('set-year') }]);
  });

  it('says nothing when the app is not framed (its window is its own parent)', () => {
    const store = createAppStore(years);
    const top = Object.assign(new EventTarget(), { postMessage: vi.fn() });
    const bridge = startMessageBridge(store, { ...context, alliesIn: () => 0, window: Object.assign(top, { parent: top }) as unknown as Window });
    stop = bridge.stop;
    expect(bridge.framed).toBe(false);
    bridge.announceReady();
    store.getState().setYear(1971);
    expect(top.postMessage).not.toHaveBeenCalled();
  });
});
