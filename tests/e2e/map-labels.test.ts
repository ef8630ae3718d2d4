import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, waitForMapReady } from './chromium.ts';

/**
 * The names on the map (a canvas over it, src/map/label-overlay.ts) and the first camera, which fits
 * the year's allies and Taiwan to the screen's shape: a name is placed only when its country's point
 * is on the screen, so every ally named means every ally in view.
 */
let browser: Browser;
let url = '';
beforeAll(async () => {
  url = inject('appUrl');
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The codes of the names drawn, as the overlay records them. */
const namesOn = (page: Page) =>
  page
    .waitForFunction(() => document.querySelector('canvas.map-labels')?.getAttribute('data-names') ?? null)
    .then(async (handle) => {
      const names = (await handle.jsonValue()) as string;
      return names === '' ? [] : names.split(' ');
    });

describe('names on the map', () => {
  for (const [label, viewport, device] of [
    ['a laptop (1280 × 800)', { width: 1280, height: 800 }, {}],
    ['a phone (390 × 844, touch, device scale 2)', { width: 390, height: 844 }, { isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
    ['a small phone (320 × 568, touch)', { width: 320, height: 568 }, { isMobile: true, hasTouch: true }],
  ] as const) {
    it(`names Taiwan and every one of today's allies on ${label}, so the first camera shows them all`, async () => {
      const { page, problems, close } = await openPage(browser, new URL(url).origin, viewport, device);
      try {
        await page.goto(url);
        await waitForMapReady(page);
        const count = Number(await page.getByTestId('ally-count').locator('strong').textContent());
        expect(count).toBeGreaterThan(0);
        const names = await namesOn(page);
        expect(names).toContain('TWN');
        expect(names.filter((code) => code !== 'TWN')).toHaveLength(count);
        expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
      } finally {
        await close();
      }
    });
  }

  it('names the year’s losses, follows the language, and shows no names while the ally layer is hidden', async () => {
    const { page, problems, close } = await openPage(browser, new URL(url).origin, { width: 1280, height: 800 });
    try {
      await page.goto(`${url}?year=2024&lang=zh-TW`);
      await waitForMapReady(page);
      expect(await namesOn(page)).toContain('NRU');
      await page.getByRole('checkbox', { name: /^正式邦交國/ }).click();
      await page.waitForFunction(() => document.querySelector('canvas.map-labels')?.getAttribute('data-names') === '');
      expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    } finally {
      await close();
    }
  });
});
