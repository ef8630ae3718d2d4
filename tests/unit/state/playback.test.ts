import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_HOLD_SECONDS, frameDelay, nextPlaybackStep, startPlaybackTimer, STEP_INTERVAL_MS } from '../../../src/state/playback.ts';
import { createAppStore } from '../../../src/state/store.ts';

const range = { from: 1949, to: 2026 };

describe('nextPlaybackStep(state)', () => {
  it('moves to the next year', () => {
    expect(nextPlaybackStep({ year: 1971, range, loop: false })).toEqual({ year: 1972, playing: true });
  });

  it('stops on the last year, or wraps to the first when looping', () => {
    expect(nextPlaybackStep({ year: 2026, range, loop: false })).toEqual({ year: 2026, playing: false });
    expect(nextPlaybackStep({ year: 2026, range, loop: true })).toEqual({ year: 1949, playing: true });
  });

  it('stops at once on a range of one year, which has nothing to play', () => {
    expect(nextPlaybackStep({ year: 2026, range: { from: 2026, to: 2026 }, loop: true })).toEqual({ year: 2026, playing: false });
  });

  it('jumps into the range from a year before it', () => {
    expect(nextPlaybackStep({ year: 1950, range: { from: 1971, to: 2024 }, loop: false })).toEqual({ year: 1971, playing: true });
  });
});

describe('frameDelay(state)', () => {
  it('takes 10–20 s to replay 1949 to 2026 at normal speed', () => {
    const seconds = ((range.to - range.from) * frameDelay({ year: 1971, range, speed: 'normal', loop: false, hold: DEFAULT_HOLD_SECONDS })) / 1000;
    expect(seconds).toBeGreaterThanOrEqual(10);
    expect(seconds).toBeLessThanOrEqual(20);
  });

  it('orders the speeds slow > normal > fast and holds the last year before a loop starts again', () => {
    expect(STEP_INTERVAL_MS.slow).toBeGreaterThan(STEP_INTERVAL_MS.normal);
    expect(STEP_INTERVAL_MS.normal).toBeGreaterThan(STEP_INTERVAL_MS.fast);
    expect(frameDelay({ year: 2026, range, speed: 'fast', loop: true, hold: 1.5 })).toBe(1500);
    expect(frameDelay({ year: 2026, range, speed: 'fast', loop: false, hold: 1.5 })).toBe(STEP_INTERVAL_MS.fast);
  });

  it('holds the last year for ?hold= seconds, but never shorter than a step', () => {
    expect(frameDelay({ year: 2026, range, speed: 'slow', loop: true, hold: 2 })).toBe(2000);
    expect(frameDelay({ year: 2026, range, speed: 'slow', loop: true, hold: 0 })).toBe(STEP_INTERVAL_MS.slow);
    expect(frameDelay({ year: 2025, range, speed: 'slow', loop: true, hold: 2 })).toBe(STEP_INTERVAL_MS.slow);
  });
});

describe('startPlaybackTimer(store)', () => {
  let stop = () => {};
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('advances one year per interval while playing and stops at the end', () => {
    const store = createAppStore({ from: 2020, to: 2026 });
    stop = startPlaybackTimer(store);
    store.getState().setYear(2022);
    store.getState().play();
    vi.advanceTimersByTime(STEP_INTERVAL_MS.normal);
    expect(store.getState().year).toBe(2023);
    vi.advanceTimersByTime(STEP_INTERVAL_MS.normal * 2);
    expect(store.getState().year).toBe(2025);
    vi.advanceTimersByTime(STEP_INTERVAL_MS.normal * 2);
    expect(store.getState()).toMatchObject({ year: 2026, playing: false });
  });

  it('starts again from the beginning when play is pressed at the end', () => {
    const store = createAppStore({ from: 2020, to: 2026 });
    stop = startPlaybackTimer(store);
    store.getState().play();
    expect(store.getState()).toMatchObject({ year: 2020, playing: true });
  });

  it('pauses when the year is moved by hand, and a pending frame does not fire', () => {
    const store = createAppStore({ from: 2020, to: 2026 });
    stop = startPlaybackTimer(store);
    store.getState().play();
    store.getState().setYear(2023);
    vi.advanceTimersByTime(STEP_INTERVAL_MS.slow * 3);
    expect(store.getState()).toMatchObject({ year: 2023, playing: false });
  });

  it('loops through the range, holding the last year', () => {
    const store = createAppStore({ from: 2020, to: 2026 });
    stop = startPlaybackTimer(store);
    store.getState().setLoop(true);
    store.getState().setSpeed('fast');
    store.getState().play();
    vi.advanceTimersByTime(STEP_INTERVAL_MS.fast * 6);
    expect(store.getState().year).toBe(2026);
    vi.advanceTimersByTime(DEFAULT_HOLD_SECONDS * 1000);
    expect(store.getState()).toMatchObject({ year: 2020, playing: true });
  });
});
