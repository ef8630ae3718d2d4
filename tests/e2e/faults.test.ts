import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapReady } from './chromium.ts';
import { appInChromium, mapCentre } from './app-session.ts';

const app = appInChromium();

/** The message the injected fault throws; React reports a caught error with console.error. */
const FAULT = 'injected fault: the citations cannot be read';

/**
 * Makes the details panel throw in the real build, from the test only: `String.prototype.matchAll`
 * throws for the citation pattern (only the panel's period notes use it, components/SourceText.tsx;
 * Paraguay's period has notes)
 * while `window.__breakPanel` is true. Nothing in the app can set the flag.
 */
async function breakThePanelOnDemand(page: Page) {
  await page.addInitScript((message) => {
    const matchAll = String.prototype.matchAll;
    String.prototype.matchAll = function (this: string, pattern: RegExp) {
      if ((window as { __breakPanel?: boolean }).__breakPanel && pattern instanceof RegExp && pattern.source.includes('wikipedia')) throw new Error(message);
      return matchAll.call(this, pattern);
    } as typeof matchAll;
  }, FAULT);
}

const setBroken = (page: Page, broken: boolean) => page.evaluate((value) => ((window as { __breakPanel?: boolean }).__breakPanel = value), broken);
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const failed = (page: Page) => page.locator('[data-testid="part-failed"][data-part="details"]');

describe('a part of the page that fails', () => {
  it('the details panel shows a message in its place; the map, the timeline and the filters go on working', async () => {
    const { page, problems, close } = await app.open();
    await breakThePanelOnDemand(page);
    // Centred on Paraguay, so a click in the middle of the map selects it.
    await page.goto(`${app.url}?year=1990#4/-23.4/-58.4`);
    await waitForMapReady(page);
    await setBroken(page, true);

    const centre = await mapCentre(page);
    await page.mouse.click(centre.x, centre.y);
    await failed(page).waitFor({ timeout: 5_000 });
    expect(await failed(page).getByRole('alert').textContent()).toBe('Something went wrong while showing the country details. The rest of the page still works.');
    expect(await failed(page).getAttribute('class')).toContain('country-panel');
    expect(await page.getByTestId('country-panel').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('country')).toBe('PRY');

    // The map still answers the pointer: the tooltip names what is under it, and a drag moves the camera.
    await page.mouse.move(centre.x - 60, centre.y - 5);
    await page.mouse.move(centre.x - 60, centre.y, { steps: 2 });
    await expect.poll(() => page.getByRole('tooltip').count(), { timeout: 5_000 }).toBe(1);
    const hashBefore = new URL(page.url()).hash;
    await page.mouse.move(centre.x - 100, centre.y + 100);
    await page.mouse.down();
    await page.mouse.move(centre.x - 250, centre.y + 40, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).hash, { timeout: 5_000 }).not.toBe(hashBefore);

    // The timeline still moves the year, and the map and the count follow it.
    const countBefore = await page.getByTestId('ally-count').textContent();
    await slider(page).focus();
    await page.keyboard.press('End');
    await expect.poll(() => new URL(page.url()).searchParams.get('year'), { timeout: 5_000 }).not.toBe('1990');
    expect(await page.getByTestId('ally-count').textContent()).not.toBe(countBefore);
    expect(await page.getByTestId('map').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="map"] canvas').count()).toBe(1);

    // The filters still work.
    const ally = page.getByRole('group', { name: 'Show on the map' }).getByRole('checkbox', { name: /^Formal diplomatic ally/ });
    await ally.uncheck();
    expect(await ally.isChecked()).toBe(false);

    // Try again while still broken: the message comes back. Fixed: the details appear.
    await failed(page).getByRole('button', { name: 'Try again' }).click();
    await failed(page).waitFor();
    await setBroken(page, false);
    await failed(page).getByRole('button', { name: 'Try again' }).click();
    await page.getByTestId('country-panel').getByRole('heading', { name: 'Paraguay', level: 2 }).waitFor();
    expect(await failed(page).count()).toBe(0);

    await close();
    // Nothing escaped the boundary; the only console entries are React's reports of the caught error.
    expect(problems.pageErrors).toEqual([]);
    expect(problems.externalRequests).toEqual([]);
    expect(problems.console.length).toBeGreaterThan(0);
    expect(problems.console.filter((line) => !line.includes(FAULT))).toEqual([]);
  });

  it('Close dismisses the message with the selection, and another country tries again by itself (in Chinese)', async () => {
    const { page, problems, close } = await app.open();
    await breakThePanelOnDemand(page);
    await page.goto(`${app.url}?lang=zh-TW`);
    await waitForMapReady(page);
    await setBroken(page, true);

    const search = page.getByRole('combobox', { name: '搜尋國家' });
    await search.fill('巴拉圭');
    await page.getByRole('option', { name: /巴拉圭/ }).click();
    await failed(page).waitFor({ timeout: 5_000 });
    expect(await failed(page).getByRole('alert').textContent()).toBe('顯示國家詳細資料時發生錯誤。頁面的其他部分仍可使用。');

    await failed(page).getByRole('button', { name: '關閉' }).click();
    await failed(page).waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.has('country')).toBe(false);

    // Broken again on another country, then mended: choosing a third country shows its details.
    await search.fill('吐瓦魯');
    await page.getByRole('option', { name: /吐瓦魯/ }).click();
    await failed(page).waitFor({ timeout: 5_000 });
    await setBroken(page, false);
    await search.fill('教廷');
    await page.getByRole('option', { name: /教廷/ }).click();
    await page.getByTestId('country-panel').getByRole('heading', { name: '教廷', level: 2 }).waitFor();
    expect(await failed(page).count()).toBe(0);

    await close();
    expect(problems.pageErrors).toEqual([]);
    expect(problems.externalRequests).toEqual([]);
    expect(problems.console.filter((line) => !line.includes(FAULT))).toEqual([]);
  });
});

describe('map shapes that cannot be loaded', () => {
  it('a missing tiles folder (404) explains itself in the map’s place, with the table still there', async () => {
    const { page, problems, close } = await app.open();
    // MapLibre's worker asks for the tiles; the context's routes see its requests.
    await page.context().route('**/geo/tiles/**', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${app.url}?lang=en`);
    await expect.poll(() => page.getByText('The map could not start: the map shapes could not be loaded (HTTP 404).').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('[data-ready="true"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    expect(await page.getByRole('table').count()).toBeGreaterThan(0);
    await close();
    expect(problems.pageErrors).toEqual([]);
    expect(problems.externalRequests).toEqual([]);
  });
});
