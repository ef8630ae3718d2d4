import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { frameSchedule } from '../../src/export/frame-schedule.ts';
import { DARK_PALETTE, PALETTE } from '../../src/map/palette.ts';
import { DEFAULT_HOLD_SECONDS } from '../../src/state/playback.ts';
import { waitForMapReady } from './chromium.ts';
import { appInChromium } from './app-session.ts';
import { readGif, readVideoTiming, readWebm, timingMismatches } from './media-files.ts';
import { decodePng, dominantColour, isNear, squareOf } from './png.ts';

const app = appInChromium();
const NO_PROBLEMS = { console: [], pageErrors: [], externalRequests: [] };

async function openShareDialog(query: string, beforeLoad?: (page: Page) => Promise<void>) {
  const session = await app.open({ width: 1280, height: 800 });
  await beforeLoad?.(session.page);
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
    expect(file.name).toBe('taiwan-ties-1971-1920x1080.png');
    const image = decodePng(file.bytes);
    expect([image.width, image.height]).toEqual([1920, 1080]);
    // Not blank: the ocean, land and the allies' blue are all there, and the title card is white.
    const colours = new Set(image.pixels.filter((_, index) => index % 97 === 0).map((rgb) => rgb.join()));
    expect(colours.size).toBeGreaterThan(20);
    expect(image.pixels.some((rgb) => isNear(rgb, PALETTE.ally, 6))).toBe(true);
    expect(isNear(dominantColour(squareOf(image, 40, 40, 8)), '#ffffff', 12)).toBe(true);
    await expect.poll(() => dialog.getByTestId('image-export-status').textContent()).toMatch(/Saved taiwan-ties-1971-1920x1080\.png: 1920 × 1080, \d+ KB/);
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

  // The export map draws these at pixel ratio 2 (export-map.ts exportMapLayout): 3840 × 2160 and
  // 3508 × 2480 canvases, within MapLibre's 4096 px and SwiftShader's 8192 px limits.
  it.each([
    { label: '3840 × 2160 (4K slides, 16:9)', name: 'taiwan-ties-1971-3840x2160.png', width: 3840, height: 2160 },
    { label: 'A4 landscape, 300 dpi (3508 × 2480)', name: 'taiwan-ties-1971-a4-landscape.png', width: 3508, height: 2480 },
    { label: 'A4 portrait, 300 dpi (2480 × 3508)', name: 'taiwan-ties-1971-a4-portrait.png', width: 2480, height: 3508 },
  ])('downloads $label, named $name, with the map and its text scaled up', async ({ label, name, width, height }) => {
    const { page, problems, close, dialog } = await openShareDialog('?year=1971');
    await dialog.getByLabel('Size', { exact: true }).first().selectOption({ label });
    const file = await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download PNG' }).click(), 120_000);
    expect(file.name).toBe(name);
    const image = decodePng(file.bytes);
    expect([image.width, image.height]).toEqual([width, height]);
    const colours = new Set(image.pixels.filter((_, index) => index % 997 === 0).map((rgb) => rgb.join()));
    expect(colours.size).toBeGreaterThan(20);
    expect(image.pixels.some((rgb) => isNear(rgb, PALETTE.ally, 6))).toBe(true);
    // The title card scales with the shorter side (2160 or 2480 px against 1080): white well inside it.
    const scale = Math.min(width, height) / 1080;
    expect(isNear(dominantColour(squareOf(image, Math.round(40 * scale), Math.round(40 * scale), 8)), '#ffffff', 12)).toBe(true);
    await expect
      .poll(() => dialog.getByTestId('image-export-status').textContent())
      .toMatch(new RegExp(`Saved ${name.replaceAll('.', '\\.')}: ${width} × ${height}, [\\d.]+ MB`));
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

/** The Share dialog's replay section. */
const replaySection = (dialog: ReturnType<Page['getByRole']>) =>
  dialog.locator('section').filter({ has: dialog.page().getByRole('heading', { name: 'Replay as video or GIF' }) });

describe('replay export', () => {
  /** Chooses a range and format, starts the export and returns the downloaded file. */
  async function exportReplay(
    format: 'webm' | 'mp4' | 'gif',
    from: string,
    to: string,
    pace: string,
    { size, beforeLoad }: { size?: string; beforeLoad?: (page: Page) => Promise<void> } = {},
  ) {
    const session = await openShareDialog('', beforeLoad);
    const { dialog, page } = session;
    await dialog.getByLabel('From year').fill(from);
    await dialog.getByLabel('to year').fill(to);
    await dialog.getByLabel('Format').selectOption(format);
    if (size) await replaySection(dialog).getByRole('combobox', { name: /^Size/ }).selectOption({ label: size });
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

  /** The frames a replay of `from`–`to` must have: one a year at the pace, the last year held (frame-schedule.ts). */
  const expectedFrames = (from: number, to: number, pace: 'slow' | 'normal' | 'fast') =>
    frameSchedule({ from, to }, pace, DEFAULT_HOLD_SECONDS).map(({ timestampUs, durationUs }) => ({ timestampUs, durationUs }));

  it.each(['fast', 'normal'] as const)(
    'encodes a WebM video at %s pace with one frame a year, each lasting the pace to the microsecond, and the last year held',
    async (pace) => {
      const { file, problems, close, progress, dialog } = await exportReplay('webm', '1971', '1980', pace);
      expect(file.name).toBe('taiwan-ties-1971-1980.webm');
      const bytes = new Uint8Array(file.bytes);
      expect(readWebm(bytes)).toMatchObject({ docType: 'webm', width: 1280, height: 720, frames: 10 });
      // Read back by Mediabunny's demuxer: 10 frames at 0, 70, 140 … ms (or 180 ms apart), the last held 1.5 s.
      const video = await readVideoTiming(bytes);
      expect(video).toMatchObject({ width: 1280, height: 720 });
      expect(video.codec).toMatch(/^vp(09|8)/);
      expect(timingMismatches(video.frames, expectedFrames(1971, 1980, pace))).toEqual([]);
      expect(video.durationUs).toBe((pace === 'fast' ? 9 * 70 : 9 * 180) * 1000 + 1_500_000);
      // The file cites the replay: its title, and the credit line with the replay's permalink.
      expect(video.title).toBe('Taiwan Ties: Taiwan’s international ties, replay 1971–1980');
      expect(video.comment).toContain(`this view and its sources: ${app.url}?lang=en&play=1&from=1971&to=1980${pace === 'fast' ? '&speed=fast' : ''} · `);
      // The progress bar showed while the video was made, and only ever went forward.
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      const seconds = (video.durationUs / 1e6).toFixed(1);
      await expect.poll(() => dialog.getByTestId('replay-export-status').textContent()).toMatch(new RegExp(`Saved .*10 frames, ${seconds} s long`));
      expect(problems).toEqual(NO_PROBLEMS);
      await close();
    },
  );

  it('offers MP4 where the browser encodes H.264, and its frames keep the pace too', async () => {
    const session = await openShareDialog('');
    const h264 = await session.page.evaluate(async () => (await VideoEncoder.isConfigSupported({ codec: 'avc1.640028', width: 1280, height: 720 })).supported);
    // Debian's Chromium encodes H.264 (OpenH264); a browser that does not is not offered MP4. The
    // dialog asks the browser as it opens, and adds the choice when it has the answer.
    await expect.poll(() => session.dialog.getByLabel('Format').locator('option[value="mp4"]').count()).toBe(h264 ? 1 : 0);
    await session.close();
    if (!h264) return;
    const { file, problems, close } = await exportReplay('mp4', '1971', '1980', 'normal', { size: '1920 × 1080' });
    expect(file.name).toBe('taiwan-ties-1971-1980.mp4');
    const video = await readVideoTiming(new Uint8Array(file.bytes));
    expect(video).toMatchObject({ width: 1920, height: 1080 });
    expect(video.mimeType).toMatch(/^video\/mp4/);
    expect(video.codec).toMatch(/^avc1\./);
    expect(timingMismatches(video.frames, expectedFrames(1971, 1980, 'normal'))).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });

  it('records WebM in real time with MediaRecorder where WebCodecs is missing', async () => {
    const withoutWebCodecs = async (page: Page) => {
      await page.addInitScript(() => Reflect.deleteProperty(window, 'VideoEncoder'));
    };
    const { file, problems, close, dialog } = await exportReplay('webm', '2015', '2020', 'fast', { beforeLoad: withoutWebCodecs });
    // Only WebCodecs makes MP4.
    expect(await dialog.getByLabel('Format').locator('option[value="mp4"]').count()).toBe(0);
    expect(file.name).toBe('taiwan-ties-2015-2020.webm');
    const video = readWebm(new Uint8Array(file.bytes));
    expect(video).toMatchObject({ docType: 'webm', width: 1280, height: 720 });
    expect(video.frames).toBeGreaterThan(1);
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
    // 53 allies on 31 Dec 1971 and 14 lost during it; shapes can carry more than one state.
    expect(lines.length - 1).toBeGreaterThanOrEqual(66);
    expect(lines.find((line) => line.startsWith('MEX,'))).toContain(',lost,');
    expect(lines.find((line) => line.startsWith('PRY,'))).toContain(',ally,');
    // Every row ends with the view's permalink.
    expect(lines[0]).toMatch(/,data_version,permalink$/);
    expect(lines.slice(1).every((line) => line.endsWith(`,${app.url}?lang=en&show=ally&year=1971`))).toBe(true);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });
});
