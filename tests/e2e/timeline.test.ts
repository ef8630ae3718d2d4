import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/map/palette.ts';
import { DEFAULT_HOLD_SECONDS, STEP_INTERVAL_MS } from '../../src/state/playback.ts';
import { waitForMapReady } from './chromium.ts';
import { appInChromium, mapCentre } from './app-session.ts';
import { hexToRgb, isNear, waitForColour } from './png.ts';

/** Camera hashes centred on countries whose 1970s story the tests read off the map. */
const MEXICO = '#4/23.6/-102.5';
const UNITED_STATES = '#3/39/-98';

const app = appInChromium();

async function load(page: Page, url: string) {
  await page.goto('about:blank');
  await page.goto(url);
  await waitForMapReady(page);
}

const allyCount = (page: Page) => page.getByTestId('ally-count');
const yearEvents = (page: Page) => page.getByTestId('year-events');
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const yearParam = (page: Page) => new URL(page.url()).searchParams.get('year');

function expectColour(actualHex: string, expectedHex: string, what: string) {
  expect(isNear(hexToRgb(actualHex), expectedHex), `${what}: got ${actualHex}, expected about ${expectedHex}`).toBe(true);
}

describe('the timeline', () => {
  it('?year=1971 shows 53 allies, the year’s 14 losses listed and drawn as lost', async () => {
    const { page, problems, close } = await app.open();
    await load(page, `${app.url}?year=1971${MEXICO}`);
    await expect.poll(() => allyCount(page).textContent()).toContain('53 formal allies on 31 Dec 1971');
    expect(await slider(page).getAttribute('aria-valuenow')).toBe('1971');
    expect(await yearEvents(page).getByRole('heading').textContent()).toContain('Changes in 1971 · 14 events');
    for (const name of ['Turkey', 'Iran', 'Mexico', 'Peru']) {
      expect(await yearEvents(page).getByRole('button', { name }).count(), name).toBe(1);
    }
    const centre = await mapCentre(page);
    expectColour(await waitForColour(page, centre.x, centre.y, PALETTE.allyLost), PALETTE.allyLost, 'Mexico in 1971 (lost)');
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    await close();
  });

  it('?year=2017 lists Panama’s switch to Beijing, and clicking it opens Panama', async () => {
    const { page, close } = await app.open();
    await load(page, `${app.url}?year=2017`);
    const panama = yearEvents(page).getByRole('listitem').filter({ hasText: 'Panama' });
    expect(await panama.textContent()).toContain('13 Jun 2017 Panama switched recognition to Beijing');
    expect(await panama.getByRole('link').count()).toBeGreaterThan(0);
    await panama.getByRole('button', { name: 'Panama' }).click();
    await expect.poll(() => page.getByTestId('country-panel').getByRole('heading', { level: 2 }).textContent()).toBe('Panama');
    expect(await page.getByTestId('panel-year-status').textContent()).toContain('On 31 Dec 2017: an ally lost that year.');
    expect(new URL(page.url()).search).toBe('?country=PAN&year=2017');
    await close();
  });

  it('keyboard steps move the year, the count, the address and the map', async () => {
    const { page, problems, close } = await app.open();
    await load(page, `${app.url}?year=1971${UNITED_STATES}`);
    const centre = await mapCentre(page);
    expectColour(await waitForColour(page, centre.x, centre.y, PALETTE.ally), PALETTE.ally, 'the United States in 1971 (ally)');

    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => allyCount(page).textContent()).toContain('41 formal allies on 31 Dec 1972');
    await expect.poll(() => yearParam(page)).toBe('1972');
    await page.keyboard.press('PageUp');
    await expect.poll(() => yearParam(page)).toBe('1982');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => yearParam(page)).toBe('1979');
    expectColour(await waitForColour(page, centre.x, centre.y, PALETTE.allyLost), PALETTE.allyLost, 'the United States in 1979 (lost)');
    expect(await yearEvents(page).textContent()).toContain('United States');

    await page.keyboard.press('Home');
    await expect.poll(() => yearParam(page)).toBe('1949');
    await page.keyboard.press('End');
    await expect.poll(() => yearParam(page)).toBeNull();
    expect(await allyCount(page).textContent()).toContain('12 formal allies as of 22 Jan 2026');
    expect(problems.console).toEqual([]);
    await close();
  });

  it('a typed year goes there', async () => {
    const { page, close } = await app.open();
    await load(page, app.url);
    const input = page.getByRole('textbox', { name: 'Go to year' });
    await input.fill('2024');
    await input.press('Enter');
    await expect.poll(() => yearParam(page)).toBe('2024');
    expect(await yearEvents(page).textContent()).toContain('Nauru switched recognition to Beijing');
    await close();
  });

  it('?play=1&from=1971&to=1975&speed=fast plays on load and stops on 1975', async () => {
    const { page, problems, close } = await app.open();
    await load(page, `${app.url}?play=1&from=1971&to=1975&speed=fast`);
    await expect.poll(() => slider(page).getAttribute('aria-valuenow'), { timeout: 10_000 }).toBe('1975');
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    await expect.poll(() => new URL(page.url()).search).toBe('?from=1971&to=1975&speed=fast');
    expect(problems.console).toEqual([]);
    await close();
  });

  it('Play on today starts again from 1949 and advances; Pause stops it', async () => {
    const { page, close } = await app.open();
    await load(page, app.url);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => Number(await slider(page).getAttribute('aria-valuenow')), { timeout: 5_000 }).toBeGreaterThan(1951);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await slider(page).getAttribute('aria-valuenow');
    await page.waitForTimeout(600);
    expect(await slider(page).getAttribute('aria-valuenow')).toBe(paused);
    expect(yearParam(page)).toBe(paused);
    await close();
  });

  it('clicking the chart jumps to that year', async () => {
    const { page, close } = await app.open();
    await load(page, app.url);
    const box = (await page.getByTestId('ally-chart').boundingBox())!;
    // The chart's x axis runs from 1949 at 8 px to the last year at width − 8 px.
    const lastYear = Number(await slider(page).getAttribute('aria-valuemax'));
    const x = box.x + 8 + ((1979 - 1949) / (lastYear - 1949)) * (box.width - 16);
    await page.mouse.click(x, box.y + box.height / 2);
    await expect.poll(() => yearParam(page)).toBe('1979');
    await close();
  });
});

