import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapReady } from './chromium.ts';
import { appInChromium, mapCentre } from './app-session.ts';

const app = appInChromium();

/** What the panel throws on the corrupted row: SourceText calls `matchAll` on the period's notes. */
const FAULT = /matchAll is not a function/;

/**
 * Serves the real build with one corrupted data row: Paraguay's relations period gets notes that
 * are not text (`true`). Only the details panel reads a period's notes (components/SourceText.tsx),
 * so selecting Paraguay makes the panel throw while the map, the timeline and the filters, which
 * never read them, go on. The fault comes in through the network, as bad data would: no test hook
 * ships, and nothing in the page is patched.
 */
async function corruptParaguaysNotes(page: Page) {
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    const script = await response.text();
    const row = script.indexOf('"iso3":"PRY","name":{"en":"Paraguay"');
    const notes = script.indexOf('"notes":"', row);
    if (row < 0 || notes < 0) throw new Error('Paraguay’s relations row is not in the bundle as the test expects');
    const corrupted = `${script.slice(0, notes)}"notes":true,"notesAsRead":"${script.slice(notes + '"notes":"'.length)}`;
    await route.fulfill({ response, body: corrupted });
  });
}

const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const failed = (page: Page) => page.locator('[data-testid="part-failed"][data-part="details"]');

describe('a part of the page that fails', () => {
  it('the details panel shows a message in its place when its data is bad; the map, the timeline and the filters go on working', async () => {
    const { page, problems, close } = await app.open();
    await corruptParaguaysNotes(page);
    // Centred on Paraguay, so a click in the middle of the map selects it.
    await page.goto(`${app.url}?year=1990#4/-23.4/-58.4`);
    await waitForMapReady(page);

    const centre = await mapCentre(page);
    await page.mouse.click(centre.x, centre.y);
    await failed(page).waitFor({ timeout: 5_000 });
    expect(await failed(page).getByRole('alert').textContent()).toBe(
      'Something went wrong while showing the country details. The rest of the page still works.',
    );
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
    expect(await page.locator('[data-testid="map"] canvas.maplibregl-canvas').count()).toBe(1);

    // The filters still work.
    const ally = page.getByRole('group', { name: 'Show on the map' }).getByRole('checkbox', { name: /^Formal diplomatic ally/ });
    await ally.uncheck();
    expect(await ally.isChecked()).toBe(false);

    // Try again while the row is still bad: the message comes back. Another country: its details appear.
    await failed(page).getByRole('button', { name: 'Try again' }).click();
    await failed(page).waitFor();
    await page.getByRole('combobox', { name: 'Find a country' }).fill('Holy See');
    await page.getByRole('option', { name: /^Holy See/ }).click();
    await page.getByTestId('country-panel').getByRole('heading', { name: 'Holy See', level: 2 }).waitFor();
    expect(await failed(page).count()).toBe(0);

    await close();
    // Nothing escaped the boundary; the console holds React's reports of the caught error, one a failure.
    expect(problems.pageErrors).toEqual([]);
    expect(problems.externalRequests).toEqual([]);
    expect(problems.console.map((line) => FAULT.test(line))).toEqual([true, true]);
  });

  it('Close dismisses the message with the selection, and another country tries again by itself (in Chinese)', async () => {
    const { page, problems, close } = await app.open();
    await corruptParaguaysNotes(page);
    await page.goto(`${app.url}?lang=zh-TW`);
    await waitForMapReady(page);

    const search = page.getByRole('combobox', { name: '搜尋國家' });
    await search.fill('巴拉圭');
    await page.getByRole('option', { name: /巴拉圭/ }).click();
    await failed(page).waitFor({ timeout: 5_000 });
    expect(await failed(page).getByRole('alert').textContent()).toBe('顯示國家詳細資料時發生錯誤。頁面的其他部分仍可使用。');

    await failed(page).getByRole('button', { name: '關閉' }).click();
    await failed(page).waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.has('country')).toBe(false);

    // Broken again on choosing it again; then another country shows its details by itself.
    await search.fill('');
    await search.fill('巴拉圭');
    await page.getByRole('option', { name: /巴拉圭/ }).click();
    await failed(page).waitFor({ timeout: 5_000 });
    await search.fill('教廷');
    await page.getByRole('option', { name: /教廷/ }).click();
    await page.getByTestId('country-panel').getByRole('heading', { name: '教廷', level: 2 }).waitFor();
    expect(await failed(page).count()).toBe(0);

    await close();
    expect(problems.pageErrors).toEqual([]);
    expect(problems.externalRequests).toEqual([]);
    expect(problems.console.map((line) => FAULT.test(line))).toEqual([true, true]);
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
    expect(await page.getByRole('table').count()).toBe(1);
    await close();
    expect(problems.pageErrors).toEqual([]);
    expect(problems.externalRequests).toEqual([]);
  });
});
