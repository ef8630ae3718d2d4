import type { LabelKind } from '../data/map-labels.ts';
import { CANVAS_FONTS } from '../i18n/font-stacks.ts';
import type { Locale } from '../i18n/locale.ts';
import type { PixelSize } from './camera.ts';
import { nearestPointOf, type PlacedLabel } from './label-layout.ts';
import { PALETTE } from './palette.ts';

/**
 * How the map's names look, drawn on a 2D canvas: the live map's overlay and the exports' frames
 * use this one function, so a name in a PNG is the name on the screen.
 */

/** Names grow with the map's shorter side: readable in a 320 × 240 embed, not tiny on a 4K projector. */
export function labelFontPx({ width, height }: PixelSize): number {
  return Math.round(Math.min(34, Math.max(11, Math.min(width, height) / 46)) * 2) / 2;
}

/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.22;

/** Text colours with at least 7:1 contrast on their white halo; each kind also differs in words or weight, not only colour. */
const INK: Record<LabelKind, string> = {
  home: PALETTE.home,
  ally: '#08365c',
  gained: '#08365c',
  lost: '#7a2e00',
};

/** The canvas font of a kind of name. */
export function labelFont(kind: LabelKind, fontPx: number, locale: Locale): string {
  const style = kind === 'lost' ? 'italic ' : '';
  return `${style}${kind === 'ally' ? 600 : 700} ${fontPx}px ${CANVAS_FONTS[locale]}`;
}

/** Draws placed names: leader lines first, then each name on a white halo. `scale` maps layout pixels to the canvas's. */
export function drawLabels(ctx: CanvasRenderingContext2D, placed: readonly PlacedLabel[], fontPx: number, locale: Locale, scale = 1) {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const label of placed) {
    if (!label.leader) continue;
    const [x, y] = nearestPointOf(label.box, label.x, label.y);
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.85)';
    ctx.lineWidth = Math.max(2.5, fontPx / 4.5);
    ctx.beginPath();
    ctx.moveTo(label.x, label.y);
    ctx.lineTo(x, y);
    ctx.stroke();
    ctx.strokeStyle = PALETTE.changeOutline;
    ctx.lineWidth = Math.max(1, fontPx / 12);
    ctx.stroke();
    ctx.fillStyle = PALETTE.changeOutline;
    ctx.beginPath();
    ctx.arc(label.x, label.y, Math.max(1.5, fontPx / 7), 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  const lineHeight = fontPx * LINE_HEIGHT;
  for (const label of placed) {
    ctx.font = labelFont(label.kind, fontPx, locale);
    ctx.lineWidth = Math.max(2.5, fontPx / 3.5);
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.92)';
    ctx.fillStyle = INK[label.kind];
    label.lines.forEach((line, index) => {
      const y = label.box.y + lineHeight * (index + 0.5);
      ctx.strokeText(line, label.box.x, y);
      ctx.fillText(line, label.box.x, y);
    });
  }
  ctx.restore();
}
