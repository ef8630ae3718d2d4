import type { CommonMessages } from '../../i18n/messages/common.ts';
import type { Camera } from '../../map/camera.ts';
import { PARAM_KEYS, type ParamKey, type ParsedSearch } from '../url-state.ts';
import type { InvalidReason, Param } from './param.ts';

/** A part of the address that was ignored, as codes and values; the notice bar words it in the page's language. */
export type UrlProblem =
  | { code: 'param'; key: ParamKey; raw: string; reason: InvalidReason }
  | { code: 'unknown-layers'; tokens: string[] }
  | { code: 'unknown-params'; keys: string[] }
  | { code: 'map-position'; raw: string; reason: InvalidReason };

/** Unknown parameters named in the notice; a URL with hundreds must not make a page of them. */
const MAX_UNKNOWN_NAMED = 5;

/** One problem per ignored part: invalid parameters in the table's order, then rejected layers, unknown parameters and the camera. */
export function describeUrlProblems(parsed: ParsedSearch, camera: Param<Camera>): UrlProblem[] {
  const problems: UrlProblem[] = [];
  for (const key of PARAM_KEYS) {
    const param = parsed[key];
    if (param.status === 'invalid') problems.push({ code: 'param', key, raw: param.raw, reason: param.reason });
  }
  const rejected = parsed.show.rejected;
  if (rejected?.length) problems.push({ code: 'unknown-layers', tokens: rejected });
  if (parsed.unknown.length) problems.push({ code: 'unknown-params', keys: parsed.unknown.slice(0, MAX_UNKNOWN_NAMED) });
  if (camera.status === 'invalid') problems.push({ code: 'map-position', raw: camera.raw, reason: camera.reason });
  return problems;
}

type UrlMessages = CommonMessages['url'];

/** A problem as the notice bar shows it, in the language of `messages`. */
export function urlProblemText(problem: UrlProblem, messages: UrlMessages): string {
  return messages.ignored(problemSentence(problem, messages));
}

function problemSentence(problem: UrlProblem, m: UrlMessages): string {
  switch (problem.code) {
    case 'param':
      return m.param(problem.key, problem.raw, reasonText(problem.reason, m));
    case 'unknown-layers':
      return m.unknownLayers(problem.tokens);
    case 'unknown-params':
      return m.unknownParams(problem.keys);
    case 'map-position':
      return m.mapPosition(problem.raw, reasonText(problem.reason, m));
  }
}

/** Each reason's words; a new reason code fails the type check until it has an entry here. */
const REASON_WORDS: { [R in InvalidReason as R['code']]: (m: UrlMessages, reason: R) => string } = {
  'not-country-code': (m) => m.notCountryCode,
  'not-on-map': (m) => m.notOnMap,
  'too-long': (m) => m.tooLong,
  'empty-show': (m) => m.emptyShow,
  'no-known-layer': (m, { known }) => m.noKnownLayer(known),
  'not-year': (m, { from, to }) => m.notYear(from, to),
  'not-flag': (m) => m.notFlag,
  'not-one-of': (m, { values }) => m.notOneOf(values),
  'not-seconds': (m, { max }) => m.notSeconds(max),
  'must-follow-from': (m, { from }) => m.mustFollowFrom(from),
  'must-follow-first-year': (m, { year }) => m.mustFollowFirstYear(year),
  'must-precede-last-year': (m, { year }) => m.mustPrecedeLastYear(year),
  'not-camera': (m) => m.notCamera,
  'zoom-out-of-range': (m, { min, max }) => m.zoomOutOfRange(min, max),
  'position-out-of-range': (m) => m.positionOutOfRange,
  'not-story-id': (m) => m.notStoryId,
  'not-track-link': (m) => m.notTrackLink,
  'track-too-long': (m, { max }) => m.trackTooLong(max),
  'not-step-number': (m, { max }) => m.notStepNumber(max),
  'not-step-seconds': (m, { min, max }) => m.notStepSeconds(min, max),
};

function reasonText<R extends InvalidReason>(reason: R, m: UrlMessages): string {
  // TypeScript cannot pair a code's entry with its reason by itself (a correlated union); the mapped type above does.
  const words = REASON_WORDS[reason.code as R['code']] as (m: UrlMessages, reason: R) => string;
  return words(m, reason);
}
