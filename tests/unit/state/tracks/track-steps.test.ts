import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../../src/state/store.ts';
import { applyStepView, stepView } from '../../../../src/state/tracks/track-steps.ts';
import { createTrackStore, startTrackPlayer } from '../../../../src/state/tracks/track-store.ts';
import type { Track, TrackStep } from '../../../../src/state/tracks/track.ts';

const years = { from: 1949, to: 2026 };
const caption = { title: { en: 'T', 'zh-TW': '題' }, text: { en: '', 'zh-TW': '' } };
const step = (fields: Omit<TrackStep, 'caption'>): TrackStep => ({ ...fields, caption });
const TRACK: Track = {
  version: 1,
  title: caption.title,
  steps: [
    step({ year: 1971, layers: ['ally', 'beijing'], country: 'USA' }),
    step({ play: { from: 1971, to: 1979 }, compare: 1970, compareMode: 'swipe', camera: { zoom: 2, lat: 10, lng: 120 } }),
    step({ country: null, projection: 'globe' }),
    step({ compare: null }),
  ],
};

describe('stepView(track, index)', () => {
  it('shows the first step over the default view', () => {
    expect(stepView(TRACK, 0, years)).toEqual({
      year: 1971,
      play: null,
      compare: null,
      compareMode: 'side',
      layers: ['ally', 'beijing'],
      country: 'USA',
      projection: 'mercator',
      camera: null,
    });
  });

  it('plays a step’s range and keeps its camera', () => {
    expect(stepView(TRACK, 1, years)).toMatchObject({
      year: 1979,
      play: { from: 1971, to: 1979 },
      compare: 1970,
      compareMode: 'swipe',
      country: 'USA',
      camera: { zoom: 2 },
    });
  });

  it('keeps what earlier steps set, ends their replays on the last year and returns to the default camera', () => {
    expect(stepView(TRACK, 2, years)).toMatchObject({
      year: 1979,
      play: null,
      compare: 1970,
      country: null,
      projection: 'globe',
      camera: null,
      layers: ['ally', 'beijing'],
    });
  });

  it('forgets the swipe with the compare view, and clamps the index', () => {
    expect(stepView(TRACK, 99, years)).toMatchObject({ compare: null, compareMode: 'side' });
    expect(stepView(TRACK, -3, years).year).toBe(1971);
  });
});

describe('applyStepView(store, view, jumpTo)', () => {
  it('sets the store and the camera, and plays a range', () => {
    const store = createAppStore(years);
    const jumpTo = vi.fn();
    applyStepView(store, stepView(TRACK, 1, years), jumpTo);
    expect(store.getState()).toMatchObject({
      year: 1971,
      playing: true,
      range: { from: 1971, to: 1979 },
      compare: 1970,
      compareMode: 'swipe',
      selected: 'USA',
    });
    expect(jumpTo).toHaveBeenCalledWith({ zoom: 2, lat: 10, lng: 120 });
  });

  it('leaves unchanged parts alone (no new layers array, no history entry)', () => {
    const store = createAppStore(years);
    applyStepView(store, stepView(TRACK, 0, years), () => undefined);
    const layers = store.getState().layers;
    applyStepView(store, stepView(TRACK, 0, years), () => undefined);
    expect(store.getState().layers).toBe(layers);
  });
});

describe('createTrackStore', () => {
  it('moves between steps within the track', () => {
    const tracks = createTrackStore();
    tracks.getState().open(TRACK, { kind: 'file' }, 10);
    expect(tracks.getState().at).toBe(3);
    tracks.getState().next();
    expect(tracks.getState().at).toBe(3);
    tracks.getState().previous();
    tracks.getState().goTo(-1);
    expect(tracks.getState().at).toBe(0);
  });

  it('wraps to the first step only when running on its own with loop', () => {
    const tracks = createTrackStore();
    tracks.getState().open(TRACK, { kind: 'file' }, 3);
    tracks.getState().setAutoplay(true, 5, true);
    tracks.getState().next();
    expect(tracks.getState().at).toBe(0);
  });
});

describe('startTrackPlayer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows each step as the presenter moves, and tells onStep', () => {
    const app = createAppStore(years);
    const tracks = createTrackStore();
    const onStep = vi.fn();
    const player = startTrackPlayer(tracks, app, { years, jumpTo: () => undefined, onStep });
    tracks.getState().open(TRACK, { kind: 'file' });
    expect(app.getState()).toMatchObject({ year: 1971, selected: 'USA' });
    tracks.getState().goTo(2);
    expect(app.getState()).toMatchObject({ projection: 'globe', selected: null });
    expect(onStep.mock.calls.map(([at]) => at)).toEqual([0, 2]);
    player.stop();
  });

  it('runs on its own, waiting for a step’s replay to end', () => {
    const app = createAppStore(years);
    const tracks = createTrackStore();
    const player = startTrackPlayer(tracks, app, { years, jumpTo: () => undefined });
    tracks.getState().setAutoplay(true, 4);
    tracks.getState().open(TRACK, { kind: 'file' });
    vi.advanceTimersByTime(4000);
    expect(tracks.getState().at).toBe(1);
    vi.advanceTimersByTime(4000);
    // Step 2 plays 1971–1979: it stays until the replay stops.
    expect(tracks.getState().at).toBe(1);
    app.getState().pause();
    expect(tracks.getState().at).toBe(2);
    player.stop();
  });
});
