import { useEffect, useRef, useState } from 'react';
import { timelineYear } from '../data/ally-timeline.ts';
import { yearOfPartialDate } from '../data/partial-date.ts';
import { useAppContext, useAppState } from '../state/app-context.tsx';
import { yearAnnouncement } from '../state/year-announcement.ts';
import { nameIn } from '../i18n/locale.ts';

/** How long the year must stay put before it is announced: scrubbing the slider announces the last year only. */
export const ANNOUNCE_DELAY_MS = 400;

/**
 * A visually hidden live region that tells screen-reader users what a new year shows: the ally
 * count, the allies lost and gained, and the year's milestones (so `[` and `]`, which move between
 * years with events, say what they found). Quiet on first render (the page already says the year),
 * and debounced, so a run of quick changes announces only where it stops; silent while a replay
 * runs, it announces the year the replay stops on. Not role="status":
 * that role belongs to the notices; this is a plain polite, atomic live region.
 */
export function YearAnnouncer({ delay = ANNOUNCE_DELAY_MS }: { delay?: number }) {
  const { store, timeline, dataset } = useAppContext();
  const year = useAppState((state) => state.year);
  const playing = useAppState((state) => state.playing);
  const lang = useAppState((state) => state.lang);
  // What was said, and in which language: after a switch of language the region is empty, so no
  // sentence lingers in the other language.
  const [said, setSaid] = useState({ text: '', lang });
  const announcedYear = useRef(year);

  // Quiet during a replay (a sentence a year would drown the screen reader, and the slider's value
  // already changes); the year it stops on is announced.
  useEffect(() => {
    if (playing || year === announcedYear.current) return;
    const timer = setTimeout(() => {
      announcedYear.current = year;
      // The language is read when the announcement is made, so it is always the current one.
      const { lang: locale } = store.getState();
      const nameOf = (iso3: string) => nameIn(timeline.names, iso3, locale);
      const milestones = dataset.milestones.filter((milestone) => yearOfPartialDate(milestone.date) === year).map((milestone) => milestone.label[locale]);
      setSaid({ text: yearAnnouncement({ entry: timelineYear(timeline, year), asOf: timeline.asOf, nameOf, locale, milestones }), lang: locale });
    }, delay);
    return () => clearTimeout(timer);
  }, [year, playing, delay, store, timeline, dataset]);

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="year-announcer">
      {said.lang === lang ? said.text : ''}
    </div>
  );
}
