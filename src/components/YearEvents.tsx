import type { AllyEvent } from '../data/ally-timeline.ts';
import { shapeCodesFor } from '../data/historical-entities.ts';
import { formatPartialDate } from '../data/partial-date.ts';
import { useAppState, useTimelineYear } from '../state/app-context.tsx';
import { EVENT_TEXT } from './relation-text.ts';
import { SourceText } from './SourceText.tsx';

function EventItem({ event }: { event: AllyEvent }) {
  const select = useAppState((state) => state.select);
  const kindClass = event.kind === 'established' || event.kind === 'restored' ? 'event-gain' : 'event-loss';
  return (
    <li className={`year-event ${kindClass}`}>
      <time dateTime={event.date}>{formatPartialDate(event.date)}</time>{' '}
      <button type="button" className="link-button" onClick={() => select(shapeCodesFor(event.iso3)[0])}>
        {event.name.en}
      </button>{' '}
      {EVENT_TEXT[event.kind]}
      {event.brief && <span className="event-brief"> (brief: never reached a 31 December)</span>}.
      <span className="event-source">
        Source: <SourceText text={event.source} />
      </span>
    </li>
  );
}

/** The year's changes in formal relations, each dated and sourced, oldest first. */
export function YearEvents() {
  const entry = useTimelineYear();
  const { year, events } = entry;
  return (
    <section className="year-events" data-testid="year-events" aria-labelledby="year-events-title">
      <h2 id="year-events-title">
        Changes in {year}
        <span className="muted"> · {events.length === 0 ? 'none' : `${events.length} event${events.length === 1 ? '' : 's'}`}</span>
      </h2>
      {events.length === 0 ? (
        <p className="muted">
          No formal relations began or ended in {year}
          {entry.readOnAsOf ? ' (as far as the data goes)' : ''}.
        </p>
      ) : (
        <ol>
          {events.map((event) => (
            <EventItem key={`${event.iso3}-${event.date}-${event.kind}`} event={event} />
          ))}
        </ol>
      )}
    </section>
  );
}
