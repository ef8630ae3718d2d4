import type { LegendKey, LegendSwatch } from '../data/view-summary.ts';
import type { Locale } from '../i18n/locale.ts';
import type { FrameText } from './frame-text.ts';

/** Colours of the frame's furniture. */
const INK = '#1d2430';
const MUTED = '#4a5260';
const CARD = 'rgba(255, 255, 255, 0.92)';
/**
 * Font stacks that can write every text of a frame: the Latin system fonts, then fonts with the
 * Traditional Chinese glyphs (Linux, macOS, Windows). Chinese text lists its fonts first, so that
 * its full-width punctuation and the Latin letters among it come from one font.
 */
const CJK_FONTS = "'Noto Sans CJK TC', 'Noto Sans TC', 'PingFang TC', 'Microsoft JhengHei'";
const FONTS: Record<Locale, string> = {
  en: `system-ui, -apple-system, 'Segoe UI', 'Noto Sans', ${CJK_FONTS}, sans-serif`,
  'zh-TW': `${CJK_FONTS}, system-ui, -apple-system, 'Segoe UI', 'Noto Sans', sans-serif`,
};

/** Text sizes are set for a 1080 px high frame and scale with the frame's shorter side. */
const scaleOf = (width: number, height: number) => Math.max(0.45, Math.min(width, height) / 1080);

function card(ctx: CanvasRenderingContext2D, x: number, y: number, width: number, height: number, radius: number) {
  ctx.fillStyle = CARD;
  ctx.beginPath();
  ctx.roundRect(x, y, width, height, radius);
  ctx.fill();
}

/** Shortens a line with an ellipsis until it fits `maxWidth`. */
function fitText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let end = text.length;
  while (end > 1 && ctx.measureText(`${text.slice(0, end)}…`).width > maxWidth) end--;
  return `${text.slice(0, end)}…`;
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

/**
 * Draws one exported frame: the map filling the canvas, the title and count top left, the legend
 * bottom left, the year large at the bottom right, and the credit line along the bottom.
 */
export function composeFrame(
  ctx: CanvasRenderingContext2D,
  map: CanvasImageSource,
  text: FrameText,
  swatches: Record<LegendKey, LegendSwatch>,
  colors: { land: string; outline: string },
) {
  const { width, height } = ctx.canvas;
  const s = scaleOf(width, height);
  const font = FONTS[text.locale];
  const pad = Math.round(24 * s);
  ctx.drawImage(map, 0, 0, width, height);
  ctx.textBaseline = 'top';

  // Credit line along the bottom.
  const creditSize = Math.max(11, 17 * s);
  const creditHeight = Math.round(creditSize * 1.9);
  ctx.fillStyle = CARD;
  ctx.fillRect(0, height - creditHeight, width, creditHeight);
  ctx.font = `${creditSize}px ${font}`;
  ctx.fillStyle = MUTED;
  ctx.fillText(fitText(ctx, text.credit, width - 2 * pad), pad, height - creditHeight + (creditHeight - creditSize) / 2);

  // Title and count.
  const titleSize = Math.max(14, 40 * s);
  const countSize = Math.max(11, 26 * s);
  ctx.font = `700 ${titleSize}px ${font}`;
  const title = fitText(ctx, text.title, width * 0.7);
  const titleWidth = ctx.measureText(title).width;
  ctx.font = `${countSize}px ${font}`;
  const count = fitText(ctx, text.count, width * 0.7);
  const boxWidth = Math.max(titleWidth, ctx.measureText(count).width) + 2 * pad * 0.7;
  card(ctx, pad, pad, boxWidth, titleSize * 1.25 + countSize * 1.3 + pad * 0.9, pad * 0.4);
  ctx.fillStyle = INK;
  ctx.font = `700 ${titleSize}px ${font}`;
  ctx.fillText(title, pad * 1.7, pad * 1.45);
  ctx.font = `${countSize}px ${font}`;
  ctx.fillText(count, pad * 1.7, pad * 1.45 + titleSize * 1.25);

  // The year, large, bottom right.
  const yearSize = Math.max(24, 120 * s);
  ctx.font = `800 ${yearSize}px ${font}`;
  ctx.textAlign = 'right';
  ctx.lineWidth = Math.max(2, yearSize / 14);
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  ctx.lineJoin = 'round';
  const yearTop = height - creditHeight - pad - yearSize;
  ctx.strokeText(text.year, width - pad, yearTop);
  ctx.fillStyle = INK;
  ctx.fillText(text.year, width - pad, yearTop);
  ctx.textAlign = 'left';

  // Legend, bottom left.
  if (text.legend.length === 0) return;
  const itemSize = Math.max(11, 24 * s);
  const line = itemSize * 1.45;
  ctx.font = `${itemSize}px ${font}`;
  const labelWidth = Math.max(...text.legend.map((item) => ctx.measureText(item.label).width));
  const legendHeight = text.legend.length * line + pad * 0.6;
  const legendTop = height - creditHeight - pad - legendHeight;
  card(ctx, pad, legendTop, labelWidth + itemSize * 2 + pad, legendHeight, pad * 0.4);
  text.legend.forEach((item, index) => {
    const y = legendTop + pad * 0.3 + index * line + (line - itemSize) / 2;
    drawSwatch(ctx, swatches[item.key], pad * 1.5, y, itemSize * 0.85, colors.land, colors.outline);
    ctx.fillStyle = INK;
    ctx.fillText(item.label, pad * 1.5 + itemSize * 1.5, y);
  });
}
