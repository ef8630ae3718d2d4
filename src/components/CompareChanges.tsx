import { useMemo } from 'react';
import { timelineYear } from '../data/ally-timeline.ts';
import { shapeCodesFor } from '../data/historical-entities.ts';
import { COMPARE_CHANGE_KINDS, compareYears, regionChanges, type CompareChange } from '../data/year-compare.ts';
import { formatPartialDate, formatYear } from '../i18n/format.ts';
import { weightCaption } from '../i18n/view-text.ts';
import { useAppContext, useAppState, useCompareSources, useLocale, useMessages } from '../state/app-context.tsx';

/** A signed count: "+2", "−17", "±0". */
const signed = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '±0');

function ChangeItem({ change }: { change: CompareChange }) {
  const { timeline } = useAppContext();
  const select = useAppState((state) => state.select);
  const locale = useLocale();
  const { compare: messages } = useMessages();
  const name = timeline.names.get(change.iso3)?.[locale] ?? change.iso3;
  return (
    <li>
      <button type="button" className="link-button" onClick={() => select(shapeCodesFor(change.iso3)[0])}>
        {name}
      </button>
      {change.events.length > 0 && (
        <span className="muted"> · {change.events.map((event) => messages.event[event.kind](formatPartialDate(event.date, locale))).join(' · ')}</span>
      )}
    </li>
  );
}

/**
 * What changed between the compare view's two years: both years' counts and weight, the change
 * by region, and every country lost, gained, restored or allied only in between, each a button
 * that opens its details. The accessible form of the two maps.
 */
export function CompareChanges({ compare }: { compare: number }) {
  const { timeline, dataset } = useAppContext();
  const compareSources = useCompareSources();
  const year = useAppState((state) => state.year);
  const locale = useLocale();
  const { compare: messages, timeline: timelineText } = useMessages();
  const comparison = useMemo(() => compareYears(compareSources, year, compare), [compareSources, year, compare]);
  const { then, now, changes } = comparison;
  const [thenText, nowText] = [then.year, now.year].map((shown) => formatYear(shown, locale));
  const weights = [then, now].flatMap((side) => {
    const caption = weightCaption(dataset.allyWeight, timelineYear(timeline, side.year), timeline, locale);
    return caption ? [{ year: side.year, caption }] : [];
  });
  return (
    <section className="year-events compare-changes" aria-label={messages.changes(thenText, nowText)} data-testid="compare-changes">
      <h2>{messages.changes(thenText, nowText)}</h2>
      <p className="compare-counts">{messages.counts(thenText, then.allies, nowText, now.allies)}</p>
      {weights.length > 0 && (
        <ul className="compare-weights">
          {weights.map(({ year: shown, caption }) => (
            <li key={shown}>
              {messages.weightOf(formatYear(shown, locale))}
              {caption}
            </li>
          ))}
        </ul>
      )}
      {changes.length === 0 ? (
        <p>{messages.noChange}</p>
      ) : (
        COMPARE_CHANGE_KINDS.map((kind) => {
          const ofKind = changes.filter((change) => change.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <section key={kind} className={`compare-kind compare-${kind}`}>
              <h3>
                {messages.kinds[kind]} ({ofKind.length})
              </h3>
              <ul>
                {ofKind.map((change) => (
                  <ChangeItem key={change.iso3} change={change} />
                ))}
              </ul>
            </section>
          );
        })
      )}
      <h3>{messages.byRegion}</h3>
      <ul className="compare-regions">
        {regionChanges(comparison).map(({ region, then: before, now: after, change }) => (
          <li key={region}>{messages.regionRow(timelineText.chart.regions[region], before, after, signed(change))}</li>
        ))}
      </ul>
    </section>
  );
}
