import { useStore } from 'zustand';
import { createTrackStore, type TrackActions, type TrackState, type TrackStore } from './track-store.ts';
import { useAppContext } from '../app-context.tsx';

/** A store with no track, for pages and tests whose context has none. */
const NO_TRACKS = createTrackStore();

/** Subscribes a component to one slice of the talk track's state. */
export function useTrack<T>(selector: (state: TrackState & TrackActions) => T): T {
  return useTrackIn(useAppContext().tracks, selector);
}

/** The same, for a component above the context's provider (the app shell). */
export function useTrackIn<T>(tracks: TrackStore | undefined, selector: (state: TrackState & TrackActions) => T): T {
  return useStore(tracks ?? NO_TRACKS, selector);
}
