import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/map/palette.ts';
import { appInChromium, mapCentre } from './app-session.ts';
import { waitForMapReady } from './chromium.ts';
import { hexToRgb, isNear, waitForColour } from './png.ts';

/**
 * A lost WebGL context (a GPU reset, a laptop lid, a projector switch), made with
 * `WEBGL_lose_context`: the maps come back with the view as it is now, and a context that does
 * not come back gets a notice with a Reload at the same view (map/context-loss.ts).
 */
const app = appInChromium();
const NO_PROBLEMS = { console: [], pageErrors: [], externalRequests: [] };
/** The United States: an ally in 1971, lost in 1979. */
const UNITED_STATES = '#3/39/-98';
const MAP_CANVAS = '[data-testid="map"] canvas.maplibregl-canvas';
const COMPARE_CANVAS = '[data-testid="compare-map"] canvas.maplibregl-canvas';

/**
 * Loses (or restores) the WebGL context of the maps' canvases, as a GPU reset does for every one.
 * A lost context gives no extensions, so the page keeps the one that lost it for the restore.
 */
const setContexts = (page: Page, action: 'loseContext' | 'restoreContext', selectors: string[]) =>
  page.evaluate(
    ([action, selectors]) => {
      const held = ((window as unknown as { lostContexts?: Map<string, WEBGL_lose_context> }).lostContexts ??= new Map());
      for (const selector of selectors) {
        const canvas = document.querySelector<HTMLCanvasElement>(selector)!;
        // MapLibre made the context; getContext returns that one.
        const extension = held.get(selector) ?? (canvas.getContext('webgl2') as WebGL2RenderingContext).getExtension('WEBGL_lose_context')!;
        held.set(selector, extension);
        extension[action]();
      }
    },
    [action, selectors] as const,
  );

const namesOf = async (page: Page, testId: 'map' | 'compare-map') =>
  (await page.locator(`[data-testid="${testId}"] canvas.map-labels`).getAttribute('data-names'))?.split(' ').filter(Boolean) ?? [];
/** The timeline's year, in either language. */
const sliderYear = async (page: Page) => Number(await page.locator('input.year-slider').getAttribute('aria-valuenow'));

function expectColour(actualHex: string, expectedHex: string, what: string) {
  expect(isNear(hexToRgb(actualHex), expectedHex), `${what}: got ${actualHex}, expected about ${expectedHex}`).toBe(true);
}

