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
    expect(await alert.textContent()).toMatch(/cannot be shown.*WebGL.*12 formal diplomatic allies today: Belize, Eswatini/s);
    expect(await page.getByTestId('country-panel').textContent()).toContain('Formal diplomatic ally since 8 Jul 1957');
    expect(await page.getByRole('checkbox', { name: /Formal diplomatic ally/ }).isVisible()).toBe(true);
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });
});
