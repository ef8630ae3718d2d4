import type { BeijingPeriod, RelationPeriod } from './dataset.ts';
import { shapeCodesFor } from './historical-entities.ts';
import { startOfPartialDate } from './partial-date.ts';

/**
 * Whom a state recognises on a day, read from both relations files: `taipei` (formal relations
 * with the ROC), `beijing` (diplomatic relations with the PRC), or `neither`: a state that has had
 * relations with one of them, has none that day, and still exists (the gap between breaking with
 * one and establishing relations with the other, or years with neither). A state that never had
 * relations with either (Bhutan) is not drawn: the data does not say since when it was a state.
 */
export type Recognition = 'taipei' | 'beijing' | 'neither';
export const RECOGNITIONS = ['taipei', 'beijing', 'neither'] as const satisfies readonly Recognition[];

/** When one shape carries several states (South and North Vietnam), the stronger shows: Taipei's ally first. */
const RANK: Record<Recognition, number> = { taipei: 3, beijing: 2, neither: 1 };

/** Whom every state and every map shape recognises on one day, and who is counted where. */
export interface RecognitionOnDay {
  /** Data codes of the states with relations with Beijing (historical states by their own codes). */
  beijing: string[];
  /** Data codes of the states with relations with neither (`Recognition`). */
  neither: string[];
  /** Each map shape's recognition (historical states on their successors' shapes). */
  byShape: ReadonlyMap<string, Recognition>;
}

type Period = RelationPeriod | BeijingPeriod;

/** A period as instants (ms UTC): [start, end), end Infinity while it runs; and whether the state ended with it. */
interface Span {
  start: number;
  end: number;
  dissolved: boolean;
}

/** Each code's periods of both files as instants, found once; the spans of both sides sorted by start. */
interface CodePeriods {
  taipei: Span[];
  beijing: Span[];
  all: Span[];
}

const spanOf = (period: Period): Span => ({
  start: startOfPartialDate(period.start),
  end: period.end === null ? Infinity : startOfPartialDate(period.end),
  dissolved: period.endReason === 'state_dissolved',
});
const runs = (spans: readonly Span[], instant: number) => spans.some((span) => span.start <= instant && instant < span.end);

/**
 * Whom a code's state recognises on the instant; null before its first relations with either side,
 * or once it has ceased to exist: the latest period begun by then ended with the state. (VNM is
 * South Vietnam until 1975 and the united Vietnam's shape after.)
 */
function recognitionOf({ taipei, beijing, all }: CodePeriods, instant: number): Recognition | null {
  let latest: Span | null = null;
  for (const span of all) if (span.start <= instant) latest = span;
  if (!latest || (latest.dissolved && latest.end <= instant)) return null;
  if (runs(taipei, instant)) return 'taipei';
  return runs(beijing, instant) ? 'beijing' : 'neither';
}

/**
 * A reader of both files: whom each state and shape recognises on an instant (ms UTC). The
 * periods are grouped once; each reading is then a pass over the codes.
 */
export function recognitionReader(taipei: readonly RelationPeriod[], beijing: readonly BeijingPeriod[]): (instant: number) => RecognitionOnDay {
  const byCode = new Map<string, CodePeriods>();
  const periodsOf = (iso3: string) => byCode.get(iso3) ?? byCode.set(iso3, { taipei: [], beijing: [], all: [] }).get(iso3)!;
  for (const period of taipei) periodsOf(period.iso3).taipei.push(spanOf(period));
  for (const period of beijing) periodsOf(period.iso3).beijing.push(spanOf(period));
  for (const periods of byCode.values()) periods.all = [...periods.taipei, ...periods.beijing].sort((a, b) => a.start - b.start);
  return (instant) => {
    const day = { beijing: [] as string[], neither: [] as string[], byShape: new Map<string, Recognition>() };
    for (const [iso3, periods] of byCode) {
      const recognition = recognitionOf(periods, instant);
      if (!recognition) continue;
      if (recognition !== 'taipei') day[recognition].push(iso3);
      for (const shape of shapeCodesFor(iso3)) {
        const existing = day.byShape.get(shape);
        if (!existing || RANK[recognition] > RANK[existing]) day.byShape.set(shape, recognition);
      }
    }
    return day;
  };
}
