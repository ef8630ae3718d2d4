import { scaleLinear } from 'd3-scale';
import { parsePartialDate } from '../data/partial-date.ts';
import type { RelationPeriod } from '../data/schemas.ts';

/** Fractional year of a partial date (1957-07-08 → about 1957.5), for placing it on the bar. */
function yearFraction(date: string): number {
  const parsed = parsePartialDate(date)!;
  return parsed.year + (parsed.month - 1) / 12 + (parsed.day - 1) / 365;
}

/**
 * A country's periods of formal relations as bars on one line from the first to the last year of
 * the timeline, with the timeline's year marked. Drawn for the eye only: the list beside it says
 * the same in words. A period that began before the first year runs off the left edge.
 */
export function PeriodsTimeline({ periods, firstYear, lastYear, year }: { periods: readonly RelationPeriod[]; firstYear: number; lastYear: number; year: number }) {
  const x = scaleLinear().domain([firstYear, lastYear + 1]).range([0, 100]).clamp(true);
  return (
    <div className="periods-timeline" aria-hidden="true">
      <svg viewBox="0 0 100 10" preserveAspectRatio="none" width="100%" height="14">
        <rect className="periods-track" x={0} y={3} width={100} height={4} />
        {periods.map((period) => {
          const start = x(yearFraction(period.start));
          const end = period.end ? x(yearFraction(period.end)) : 100;
          return <rect key={period.start} className="periods-bar" data-testid="period-bar" x={start} y={1} width={Math.max(end - start, 0.6)} height={8} />;
        })}
        <line className="periods-year" x1={x(year + 0.5)} x2={x(year + 0.5)} y1={0} y2={10} vectorEffect="non-scaling-stroke" />
      </svg>
      <div className="periods-scale">
        <span>{firstYear}</span>
        <span>{lastYear}</span>
      </div>
    </div>
  );
}
