import { CitationList } from './CitationList.tsx';
import { useAppState, useLocale, useMessages } from '../state/app-context.tsx';
import { useTrack } from '../state/tracks/use-track.ts';

/**
 * The talk track's bar: the step counter and progress, the step's caption in the page's language
 * with its sources, and Previous, Next and Close. Captions are plain text, rendered as text. While
 * the track runs on its own the buttons are hidden and the year stays on screen in large type.
 */
export function TrackBar() {
  const track = useTrack((state) => state.track);
  const at = useTrack((state) => state.at);
  const autoplay = useTrack((state) => state.autoplay);
  const previous = useTrack((state) => state.previous);
  const next = useTrack((state) => state.next);
  const close = useTrack((state) => state.close);
  const year = useAppState((state) => state.year);
  const locale = useLocale();
  const { tracks } = useMessages();
  if (!track) return null;
  const step = track.steps[at];
  const count = track.steps.length;
  const title = track.title[locale] || track.title.en;
  const caption = { title: step.caption.title[locale] || step.caption.title.en, text: step.caption.text[locale] || step.caption.text.en };
  return (
    <section className={autoplay ? 'track-bar track-bar-autoplay' : 'track-bar'} aria-label={tracks.bar(title)}>
      <div className="track-bar-head">
        <p className="track-year" aria-hidden={!autoplay}>
          {tracks.year(year)}
        </p>
        <p className="track-counter" aria-live="polite">
          {tracks.counter(at + 1, count)}
        </p>
        <progress className="track-progress" value={at + 1} max={count} aria-label={tracks.counter(at + 1, count)} />
      </div>
      <div className="track-caption">
        <h2>{caption.title}</h2>
        {caption.text && <p>{caption.text}</p>}
        {step.sources && step.sources.length > 0 && (
          <p className="track-sources">
            <span>{tracks.sources}: </span>
            <CitationList citations={step.sources.map((id) => ({ id, pinpoint: null }))} inline />
          </p>
        )}
      </div>
      {!autoplay && (
        <div className="track-actions">
          <button type="button" onClick={previous} disabled={at === 0} aria-keyshortcuts="PageUp ArrowLeft">
            {tracks.previous}
          </button>
          <button type="button" onClick={next} disabled={at === count - 1} aria-keyshortcuts="PageDown ArrowRight Space">
            {tracks.next}
          </button>
          <button type="button" onClick={close}>
            {tracks.close}
          </button>
        </div>
      )}
    </section>
  );
}
