import { useEffect, useMemo, useRef, useState } from 'react';
import type { AllyEvent } from '../data/ally-timeline.ts';
import { shapeCodesFor } from '../data/historical-entities.ts';
import { startOfPartialDate, yearOfPartialDate } from '../data/partial-date.ts';
import { collatorFor } from '../data/collator.ts';
import { formatPartialDate, formatYear } from '../i18n/format.ts';
import { switchOn } from '../data/switches.ts';
import { switchDirection } from '../data/year-switches.ts';
import { useAppContext, useAppState, useLocale, useMessages, useTimelineYear } from '../state/app-context.tsx';
import { CitationList } from './CitationList.tsx';
import { SwitchDossier } from './SwitchDossier.tsx';
import type { OpenedEvent } from './ChartMarks.tsx';

function EventItem({ event }: { event: AllyEvent }) {
  const select = useAppState((state) => state.select);
  const locale = useLocale();
  const { timeline, vocabulary } = useMessages();
  const kindClass = event.kind === 'established' || event.kind === 'restored' ? 'event-gain' : 'event-loss';
  return (
    // Focusable by script: a tick on the chart opens the year's first event its way (YearEvents).
    <li className={`year-event ${kindClass}`} tabIndex={-1} data-direction={switchDirection(event.kind) ?? undefined}>
      <time dateTime={event.date}>{formatPartialDate(event.date, locale)}</time>{' '}
      <button type="button" className="link-button" onClick={() => select(shapeCodesFor(event.iso3)[0])}>
        {event.name[locale]}
      </button>
      {/* English puts a space between the name and what happened; Chinese runs them together. */}
      {locale === 'en' && ' '}
      {vocabulary.event[event.kind]}
      {event.brief && <span className="event-brief">{timeline.events.brief}</span>}
      {/* Both sides of a switch: Beijing's date where it was another day than Taipei's. */}
      {event.beijing && event.beijing !== event.date && timeline.events.beijing(formatPartialDate(event.beijing, locale))}
      {timeline.events.end}
      <span className="event-source">
        {timeline.events.source}
        <CitationList citations={event.sources} inline />
      </span>
      {event.kind !== 'dissolved' && <EventDossier event={event} />}
    </li>
  );
}

/** The switch behind an event, in detail, on demand: drawn only once opened, so a replay does not pay for it. */
function EventDossier({ event }: { event: AllyEvent }) {
  const { dataset } = useAppContext();
  const { dossier } = useMessages();
  const [open, setOpen] = useState(false);
  const change = useMemo(() => (open ? switchOn(dataset.relations, dataset.beijing, event.iso3, event.date) : undefined), [open, dataset, event]);
  return (
    <details className="event-dossier" onToggle={(toggle) => setOpen(toggle.currentTarget.open)}>
      <summary>{dossier.open}</summary>
      {change && <SwitchDossier change={change} />}
    </details>
  );
}

/** Who was president in the year, with the allies their whole term gained and lost: the frame news stories use. */
function YearPresidents({ year }: { year: number }) {
  const { eras } = useAppContext();
  const locale = useLocale();
  const { timeline: messages } = useMessages();
  const inYear = eras.filter((era) => era.from < year + 1 && era.to > year);
  if (inYear.length === 0) return null;
  return (
    <p className="year-presidents" data-testid="year-presidents">
      {inYear
        .map((era) =>
          messages.chart.era(
            era.president.name[locale],
            formatYear(Math.floor(era.from), locale),
            era.president.end ? formatYear(Math.floor(era.to), locale) : null,
            era.gained,
            era.lost,
          ),
        )
        .join(messages.events.presidentSeparator)}
    </p>
  );
}

/** The milestones of the year, each with its line and sources. */
function YearMilestones({ year }: { year: number }) {
  const { dataset } = useAppContext();
  const locale = useLocale();
  const milestones = dataset.milestones.filter((milestone) => yearOfPartialDate(milestone.date) === year);
  return milestones.map((milestone) => (
    // Focusable by script: the milestone's mark on the chart opens it.
    <p key={milestone.date} className="year-milestone" data-testid="year-milestone" tabIndex={-1} data-milestone={milestone.date}>
      <time dateTime={milestone.date}>{formatPartialDate(milestone.date, locale)}</time> <strong>{milestone.label[locale]}</strong>
      {locale === 'en' ? '. ' : '。'}
      {milestone.note[locale]} <CitationList citations={milestone.sources} inline />
    </p>
  ));
}

/** Where an opened event is in the list: its milestone, or the year's first switch its way. */
const openedSelector = (opened: OpenedEvent) => (opened.kind === 'milestone' ? `[data-milestone="${opened.date}"]` : `[data-direction="${opened.kind}"]`);

/**
 * The year's changes in formal relations, each dated and sourced, oldest first (by name on the
 * same day). `opened`, an event a mark on the chart opened, is brought into view and focused once
 * its year shows.
 */
export function YearEvents({ opened = null }: { opened?: OpenedEvent | null }) {
  const entry = useTimelineYear();
  const locale = useLocale();
  const messages = useMessages().timeline.events;
  const { year } = entry;
  const events = useMemo(
    () =>
      [...entry.events].sort((a, b) => startOfPartialDate(a.date) - startOfPartialDate(b.date) || collatorFor(locale).compare(a.name[locale], b.name[locale])),
    [entry.events, locale],
  );
  const section = useRef<HTMLElement>(null);
  const shown = useRef<OpenedEvent | null>(null);
  useEffect(() => {
    if (!opened || opened === shown.current || opened.year !== year) return;
    shown.current = opened;
    const target = section.current?.querySelector<HTMLElement>(openedSelector(opened));
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }, [opened, year]);
  return (
    <section ref={section} className="year-events" data-testid="year-events" aria-labelledby="year-events-title">
      <h2 id="year-events-title">
        {messages.heading(year)}
        <span className="muted">{messages.count(events.length)}</span>
      </h2>
      <YearPresidents year={year} />
      <YearMilestones year={year} />
      {events.length === 0 ? (
        <p className="muted">{messages.none(year, entry.readOnAsOf)}</p>
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
