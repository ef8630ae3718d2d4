import { useCallback, useState, type FormEvent } from 'react';
import { formatList } from '../i18n/format.ts';
import { readOnText, weightWords } from '../i18n/view-text.ts';
import { PLAY_SPEEDS, type PlaySpeed } from '../state/playback.ts';
import { parseYear } from '../state/url/value-parsers.ts';
import { useAppContext, useAppState, useLocale, useMessages, useTimelineYear } from '../state/app-context.tsx';
import { AllyCountChart } from './AllyCountChart.tsx';
import type { OpenedEvent } from './ChartMarks.tsx';
import { PartBoundary } from './ErrorBoundary.tsx';
import { CompareChanges } from './CompareChanges.tsx';
import { YearEvents } from './YearEvents.tsx';
import { YearSlider } from './YearSlider.tsx';

/** The year as a text field: type a year and press Enter (or leave the field) to go there. */
function YearInput() {
  const { timeline } = useAppContext();
  const messages = useMessages().timeline;
  const year = useAppState((state) => state.year);
  const setYear = useAppState((state) => state.setYear);
  // What the person is typing; null when not editing, so the field follows the store's year.
  const [draft, setDraft] = useState<string | null>(null);
  // A refused entry, and the year it was typed on: the message goes once the year moves on.
  const [refused, setRefused] = useState<{ onYear: number } | null>(null);
  const problem = refused?.onYear === year ? messages.yearOutOfRange(timeline.firstYear, timeline.lastYear) : null;

  const commit = (event?: FormEvent) => {
    event?.preventDefault();
    if (draft === null) return;
    const parsed = parseYear(draft, { from: timeline.firstYear, to: timeline.lastYear });
    if (parsed.status === 'valid') {
      setRefused(null);
      setYear(parsed.value);
    } else if (draft.trim() !== String(year)) {
      setRefused({ onYear: year });
    }
    setDraft(null);
  };

  return (
    <form className="year-input" onSubmit={commit}>
      <label className="visually-hidden" htmlFor="year-input">
        {messages.goToYear}
      </label>
      <input
        id="year-input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={4}
        maxLength={4}
        value={draft ?? String(year)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => commit()}
        aria-describedby={problem ? 'year-input-problem' : undefined}
      />
      <span id="year-input-problem" className="year-input-problem" role="status">
        {problem}
      </span>
    </form>
  );
}

const WORLD_BANK_URL = 'https://data.worldbank.org/indicator/SP.POP.TOTL';

/**
 * The allies' weight that year: their share of the world's people and GDP (World Bank), with the
 * allies the figures leave out for want of a value. Nothing before 1960, where the series begin.
 */
function AllyWeightLine() {
  const { dataset, timeline } = useAppContext();
  const locale = useLocale();
  const { weight } = useMessages().timeline;
  const words = weightWords(dataset.allyWeight, useTimelineYear(), timeline, locale);
  if (!words) return null;
  const { people, gdp, missing, missingGdpOnly } = words;
  return (
    <p className="ally-weight" data-testid="ally-weight">
      {people}
      {gdp && weight.separator + gdp}
      {(missing.length > 0 || missingGdpOnly.length > 0) && (
        <span className="muted"> {weight.missing(formatList(missing, locale), formatList(missingGdpOnly, locale))}</span>
      )}{' '}
      <a className="muted" href={WORLD_BANK_URL} target="_blank" rel="noopener noreferrer">
        {weight.source}
      </a>
    </p>
  );
}

/** The count for the year, with the day it is read on. */
function AllyCount() {
  const { timeline } = useAppContext();
  const locale = useLocale();
  const messages = useMessages().timeline;
  const entry = useTimelineYear();
  const readOn = readOnText(entry, timeline, locale);
  const changes = [entry.gained.length > 0 && messages.gainedCount(entry.gained.length), entry.lost.length > 0 && messages.lostCount(entry.lost.length)].filter(
    (change) => change !== false,
  );
  return (
    <p className="ally-count" data-testid="ally-count">
      <strong>{entry.allies.length}</strong>
      {messages.alliesAfterCount(readOn)}
      {changes.length > 0 && <span className="muted">{messages.changes(changes)}</span>}
    </p>
  );
}

/**
 * The timeline: playback controls, the typed year, the ally count, the step chart and the
 * slider, with the year's events beside them; a mark on the chart opens its event there.
 */
export function TimelinePanel() {
  const { timeline, store } = useAppContext();
  const year = useAppState((state) => state.year);
  const playing = useAppState((state) => state.playing);
  const speed = useAppState((state) => state.speed);
  const loop = useAppState((state) => state.loop);
  const compare = useAppState((state) => state.compare);
  // Actions never change, so they are read once rather than subscribed to.
  const { play, pause, stepYear, setSpeed, setLoop } = store.getState();
  const { timeline: messages, vocabulary } = useMessages();
  // The event a mark on the chart opened, for the year's events to show and focus; a new object
  // each time, so the same mark opens its event again.
  const [opened, setOpened] = useState<OpenedEvent | null>(null);
  const openEvent = useCallback(
    (event: OpenedEvent) => {
      store.getState().setYear(event.year);
      setOpened({ ...event });
    },
    [store],
  );

  return (
    <section className="timeline" aria-label={messages.region}>
      <div className="timeline-main">
        <div className="timeline-controls">
          <button type="button" className="play-button" onClick={playing ? pause : play} aria-label={playing ? messages.pause : messages.play}>
            <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
          </button>
          {/* aria-disabled, not disabled: a button that disables itself under focus would drop the focus. */}
          <button type="button" onClick={() => stepYear(-1)} aria-disabled={year <= timeline.firstYear} aria-label={messages.previousYear}>
            <span aria-hidden="true">‹</span>
          </button>
          <YearInput />
          <button type="button" onClick={() => stepYear(1)} aria-disabled={year >= timeline.lastYear} aria-label={messages.nextYear}>
            <span aria-hidden="true">›</span>
          </button>
          <AllyCount />
          <span className="timeline-options">
            <label>
              {messages.speed}{' '}
              <select value={speed} onChange={(event) => setSpeed(event.target.value as PlaySpeed)}>
                {PLAY_SPEEDS.map((option) => (
                  <option key={option} value={option}>
                    {vocabulary.speed[option]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <input type="checkbox" checked={loop} onChange={(event) => setLoop(event.target.checked)} /> {messages.loop}
            </label>
          </span>
        </div>
        <AllyWeightLine />
        <div className="timeline-track">
          <AllyCountChart onOpenEvent={openEvent} />
          <YearSlider />
        </div>
      </div>
      {/* A failure in the events list leaves the slider and the chart working. The compare view lists what changed between its years instead. */}
      <PartBoundary part="events" className="year-events">
        {compare === null ? <YearEvents opened={opened} /> : <CompareChanges compare={compare} />}
      </PartBoundary>
    </section>
  );
}
