import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { openPage, waitForMapReady } from '../../tests/e2e/chromium.ts';
import { readVideoTiming, timingMismatches } from '../../tests/e2e/media-files.ts';
import { frameSchedule, scheduleDurationUs } from '../../src/export/frame-schedule.ts';
import { DEFAULT_HOLD_SECONDS } from '../../src/state/playback.ts';
import { LAPTOP } from './profiles.ts';
import type { Urls } from './scenarios.ts';
import { median, ratio, spread, type Row } from './stats.ts';

/**
 * The replay video export, timed as a person makes it: the Share dialog's Export video, 1971 →
 * 2024 at Normal pace, 1920 × 1080 WebM, from the click to the downloaded file. The budget is
 * issue 20's: the video is made in at most a third of its own length (WebCodecs encodes frame by
 * frame, faster than real time; MediaRecorder took as long as the video). Each file's frames are
 * read back (Mediabunny's demuxer) and checked against the pace.
 */

const RANGE = { from: 1971, to: 2024 };
const SIZE = '1920 × 1080';
const RUNS = 3;
/** The video is made in at most this share of its own length. */
const BUDGET = 1 / 3;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function measureVideoExport(browser: Browser, urls: Urls, log: (message: string) => void = () => {}): Promise<Row[]> {
  const { page, problems, close } = await openPage(browser, new URL(urls.app).origin, LAPTOP.viewport);
  // The pace of the export: the Share dialog ends a video on its last year for at least the default hold.
  const schedule = frameSchedule(RANGE, 'normal', DEFAULT_HOLD_SECONDS);
  const videoMs = scheduleDurationUs(schedule) / 1000;
  const times: number[] = [];
  const sizes: number[] = [];
  const problemsFound: string[] = [];
  let codec: string | null = null;
  try {
    await page.goto(`${urls.app}?lang=en`);
    await waitForMapReady(page);
    await page.getByRole('button', { name: 'Share and export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share and export' });
    await dialog.getByLabel('From year').fill(String(RANGE.from));
    await dialog.getByLabel('to year').fill(String(RANGE.to));
    await dialog.getByLabel('Format').selectOption('webm');
    const replay = dialog.locator('section').filter({ has: page.getByRole('heading', { name: 'Replay as video or GIF' }) });
    await replay.getByRole('combobox', { name: /^Size/ }).selectOption({ label: SIZE });
    await dialog.getByLabel('Pace').selectOption('normal');
    for (let run = 1; run <= RUNS; run++) {
      log(`video export ${run} of ${RUNS}: ${RANGE.from} → ${RANGE.to}, normal pace, ${SIZE} WebM`);
      const downloaded = page.waitForEvent('download', { timeout: 120_000 });
      const started = performance.now();
      await dialog.getByRole('button', { name: 'Export video' }).click();
      const download = await downloaded;
      times.push(performance.now() - started);
      const bytes = await readFile(await download.path());
      sizes.push(bytes.length);
      const timing = await readVideoTiming(new Uint8Array(bytes));
      codec = timing.codec;
      problemsFound.push(...timingMismatches(timing.frames, schedule).map((problem) => `run ${run}: ${problem}`));
    }
  } finally {
    await close();
  }
  const share = median(times) / videoMs;
  const { min, max } = spread(times);
  const pageProblems = [...problems.console, ...problems.pageErrors];
  return [
    {
      figure: `video export: ${RANGE.from}–${RANGE.to}, normal pace, ${SIZE} WebM (${codec ?? 'no codec'}), click to file (median of ${RUNS})`,
      value: seconds(median(times)),
      spread: `${seconds(min)} – ${seconds(max)}; video ${seconds(videoMs)}, ${(median(sizes) / 1024 / 1024).toFixed(1)} MB`,
    },
    {
      figure: 'video export: time to make / video length',
      value: ratio(share),
      spread: `${ratio(min / videoMs)} – ${ratio(max / videoMs)}`,
      budget: `≤ ${ratio(BUDGET)}`,
      pass: share <= BUDGET,
    },
    {
      figure: `video export: frames at the pace (${schedule.length} years, each run)`,
      value: problemsFound.length === 0 && pageProblems.length === 0 ? 'all' : `${problemsFound.length + pageProblems.length} problems`,
      spread: [...problemsFound, ...pageProblems].slice(0, 3).join('; '),
      budget: 'all',
      pass: problemsFound.length === 0 && pageProblems.length === 0,
    },
  ];
}