describe('a lost WebGL context', () => {
  it('comes back with the year chosen while it was lost: its colours and its names', async () => {
    const { page, problems, close } = await app.open();
    await page.goto(`${app.url}?year=1971${UNITED_STATES}`);
    await waitForMapReady(page);
    const centre = await mapCentre(page);
    expectColour(await waitForColour(page, centre.x, centre.y, PALETTE.ally), PALETTE.ally, 'the United States in 1971');
    await setContexts(page, 'loseContext', [MAP_CANVAS]);
    // No names float over the map while it is not drawn.
    await expect.poll(() => namesOf(page, 'map')).toEqual([]);
    await page.getByRole('slider', { name: 'Year' }).focus();
    for (let step = 0; step < 8; step++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => sliderYear(page)).toBe(1979);
    await page.waitForTimeout(300);
    await setContexts(page, 'restoreContext', [MAP_CANVAS]);
    expectColour(await waitForColour(page, centre.x, centre.y, PALETTE.allyLost), PALETTE.allyLost, 'the United States in 1979, after the restore');
    // The names are 1979's: the United States lost that year, Mexico (lost in 1971) no more.
    await expect.poll(() => namesOf(page, 'map')).toEqual(['USA']);
    // A restore within the wait needs no notice.
    expect(await page.locator('.notice').count()).toBe(0);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });

  it('brings both maps of the compare view back, each with its own year', async () => {
    const { page, problems, close } = await app.open();
    await page.goto(`${app.url}?year=1979&compare=1971${UNITED_STATES}`);
    await waitForMapReady(page);
    await page.waitForFunction(() => document.querySelector('[data-testid="compare-map"]')?.getAttribute('data-ready') === 'true');
    await setContexts(page, 'loseContext', [MAP_CANVAS, COMPARE_CANVAS]);
    await page.waitForTimeout(500);
    await setContexts(page, 'restoreContext', [MAP_CANVAS, COMPARE_CANVAS]);
    const live = await mapCentre(page);
    const box = (await page.getByTestId('compare-map').boundingBox())!;
    expectColour(await waitForColour(page, live.x, live.y, PALETTE.allyLost), PALETTE.allyLost, 'the United States in 1979 (live map)');
    const then = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    expectColour(await waitForColour(page, then.x, then.y, PALETTE.ally), PALETTE.ally, 'the United States in 1971 (compare map)');
    // Each map names its own year's countries: Mexico lost in 1971, the United States lost in 1979.
    await expect.poll(() => namesOf(page, 'compare-map')).toEqual(['MEX', 'USA']);
    expect(await namesOf(page, 'map')).toEqual(['USA']);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });

  it('lets a replay go on through the loss, and the map follows it again after the restore', async () => {
    const { page, problems, close } = await app.open();
    await page.goto(`${app.url}?play=1&loop=1&speed=fast`);
    await waitForMapReady(page);
    await setContexts(page, 'loseContext', [MAP_CANVAS]);
    const lostAt = await sliderYear(page);
    await expect.poll(() => sliderYear(page)).not.toBe(lostAt);
    await setContexts(page, 'restoreContext', [MAP_CANVAS]);
    // The names follow the replay's years again.
    const seen = new Set<string>();
    await expect
      .poll(async () => {
        seen.add((await namesOf(page, 'map')).join(' '));
        return seen.size;
      })
      .toBeGreaterThan(3);
    // Paused, the map shows the paused year's colours (the United States: an ally until 1978).
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.evaluate((hash) => (location.hash = hash), UNITED_STATES);
    const year = await sliderYear(page);
    const centre = await mapCentre(page);
    const expected = year < 1979 ? PALETTE.ally : year === 1979 ? PALETTE.allyLost : PALETTE.formerAlly;
    expectColour(await waitForColour(page, centre.x, centre.y, expected), expected, `the United States in ${year}`);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });

  it('finishes an export started while the context is lost once it comes back', async () => {
    const { page, problems, close } = await app.open();
    await page.goto(`${app.url}?year=1971`);
    await waitForMapReady(page);
    await page.getByRole('button', { name: 'Share and export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share and export' });
    await setContexts(page, 'loseContext', [MAP_CANVAS]);
    const download = page.waitForEvent('download', { timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Download PNG' }).click();
    await page.waitForTimeout(1_000);
    await setContexts(page, 'restoreContext', [MAP_CANVAS]);
    expect((await download).suggestedFilename()).toBe('taiwan-ties-1971.png');
    await expect.poll(() => dialog.getByTestId('image-export-status').textContent()).toMatch(/Saved taiwan-ties-1971\.png/);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });

  it('fails an export with a clear message, not a hang, when the context never comes back', async () => {
    const { page, close } = await app.open();
    await page.goto(`${app.url}?year=1971`);
    await waitForMapReady(page);
    await page.getByRole('button', { name: 'Share and export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share and export' });
    await setContexts(page, 'loseContext', [MAP_CANVAS]);
    await dialog.getByRole('button', { name: 'Download PNG' }).click();
    await expect.poll(() => dialog.getByTestId('image-export-status').textContent(), { timeout: 30_000 }).toMatch(/the map stopped drawing/);
    await close();
  });

  it('says so when the context does not come back, and Reload reopens the replay at its year (in Chinese)', async () => {
    const { page, problems, close } = await app.open();
    await page.goto(`${app.url}?lang=zh-TW&play=1&loop=1&speed=slow&compare=1971`);
    await waitForMapReady(page);
    await setContexts(page, 'loseContext', [MAP_CANVAS]);
    const notice = page.locator('.notice', { hasText: '地圖已停止繪製' });
    await notice.waitFor({ timeout: 10_000 });
    const year = await sliderYear(page);
    // The address the reload asks for (the new page then writes its own, without the replay's year).
    const navigation = page.waitForRequest((request) => request.isNavigationRequest() && request.frame() === page.mainFrame());
    await notice.getByRole('button', { name: '重新載入' }).click();
    const reloaded = new URL((await navigation).url()).searchParams;
    expect(Number(reloaded.get('year'))).toBeGreaterThanOrEqual(year);
    expect(Number(reloaded.get('year'))).toBeLessThanOrEqual(year + 1);
    expect(Object.fromEntries(reloaded)).toMatchObject({ lang: 'zh-TW', play: '1', loop: '1', speed: 'slow', compare: '1971' });
    await waitForMapReady(page);
    // The replay goes on from there (not from 1949), and the new map has no notice.
    expect(await sliderYear(page)).toBeGreaterThanOrEqual(Number(reloaded.get('year')));
    expect(await page.locator('.notice').count()).toBe(0);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });
});
