import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, waitForMapReady } from './chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('the built app', () => {
  it('loads from a sub-path with zero console errors and zero requests off its origin', async () => {
    const appUrl = inject('appUrl');
    const { page, problems, close } = await openPage(browser, new URL(appUrl).origin);
    await page.goto(appUrl);
    await waitForMapReady(page);
    await page.waitForTimeout(500);
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('ships the parsed data but not the CSV parser or zod, which run only at build time', () => {
    const scripts = readdirSync('dist/assets').filter((file) => file.startsWith('index-') && file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) expect(readFileSync(`dist/assets/${file}`, 'utf8'), file).not.toMatch(/ZodError|csvParse/);
  });
});
