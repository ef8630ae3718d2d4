import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './chromium.ts';

let browser: Browser;
beforeAll(async () => {
  // A browser without WebGL, as on some locked-down or very old machines.
  browser = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
});
afterAll(() => browser?.close());

describe('without WebGL', () => {
  it('explains that the map cannot be shown and still gives the facts as text, with no page error', async () => {
    const appUrl = inject('appUrl');
    const { page, problems, close } = await openPage(browser, new URL(appUrl).origin);
    await page.goto(`${appUrl}?country=PRY`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    // The plain explanation (from the probe), not MapLibre's own error passed through.
    expect(await alert.textContent()).toMatch(/cannot be shown.*This browser or device does not provide WebGL, which the map needs\./s);
    expect(await alert.textContent()).not.toContain('could not start');
    expect(await page.getByTestId('map-fallback').textContent()).toMatch(/12 formal diplomatic allies today: Belize, Eswatini/);
    expect(await page.getByTestId('country-panel').textContent()).toContain('Formal diplomatic ally since 12 Jul 1957');
    expect(await page.getByRole('checkbox', { name: /Formal diplomatic ally/ }).isVisible()).toBe(true);
    // The table stands in for the map: the year's countries, and a name opens its details.
    const table = page.getByRole('table');
    expect(await table.getByRole('row').count()).toBeGreaterThan(100);
    await table.getByRole('button', { name: 'Tuvalu', exact: true }).click();
    await page.getByRole('heading', { name: 'Tuvalu', level: 2 }).waitFor();
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('says so in Chinese, with the table in Chinese, when the page is in Chinese', async () => {
    const appUrl = inject('appUrl');
    const { page, problems, close } = await openPage(browser, new URL(appUrl).origin);
    await page.goto(`${appUrl}?lang=zh-TW`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('此瀏覽器或裝置不支援繪製地圖所需的 WebGL。');
    expect(await page.getByRole('table').getByRole('button', { name: '吐瓦魯', exact: true }).isVisible()).toBe(true);
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });
});
