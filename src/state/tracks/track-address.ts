import type { Param } from '../url/param.ts';
import { invalid } from '../url/param.ts';
import { MAX_STEPS } from './track.ts';
import { MAX_TRACK_PARAM_CHARS, trackParamProblem } from './track-codec.ts';
import { DEFAULT_STEP_SECONDS, MAX_STEP_SECONDS, MIN_STEP_SECONDS } from './track-store.ts';

/**
 * What the address carries of an open track: a built-in story by id or a track's link text, the
 * step shown (1-based, as a presenter counts) and how it runs on its own. Parsed and written by
 * the URL table (url-state.ts) with the readers below.
 */
export interface TrackAddress {
  story: string | null;
  track: string | null;
  /** The step shown, 1-based. */
  at: number;
  autoplay: boolean;
  stepSeconds: number;
  /** Running on its own, start again after the last step (`loop=1`). */
  loop: boolean;
}

export const NO_TRACK: TrackAddress = { story: null, track: null, at: 1, autoplay: false, stepSeconds: DEFAULT_STEP_SECONDS, loop: false };

/** A story id: lowercase letters, digits and hyphens (whether it names a story is known once the stories load). */
export function parseStoryId(raw: string): Param<string> {
  const id = raw.trim().toLowerCase();
  return /^[a-z0-9][a-z0-9-]{0,59}$/.test(id) ? { status: 'valid', value: id } : invalid(raw, { code: 'not-story-id' });
}

/** A `track=` value worth decoding: base64url within the size limit (decoding and checking come after, with their own notice). */
export function parseTrackParam(raw: string): Param<string> {
  const problem = trackParamProblem(raw.trim());
  if (problem === 'too-long') return invalid(`${raw.slice(0, 20)}…`, { code: 'track-too-long', max: MAX_TRACK_PARAM_CHARS });
  return problem ? invalid(raw, { code: 'not-track-link' }) : { status: 'valid', value: raw.trim() };
}

/** A step number from 1 to MAX_STEPS (a track may have fewer: the player clamps). */
export function parseStepNumber(raw: string): Param<number> {
  const text = raw.trim();
  const at = Number(text);
  return /^\d{1,3}$/.test(text) && at >= 1 && at <= MAX_STEPS ? { status: 'valid', value: at } : invalid(raw, { code: 'not-step-number', max: MAX_STEPS });
}

/** Seconds per step when a track runs on its own, a whole number. */
export function parseStepSeconds(raw: string): Param<number> {
  const text = raw.trim();
  const seconds = Number(text);
  return /^\d{1,3}$/.test(text) && seconds >= MIN_STEP_SECONDS && seconds <= MAX_STEP_SECONDS
    ? { status: 'valid', value: seconds }
    : invalid(raw, { code: 'not-step-seconds', min: MIN_STEP_SECONDS, max: MAX_STEP_SECONDS });
}
