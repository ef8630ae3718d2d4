import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DARK_PALETTE, PALETTE } from '../../src/map/palette.ts';
import { waitForMapReady } from './chromium.ts';
import { appInChromium } from './app-session.ts';
import { readGif, readWebm } from './media-files.ts';
import { decodePng, dominantColour, isNear, squareOf } from './png.ts';

const app = appInChromium();
const NO_PROBLEMS = { console: [], pageErrors: [], externalRequests: [] };

async function openShareDialog(query: string) {
  const session = await app.open({ width: 1280, height: 800 });
  await session.page.goto(`${app.url}${query}`);
  await waitForMapReady(session.page);
  await session.page.getByRole('button', { name: 'Share and export' }).click();
  return { ...session, dialog: session.page.getByRole('dialog', { name: 'Share and export' }) };
}

/** Clicks a button and returns the bytes and name of the file it downloads. */
async function downloadFrom(page: Page, click: () => Promise<void>, timeout = 60_000) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

describe('PNG export', () => {
  it('downloads 1920×1080 with the map, title, legend and credit, and leaves the live map as it was', async () => {
    const { page, problems, close, dialog } = await openShareDialog('?year=1971');
    await dialog.getByLabel('Size', { exact: true }).first().selectOption({ label: '1920 × 1080 (slides, 16:9)' });
    const file = await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download PNG' }).click());
    expect(file.name).toBe('taiwan-ties-1971.png');
    const image = decodePng(file.bytes);
    expect([image.width, image.height]).toEqual([1920, 1080]);
    // Not blank: the ocean, land and the allies' blue are all there, and the title card is white.
    const colours = new Set(image.pixels.filter((_, index) => index % 97 === 0).map((rgb) => rgb.join()));
    expect(colours.size).toBeGreaterThan(20);
    expect(image.pixels.some((rgb) => isNear(rgb, PALETTE.ally, 6))).toBe(true);
    expect(isNear(dominantColour(squareOf(image, 40, 40, 8)), '#ffffff', 12)).toBe(true);
    await expect.poll(() => dialog.getByTestId('image-export-status').textContent()).toMatch(/Saved taiwan-ties-1971\.png: 1920 × 1080/);
    expect(await page.locator('[data-testid="map"] canvas.maplibregl-canvas').count()).toBe(1);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });

  it('exports the view at the map’s own size from the live map, without preserving its drawing buffer', async () => {
    const { page, problems, close, dialog } = await openShareDialog('?year=2024');
    const preserved = await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
      return gl.getContextAttributes()?.preserveDrawingBuffer;
    });
    expect(preserved).toBe(false);
    const mapSize = await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement;
      return [canvas.width, canvas.height];
    });
    const file = await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download PNG' }).click());
    const image = decodePng(file.bytes);
    expect([image.width, image.height]).toEqual(mapSize);
    expect(image.pixels.some((rgb) => isNear(rgb, PALETTE.ocean, 4))).toBe(true);
    expect(image.pixels.some((rgb) => isNear(rgb, PALETTE.ally, 6))).toBe(true);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });
});

describe('PNG export in the dark theme', () => {
  it('draws the view at its own size in the light palette, from a hidden map: exports are always light', async () => {
    const { page, problems, close, dialog } = await openShareDialog('?year=2024&theme=dark');
    const mapSize = await page.evaluate(() => {
      const map = document.querySelector('[data-testid="map"]') as HTMLElement;
      return [map.clientWidth, map.clientHeight];
    });
    const file = await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download PNG' }).click());
    const image = decodePng(file.bytes);
    expect([image.width, image.height]).toEqual(mapSize);
    expect(image.pixels.some((rgb) => isNear(rgb, PALETTE.ocean, 4))).toBe(true);
    expect(image.pixels.some((rgb) => isNear(rgb, DARK_PALETTE.ocean, 4))).toBe(false);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });
});

