/**
 * A URL parameter as read: missing, valid, or invalid with the text given and why. The reason is
 * a code with the values its words need; the notice bar words it in the page's language, so a
 * notice follows the language switch (url-problems.ts).
 */
export type Param<T> = { status: 'missing' } | { status: 'valid'; value: T } | { status: 'invalid'; raw: string; reason: InvalidReason };

/** Why a value was refused. A new code needs its words in url-problems.ts (the type check says so). */
export type InvalidReason =
  | { code: 'not-country-code' }
  | { code: 'not-on-map' }
  | { code: 'too-long' }
  | { code: 'empty-show' }
  | { code: 'no-known-layer'; known: readonly string[] }
  | { code: 'not-year'; from: number; to: number }
  | { code: 'not-flag' }
  | { code: 'not-one-of'; values: readonly string[] }
  | { code: 'not-seconds'; max: number }
  | { code: 'must-follow-from'; from: number }
  | { code: 'must-follow-first-year'; year: number }
  | { code: 'must-precede-last-year'; year: number }
  | { code: 'not-camera' }
  | { code: 'zoom-out-of-range'; min: number; max: number }
  | { code: 'position-out-of-range' }
  | { code: 'not-story-id' }
  | { code: 'not-track-link' }
  | { code: 'track-too-long'; max: number }
  | { code: 'not-step-number'; max: number }
  | { code: 'not-step-seconds'; min: number; max: number };

export const invalid = (raw: string, reason: InvalidReason) => ({ status: 'invalid' as const, raw, reason });
