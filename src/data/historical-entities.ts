/**
 * States in the relations history that no longer exist, and the present-day shapes the map uses
 * to place them. South Vietnam is recorded as VNM directly (data/README.md).
 */
export const HISTORICAL_SUCCESSOR_SHAPES: Record<string, readonly string[]> = {
  SUN: ['RUS'],
  CSK: ['CZE', 'SVK'],
};

/** The map shape codes a data code is drawn with. */
export function shapeCodesFor(iso3: string): readonly string[] {
  return HISTORICAL_SUCCESSOR_SHAPES[iso3] ?? [iso3];
}