describe('replay export', () => {
  /** Chooses a range and format, starts the export and returns the downloaded file. */
  async function exportReplay(format: 'webm' | 'gif', from: string, to: string, pace: string) {
    const session = await openShareDialog('');
    const { dialog, page } = session;
    await dialog.getByLabel('From year').fill(from);
    await dialog.getByLabel('to year').fill(to);
    await dialog.getByLabel('Format').selectOption(format);
    await dialog.getByLabel('Pace').selectOption(pace);
    const progress: number[] = [];
    const file = await downloadFrom(page, async () => {
      await dialog.getByRole('button', { name: /^Export (video|GIF)$/ }).click();
      await expect
        .poll(async () => {
          const value = await dialog
            .getByRole('progressbar')
            .getAttribute('value')
            .catch(() => null);
          if (value !== null) progress.push(Number(value));
          return progress.length;
        })
        .toBeGreaterThan(0);
    });
    return { ...session, file, progress };
  }

  it('records a WebM video with one frame a year, and shows its progress', async () => {
    const { file, problems, close, progress, dialog } = await exportReplay('webm', '2015', '2020', 'fast');
    expect(file.name).toBe('taiwan-ties-2015-2020.webm');
    const video = readWebm(new Uint8Array(file.bytes));
    expect(video).toMatchObject({ docType: 'webm', width: 1280, height: 720 });
    expect(video.frames).toBeGreaterThan(1);
    // The progress bar showed while the video was made, and only ever went forward.
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    await expect.poll(() => dialog.getByTestId('replay-export-status').textContent()).toMatch(/Saved .*6 frames/);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });

  it('writes a looping GIF with one frame a year and the last year held', async () => {
    const { file, problems, close } = await exportReplay('gif', '2016', '2020', 'fast');
    expect(file.name).toBe('taiwan-ties-2016-2020.gif');
    const gif = readGif(new Uint8Array(file.bytes));
    expect([gif.width, gif.height, gif.frames]).toEqual([800, 450, 5]);
    expect(gif.delaysMs.slice(0, -1).every((delay) => delay === 70)).toBe(true);
    expect(gif.delaysMs.at(-1)).toBeGreaterThanOrEqual(1500);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });

  it('cancels an export under way', async () => {
    const { page, problems, close, dialog } = await openShareDialog('');
    await dialog.getByLabel('From year').fill('1949');
    await dialog.getByLabel('Format').selectOption('webm');
    const button = dialog.getByRole('button', { name: 'Export video' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('progressbar').count()).toBe(1);
    // The same button is now Cancel, and it kept the focus.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByTestId('replay-export-status').textContent()).toBe('Cancelled.');
    await expect.poll(() => page.locator('canvas.maplibregl-canvas').count()).toBe(1);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });

  it('refuses a range that runs backwards', async () => {
    const { problems, close, dialog } = await openShareDialog('');
    await dialog.getByLabel('From year').fill('2000');
    await dialog.getByLabel('to year').fill('1990');
    expect(await dialog.getByRole('button', { name: 'Export video' }).getAttribute('aria-disabled')).toBe('true');
    expect(await dialog.textContent()).toContain('The last year must come after the first.');
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });
});

describe('CSV export', () => {
  it('downloads the rows behind the view: 1971 allies only', async () => {
    const { page, problems, close, dialog } = await openShareDialog('?year=1971&show=ally');
    const file = await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download CSV' }).click());
    expect(file.name).toBe('taiwan-ties-1971-ally.csv');
    const lines = file.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^iso3,name,year,status_in_year,/);
    // 54 allies on 31 Dec 1971 and 12 lost during it; shapes can carry more than one state.
    expect(lines.length - 1).toBeGreaterThanOrEqual(66);
    expect(lines.find((line) => line.startsWith('MEX,'))).toContain(',lost,');
    expect(lines.find((line) => line.startsWith('PRY,'))).toContain(',ally,');
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });
});
