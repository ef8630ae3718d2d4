import { scaleLinear } from 'd3-scale';
import { fractionalYear, startOfPartialDate } from '../data/partial-date.ts';
import type { RelationPeriod } from '../data/dataset.ts';

const yearFraction = (date: string) => fractionalYear(startOfPartialDate(date));

/**
 * A country's periods of formal relations as bars on one line from the first to the last year of
 * the timeline, with the day the timeline's year is read on marked (31 December, so a country
 * lost that year is marked after its bar ends). Drawn for the eye only: the list beside it says
 * the same in words. A period that began before the first year runs off the left edge.
 */
export function PeriodsTimeline({
  periods,
  firstYear,
  lastYear,
  readOn,
}: {
  periods: readonly RelationPeriod[];
  firstYear: number;
  lastYear: number;
  readOn: number;
}) {
  const x = scaleLinear()
    .domain([firstYear, lastYear + 1])
    .range([0, 100])
    .clamp(true);
  return (
    <div className="periods-timeline" aria-hidden="true">
      <svg viewBox="0 0 100 10" preserveAspectRatio="none" width="100%" height="14">
        <rect className="periods-track" x={0} y={3} width={100} height={4} />
        {periods.map((period) => {
          const start = x(yearFraction(period.start));
          const end = period.end ? x(yearFraction(period.end)) : 100;
          return <rect key={period.start} className="periods-bar" data-testid="period-bar" x={start} y={1} width={Math.max(end - start, 0.6)} height={8} />;
        })}
        <line className="periods-year" x1={x(fractionalYear(readOn))} x2={x(fractionalYear(readOn))} y1={0} y2={10} vectorEffect="non-scaling-stroke" />
      </svg>
      <div className="periods-scale">
        <span>{firstYear}</span>
        <span>{lastYear}</span>
      </div>
    </div>
  );
}