describe('a full replay', () => {
  it('plays 1949 to today in 10–20 s at normal speed with no task over 50 ms', async () => {
    const { page, problems, close } = await app.open();
    // Record long tasks, and time each playback frame: the timer callback plus the microtasks
    // it queues (React's render), up to the next task.
    await page.addInitScript((stepDelays: number[]) => {
      const record: { longTasks: [number, number][]; frames: number[] } = { longTasks: [], frames: [] };
      (window as unknown as { __replay: typeof record }).__replay = record;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) record.longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: true });
      const originalSetTimeout = window.setTimeout.bind(window);
      window.setTimeout = ((handler: () => void, delay?: number, ...rest: unknown[]) => {
        if (typeof handler !== 'function' || !delay || !stepDelays.includes(delay)) return originalSetTimeout(handler, delay, ...rest);
        return originalSetTimeout(() => {
          const start = performance.now();
          handler();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => record.frames.push(performance.now() - start);
          channel.port2.postMessage(null);
        }, delay);
      }) as typeof window.setTimeout;
    }, [...Object.values(STEP_INTERVAL_MS), DEFAULT_HOLD_SECONDS * 1000]);
    await load(page, app.url);
    const lastYear = Number(await slider(page).getAttribute('aria-valuemax'));
    // Long tasks while loading are the benchmark's business; the replay's start after the click.
    await page.waitForTimeout(1000);
    const clickedAt = await page.evaluate(() => performance.now());
    const started = Date.now();
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => slider(page).getAttribute('aria-valuenow'), { timeout: 40_000, interval: 100 }).toBe(String(lastYear));
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).count(), { timeout: 5_000 }).toBe(1);
    const seconds = (Date.now() - started) / 1000;
    const recorded = await page.evaluate(() => (window as unknown as { __replay: { longTasks: [number, number][]; frames: number[] } }).__replay);
    const longTasks = recorded.longTasks.filter(([start]) => start >= clickedAt).map(([, duration]) => Math.round(duration));
    const frames = recorded.frames;
    const sorted = [...frames].sort((a, b) => a - b);
    const report = {
      replaySeconds: Math.round(seconds * 10) / 10,
      steps: frames.length,
      stepMedianMs: Math.round(sorted[Math.floor(sorted.length / 2)] * 10) / 10,
      stepMaxMs: Math.round((sorted.at(-1) ?? 0) * 10) / 10,
      longTasks: longTasks.length,
      longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    };
    console.log(`full replay: ${JSON.stringify(report)}`);
    expect(report.steps).toBeGreaterThanOrEqual(lastYear - 1949);
    expect(seconds).toBeGreaterThanOrEqual(10);
    expect(seconds).toBeLessThanOrEqual(20);
    expect(report.longestTaskMs, `long tasks during the replay: ${longTasks.join(', ')}`).toBeLessThanOrEqual(50);
    expect(problems.console).toEqual([]);
    await close();
  });
});
