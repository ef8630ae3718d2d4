import type { LegendKey, LegendSwatch } from '../data/view-summary.ts';
import type { FrameText } from './frame-text.ts';
import { CANVAS_FONTS } from '../i18n/font-stacks.ts';
import type { Box } from '../map/label-layout.ts';

/** Colours of the frame's furniture. */
const INK = '#1d2430';
const MUTED = '#4a5260';
const CARD = 'rgba(255, 255, 255, 0.92)';
/** The furniture's colours, for a drawing of the frame other than the canvas's (the SVG export). */
export const FRAME_COLORS = { ink: INK, muted: MUTED, card: CARD } as const;

/** Text sizes are set for a 1080 px high frame and scale with the frame's shorter side. */
const scaleOf = (width: number, height: number) => Math.max(0.45, Math.min(width, height) / 1080);

function card(ctx: CanvasRenderingContext2D, x: number, y: number, width: number, height: number, radius: number) {
  ctx.fillStyle = CARD;
  ctx.beginPath();
  ctx.roundRect(x, y, width, height, radius);
  ctx.fill();
}

/** What measures text: a canvas context, or the SVG export's measurer, in the font it was last given. */
type TextMeasurer = Pick<CanvasRenderingContext2D, 'measureText'>;

/** Shortens a line with an ellipsis until it fits `maxWidth`. */
function fitText(ctx: TextMeasurer, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let end = text.length;
  while (end > 1 && ctx.measureText(`${text.slice(0, end)}…`).width > maxWidth) end--;
  return `${text.slice(0, end)}…`;
}

/** What separates the parts of the credit and the weight lines, which wrapping keeps whole where it can. */
const PART_SEPARATOR = ' · ';
/** At most this many lines; the last is shortened with an ellipsis if the text is longer still. */
const MAX_LINES = 3;

/** Splits a word wider than `maxWidth` (a long link in a small frame) into pieces that fit. */
function breakWord(ctx: TextMeasurer, word: string, maxWidth: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (ctx.measureText(rest).width > maxWidth && rest.length > 1) {
    let end = rest.length - 1;
    while (end > 1 && ctx.measureText(rest.slice(0, end)).width > maxWidth) end--;
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  return [...pieces, rest];
}

/**
 * A line of parts (the credit, the weight) in lines no wider than `maxWidth`: whole parts (between
 * " · ") where they fit, else whole words, and a word wider than a line (a link) broken where it
 * must, so the credit's permalink is never cut short by an ellipsis unless it runs past MAX_LINES.
 */
export function wrapParts(ctx: TextMeasurer, text: string, maxWidth: number): string[] {
  const fits = (line: string) => ctx.measureText(line).width <= maxWidth;
  const lines: string[] = [];
  let line = '';
  const push = (piece: string, separator: string) => {
    const joined = line ? `${line}${separator}${piece}` : piece;
    if (fits(joined)) {
      line = joined;
      return true;
    }
    return false;
  };
  for (const part of text.split(PART_SEPARATOR)) {
    if (push(part, PART_SEPARATOR)) continue;
    // The part does not fit after what the line holds: it starts a new line, word by word.
    if (line) lines.push(line);
    line = '';
    for (const word of part.split(' ')) {
      if (push(word, ' ')) continue;
      if (line) lines.push(line);
      const pieces = breakWord(ctx, word, maxWidth);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1)!;
    }
    // The next part starts with a separator on this line if it fits, else on the next one.
  }
  if (line) lines.push(line);
  if (lines.length <= MAX_LINES) return lines;
  const kept = lines.slice(0, MAX_LINES);
  kept[MAX_LINES - 1] = fitText(ctx, lines.slice(MAX_LINES - 1).join(' '), maxWidth);
  return kept;
}

/** Diagonal lines (＼, as on the map's lost allies) across a rectangle. */
function drawHatching(ctx: CanvasRenderingContext2D, x: number, y: number, width: number, height: number, color: string) {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, width, height);
  ctx.clip();
  ctx.strokeStyle = color;
  ctx.beginPath();
  const step = height / 2.5;
  for (let offset = -height; offset < width + height; offset += step) {
    ctx.moveTo(x + offset, y);
    ctx.lineTo(x + offset + height, y + height);
  }
  ctx.stroke();
  ctx.restore();
}

