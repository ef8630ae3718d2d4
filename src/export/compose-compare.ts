import type { PixelSize } from '../map/camera.ts';
import { FRAME_COLORS, layoutFrame, type FrameLayout } from './compose-frame.ts';
import type { FrameText } from './frame-text.ts';

/**
 * Maps of several years side by side under one title band (the compare view's exports): each map
 * is a whole frame of its own year (title card, legend, year, credit), and the band says what is
 * compared, "Taiwan’s international ties, 1971 vs. 2026". The PNG draws it here, the SVG in
 * svg/svg-document.ts, with the same gap and band.
 */

/** The gap between maps side by side, in pixels. */
export const PANEL_GAP_PX = 4;

type Measurer = Pick<CanvasRenderingContext2D, 'font' | 'measureText'>;

/** The title band's height over panels laid out as `layout`: its title's line and a half. */
export const titleBandHeight = (layout: FrameLayout) => Math.round(layout.title.size * 1.9);

/** The size of each of `count` panels in an image of `size`, under the title band. */
export function comparePanelSize(measure: Measurer, text: FrameText, size: PixelSize, count: number): PixelSize {
  const width = Math.floor((size.width - PANEL_GAP_PX * (count - 1)) / count);
  const band = titleBandHeight(layoutFrame(measure, text, width, size.height));
  return { width, height: size.height - band };
}

/** The image's size for `count` panels of `panel`'s size under the band. */
export function compareImageSize(measure: Measurer, text: FrameText, panel: PixelSize, count: number): PixelSize {
  return {
    width: panel.width * count + PANEL_GAP_PX * (count - 1),
    height: panel.height + titleBandHeight(layoutFrame(measure, text, panel.width, panel.height)),
  };
}

/** Draws composed frames (all of one size) side by side under the band with `title`, on the canvas sized by compareImageSize. */
export function composeSideBySide(ctx: CanvasRenderingContext2D, frames: readonly HTMLCanvasElement[], title: string, text: FrameText) {
  const { width, height } = ctx.canvas;
  const [first] = frames;
  const band = height - first.height;
  const layout = layoutFrame(ctx, text, first.width, first.height);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = FRAME_COLORS.ink;
  ctx.font = `700 ${layout.title.size}px ${layout.font}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(title, layout.pad, band / 2, width - 2 * layout.pad);
  frames.forEach((frame, index) => ctx.drawImage(frame, index * (first.width + PANEL_GAP_PX), band));
}
