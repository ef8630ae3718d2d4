import { localized } from '../../i18n/locale.ts';
import { messagesFor } from '../../i18n/messages.ts';
import type { TracksMessages } from '../../i18n/messages/tracks.ts';
import type { AppStore, Notice } from '../store.ts';
import type { TrackAddress } from './track-address.ts';
import { decodeTrack } from './track-codec.ts';
import type { TrackSource, TrackStore } from './track-store.ts';
import type { Track, TrackContext, TrackProblem } from './track.ts';

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
  const { track, source, at, autoplay, stepSeconds, loop } = tracks.getState();
  if (!track || !source) return null;
  return {
    story: source.kind === 'story' ? source.id : null,
    track: source.kind === 'link' ? source.param : null,
    at: at + 1,
    autoplay,
    stepSeconds,
    loop,
  };
}