function drawSwatch(ctx: CanvasRenderingContext2D, swatch: LegendSwatch, x: number, y: number, size: number, land: string, outline: string) {
  ctx.fillStyle = swatch.kind === 'outline' ? land : swatch.color;
  ctx.fillRect(x, y, size * 1.3, size);
  if (swatch.kind === 'fill') return;
  ctx.lineWidth = Math.max(1.5, size / 7);
  if (swatch.kind === 'hatched') drawHatching(ctx, x, y, size * 1.3, size, outline);
  ctx.strokeStyle = swatch.kind === 'outline' ? swatch.color : outline;
  ctx.strokeRect(x + ctx.lineWidth / 2, y + ctx.lineWidth / 2, size * 1.3 - ctx.lineWidth, size - ctx.lineWidth);
}

/** Where a frame's furniture goes and at what sizes; measured once, drawn by composeFrame (and the SVG export). */
export interface FrameLayout {
  font: string;
  pad: number;
  credit: { size: number; height: number; line: number; lines: string[] };
  title: { size: number; text: string };
  count: { size: number; text: string };
  weight: { size: number; lines: string[] } | null;
  card: Box;
  year: { size: number; box: Box };
  legend: { size: number; line: number; box: Box } | null;
}

/** Measures a frame's furniture: `ctx` is only asked for text widths in its `font`. */
export function layoutFrame(ctx: TextMeasurer & Pick<CanvasRenderingContext2D, 'font'>, text: FrameText, width: number, height: number): FrameLayout {
  const s = scaleOf(width, height);
  const font = CANVAS_FONTS[text.locale];
  const pad = Math.round(24 * s);
  const creditSize = Math.max(11, 17 * s);
  ctx.font = `${creditSize}px ${font}`;
  // The credit carries the view's permalink: it wraps rather than losing the link's end.
  const lines = wrapParts(ctx, text.credit, width - 2 * pad);
  const line = creditSize * 1.3;
  const credit = { size: creditSize, line, lines, height: Math.round(creditSize * 0.6 + lines.length * line) };

  const titleSize = Math.max(14, 40 * s);
  const countSize = Math.max(11, 26 * s);
  const weightSize = Math.max(10, 21 * s);
  // A wide frame keeps the map's right side clear of the title card; a square or portrait one
  // (an A4 page) has the whole width above the map for it.
  const textWidth = width >= height * 1.5 ? width * 0.7 : width - 2 * pad - 1.4 * pad;
  ctx.font = `700 ${titleSize}px ${font}`;
  const title = { size: titleSize, text: fitText(ctx, text.title, textWidth) };
  const widths = [ctx.measureText(title.text).width];
  ctx.font = `${countSize}px ${font}`;
  const count = { size: countSize, text: fitText(ctx, text.count, textWidth) };
  widths.push(ctx.measureText(count.text).width);
  let weight: FrameLayout['weight'] = null;
  if (text.weight) {
    ctx.font = `${weightSize}px ${font}`;
    // The weight ends with its source: on a narrow frame it wraps rather than losing it.
    weight = { size: weightSize, lines: wrapParts(ctx, text.weight, textWidth) };
    widths.push(...weight.lines.map((line) => ctx.measureText(line).width));
  }
  const cardHeight = titleSize * 1.25 + countSize * 1.3 + (weight ? weight.lines.length * weightSize * 1.3 : 0) + pad * 0.9;
  const card = { x: pad, y: pad, width: Math.max(...widths) + 2 * pad * 0.7, height: cardHeight };

  const yearSize = Math.max(24, 120 * s);
  ctx.font = `800 ${yearSize}px ${font}`;
  const yearWidth = ctx.measureText(text.year).width;
  const yearTop = height - credit.height - pad - yearSize;
  const year = { size: yearSize, box: { x: width - pad - yearWidth, y: yearTop, width: yearWidth, height: yearSize } };

  let legend: FrameLayout['legend'] = null;
  if (text.legend.length > 0) {
    const itemSize = Math.max(11, 24 * s);
    const line = itemSize * 1.45;
    ctx.font = `${itemSize}px ${font}`;
    const labelWidth = Math.max(...text.legend.map((item) => ctx.measureText(item.label).width));
    const legendHeight = text.legend.length * line + pad * 0.6;
    const box = { x: pad, y: height - credit.height - pad - legendHeight, width: labelWidth + itemSize * 2 + pad, height: legendHeight };
    legend = { size: itemSize, line, box };
  }
  return { font, pad, credit, title, count, weight, card, year, legend };
}

