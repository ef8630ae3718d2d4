import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapReady } from './chromium.ts';
import { appInChromium } from './app-session.ts';

/**
 * The "done when", as a new user would do it: switch to 中文 and use the app; then put
 * the mouse away and do the same by keyboard alone; then read a year's state from the table.
 */
const app = appInChromium();
const NO_PROBLEMS = { console: [], pageErrors: [], externalRequests: [] };

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(page: Page, matches: (element: Element) => boolean, limit = 60) {
  const source = matches.toString();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((code) => {
      const test = new Function(`return (${code})`)() as (element: Element) => boolean;
      return document.activeElement ? test(document.activeElement) : false;
    }, source);
    if (found) return;
  }
  throw new Error(`Tab never reached ${source}`);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('in Chinese', () => {
  it('switches every part of the page with the 中文 button, and keeps the choice in the address and in links', async () => {
    const { page, problems, close } = await app.open();
    await page.goto(`${app.url}?year=1971`);
    await waitForMapReady(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.getByRole('button', { name: '中文' }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh-TW');
    expect(await page.title()).toContain('臺灣邦誼地圖');
    // Filters, timeline, events: the same view, in Chinese.
    expect(await page.getByRole('checkbox', { name: /正式邦交國/ }).isChecked()).toBe(true);
    expect(await page.getByRole('heading', { name: /1971年的變動/ }).isVisible()).toBe(true);
    expect(await page.locator('body').textContent()).toContain('53個邦交國');

    // A country's details: the ministry's name, the dates in Chinese.
    await page.getByRole('combobox', { name: '搜尋國家' }).fill('教廷');
    await page.getByRole('option', { name: /教廷/ }).click();
    const panel = page.getByTestId('country-panel');
    await panel.getByRole('heading', { name: '教廷', level: 2 }).waitFor();
    expect(await panel.textContent()).toContain('1942年6月17日');

    // Links made by the Share dialog carry the language.
    await page.getByRole('button', { name: '分享與匯出' }).click();
    const dialog = page.getByRole('dialog');
    const link = await dialog.getByRole('textbox').first().inputValue();
    expect(new URL(link).searchParams.get('lang')).toBe('zh-TW');
    await page.keyboard.press('Escape');

    // Back returns to English: the language is navigation, like a filter.
    await page.goBack();
    await page.goBack();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.getByRole('checkbox', { name: /Formal diplomatic ally/ }).isChecked()).toBe(true);
    await close();
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('starts in Chinese for a browser that prefers Chinese, without writing lang= in the address', async () => {
    const { page, problems, close } = await app.open();
    await page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['zh-TW', 'zh', 'en'] }));
    await page.goto(app.url);
    await waitForMapReady(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    expect(await page.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).search).toBe('');
    await close();
    expect(problems).toEqual(NO_PROBLEMS);
  });
});

describe('by keyboard alone', () => {
  it('skips to the map, finds a country by its Chinese name, reads it, and steps the years with an announcement', async () => {
    const { page, problems, close } = await app.open();
    await page.goto(`${app.url}?lang=zh-TW`);
    await waitForMapReady(page);

    // The first Tab reaches the skip link, shown while focused.
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('跳至地圖與時間軸');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).getBoundingClientRect().height)).toBeGreaterThan(0);

    // The search box: type, arrow down, Enter opens the panel with focus on its heading.
    await tabTo(page, (element) => element.getAttribute('role') === 'combobox');
    await page.keyboard.type('吐瓦');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    expect(await focusedText(page)).toBe('吐瓦魯');

    // Focus is visible: the focused heading has an outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');

    // The year slider by keyboard; the change is announced once the person stops.
    await tabTo(page, (element) => element.getAttribute('role') === 'slider' || (element as HTMLInputElement).type === 'range');
    await page.keyboard.press('Home');
    const announcer = page.getByTestId('year-announcer');
    await page.waitForFunction(() => document.querySelector('[data-testid="year-announcer"]')?.textContent?.startsWith('1949年'));
    expect(await announcer.textContent()).toMatch(/^1949年：\d+個邦交國/);
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
    await close();
    expect(problems).toEqual(NO_PROBLEMS);
  });

  it('opens the table, sorts it and opens a country from it', async () => {
    const { page, problems, close } = await app.open();
    await page.goto(`${app.url}?year=1971`);
    await waitForMapReady(page);

    await tabTo(page, (element) => element.textContent?.trim() === 'Table' && element.tagName === 'BUTTON');
    await page.keyboard.press('Enter');
    const table = page.getByRole('table');
    await table.waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('table');
    expect(await page.getByTestId('map').isVisible()).toBe(false);

    // Sort by the relations column: its header says so, and the rows follow.
    await tabTo(page, (element) => element.closest('th') !== null && /Formal relations/.test(element.textContent ?? ''));
    await page.keyboard.press('Enter');
    const header = table.getByRole('columnheader', { name: /Formal relations/ });
    expect(await header.getAttribute('aria-sort')).toBe('ascending');

    // The year's state, read from the table: 1971's allies and those lost that year.
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows.filter((row) => row.includes('Formal diplomatic ally')).length).toBeGreaterThanOrEqual(54);
    expect(rows.some((row) => row.startsWith('Turkey') && row.includes('lost in 1971'))).toBe(true);

    // A country's name opens its details.
    await tabTo(page, (element) => element.closest('tbody') !== null && element.textContent?.trim() === 'Paraguay', 400);
    await page.keyboard.press('Enter');
    await page.getByTestId('country-panel').getByRole('heading', { name: 'Paraguay' }).waitFor();

    // Back to the map: it is still there, drawn.
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    expect(await page.getByTestId('map').isVisible()).toBe(true);
    await close();
    expect(problems).toEqual(NO_PROBLEMS);
  });
});
