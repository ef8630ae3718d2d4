import type { LegendSwatch } from '../data/view-summary.ts';

/** The CSS class that draws each kind of legend swatch (app.css). */
const SWATCH_CLASSES: Record<LegendSwatch['kind'], string> = {
  fill: 'swatch-fill',
  outline: 'swatch-outline',
  change: 'swatch-fill swatch-change',
  hatched: 'swatch-lost-pattern',
};

/** A legend's colour mark, drawn as the map draws the entry (a fill, an outline, hatching). */
export function SwatchMark({ swatch }: { swatch: LegendSwatch }) {
  return <span className={`swatch ${SWATCH_CLASSES[swatch.kind]}`} style={{ ['--swatch' as string]: swatch.color }} aria-hidden="true" />;
}
