import shapes from 'virtual:world-shapes';
import { weighShapes, type WeightedTopology } from './country-shapes.ts';

let weighed: WeightedTopology | null = null;

/** The country shapes, weighed for simplification once per page (country-shapes.ts); they come with this chunk, on the first SVG export. */
export function worldShapes(): WeightedTopology {
  return (weighed ??= weighShapes(shapes));
}
