import { createExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';

/**
 * Evaluates a paint value the way MapLibre would for one feature, so style tests can assert the
 * colour a country gets rather than the shape of the expression.
 */
export function evaluatePaint(
  layerType: 'fill' | 'line' | 'circle',
  property: string,
  value: unknown,
  properties: Record<string, unknown>,
  featureState: Record<string, unknown> = {},
  zoom = 2,
): unknown {
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${layerType}`][property];
  const parsed = createExpression(value, 'paint', spec);
  if (parsed.result === 'error') throw new Error(parsed.value.map((error) => error.message).join('; '));
  const result = parsed.value.evaluate({ zoom }, { type: 'Polygon', properties, geometry: [] } as never, featureState);
  return result && typeof result === 'object' && 'toString' in result ? String(result) : result;
}

/** MapLibre's Color#toString form of a hex colour: rgba(r,g,b,a). */
export function rgba(hex: string, alpha = 1): string {
  const [r, g, b] = [1, 3, 5].map((index) => parseInt(hex.slice(index, index + 2), 16));
  return `rgba(${r},${g},${b},${alpha})`;
}
