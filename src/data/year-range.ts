/** The first year of the timeline: the ROC government's move to Taiwan. */
export const FIRST_YEAR = 1949;

/** An inclusive span of years, `from` ≤ `to`: the timeline's, a replay's, an export's. */
export interface YearRange {
  from: number;
  to: number;
}
