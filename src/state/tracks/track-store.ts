import { createStore } from 'zustand/vanilla';
import type { YearRange } from '../../data/year-range.ts';
import type { Camera } from '../../map/camera.ts';
import type { AppStore } from '../store.ts';
import { applyStepView, stepView } from './track-steps.ts';
import type { Track } from './track.ts';

/** Where the open track came from, which decides what the address carries: its story id, its link text, or nothing (a file). */
export type TrackSource = { kind: 'story'; id: string } | { kind: 'link'; param: string } | { kind: 'file' };

/** Seconds each step shows when a track runs on its own (`?autoplay=1`), unless `step=` says otherwise. */
export const DEFAULT_STEP_SECONDS = 8;
export const MIN_STEP_SECONDS = 2;
export const MAX_STEP_SECONDS = 600;

/** The open track and where the presenter is in it. */
export interface TrackState {
  track: Track | null;
  source: TrackSource | null;
  /** The step shown, 0-based. */
  at: number;
  /** The track runs on its own, a step every `stepSeconds`, with the controls hidden. */
  autoplay: boolean;
  stepSeconds: number;
  /** After the last step, start again from the first (autoplay only). */
  loop: boolean;
}

export interface TrackActions {
  open: (track: Track, source: TrackSource, at?: number) => void;
  close: () => void;
  next: () => void;
  previous: () => void;
  /** Goes to a step, 0-based; clamped to the track. */
  goTo: (index: number) => void;
  setAutoplay: (autoplay: boolean, stepSeconds?: number, loop?: boolean) => void;
}

export type TrackStore = ReturnType<typeof createTrackStore>;

export function createTrackStore() {
  return createStore<TrackState & TrackActions>()((set, get) => {
    const clamp = (index: number) => {
      const track = get().track;
      return track ? Math.min(Math.max(Math.trunc(index), 0), track.steps.length - 1) : 0;
    };
    return {
      track: null,
      source: null,
      at: 0,
      autoplay: false,
      stepSeconds: DEFAULT_STEP_SECONDS,
      loop: false,
      open: (track, source, at = 0) => set({ track, source, at: Math.min(Math.max(Math.trunc(at), 0), track.steps.length - 1) }),
      close: () => set({ track: null, source: null, at: 0, autoplay: false }),
      next: () => {
        const { track, at, loop, autoplay } = get();
        if (!track) return;
        if (at < track.steps.length - 1) set({ at: at + 1 });
        else if (autoplay && loop) set({ at: 0 });
      },
      previous: () => set({ at: clamp(get().at - 1) }),
      goTo: (index) => set({ at: clamp(index) }),
      setAutoplay: (autoplay, stepSeconds = get().stepSeconds, loop = get().loop) =>
        set({ autoplay, stepSeconds: Math.min(Math.max(stepSeconds, MIN_STEP_SECONDS), MAX_STEP_SECONDS), loop }),
    };
  });
}

/** What the player needs besides the two stores. */
export interface TrackPlayerOptions {
  years: YearRange;
  jumpTo: (camera: Camera | null) => void;
  /** Called after each step is shown (the URL and the host page hear of it). */
  onStep?: (at: number, track: Track) => void;
}

/**
 * Shows the open track's step in the app store whenever the step or the track changes, and runs
 * the track on its own while `autoplay` is on: the next step `stepSeconds` after a step is shown,
 * or, for a step that plays years, once that replay has also ended.
 */
export function startTrackPlayer(tracks: TrackStore, app: AppStore, { years, jumpTo, onStep }: TrackPlayerOptions) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let waitForReplay: (() => void) | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    waitForReplay?.();
    waitForReplay = null;
  };
  const schedule = () => {
    cancel();
    const { track, autoplay, stepSeconds } = tracks.getState();
    if (!track || !autoplay) return;
    timer = setTimeout(() => {
      timer = null;
      if (!app.getState().playing) return tracks.getState().next();
      waitForReplay = app.subscribe((state) => {
        if (state.playing) return;
        waitForReplay?.();
        waitForReplay = null;
        tracks.getState().next();
      });
    }, stepSeconds * 1000);
  };
  const show = () => {
    const { track, at } = tracks.getState();
    if (!track) return cancel();
    applyStepView(app, stepView(track, at, years), jumpTo);
    onStep?.(at, track);
    schedule();
  };
  const unsubscribe = tracks.subscribe((state, previous) => {
    if (state.track !== previous.track || state.at !== previous.at) show();
    else if (state.autoplay !== previous.autoplay || state.stepSeconds !== previous.stepSeconds) schedule();
  });
  if (tracks.getState().track) show();
  return {
    stop() {
      cancel();
      unsubscribe();
    },
  };
}
