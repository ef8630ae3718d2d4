import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium } from './app-session.ts';
import { waitForMapReady } from './chromium.ts';

/**
 * Talk tracks: a built-in story stepped through with a presentation clicker's keys in both
 * languages, a bad track link refused with a notice, and a track running on its own.
 */
const app = appInChromium();

const bar = (page: Page) => page.locator('.track-bar');
const text = async (page: Page, selector: string) => (await bar(page).locator(selector).textContent())?.trim();
const search = (page: Page) => page.evaluate(() => location.search);

describe('a talk track', () => {
  it('steps through ?story=collapse-1971 with PageDown, Space and PageUp, its year, caption, counter and address following', async () => {
    const { page, problems, close } = await app.open({ width: 1280, height: 800 });
    try {
      await page.goto(`${app.url}?story=collapse-1971&lang=en`);
      await waitForMapReady(page);
      await expect.poll(() => text(page, '.track-counter')).toBe('Step 1 of 5');
      expect(await text(page, 'h2')).toBe('The peak: 70 allies');
      expect(await text(page, '.track-year')).toBe('1969');
      await page.keyboard.press('PageDown');
      await page.keyboard.press('Space');
      await expect.poll(() => text(page, '.track-counter')).toBe('Step 3 of 5');
      expect(await text(page, 'h2')).toBe('UN Resolution 2758');
      expect(await text(page, '.track-year')).toBe('1971');
      await expect.poll(() => search(page)).toContain('at=3');
      // The slider follows the step's year.
      expect(await page.getByRole('slider').first().getAttribute('aria-valuenow')).toBe('1971');
      await page.keyboard.press('PageUp');
      await expect.poll(() => text(page, '.track-counter')).toBe('Step 2 of 5');
      expect(await text(page, '.track-year')).toBe('1970');
      await bar(page).getByRole('button', { name: 'Close the track' }).click();
      await expect.poll(() => bar(page).count()).toBe(0);
      expect(await search(page)).not.toContain('story=');
      expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    } finally {
      await close();
    }
  });

  it('opens at a step in Chinese (&at=), its caption and counter in Chinese', async () => {
    const { page, problems, close } = await app.open({ width: 390, height: 844 });
    try {
      await page.goto(`${app.url}?story=nauru&lang=zh-TW&at=3`);
      await waitForMapReady(page);
      await expect.poll(() => text(page, '.track-counter')).toBe('第 3 步，共 5 步');
      expect(await text(page, 'h2')).toBe('2005年：與臺北復交');
      expect(await text(page, '.track-year')).toBe('2005年');
      await page.keyboard.press('PageDown');
      await expect.poll(() => text(page, 'h2')).toBe('2024年：再度轉向北京');
      expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    } finally {
      await close();
    }
  });

  it('refuses a bad ?track= with a notice, and an unknown story naming the stories, the app still working', async () => {
    const { page, problems, close } = await app.open({ width: 1280, height: 800 });
    try {
      await page.goto(`${app.url}?track=bm90LWEtdHJhY2s&lang=en&year=1971`);
      await waitForMapReady(page);
      await expect.poll(() => page.getByText('The track in the link was not opened: it is not a track').count()).toBe(1);
      expect(await bar(page).count()).toBe(0);
      await expect.poll(() => search(page)).toBe('?year=1971');
      await page.goto(`${app.url}?story=atlantis&lang=en`);
      await waitForMapReady(page);
      await expect.poll(() => page.getByText('There is no story “atlantis” (the stories: allies-lost-2016-2024').count()).toBe(1);
      // The keys are the timeline's again.
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => page.getByRole('slider').first().getAttribute('aria-valuenow')).toBe('2025');
      expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    } finally {
      await close();
    }
  });

  it('runs on its own with ?autoplay=1&step=3, the controls hidden and the year on screen', async () => {
    const { page, problems, close } = await app.open({ width: 1280, height: 800 });
    try {
      await page.goto(`${app.url}?story=allies-lost-2016-2024&lang=en&autoplay=1&step=3`);
      await waitForMapReady(page);
      await expect.poll(() => bar(page).count()).toBe(1);
      expect(await page.locator('.app-header').isVisible()).toBe(false);
      expect(await page.locator('.timeline').isVisible()).toBe(false);
      expect(await bar(page).getByRole('button').count()).toBe(0);
      const first = Number((await text(page, '.track-counter'))?.split(' ')[1]);
      // The steps' years: 2015, 2016, 2017, 2018…
      expect(await text(page, '.track-year')).toBe(String(2014 + first));
      await expect.poll(() => text(page, '.track-counter'), { timeout: 8000 }).toBe(`Step ${first + 1} of 9`);
      expect(await text(page, '.track-year')).toBe(String(2015 + first));
      expect(await search(page)).toContain(`at=${first + 1}`);
      expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    } finally {
      await close();
    }
  });
});