let measuringContext: CanvasRenderingContext2D | null = null;

/**
 * Where a frame's title card, legend, year and credit line will be, in the frame's pixels: the
 * map's names keep clear of them (label-layout.ts).
 */
export function frameFurniture(text: FrameText, width: number, height: number): Box[] {
  // One canvas to measure with for every frame of a replay.
  measuringContext ??= document.createElement('canvas').getContext('2d')!;
  return frameBoxes(layoutFrame(measuringContext, text, width, height), width, height);
}

/** The boxes of a measured frame's furniture (frameFurniture). */
export function frameBoxes(layout: FrameLayout, width: number, height: number): Box[] {
  const boxes = [layout.card, layout.year.box, { x: 0, y: height - layout.credit.height, width, height: layout.credit.height }];
  return layout.legend ? [...boxes, layout.legend.box] : boxes;
}

/**
 * Draws one exported frame: the map filling the canvas, the title, count and weight top left, the
 * legend bottom left, the year large at the bottom right, and the credit line along the bottom.
 */
export function composeFrame(
  ctx: CanvasRenderingContext2D,
  map: CanvasImageSource,
  text: FrameText,
  swatches: Record<LegendKey, LegendSwatch>,
  colors: { land: string; outline: string; ocean?: string },
) {
  const { width, height } = ctx.canvas;
  const layout = layoutFrame(ctx, text, width, height);
  const { font, pad, credit } = layout;
  // Where the world is shorter than the frame (a portrait page), the map leaves its top and
  // bottom transparent: they show the ocean, as the live map's container does.
  if (colors.ocean) {
    ctx.fillStyle = colors.ocean;
    ctx.fillRect(0, 0, width, height);
  }
  ctx.drawImage(map, 0, 0, width, height);
  ctx.textBaseline = 'top';

  // Credit line along the bottom.
  ctx.fillStyle = CARD;
  ctx.fillRect(0, height - credit.height, width, credit.height);
  ctx.font = `${credit.size}px ${font}`;
  ctx.fillStyle = MUTED;
  const creditTop = height - credit.height + (credit.height - credit.lines.length * credit.line) / 2 + (credit.line - credit.size) / 2;
  credit.lines.forEach((line, index) => ctx.fillText(line, pad, creditTop + index * credit.line));

  // Title, count and weight.
  card(ctx, layout.card.x, layout.card.y, layout.card.width, layout.card.height, pad * 0.4);
  ctx.fillStyle = INK;
  ctx.font = `700 ${layout.title.size}px ${font}`;
  ctx.fillText(layout.title.text, pad * 1.7, pad * 1.45);
  ctx.font = `${layout.count.size}px ${font}`;
  const countTop = pad * 1.45 + layout.title.size * 1.25;
  ctx.fillText(layout.count.text, pad * 1.7, countTop);
  if (layout.weight) {
    ctx.font = `${layout.weight.size}px ${font}`;
    ctx.fillStyle = MUTED;
    const { size, lines } = layout.weight;
    lines.forEach((line, index) => ctx.fillText(line, pad * 1.7, countTop + layout.count.size * 1.3 + index * size * 1.3));
  }

  // The year, large, bottom right.
  const { year } = layout;
  ctx.font = `800 ${year.size}px ${font}`;
  ctx.textAlign = 'right';
  ctx.lineWidth = Math.max(2, year.size / 14);
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  ctx.lineJoin = 'round';
  ctx.strokeText(text.year, width - pad, year.box.y);
  ctx.fillStyle = INK;
  ctx.fillText(text.year, width - pad, year.box.y);
  ctx.textAlign = 'left';

  // Legend, bottom left.
  const { legend } = layout;
  if (!legend) return;
  ctx.font = `${legend.size}px ${font}`;
  card(ctx, legend.box.x, legend.box.y, legend.box.width, legend.box.height, pad * 0.4);
  text.legend.forEach((item, index) => {
    const y = legend.box.y + pad * 0.3 + index * legend.line + (legend.line - legend.size) / 2;
    drawSwatch(ctx, swatches[item.key], pad * 1.5, y, legend.size * 0.85, colors.land, colors.outline);
    ctx.fillStyle = INK;
    ctx.fillText(item.label, pad * 1.5 + legend.size * 1.5, y);
  });
}
