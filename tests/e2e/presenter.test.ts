import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapReady } from './chromium.ts';
import { appInChromium } from './app-session.ts';

const app = appInChromium();
const NO_PROBLEMS = { console: [], pageErrors: [], externalRequests: [] };
const yearShown = (page: Page) => page.getByRole('slider', { name: 'Year' }).getAttribute('aria-valuenow').then(Number);

async function open(query: string, options: { reducedMotion?: boolean } = {}) {
  const session = await app.open({ width: 1280, height: 800 });
  if (options.reducedMotion) await session.page.emulateMedia({ reducedMotion: 'reduce' });
  await session.page.goto(`${app.url}${query}`);
  await waitForMapReady(session.page);
  return session;
}

describe('presenter keys', () => {
  it('steps with ←/→, jumps with Home/End, plays and pauses with Space, and lists the keys with ?', async () => {
    const { page, problems, close } = await open('?year=1971&from=1960&to=2000');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    expect(await yearShown(page)).toBe(1972);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await yearShown(page)).toBe(1970);
    await page.keyboard.press('End');
    expect(await yearShown(page)).toBe(2000);
    await page.keyboard.press('Home');
    expect(await yearShown(page)).toBe(1960);
    await page.keyboard.press(' ');
    await expect.poll(() => yearShown(page)).toBeGreaterThan(1961);
    await page.keyboard.press(' ');
    // Paused: the Play button is back (the replay's timer stops with it: tests/unit/state/playback.test.ts).
    await page.getByRole('button', { name: 'Play' }).waitFor();
    const paused = await yearShown(page);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await help.textContent()).toContain('Play or pause the replay');
    // Keys inside the dialog are the dialog's: the year stays.
    await page.keyboard.press('ArrowRight');
    expect(await yearShown(page)).toBe(paused);
    await page.keyboard.press('Escape');
    expect(await help.count()).toBe(0);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });

  it('leaves keys to a text field: typing a year does not step the timeline', async () => {
    const { page, problems, close } = await open('?year=1971');
    const field = page.getByLabel('Go to year');
    await field.fill('');
    await field.type('19 8');
    await page.keyboard.press('ArrowLeft');
    expect(await yearShown(page)).toBe(1971);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });
});

describe('presenter playback', () => {
  it('holds the last year for ?hold= seconds before the loop starts again', async () => {
    const { page, problems, close } = await open('?play=1&from=2020&to=2022&speed=fast&loop=1&hold=2');
    // Time each year's arrival in the page, from a whole loop that starts after the observer does.
    const held = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const slider = document.querySelector('input[type="range"]')!;
          let reachedEnd: number | null = null;
          new MutationObserver(() => {
            const year = slider.getAttribute('aria-valuenow');
            if (year === '2022') reachedEnd = performance.now();
            else if (year === '2020' && reachedEnd !== null) resolve(performance.now() - reachedEnd);
          }).observe(slider, { attributes: true, attributeFilter: ['aria-valuenow'] });
        }),
    );
    expect(held).toBeGreaterThanOrEqual(1800);
    expect(held).toBeLessThan(2600);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });

  it('with reduced motion, waits for Play instead of starting the replay by itself, and says so', async () => {
    const { page, problems, close } = await open('?play=1&from=1971&to=2024', { reducedMotion: true });
    // The app has decided not to play once it says so; it then offers Play, on the first year.
    await page.getByRole('status').filter({ hasText: 'reduced motion' }).waitFor();
    expect(await page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    expect(await yearShown(page)).toBe(1971);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => yearShown(page)).toBeGreaterThan(1971);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });
});

describe('share dialog', () => {
  it('copies a link that reproduces the view, and an embed code with a title and the resize script', async () => {
    const { page, problems, close } = await open('?year=1979&show=ally,partner');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
    await page.getByRole('button', { name: 'Share and export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share and export' });
    const link = await dialog.getByLabel(/A link to this view/).inputValue();
    expect(link).toBe(`${app.url}?lang=en&show=ally,partner&year=1979`);
    await dialog.getByRole('button', { name: 'Copy' }).first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await dialog.getByLabel('Show the timeline').check();
    const code = await dialog.getByLabel('Code to paste into a web page').inputValue();
    expect(code).toContain(`src="${app.url}?lang=en&amp;embed=1&amp;controls=timeline&amp;show=ally,partner&amp;year=1979"`);
    expect(code).toMatch(/title="Taiwan Ties: [^"]+1979"/);
    expect(code).toContain('width="100%"');
    expect(code).toContain('addEventListener("message"');
    await dialog.getByLabel(/Fit the height/).uncheck();
    expect(await dialog.getByLabel('Code to paste into a web page').inputValue()).not.toContain('<script>');
    // The link opens the same view.
    await page.goto(link);
    await waitForMapReady(page);
    expect(await yearShown(page)).toBe(1979);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });
});
