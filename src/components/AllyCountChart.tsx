import { scaleLinear } from 'd3-scale';
import { useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { AllyTimeline } from '../data/ally-timeline.ts';
import { fractionalYear, startOfPartialDate } from '../data/partial-date.ts';
import { formatPartialDate, formatYear } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { useAppContext, useAppState, useLocale, useMessages, useTimelineYear } from '../state/app-context.tsx';

/** Chart height in px, and the room kept below the plot for the decade labels. */
const HEIGHT_PX = 64;
const AXIS_PX = 14;
/**
 * Inset of the first and last year from the chart's edges: half the slider thumb's width
 * (app.css), so a year on the chart sits right above the thumb for that year.
 */
export const THUMB_INSET_PX = 8;
/** About how wide a band's name is at 11px (Han characters twice a Latin one), with room either side. */
const labelWidth = (text: string) => [...text].reduce((sum, char) => sum + (/\p{Script=Han}/u.test(char) ? 11 : 6.2), 6);
/** Width used before the element is measured (and in tests, which have no layout). */
const FALLBACK_WIDTH_PX = 600;

/** The step line: each year's count held from half a year before to half a year after it. */
export function stepPath(counts: readonly number[], x: (year: number) => number, y: (count: number) => number, firstYear: number): string {
  if (counts.length === 0) return '';
  const parts = [`M${x(firstYear)},${y(counts[0])}`];
  counts.forEach((count, index) => {
    const year = firstYear + index;
    if (index > 0) parts.push(`V${y(count)}`);
    parts.push(`H${x(Math.min(year + 0.5, firstYear + counts.length - 1))}`);
  });
  return parts.join('');
}

function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH_PX);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width || FALLBACK_WIDTH_PX));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** A series in words: first, peak (its first year) and last count. */
function seriesSummary(timeline: AllyTimeline, counts: readonly number[]) {
  const peak = Math.max(...counts);
  const { firstYear, lastYear } = timeline;
  return { firstYear, lastYear, first: counts[0], peak, peakYear: timeline.years[counts.indexOf(peak)].year, last: counts.at(-1)! };
}

/** The chart in words, its accessible name; with Beijing's count too while that layer is chosen. */
function summary(timeline: AllyTimeline, counts: readonly number[], beijingCounts: readonly number[] | null, messages: Messages): string {
  const taipei = messages.timeline.chartSummary(seriesSummary(timeline, counts));
  return beijingCounts ? `${taipei} ${messages.timeline.chartSummaryBeijing(seriesSummary(timeline, beijingCounts))}` : taipei;
}

/**
 * The number of formal allies each year, as a step chart above the slider, and while Beijing's
 * layer is chosen the number of states with relations with Beijing on the same axis. The current
 * year is marked; a click moves the timeline to the year under the pointer (the slider is the
 * keyboard way to do the same).
 */
