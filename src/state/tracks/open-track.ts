import { localized } from '../../i18n/locale.ts';
import { messagesFor } from '../../i18n/messages.ts';
import type { TracksMessages } from '../../i18n/messages/tracks.ts';
import type { AppStore, Notice } from '../store.ts';
import type { TrackAddress } from './track-address.ts';
import { decodeTrack, encodeTrack } from './track-codec.ts';
import type { TrackSource, TrackState, TrackStore } from './track-store.ts';
import { MAX_TRACK_JSON_CHARS, parseTrackJson, type Track, type TrackContext, type TrackProblem } from './track.ts';

/** A built-in story: its id (`?story=`) and its track. */
export interface StoryEntry {
  id: string;
  track: Track;
}

/** What opening a track needs: the two stores, the reader's context and the stories (loaded on first use). */
export interface OpenTrackOptions {
  tracks: TrackStore;
  app: AppStore;
  context: TrackContext;
  loadStories: () => Promise<readonly StoryEntry[]>;
}

type Origin = 'link' | 'file' | 'story';

/** Each problem's words; a new problem code fails the type check until it has an entry here. */
const PROBLEM_WORDS: { [P in TrackProblem as P['code']]: (m: TracksMessages['problem'], problem: P) => string } = {
  'not-json': (m) => m.notJson,
  'too-large': (m, { max }) => m.tooLarge(max),
  'too-many-steps': (m, { max }) => m.tooManySteps(max),
  'no-steps': (m) => m.noSteps,
  'wrong-version': (m) => m.wrongVersion,
  'bad-field': (m, { path }) => m.badField(path),
  'unknown-country': (m, { path, value }) => m.unknownCountry(path, value),
  'unknown-layer': (m, { path, value }) => m.unknownLayer(path, value),
  markup: (m, { path }) => m.markup(path),
  'too-long': (m, { path }) => m.tooLong(path),
};

/** Why a track was refused, in the words of `messages`. */
export function trackProblemText<P extends TrackProblem>(problem: P, messages: TracksMessages): string {
  // A correlated union: the mapped type above pairs each code with its problem.
  const words = PROBLEM_WORDS[problem.code as P['code']] as (m: TracksMessages['problem'], problem: P) => string;
  return words(messages.problem, problem);
}

/** A notice saying a track was refused, in both languages; one id, so a second refusal replaces the first. */
export function trackRefusedNotice(origin: Origin, problem: TrackProblem): Notice {
  return {
    id: 'track',
    message: localized((locale) => {
      const { tracks } = messagesFor(locale);
      return tracks.refused(tracks.origin[origin], trackProblemText(problem, tracks));
    }),
  };
}

/**
 * Opens the track the address asks for: a built-in story by id, or a track link once decoded.
 * A story that does not exist or a link that does not read is refused with a notice, and the
 * page stays the view its other parameters give.
 */
export async function openRequestedTrack(request: TrackAddress, { tracks, app, context, loadStories }: OpenTrackOptions): Promise<boolean> {
  const notify = (notice: Notice) => app.getState().addNotices([notice]);
  let track: Track;
  let source: TrackSource;
  if (request.story !== null) {
    const id = request.story;
    let stories: readonly StoryEntry[];
    try {
      stories = await loadStories();
    } catch {
      notify({ id: 'track', message: localized((locale) => messagesFor(locale).tracks.storiesFailed) });
      return false;
    }
    const story = stories.find((entry) => entry.id === id);
    if (!story) {
      const known = stories.map((entry) => entry.id);
      notify({ id: 'track', message: localized((locale) => messagesFor(locale).tracks.unknownStory(id, known)) });
      return false;
    }
    track = story.track;
    source = { kind: 'story', id };
  } else if (request.track !== null) {
    const result = await decodeTrack(request.track, context);
    if (result.status === 'invalid') {
      notify(trackRefusedNotice('link', result.problem));
      return false;
    }
    track = result.track;
    source = { kind: 'link', param: request.track };
  } else return false;
  if (request.autoplay) {
    // The track's loop, not the replay's: a step's replay that looped would never end.
    app.getState().setLoop(false);
  }
  tracks.getState().setAutoplay(request.autoplay, request.stepSeconds, request.loop);
  tracks.getState().open(track, source, request.at - 1);
  return true;
}

/** The address's part for the open track (null when none is open). */
export function trackAddressOf(tracks: TrackStore): TrackAddress | null {
  return trackAddressIn(tracks.getState());
}

/** The same from the track store's state (a file's track has no address: it is not in any link). */
export function trackAddressIn({ track, source, at, autoplay, stepSeconds, loop }: TrackState): TrackAddress | null {
  if (!track || !source || source.kind === 'file') return null;
  return {
    story: source.kind === 'story' ? source.id : null,
    track: source.kind === 'link' ? source.param : null,
    at: at + 1,
    autoplay,
    stepSeconds,
    loop,
  };
}

/**
 * Opens a track from a file the user picked: read as text, never run. A file too large to be a
 * track is refused before it is read. The track goes into the address as a link when it fits one,
 * so the view can be shared; a longer one stays a file's.
 */
export async function openTrackFile(file: Blob, { tracks, app, context }: Omit<OpenTrackOptions, 'loadStories'>): Promise<boolean> {
  const refuse = (problem: TrackProblem) => {
    app.getState().addNotices([trackRefusedNotice('file', problem)]);
    return false;
  };
  // UTF-8 takes up to 4 bytes a character: a bigger file cannot be within the limit.
  if (file.size > MAX_TRACK_JSON_CHARS * 4) return refuse({ code: 'too-large', max: MAX_TRACK_JSON_CHARS });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse({ code: 'not-json' });
  }
  const result = parseTrackJson(text, context);
  if (result.status === 'invalid') return refuse(result.problem);
  const param = await encodeTrack(result.track).catch(() => null);
  app.getState().dismissNotice('track');
  tracks.getState().setAutoplay(false);
  tracks.getState().open(result.track, param ? { kind: 'link', param } : { kind: 'file' });
  return true;
}
