import { SVG_FONTS } from '../../i18n/font-stacks.ts';
import type { Locale } from '../../i18n/locale.ts';
import { LABEL_INK, labelFontParts, labelLineMiddle, labelStrokes, LINE_HEIGHT } from '../../map/label-drawing.ts';
import { nearestPointOf, type PlacedLabel } from '../../map/label-layout.ts';
import { element, type Attributes, escapeXml, paintAttributes, svgPaint } from './svg-markup.ts';

/**
 * Where a line's alphabetic baseline sits below its middle, in ems: the canvas draws names from
 * their middle (textBaseline middle), which SVG 1.1 renderers do not all support, so the SVG
 * sets the baseline itself.
 */
export const MIDDLE_TO_BASELINE_EM = 0.32;

/**
 * Text on a halo, as the canvas draws it (strokeText, then fillText): the text twice, stroked
 * under filled, rather than SVG 2's paint-order, which SVG 1.1 and some slide software lack.
 */
export function haloText(text: string, { ink, halo, haloWidth }: { ink: string; halo: string; haloWidth: number }, attributes: Attributes): string {
  return element(
    'g',
    attributes,
    element('g', { fill: 'none', ...paintAttributes('stroke', svgPaint(halo)), 'stroke-width': haloWidth, 'stroke-linejoin': 'round' }, text) +
      element('g', paintAttributes('fill', svgPaint(ink)), text),
  );
}

/**
 * The map's placed names as SVG, drawn as the canvas draws them (label-drawing.ts drawLabels):
 * leader lines on a white halo with a dot at the country's point, then each line of a name in
 * its kind's ink on a white halo.
 */
export function svgLabels(placed: readonly PlacedLabel[], fontPx: number, locale: Locale): string {
  const strokes = labelStrokes(fontPx);
  const leaders = placed
    .filter((label) => label.leader)
    .map((label) => {
      const [x2, y2] = nearestPointOf(label.box, label.x, label.y);
      const line = { x1: label.x, y1: label.y, x2, y2, 'stroke-linecap': 'round' };
      return [
        element('line', { ...line, ...paintAttributes('stroke', svgPaint(strokes.leaderHalo.color)), 'stroke-width': strokes.leaderHalo.width }),
        element('line', { ...line, ...paintAttributes('stroke', svgPaint(strokes.leader.color)), 'stroke-width': strokes.leader.width }),
        element('circle', { cx: label.x, cy: label.y, r: strokes.dotRadius, ...paintAttributes('fill', svgPaint(strokes.leader.color)) }),
      ].join('');
    });
  const lineHeight = fontPx * LINE_HEIGHT;
  const names = placed.map((label) => {
    const { style, weight } = labelFontParts(label.kind, locale);
    const lines = label.lines.map((line, index) =>
      element('text', { x: label.box.x, y: labelLineMiddle(label, index, lineHeight) + MIDDLE_TO_BASELINE_EM * fontPx }, escapeXml(line)),
    );
    return haloText(
      lines.join(''),
      { ink: LABEL_INK[label.kind], halo: strokes.halo.color, haloWidth: strokes.halo.width },
      { 'font-family': SVG_FONTS[locale], 'font-size': fontPx, 'font-weight': weight, 'font-style': style === 'italic' ? 'italic' : null },
    );
  });
  return [...leaders, ...names].join('\n');
}
