import { Color } from '@maplibre/maplibre-gl-style-spec';

/**
 * Writing SVG 1.1 as text: escaping, elements, numbers and colours. SVG 1.1 knows no rgba(), so a
 * colour with alpha is written as a hex colour and an opacity.
 */

/** Text or an attribute's value with XML's special characters escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`);
}

/** A number as SVG writes it: at most two decimals, no trailing zeros. */
export const num = (value: number) => String(Math.round(value * 100) / 100);

/** An attribute's value: left out when null, undefined or false. */
type AttributeValue = string | number | null | undefined | false;
/** An element's attributes by name. */
export type Attributes = Record<string, AttributeValue>;

/** An element with its attributes (in the order given) and content; empty content closes it in one tag. */
export function element(name: string, attributes: Attributes, content = ''): string {
  const written = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined && entry[1] !== false)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
    .join('');
  return content ? `<${name}${written}>${content}</${name}>` : `<${name}${written}/>`;
}

/** A colour as SVG 1.1 takes it: `#rrggbb`, and its opacity (1 unless the colour has alpha). */
export interface SvgPaint {
  color: string;
  opacity: number;
}

const hex2 = (channel: number) =>
  Math.round(Math.min(1, Math.max(0, channel)) * 255)
    .toString(16)
    .padStart(2, '0');

/** A colour from the style (a MapLibre Color, or any CSS colour string) as an SVG paint; null for none or transparent. */
export function svgPaint(value: Color | string | null | undefined): SvgPaint | null {
  const color = typeof value === 'string' ? Color.parse(value) : value;
  if (!color) return null;
  const [r, g, b, alpha] = color.rgb;
  if (alpha <= 0) return null;
  return { color: `#${hex2(r)}${hex2(g)}${hex2(b)}`, opacity: Math.round(alpha * 1000) / 1000 };
}

/** The attributes that paint a fill or a stroke with a colour and an extra opacity (the layer's). */
export function paintAttributes(kind: 'fill' | 'stroke', paint: SvgPaint | null, opacity = 1): Attributes {
  if (!paint || opacity <= 0) return { [kind]: 'none' };
  const total = paint.opacity * opacity;
  return { [kind]: paint.color, [`${kind}-opacity`]: total < 1 ? Math.round(total * 1000) / 1000 : null };
}