export function AllyCountChart() {
  const { timeline, dataset, eras } = useAppContext();
  const locale = useLocale();
  const { year, allies, recognition } = useTimelineYear();
  const withBeijing = useAppState((state) => state.layers.includes('beijing'));
  const setYear = useAppState((state) => state.setYear);
  const { ref, width } = useWidth();
  const messages = useMessages();

  // Everything but the current-year marker depends on the data, the width and the language, not on the year.
  const { x, y, path, area, beijingPath, decades, ticks, label } = useMemo(() => {
    const counts = timeline.years.map((entry) => entry.allies.length);
    const beijingCounts = withBeijing ? timeline.years.map((entry) => entry.recognition.beijing.length) : null;
    const x = scaleLinear()
      .domain([timeline.firstYear, timeline.lastYear])
      .range([THUMB_INSET_PX, width - THUMB_INSET_PX]);
    const y = scaleLinear()
      .domain([0, Math.max(...counts, ...(beijingCounts ?? []))])
      .nice()
      .range([HEIGHT_PX - AXIS_PX, 4]);
    const path = stepPath(counts, x, y, timeline.firstYear);
    const area = `${path}V${y(0)}H${x(timeline.firstYear)}Z`;
    const beijingPath = beijingCounts ? stepPath(beijingCounts, x, y, timeline.firstYear) : null;
    const decades = x.ticks(10).filter((tick) => tick % 10 === 0);
    return { x, y, path, area, beijingPath, decades, ticks: y.ticks(2), label: summary(timeline, counts, beijingCounts, messages) };
  }, [timeline, width, messages, withBeijing]);

  // The bands and marks change with the data, the width and the language, not with the year: made
  // once for those, so a replay's step re-renders only the current-year marker.
  const eraBands = useMemo(
    () => (
      <>
        {eras.map((era, index) => {
          const [left, right] = [x(era.from - 0.5), x(era.to - 0.5)];
          const { chart } = messages.timeline;
          return (
            <g key={era.president.start} className={`chart-era chart-era-${index % 2 === 0 ? 'even' : 'odd'}`} data-testid="chart-era">
              <title>
                {chart.era(
                  era.president.name[locale],
                  formatYear(Math.floor(era.from), locale),
                  era.president.end ? formatYear(Math.floor(era.to), locale) : null,
                  era.gained,
                  era.lost,
                )}
              </title>
              <rect x={left} width={Math.max(0, right - left)} y={0} height={HEIGHT_PX - AXIS_PX} />
              {right - left > labelWidth(era.president.short[locale]) && (
                <text x={left + 3} y={HEIGHT_PX - AXIS_PX - 3}>
                  {era.president.short[locale]}
                </text>
              )}
            </g>
          );
        })}
      </>
    ),
    [eras, x, locale, messages],
  );
  const milestoneMarks = useMemo(
    () => (
      <>
        {dataset.milestones.map((milestone) => (
          // A date's place: within its year's step, which spans half a year either side of the year's x.
          <g
            key={milestone.date}
            className="chart-milestone"
            transform={`translate(${x(fractionalYear(startOfPartialDate(milestone.date)) - 0.5)},0)`}
            data-testid="chart-milestone"
          >
            <title>{`${formatPartialDate(milestone.date, locale)}: ${milestone.label[locale]}. ${milestone.note[locale]}`}</title>
            <line y1={0} y2={HEIGHT_PX - AXIS_PX - 14} />
            <path d="M-3.5,0H3.5L0,5Z" />
          </g>
        ))}
      </>
    ),
    [dataset.milestones, x, locale],
  );

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const left = event.currentTarget.getBoundingClientRect().left;
    setYear(Math.round(x.invert(event.clientX - left)));
  };

  return (
    <div ref={ref} className="ally-chart">
      <svg width={width} height={HEIGHT_PX} role="img" aria-label={label} onClick={onClick} data-testid="ally-chart">
        {ticks.map((tick) => (
          <g key={tick} className="chart-grid">
            <line x1={x.range()[0]} x2={x.range()[1]} y1={y(tick)} y2={y(tick)} />
            <text x={-4} y={y(tick)} dy="0.32em" textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {eraBands}
        <path className="chart-area" d={area} />
        <path className="chart-line" d={path} />
        {beijingPath && <path className="chart-line chart-line-beijing" d={beijingPath} data-testid="beijing-count-line" />}
        {decades.map((decade) => (
          <text key={decade} className="chart-axis" x={x(decade)} y={HEIGHT_PX - 2} textAnchor="middle">
            {decade}
          </text>
        ))}
        {milestoneMarks}
        <g className="chart-current" transform={`translate(${x(year)},0)`}>
          <line y1={2} y2={HEIGHT_PX - AXIS_PX} />
          {beijingPath && <circle className="chart-current-beijing" cy={y(recognition.beijing.length)} r={3.5} />}
          <circle cy={y(allies.length)} r={3.5} />
        </g>
      </svg>
    </div>
  );
}
