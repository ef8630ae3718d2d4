import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/map/palette.ts';
import { appInChromium } from './app-session.ts';
import { waitForMapReady } from './chromium.ts';
import { decodePng, dominantColour, isNear, squareOf } from './png.ts';

/**
 * The compare view (`?compare=1971`): a second map of the other year beside the first (stacked on
 * a portrait screen) or under a swipe divider, one camera for both, and the list of what changed.
 */
const app = appInChromium();

const compareReady = (page: Page) =>
  page.waitForFunction(() => document.querySelector('[data-testid="compare-map"]')?.getAttribute('data-ready') === 'true', null, { timeout: 30_000 });

/** The names each map draws (canvas.map-labels' data-names), the live map's first. */
const namesOf = async (page: Page, testId: 'map' | 'compare-map') => {
  const handle = await page.waitForFunction(
    (id) => document.querySelector(`[data-testid="${id}"] canvas.map-labels`)?.getAttribute('data-names') ?? null,
    testId,
  );
  return ((await handle.jsonValue()) as string).split(' ');
};

describe('the compare view', () => {
  it('shows 1971 beside today with one camera, names each year’s allies, and lists what changed', async () => {
    const { page, problems, close } = await app.open({ width: 1280, height: 800 });
    try {
      await page.goto(`${app.url}?compare=1971`);
      await waitForMapReady(page);
      await compareReady(page);
      await expect.poll(() => page.getByTestId('compare-title').textContent()).toBe('1971 vs. 2026');
      // The earlier year on the left.
      const [then, now] = await Promise.all([page.getByTestId('compare-map').boundingBox(), page.getByTestId('map').boundingBox()]);
      expect(then!.x + then!.width).toBeLessThanOrEqual(now!.x);
      expect(Math.abs(then!.width - now!.width)).toBeLessThan(2);
      // 1971's allies on its map (Japan, Australia), today's on the other.
      await expect.poll(() => namesOf(page, 'compare-map')).toEqual(expect.arrayContaining(['JPN', 'AUS', 'TWN']));
      const today = await namesOf(page, 'map');
      expect(today).toEqual(expect.arrayContaining(['PRY', 'TUV', 'TWN']));
      expect(today).not.toContain('JPN');

      // One camera: a zoom on the 1971 map moves today's, whose camera the address records.
      await page.mouse.move(then!.x + then!.width / 2, then!.y + then!.height / 2);
      await page.mouse.wheel(0, -400);
      await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\d/);
      const zoom = Number((await page.evaluate(() => location.hash)).slice(1).split('/')[0]);
      await page.mouse.move(now!.x + now!.width / 2, now!.y + now!.height / 2);
      await page.mouse.wheel(0, 400);
      await expect.poll(async () => Number((await page.evaluate(() => location.hash)).slice(1).split('/')[0])).toBeLessThan(zoom);

      // The change list: Nauru allied only in between, with its dates; its name opens its details.
      const changes = page.getByTestId('compare-changes');
      await expect.poll(() => changes.getByRole('heading', { level: 2 }).textContent()).toBe('What changed, 1971 to 2026');
      const nauru = changes.locator('li', { has: page.getByRole('button', { name: 'Nauru', exact: true }) });
      expect(await nauru.textContent()).toContain('ties 4 May 1980 · to Beijing 21 Jul 2002 · back 14 May 2005 · to Beijing 15 Jan 2024');
      await nauru.getByRole('button').click();
      await expect.poll(() => page.getByTestId('country-panel').getByRole('heading', { level: 2 }).textContent()).toContain('Nauru');
      expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    } finally {
      await close();
    }
  });

  it('switches to a swipe divider moved by the keyboard, keeps both in the address, and Back leaves the view', async () => {
    const { page, problems, close } = await app.open({ width: 1280, height: 800 });
    try {
      await page.goto(app.url);
      await waitForMapReady(page);
      await page.getByRole('button', { name: 'Compare years' }).click();
      await compareReady(page);
      await expect.poll(() => page.evaluate(() => location.search)).toBe('?compare=1971');
      await page.getByRole('radio', { name: 'Swipe' }).check();
      await expect.poll(() => page.evaluate(() => location.search)).toBe('?compare=1971&swipe=1');
      const divider = page.getByRole('slider', { name: /^Divider between 1971/ });
      const [over, under] = await Promise.all([page.getByTestId('compare-map').boundingBox(), page.getByTestId('map').boundingBox()]);
      expect(over).toEqual(under);
      const clip = () => page.getByTestId('compare-map').evaluate((element) => getComputedStyle(element).clipPath);
      const before = await clip();
      await divider.focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await divider.getAttribute('aria-valuenow')).toBe('46');
      expect(await clip()).not.toBe(before);
      await page.goBack();
      await expect.poll(() => page.evaluate(() => location.search)).toBe('?compare=1971');
      await page.goBack();
      await expect.poll(() => page.getByTestId('compare-map').count()).toBe(0);
      expect(await page.getByTestId('year-events').isVisible()).toBe(true);
      expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    } finally {
      await close();
    }
  });

  it('stacks the two maps on a phone, the earlier above, and says both years in Chinese', async () => {
    const { page, problems, close } = await app.open({ width: 390, height: 844 }, { isMobile: true, hasTouch: true });
    try {
      await page.goto(`${app.url}?compare=1971&lang=zh-TW`);
      await waitForMapReady(page);
      await compareReady(page);
      const [then, now] = await Promise.all([page.getByTestId('compare-map').boundingBox(), page.getByTestId('map').boundingBox()]);
      expect(then!.y + then!.height).toBeLessThanOrEqual(now!.y);
      expect(await page.getByTestId('compare-title').textContent()).toBe('1971年 對比 2026年');
      await expect.poll(() => namesOf(page, 'compare-map')).toContain('TWN');
      expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    } finally {
      await close();
    }
  });

  it('exports the comparison as one PNG and one SVG, the two years side by side under one title', async () => {
    const { page, problems, close } = await app.open({ width: 1280, height: 800 });
    try {
      await page.goto(`${app.url}?compare=1971`);
      await waitForMapReady(page);
      await compareReady(page);
      const mapSize = await page.getByTestId('map').evaluate((element) => [element.clientWidth, element.clientHeight]);
      await page.getByRole('button', { name: 'Share and export' }).click();
      const dialog = page.getByRole('dialog', { name: 'Share and export' });
      const download = async (name: string) => {
        const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name }).click()]);
        return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
      };
      const png = await download('Download PNG');
      expect(png.name).toBe('taiwan-ties-1971-vs-2026.png');
      const image = decodePng(png.bytes);
      // Two frames of the live map's size, 4 px apart, under a white title band.
      expect(image.width).toBe(2 * mapSize[0] + 4);
      expect(image.height).toBeGreaterThan(mapSize[1]);
      expect(isNear(dominantColour(squareOf(image, Math.round(image.width / 2), 6, 4)), '#ffffff', 4)).toBe(true);
      // 1971's allies in blue fill much of the left frame; today's twelve, little of the right.
      const allyShare = (from: number) => {
        let ally = 0;
        let all = 0;
        for (let y = image.height - mapSize[1]; y < image.height; y += 3) {
          for (let x = from; x < from + mapSize[0]; x += 3) {
            all++;
            if (isNear(image.pixels[y * image.width + x], PALETTE.ally, 6)) ally++;
          }
        }
        return ally / all;
      };
      expect(allyShare(0)).toBeGreaterThan(3 * allyShare(mapSize[0] + 4));

      const svg = await download('Download SVG');
      expect(svg.name).toBe('taiwan-ties-1971-vs-2026.svg');
      const text = svg.bytes.toString('utf8');
      expect(text).toContain('<title>Taiwan’s international ties, 1971 vs. 2026</title>');
      for (const name of ['Japan', 'Australia', 'Tuvalu', 'Paraguay']) expect(text, name).toContain(`>${name}<`);
      expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    } finally {
      await close();
    }
  });

  it('works in the embed view, whose caption gives both years’ counts', async () => {
    const { page, problems, close } = await app.open({ width: 800, height: 450 });
    try {
      await page.goto(`${app.url}?embed=1&compare=1971`);
      await waitForMapReady(page);
      await compareReady(page);
      expect(await page.locator('.embed-caption h1').textContent()).toBe('Taiwan’s international ties, 1971 vs. 2026');
      expect(await page.getByTestId('embed-count').textContent()).toMatch(/^53 allies in 1971, 12 in 2026 · \d+ lost/);
      expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    } finally {
      await close();
    }
  });
});
