import type { YearRange } from '../data/year-range.ts';

/**
 * Timeline playback as plain logic: what the next frame is and when it comes. The store holds
 * whether it plays; `startPlaybackTimer` turns that into timer ticks.
 */

export const PLAY_SPEEDS = ['slow', 'normal', 'fast'] as const;
/** How fast playback steps through the years. */
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];

/**
 * Time each year stays on screen. At normal speed 1949 → 2026 (77 steps) takes about 14 s, long
 * enough to read the year's count, short enough to see the whole story in one go.
 */
export const STEP_INTERVAL_MS: Record<PlaySpeed, number> = { slow: 450, normal: 180, fast: 70 };
/** When looping, the last year holds this long before the replay starts again (`?hold=` changes it). */
export const DEFAULT_HOLD_SECONDS = 1.5;
/** The longest hold the URL accepts: longer reads as a mistake, not a pause. */
export const MAX_HOLD_SECONDS = 60;

/** The state after one playback frame: the next year, a wrap to the start (loop), or a stop at the end. */
export function nextPlaybackStep(state: { year: number; range: YearRange; loop: boolean }): { year: number; playing: boolean } {
  // A range of one year has nothing to play (the URL refuses one; this guards the store).
  if (state.range.from >= state.range.to) return { year: state.range.from, playing: false };
  if (state.year < state.range.from) return { year: state.range.from, playing: true };
  if (state.year < state.range.to) return { year: state.year + 1, playing: true };
  return state.loop ? { year: state.range.from, playing: true } : { year: state.year, playing: false };
}

/** What decides how long a frame stays. */
export interface FrameTiming {
  year: number;
  range: YearRange;
  speed: PlaySpeed;
  loop: boolean;
  /** Seconds the last year holds before a loop starts again. */
  hold: number;
}

/** How long the current year stays before the next frame; the last year holds before a loop starts again. */
export function frameDelay(state: FrameTiming): number {
  const step = STEP_INTERVAL_MS[state.speed];
  return state.loop && state.year >= state.range.to ? Math.max(state.hold * 1000, step) : step;
}

/** The store surface the timer needs (kept small so tests can drive it with the real store). */
interface PlaybackStore {
  getState: () => FrameTiming & { playing: boolean; advance: () => void };
  subscribe: (listener: (state: { playing: boolean; year: number }, previous: { playing: boolean; year: number }) => void) => () => void;
}

/**
 * Advances the store's year while it plays. Each frame is scheduled when the year changes, so a
 * speed change applies from the next frame and a pause cancels the pending one. Returns a stop function.
 */
export function startPlaybackTimer(store: PlaybackStore, timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis): () => void {
  let pending: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = null;
  };
  const schedule = () => {
    cancel();
    const state = store.getState();
    if (!state.playing) return;
    pending = timers.setTimeout(() => {
      pending = null;
      store.getState().advance();
    }, frameDelay(state));
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.playing !== previous.playing || (state.playing && state.year !== previous.year)) schedule();
  });
  schedule();
  return () => {
    cancel();
    unsubscribe();
  };
}
