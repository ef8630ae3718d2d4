import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapReady } from './chromium.ts';
import { appInChromium } from './app-session.ts';

/**
 * The app needs nothing but its own origin: with every other request aborted from the start
 * (openPage, chromium.ts), it loads, draws, opens a country, plays, shows the table and exports a
 * PNG, and it never even tries to reach another host: no aborted request, and no request refused
 * by the Content-Security-Policy before it reached the network (connect-src 'self').
 */
const app = appInChromium();

const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const year = async (page: Page) => Number(await slider(page).getAttribute('aria-valuenow'));

describe('offline: only the app’s own origin', () => {
  it('loads, draws, opens a country, plays, shows the table and exports a PNG without another host', async () => {
    const { page, problems, close } = await app.open();
    const origin = new URL(app.url).origin;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.addInitScript(() => {
      const refused: string[] = [];
      (window as unknown as { __refused: string[] }).__refused = refused;
      document.addEventListener('securitypolicyviolation', (event) => refused.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });

    await page.goto(`${app.url}?year=1990`);
    await waitForMapReady(page);

    // A country's details, sources included (their links are only followed when clicked).
    await page.getByRole('combobox', { name: 'Find a country' }).fill('Paraguay');
    await page.getByRole('option', { name: /Paraguay/ }).click();
    const panel = page.getByTestId('country-panel');
    await panel.getByRole('heading', { name: 'Paraguay', level: 2 }).waitFor();
    expect(await panel.getByRole('region', { name: 'Sources' }).getByRole('listitem').count()).toBeGreaterThan(0);

    // The timeline plays a few years, then pauses.
    expect(await year(page)).toBe(1990);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => year(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(1993);
    await page.getByRole('button', { name: 'Pause' }).click();

    // The table view.
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const table = page.getByTestId('table-view');
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Map', exact: true }).click();

    // A PNG export (the exporter's code is a chunk loaded now, from the same origin).
    await page.getByRole('button', { name: 'Share and export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share and export' });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^taiwan-ties-\d{4}\.png$/);
    expect(await download.failure()).toBeNull();

    const refused = await page.evaluate(() => (window as unknown as { __refused: string[] }).__refused);
    await close();
    expect(refused).toEqual([]);
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    // Every request was the app's own (or a data:/blob: address made in the page), and some were made.
    expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(requested.some((url) => /geo\/tiles\/[0-9a-f]+\/\d+\/\d+\/\d+\.pbf$/.test(url))).toBe(true);
    expect(requested.some((url) => /assets\/exporter-[\w-]+\.js$/.test(url))).toBe(true);
  });
});
