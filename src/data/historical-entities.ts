/**
 * States in the relations history (Taipei's and Beijing's) that no longer exist, and the
 * present-day shapes the map uses to place them. South Vietnam is recorded as VNM directly
 * (data/README.md). When two states share a shape, the map shows the stronger tie (recognition.ts).
 */
export const HISTORICAL_SUCCESSOR_SHAPES: Record<string, readonly string[]> = {
  SUN: ['RUS'],
  CSK: ['CZE', 'SVK'],
  /** East Germany, in Beijing's relations only (ISO 3166-3 codes, as the others). */
  DDR: ['DEU'],
  /** North Vietnam (the Democratic Republic of Vietnam), in Beijing's relations only; South Vietnam is VNM before 1976. */
  VDR: ['VNM'],
  /** South Yemen, in Beijing's relations only. */
  YMD: ['YEM'],
};

/** The map shape codes a data code is drawn with. */
export function shapeCodesFor(iso3: string): readonly string[] {
  return HISTORICAL_SUCCESSOR_SHAPES[iso3] ?? [iso3];
}
