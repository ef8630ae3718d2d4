import type { LabelKind } from '../data/map-labels.ts';
import { CANVAS_FONTS } from '../i18n/font-stacks.ts';
import type { Locale } from '../i18n/locale.ts';
import type { PixelSize } from './camera.ts';
import { layoutLabels, nearestPointOf, type Box, type PlacedLabel } from './label-layout.ts';
import type { MapLabel } from './label-overlay.ts';
import { hexToRgb, PALETTE, type Palette } from './palette.ts';

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

/** What placing a map's names needs besides the names: the map's size, where a point falls, text widths, what to keep clear of. */
export interface LabelPlacement {
  size: PixelSize;
  /** A [lng, lat] point in the map's pixels, on the copy of the world nearest the map's centre. */
  project: (lngLat: [number, number]) => [number, number];
  /** The width of a text in a canvas font, in pixels. */
  measure: (text: string, font: string) => number;
  locale: Locale;
  obstacles?: readonly Box[];
}

/** The names placed on a map (label-layout.ts), at the font size the map's size gives. */
export function placeMapLabels(
  labels: readonly MapLabel[],
  { size, project, measure, locale, obstacles = [] }: LabelPlacement,
): { placed: PlacedLabel[]; fontPx: number } {
  const fontPx = labelFontPx(size);
  if (labels.length === 0) return { placed: [], fontPx };
  const requests = labels.map(({ key, lines, kind, lngLat }) => {
    const [x, y] = project(lngLat);
    return { key, lines, kind, x, y };
  });
  const { placed } = layoutLabels(requests, {
    ...size,
    lineHeight: fontPx * LINE_HEIGHT,
    measure: (text, kind) => measure(text, labelFont(kind, fontPx, locale)),
    obstacles,
  });
  return { placed, fontPx };
}

/** Text colours of a palette, with at least 4.5:1 contrast on its halo (the light Taiwan red 6.8:1, the rest 7:1 or more); each kind also differs in words or weight, not only colour. */
export function labelInk(palette: Palette): Record<LabelKind, string> {
  return { home: palette.labelHome, ally: palette.labelAlly, gained: palette.labelAlly, lost: palette.labelLost };
}

/** The light palette's text colours (the exports'). */
export const LABEL_INK = labelInk(PALETTE);

/** The font of a kind of name, in parts: lost allies in italics, allies a little lighter than the rest. */
export function labelFontParts(kind: LabelKind, locale: Locale): { style: 'italic' | 'normal'; weight: number; family: string } {
  return { style: kind === 'lost' ? 'italic' : 'normal', weight: kind === 'ally' ? 600 : 700, family: CANVAS_FONTS[locale] };
}

/** The canvas font of a kind of name. */
export function labelFont(kind: LabelKind, fontPx: number, locale: Locale): string {
  const { style, weight, family } = labelFontParts(kind, locale);
  return `${style === 'italic' ? 'italic ' : ''}${weight} ${fontPx}px ${family}`;
}

/** A name's halo, its leader line (on a halo of its own) and the dot at the point, at a font size, in a palette. */
export function labelStrokes(fontPx: number, palette: Palette = PALETTE) {
  const halo = hexToRgb(palette.labelHalo).join(', ');
  return {
    halo: { color: `rgba(${halo}, 0.92)`, width: Math.max(2.5, fontPx / 3.5) },
    leaderHalo: { color: `rgba(${halo}, 0.85)`, width: Math.max(2.5, fontPx / 4.5) },
    leader: { color: palette.changeOutline, width: Math.max(1, fontPx / 12) },
    dotRadius: Math.max(1.5, fontPx / 7),
  };
}

/** The vertical middle of a placed name's line `index` (the canvas draws it with textBaseline middle). */
export const labelLineMiddle = (label: PlacedLabel, index: number, lineHeight: number) => label.box.y + lineHeight * (index + 0.5);

/** Draws placed names: leader lines first, then each name on a white halo. `scale` maps layout pixels to the canvas's. */
export function drawLabels(
  ctx: CanvasRenderingContext2D,
  placed: readonly PlacedLabel[],
  fontPx: number,
  locale: Locale,
  scale = 1,
  palette: Palette = PALETTE,
) {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  const strokes = labelStrokes(fontPx, palette);
  const ink = labelInk(palette);
  for (const label of placed) {
    if (!label.leader) continue;
    const [x, y] = nearestPointOf(label.box, label.x, label.y);
    ctx.strokeStyle = strokes.leaderHalo.color;
    ctx.lineWidth = strokes.leaderHalo.width;
    ctx.beginPath();
    ctx.moveTo(label.x, label.y);
    ctx.lineTo(x, y);
    ctx.stroke();
    ctx.strokeStyle = strokes.leader.color;
    ctx.lineWidth = strokes.leader.width;
    ctx.stroke();
    ctx.fillStyle = strokes.leader.color;
    ctx.beginPath();
    ctx.arc(label.x, label.y, strokes.dotRadius, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  const lineHeight = fontPx * LINE_HEIGHT;
  for (const label of placed) {
    ctx.font = labelFont(label.kind, fontPx, locale);
    ctx.lineWidth = strokes.halo.width;
    ctx.strokeStyle = strokes.halo.color;
    ctx.fillStyle = ink[label.kind];
    label.lines.forEach((line, index) => {
      const y = labelLineMiddle(label, index, lineHeight);
      ctx.strokeText(line, label.box.x, y);
      ctx.fillText(line, label.box.x, y);
    });
  }
  ctx.restore();
}
