import type { Camera } from '../../map/camera.ts';
import type { AppState } from '../store.ts';
import { readTrack, TRACK_VERSION, type Track, type TrackContext, type TrackStep } from './track.ts';

/**
 * The track editor's draft: steps made from the view on screen, reordered and captioned, kept in
 * local storage so a reload loses nothing. A stored draft that no longer reads (edited by hand,
 * written by another version) is never dropped silently: it is kept aside under its own key and
 * reported.
 */

export const DRAFT_KEY = 'taiwan-ties.track-draft';
const SET_ASIDE_PREFIX = 'taiwan-ties.track-draft.unreadable-';

/** The storage a draft lives in (window.localStorage, or a stand-in in tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const EMPTY_DRAFT: Track = { version: TRACK_VERSION, title: { en: '', 'zh-TW': '' }, steps: [] };

/** A step showing the view on screen: its year, compare year, layers, country, projection and camera; its caption titled by the year. */
export function stepFromView(
  state: Pick<AppState, 'year' | 'compare' | 'compareMode' | 'layers' | 'selected' | 'projection'>,
  camera: Camera | null,
): TrackStep {
  const step: TrackStep = {
    year: state.year,
    compare: state.compare,
    layers: [...state.layers],
    country: state.selected,
    projection: state.projection,
    caption: { title: { en: String(state.year), 'zh-TW': `${state.year}年` }, text: { en: '', 'zh-TW': '' } },
  };
  if (state.compare !== null) step.compareMode = state.compareMode;
  if (camera) step.camera = camera;
  return step;
}

/** The steps with one moved from `from` to `to` (a new list). */
export function moveStep(track: Track, from: number, to: number): Track {
  if (to < 0 || to >= track.steps.length || from === to) return track;
  const steps = [...track.steps];
  const [step] = steps.splice(from, 1);
  steps.splice(to, 0, step);
  return { ...track, steps };
}

export type DraftRead = { status: 'none' } | { status: 'ready'; draft: Track } | { status: 'set-aside'; key: string };

/** Reads the stored draft; one that does not read is moved to a key of its own (returned) and the draft starts empty. */
export function readDraft(storage: DraftStorage, context: TrackContext, now = Date.now()): DraftRead {
  let text: string | null;
  try {
    text = storage.getItem(DRAFT_KEY);
  } catch {
    return { status: 'none' };
  }
  if (text === null) return { status: 'none' };
  let value: unknown = undefined;
  try {
    value = JSON.parse(text);
  } catch {
    // Not JSON: set aside below.
  }
  // An empty draft is not a track (no steps) but is a draft.
  if (value !== undefined && JSON.stringify(value) === JSON.stringify(EMPTY_DRAFT)) return { status: 'ready', draft: EMPTY_DRAFT };
  const result = value === undefined ? null : readTrack(value, { ...context, draft: true });
  if (result?.status === 'valid') return { status: 'ready', draft: result.track };
  const key = `${SET_ASIDE_PREFIX}${now}`;
  try {
    storage.setItem(key, text);
    storage.removeItem(DRAFT_KEY);
  } catch {
    // Storage full or refused: the unreadable draft stays where it was, still not lost.
    return { status: 'set-aside', key: DRAFT_KEY };
  }
  return { status: 'set-aside', key };
}

/** Stores the draft; false when the browser refuses (private mode, storage full). */
export function saveDraft(storage: DraftStorage, draft: Track): boolean {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}
