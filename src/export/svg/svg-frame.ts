import type { LegendKey, LegendSwatch } from '../../data/view-summary.ts';
import { SVG_FONTS } from '../../i18n/font-stacks.ts';
import type { Locale } from '../../i18n/locale.ts';
import { FRAME_COLORS, type FrameLayout } from '../compose-frame.ts';
import type { FrameText } from '../frame-text.ts';
import { haloText, MIDDLE_TO_BASELINE_EM } from './svg-labels.ts';
import { element, type Attributes, escapeXml, num, paintAttributes, svgPaint } from './svg-markup.ts';

/**
 * A frame's furniture as SVG: the title card, the legend, the year and the credit line where
 * compose-frame.ts draws them on a canvas, at the sizes its layoutFrame measured. The canvas
 * writes from a text's top (textBaseline top); SVG from its baseline, half an em lower than the
 * middle's.
 */
const TOP_TO_BASELINE_EM = 0.5 + MIDDLE_TO_BASELINE_EM;

/** A text of one line, from its top (as the canvas writes it). */
function textAt(content: string, x: number, top: number, size: number, attributes: Attributes = {}) {
  return element('text', { x, y: top + size * TOP_TO_BASELINE_EM, 'font-size': size, ...attributes }, escapeXml(content));
}

const card = (x: number, y: number, width: number, height: number, radius: number) =>
  element('rect', { x, y, width, height, rx: radius, ry: radius, ...paintAttributes('fill', svgPaint(FRAME_COLORS.card)) });

/** A legend swatch, as compose-frame.ts drawSwatch draws it: a fill, hatched, outlined or both. */
function swatchElement(swatch: LegendSwatch, x: number, y: number, size: number, colors: { land: string; outline: string }): string {
  const width = size * 1.3;
  const parts = [element('rect', { x, y, width, height: size, ...paintAttributes('fill', svgPaint(swatch.kind === 'outline' ? colors.land : swatch.color)) })];
  if (swatch.kind === 'fill') return parts.join('');
  const lineWidth = Math.max(1.5, size / 7);
  if (swatch.kind === 'hatched') {
    // Lines at 45° (＼) every `step`, cut to the swatch (no clip path needed for straight lines).
    const step = size / 2.5;
    const lines: string[] = [];
    for (let offset = -size; offset < width + size; offset += step) {
      const from = Math.max(0, -offset);
      const to = Math.min(size, width - offset);
      if (from < to) lines.push(`M${num(x + offset + from)} ${num(y + from)}L${num(x + offset + to)} ${num(y + to)}`);
    }
    parts.push(element('path', { d: lines.join(''), fill: 'none', ...paintAttributes('stroke', svgPaint(colors.outline)), 'stroke-width': lineWidth }));
  }
  const inset = lineWidth / 2;
  parts.push(
    element('rect', {
      x: x + inset,
      y: y + inset,
      width: width - lineWidth,
      height: size - lineWidth,
      fill: 'none',
      ...paintAttributes('stroke', svgPaint(swatch.kind === 'outline' ? swatch.color : colors.outline)),
      'stroke-width': lineWidth,
    }),
  );
  return parts.join('');
}

/** The credit line along the bottom of a frame `width` wide and `height` high. */
export function svgCredit(layout: FrameLayout, locale: Locale, width: number, height: number): string {
  const { credit, pad } = layout;
  const font = SVG_FONTS[locale];
  // The lines centred in the band, as composeFrame draws them.
  const creditTop = height - credit.height + (credit.height - credit.lines.length * credit.line) / 2 + (credit.line - credit.size) / 2;
  return element(
    'g',
    { 'font-family': font },
    element('rect', { x: 0, y: height - credit.height, width, height: credit.height, ...paintAttributes('fill', svgPaint(FRAME_COLORS.card)) }) +
      credit.lines
        .map((line, index) => textAt(line, pad, creditTop + index * credit.line, credit.size, paintAttributes('fill', svgPaint(FRAME_COLORS.muted))))
        .join(''),
  );
}

/** The title card, the year and the legend of a frame `width` wide (the credit line is svgCredit). */
export function svgFurniture(
  layout: FrameLayout,
  text: FrameText,
  width: number,
  swatches: Record<LegendKey, LegendSwatch>,
  colors: { land: string; outline: string },
): string {
  const { pad } = layout;
  const font = SVG_FONTS[text.locale];
  const ink = paintAttributes('fill', svgPaint(FRAME_COLORS.ink));
  const parts: string[] = [];

  parts.push(card(layout.card.x, layout.card.y, layout.card.width, layout.card.height, pad * 0.4));
  parts.push(textAt(layout.title.text, pad * 1.7, pad * 1.45, layout.title.size, { 'font-weight': 700, ...ink }));
  const countTop = pad * 1.45 + layout.title.size * 1.25;
  parts.push(textAt(layout.count.text, pad * 1.7, countTop, layout.count.size, ink));
  if (layout.weight) {
    const weightTop = countTop + layout.count.size * 1.3;
    const { size, lines } = layout.weight;
    lines.forEach((line, index) =>
      parts.push(textAt(line, pad * 1.7, weightTop + index * size * 1.3, size, paintAttributes('fill', svgPaint(FRAME_COLORS.muted)))),
    );
  }

  const { year } = layout;
  const yearText = textAt(text.year, width - pad, year.box.y, year.size, { 'text-anchor': 'end' });
  parts.push(haloText(yearText, { ink: FRAME_COLORS.ink, halo: 'rgba(255, 255, 255, 0.9)', haloWidth: Math.max(2, year.size / 14) }, { 'font-weight': 800 }));

  const { legend } = layout;
  if (legend) {
    parts.push(card(legend.box.x, legend.box.y, legend.box.width, legend.box.height, pad * 0.4));
    text.legend.forEach((item, index) => {
      const top = legend.box.y + pad * 0.3 + index * legend.line + (legend.line - legend.size) / 2;
      parts.push(swatchElement(swatches[item.key], pad * 1.5, top, legend.size * 0.85, colors));
      parts.push(textAt(item.label, pad * 1.5 + legend.size * 1.5, top, legend.size, ink));
    });
  }
  return element('g', { 'font-family': font }, parts.join('\n'));
}
