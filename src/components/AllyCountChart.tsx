import { scaleLinear } from 'd3-scale';
import { useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { AllyTimeline } from '../data/ally-timeline.ts';
import { fractionalYear, startOfPartialDate, yearOfPartialDate } from '../data/partial-date.ts';
import { REGIONS, stackedRegions, type RegionCounts, type RegionYear } from '../data/regions.ts';
import { formatList, formatPartialDate, formatYear } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { messagesFor, type Messages } from '../i18n/messages.ts';
import { useAppContext, useAppState, useLocale, useMessages, useTimelineYear } from '../state/app-context.tsx';
import { cappedList } from '../state/year-announcement.ts';
import { ChartMarks, type ChartMark, type OpenedEvent } from './ChartMarks.tsx';
import { patternId, RegionPatterns, RegionSwatch } from './RegionPatterns.tsx';

/** Chart height in px: the plot, then the strip of switch ticks, then the decade labels. */
const HEIGHT_PX = 82;
const AXIS_PX = 14;
const STRIP_PX = 16;
/** The plot's bottom edge (the count 0), and the strip's middle (gains above, losses below). */
const PLOT_BOTTOM_PX = HEIGHT_PX - AXIS_PX - STRIP_PX;
const STRIP_MIDDLE_PX = PLOT_BOTTOM_PX + STRIP_PX / 2;
/** A mark's button: at least this wide and tall, however many years share the width. */
const MARK_MIN_WIDTH_PX = 8;
const MARK_HEIGHT_PX = 9;
/** A mark's glyph's width, and the least a tick's shrinks to where the years are close. */
const GLYPH_PX = 8;
const MIN_GLYPH_PX = 5;
/** Names a tick's label gives before "and N more". */
const TICK_NAMES = 5;
/**
 * Inset of the first and last year from the chart's edges: half the slider thumb's width
 * (app.css), so a year on the chart sits right above the thumb for that year.
 */
export const THUMB_INSET_PX = 8;
/** About how wide a band's name is at 11px (Han characters twice a Latin one), with room either side. */
const labelWidth = (text: string) => [...text].reduce((sum, char) => sum + (/\p{Script=Han}/u.test(char) ? 11 : 6.2), 6);
/** Width used before the element is measured (and in tests, which have no layout). */
const FALLBACK_WIDTH_PX = 600;

/** What the chart draws: the count, or the count stacked by region. Local to the chart, not in the address. */
export type ChartMode = 'total' | 'regions';

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

/** A band between two step lines, `lower` ≤ `upper` year by year: a stacked region of the chart. */
export function stepBandPath(
  lower: readonly number[],
  upper: readonly number[],
  x: (year: number) => number,
  y: (count: number) => number,
  firstYear: number,
): string {
  if (upper.length === 0) return '';
  // Along the upper line to the last year, then back along the lower one.
  const back = [`V${y(lower[lower.length - 1])}`];
  for (let index = lower.length - 1; index >= 0; index--) {
    back.push(`H${x(Math.max(firstYear + index - 0.5, firstYear))}`);
    if (index > 0) back.push(`V${y(lower[index - 1])}`);
  }
  return `${stepPath(upper, x, y, firstYear)}${back.join('')}Z`;
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

/** A year's regions in words, largest first, those without an ally left out: "Americas 7, Oceania 3, Africa 1 and Europe 1". */
export function regionsInWords(counts: RegionCounts, locale: Locale): string {
  const { chart } = messagesFor(locale).timeline;
  const present = REGIONS.filter((region) => counts[region] > 0).sort((a, b) => counts[b] - counts[a]);
  return formatList(
    present.map((region) => chart.regionCount(chart.regions[region], counts[region])),
    locale,
  );
}

/** The chart in words, its accessible name; with Beijing's count too while that layer is chosen. */
function summary(
  timeline: AllyTimeline,
  counts: readonly number[],
  beijingCounts: readonly number[] | null,
  regionYears: readonly RegionYear[] | null,
  locale: Locale,
  messages: Messages,
): string {
  const taipei = regionYears
    ? messages.timeline.chart.summaryByRegion(
        timeline.firstYear,
        timeline.lastYear,
        regionsInWords(regionYears[0].counts, locale),
        regionsInWords(regionYears.at(-1)!.counts, locale),
      )
    : messages.timeline.chartSummary(seriesSummary(timeline, counts));
  return beijingCounts ? `${taipei} ${messages.timeline.chartSummaryBeijing(seriesSummary(timeline, beijingCounts))}` : taipei;
}

/** The choice of series, as two radio buttons (they keep their arrow keys: shortcuts.ts). */
function ChartModeSwitch({ mode, onChange }: { mode: ChartMode; onChange: (mode: ChartMode) => void }) {
  const { chart } = useMessages().timeline;
  const options: [ChartMode, string][] = [
    ['total', chart.total],
    ['regions', chart.byRegion],
  ];
  return (
    <fieldset className="chart-mode">
      <legend className="visually-hidden">{chart.mode}</legend>
      {options.map(([value, text]) => (
        <label key={value}>
          <input type="radio" name="ally-chart-mode" value={value} checked={mode === value} onChange={() => onChange(value)} />
          <span>{text}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The legend of the chart by region, with each region's allies in the year: "Africa 1 · Americas 7 …". */
function RegionLegend({ counts, year }: { counts: RegionCounts; year: number }) {
  const locale = useLocale();
  const { chart } = useMessages().timeline;
  return (
    <ul className="chart-legend" aria-label={chart.regionSplit(formatYear(year, locale))} data-testid="region-split">
      {REGIONS.map((region) => (
        <li key={region}>
          <RegionSwatch region={region} />
          {chart.regionCount(chart.regions[region], counts[region])}
        </li>
      ))}
    </ul>
  );
}

/**
 * The number of formal allies each year, as a step chart above the slider (or, by choice, stacked
 * by region), and while Beijing's layer is chosen the number of states with relations with
 * Beijing on the same axis. Each president's term is a band; the milestones and each year's
 * switches (▲ gained, ▼ lost) are marks that open their event (`onOpenEvent`). The current year is
 * marked; a click moves the timeline to the year under the pointer (the slider is the keyboard way
 * to do the same). Only the current-year marker and the legend's counts follow the year: the rest
 * is made once for the data, the width, the language and the mode, so a replay's step stays cheap.
 */
export function AllyCountChart({ onOpenEvent }: { onOpenEvent: (event: OpenedEvent) => void }) {
  const { timeline, dataset, eras, switches, regionYears } = useAppContext();
  const locale = useLocale();
  const { year, allies, recognition } = useTimelineYear();
  const withBeijing = useAppState((state) => state.layers.includes('beijing'));
  const setYear = useAppState((state) => state.setYear);
  const { ref, width } = useWidth();
  const messages = useMessages();
  const [mode, setMode] = useState<ChartMode>('total');
  const byRegion = mode === 'regions';

  const { x, y, path, area, beijingPath, decades, ticks, label } = useMemo(() => {
    const counts = timeline.years.map((entry) => entry.allies.length);
    const beijingCounts = withBeijing ? timeline.years.map((entry) => entry.recognition.beijing.length) : null;
    const x = scaleLinear()
      .domain([timeline.firstYear, timeline.lastYear])
      .range([THUMB_INSET_PX, width - THUMB_INSET_PX]);
    const y = scaleLinear()
      .domain([0, Math.max(...counts, ...(beijingCounts ?? []))])
      .nice()
      .range([PLOT_BOTTOM_PX, 4]);
    const path = stepPath(counts, x, y, timeline.firstYear);
    const area = `${path}V${y(0)}H${x(timeline.firstYear)}Z`;
    const beijingPath = beijingCounts ? stepPath(beijingCounts, x, y, timeline.firstYear) : null;
    const decades = x.ticks(10).filter((tick) => tick % 10 === 0);
    const label = summary(timeline, counts, beijingCounts, byRegion ? regionYears : null, locale, messages);
    return { x, y, path, area, beijingPath, decades, ticks: y.ticks(2), label };
  }, [timeline, width, messages, locale, withBeijing, byRegion, regionYears]);

  const regionBands = useMemo(
    () =>
      byRegion && (
        <g data-testid="region-bands">
          {stackedRegions(regionYears).map(({ region, lower, upper }) => (
            <path
              key={region}
              className={`chart-region chart-region-${region}`}
              d={stepBandPath(lower, upper, x, y, timeline.firstYear)}
              fill={`url(#${patternId(region)})`}
            />
          ))}
        </g>
      ),
    [byRegion, regionYears, x, y, timeline.firstYear],
  );

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
              <rect x={left} width={Math.max(0, right - left)} y={0} height={PLOT_BOTTOM_PX} />
              {right - left > labelWidth(era.president.short[locale]) && (
                <text x={left + 3} y={PLOT_BOTTOM_PX - 3}>
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

  // A date's place: within its year's step, which spans half a year either side of the year's x.
  const milestoneX = useMemo(() => {
    const place = new Map(dataset.milestones.map((milestone) => [milestone.date, x(fractionalYear(startOfPartialDate(milestone.date)) - 0.5)]));
    return (date: string) => place.get(date)!;
  }, [dataset.milestones, x]);

  const milestoneLines = useMemo(
    () => (
      <>
        {dataset.milestones.map((milestone) => (
          <line
            key={milestone.date}
            className="chart-milestone"
            x1={milestoneX(milestone.date)}
            x2={milestoneX(milestone.date)}
            y1={0}
            y2={PLOT_BOTTOM_PX - 14}
          />
        ))}
      </>
    ),
    [dataset.milestones, milestoneX],
  );

  const marks = useMemo(() => {
    const { chart } = messages.timeline;
    const { announce } = messages;
    const yearStep = Math.abs(x(timeline.firstYear + 1) - x(timeline.firstYear));
    const markWidth = Math.max(MARK_MIN_WIDTH_PX, yearStep);
    // A tick no wider than its year (a pixel apart), so neighbours stay apart on a phone; a milestone's flag keeps its size.
    const tickGlyph = Math.min(GLYPH_PX, Math.max(MIN_GLYPH_PX, yearStep - 1));
    const names = (events: readonly { name: Record<Locale, string> }[]) =>
      cappedList(
        events.map((event) => event.name[locale]),
        TICK_NAMES,
        locale,
      );
    const list: ChartMark[] = [
      ...dataset.milestones.map((milestone): ChartMark => {
        const label = chart.milestone(formatPartialDate(milestone.date, locale), milestone.label[locale]);
        return {
          key: `milestone-${milestone.date}`,
          x: milestoneX(milestone.date),
          top: 0,
          width: MARK_MIN_WIDTH_PX + 2,
          height: MARK_HEIGHT_PX,
          glyph: GLYPH_PX,
          label,
          title: `${label}. ${milestone.note[locale]}`,
          opens: { kind: 'milestone', date: milestone.date, year: yearOfPartialDate(milestone.date) },
        };
      }),
      ...switches.flatMap((entry) => {
        const yearText = formatYear(entry.year, locale);
        const tick = (kind: 'gained' | 'lost'): ChartMark => {
          const events = entry[kind];
          const label = chart.tick(yearText, (kind === 'gained' ? announce.gained : announce.lost)(events.length, names(events)));
          return {
            key: `${kind}-${entry.year}`,
            x: x(entry.year),
            top: kind === 'gained' ? STRIP_MIDDLE_PX - MARK_HEIGHT_PX : STRIP_MIDDLE_PX,
            width: markWidth,
            height: MARK_HEIGHT_PX,
            glyph: tickGlyph,
            label,
            title: label,
            opens: { kind, year: entry.year },
          };
        };
        return [...(entry.gained.length > 0 ? [tick('gained')] : []), ...(entry.lost.length > 0 ? [tick('lost')] : [])];
      }),
    ];
    return list.sort((a, b) => a.x - b.x);
  }, [dataset.milestones, switches, milestoneX, x, timeline.firstYear, locale, messages]);

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const left = event.currentTarget.getBoundingClientRect().left;
    setYear(Math.round(x.invert(event.clientX - left)));
  };

  return (
    <div ref={ref} className="ally-chart">
      <div className="chart-header">
        <ChartModeSwitch mode={mode} onChange={setMode} />
        {byRegion && <RegionLegend counts={regionYears[year - timeline.firstYear].counts} year={year} />}
      </div>
      <div className="chart-plot">
        <svg width={width} height={HEIGHT_PX} role="img" aria-label={label} onClick={onClick} data-testid="ally-chart">
          {byRegion && <RegionPatterns />}
          {ticks.map((tick) => (
            <g key={tick} className="chart-grid">
              <line x1={x.range()[0]} x2={x.range()[1]} y1={y(tick)} y2={y(tick)} />
              <text x={-4} y={y(tick)} dy="0.32em" textAnchor="end">
                {tick}
              </text>
            </g>
          ))}
          {eraBands}
          {byRegion ? regionBands : <path className="chart-area" d={area} />}
          <path className="chart-line" d={path} />
          {beijingPath && <path className="chart-line chart-line-beijing" d={beijingPath} data-testid="beijing-count-line" />}
          <line className="chart-strip" x1={x.range()[0]} x2={x.range()[1]} y1={STRIP_MIDDLE_PX} y2={STRIP_MIDDLE_PX} />
          {decades.map((decade) => (
            <text key={decade} className="chart-axis" x={x(decade)} y={HEIGHT_PX - 2} textAnchor="middle">
              {decade}
            </text>
          ))}
          {milestoneLines}
          <g className="chart-current" transform={`translate(${x(year)},0)`}>
            <line y1={2} y2={PLOT_BOTTOM_PX + STRIP_PX} />
            {beijingPath && <circle className="chart-current-beijing" cy={y(recognition.beijing.length)} r={3.5} />}
            <circle cy={y(allies.length)} r={3.5} />
          </g>
        </svg>
        <ChartMarks marks={marks} label={messages.timeline.chart.marks} onOpen={onOpenEvent} />
      </div>
    </div>
  );
}
