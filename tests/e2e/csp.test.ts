import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapReady } from './chromium.ts';
import { appInChromium, mapCentre } from './app-session.ts';

/**
 * The Content-Security-Policy in index.html: the built app and the embed view work under it in
 * full (map, timeline, table, share dialog, PNG, GIF and video export) without a single violation, and
 * the policy is really enforced (the tests fail if the meta tag goes).
 */
const app = appInChromium();

/** The policy index.html carries (README, "Content-Security-Policy"). */
const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** Records every CSP violation on the page (and its frames) in `window.__violations`, from before the app's scripts run. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`.trim(),
      );
    });
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** Clicks a button and returns the name and size of the file it downloads. */
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  return { name: file.suggestedFilename(), bytes: (await readFile(await file.path())).length };
}

/** Pans, zooms, hovers and clicks the map. */
async function useTheMap(page: Page) {
  const centre = await mapCentre(page);
  await page.mouse.move(centre.x - 5, centre.y - 5);
  await page.mouse.move(centre.x, centre.y, { steps: 3 });
  await page.mouse.wheel(0, -300);
  await page.mouse.down();
  await page.mouse.move(centre.x - 120, centre.y + 40, { steps: 6 });
  await page.mouse.up();
  await page.mouse.click(centre.x, centre.y);
}

describe('the Content-Security-Policy', () => {
  it('is in the built page, and the full app runs under it without a violation', async () => {
    const { page, problems, close } = await app.open();
    await recordViolations(page);
    const response = await page.goto(`${app.url}?country=PRY#4/-23.4/-58.4`);
    const html = (await response?.text()) ?? '';
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${POLICY}" />`);
    // Vite's build puts no inline script or style in the page (they would need 'unsafe-inline').
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style[\s>]/);
    await waitForMapReady(page);

    // The map, the panel, the timeline and its typed year (a form, which form-action 'none' must not stop).
    await page.getByTestId('country-panel').waitFor();
    await useTheMap(page);
    await page.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('Home');
    await page.getByLabel('Go to year').fill('1971');
    await page.getByLabel('Go to year').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('1971');
    await page.getByRole('checkbox', { name: /^Substantive partner/ }).uncheck();

    // The table view and back.
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.getByTestId('table-view').waitFor();
    await page.getByRole('button', { name: 'Map', exact: true }).click();

    // The share dialog: links, then a PNG, a GIF, a WebM (WebCodecs and the muxer's chunk) and a CSV.
    await page.getByRole('button', { name: 'Share and export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share and export' });
    const png = await download(page, () => dialog.getByRole('button', { name: 'Download PNG' }).click());
    expect(png.name).toBe('taiwan-ties-1971.png');
    expect(png.bytes).toBeGreaterThan(10_000);
    await dialog.getByLabel('From year').fill('2016');
    await dialog.getByLabel('to year').fill('2018');
    await dialog.getByLabel('Format').selectOption('gif');
    await dialog.getByLabel('Pace').selectOption('fast');
    const gif = await download(page, () => dialog.getByRole('button', { name: 'Export GIF' }).click());
    expect(gif.name).toBe('taiwan-ties-2016-2018.gif');
    await dialog.getByLabel('Format').selectOption('webm');
    const webm = await download(page, () => dialog.getByRole('button', { name: 'Export video' }).click());
    expect(webm.name).toBe('taiwan-ties-2016-2018.webm');
    const csv = await download(page, () => dialog.getByRole('button', { name: 'Download CSV' }).click());
    expect(csv.name).toMatch(/^taiwan-ties-1971.*\.csv$/);
    await page.keyboard.press('Escape');

    expect(await violations(page)).toEqual([]);
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('the embed view runs under it without a violation, and can be framed (no frame-ancestors in a meta tag)', async () => {
    const { page, problems, close } = await app.open({ width: 900, height: 600 });
    await recordViolations(page);
    await page.goto(`${app.url}?embed=1&controls=timeline&year=2000#2/10/-40`);
    await waitForMapReady(page);
    await useTheMap(page);
    await page.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2001');
    // The click on the map opened a country's details over the buttons: close them first.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share and export' });
    const png = await download(page, () => dialog.getByRole('button', { name: 'Download PNG' }).click());
    expect(png.name).toBe('taiwan-ties-2001.png');
    expect(await violations(page)).toEqual([]);

    // The same embed inside an iframe on a page of the site: the policy does not stop framing.
    await page.setContent(`<iframe title="map" src="${app.url}?embed=1" width="600" height="400"></iframe>`);
    const frame = page.frameLocator('iframe');
    await frame.getByTestId('map').waitFor({ timeout: 30_000 });
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('is enforced: eval, an inline script, an inline style element and an off-origin fetch are refused and reported', async () => {
    const { page, problems, close } = await app.open();
    await recordViolations(page);
    // eval from a script of the site itself (code run by page.evaluate is exempt from the policy).
    await page.route(`${app.url}__csp-probe.js`, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "try { eval('1'); window.__evalRefused = false; } catch (error) { window.__evalRefused = error instanceof EvalError; }",
      }),
    );
    await page.goto(app.url);
    await waitForMapReady(page);
    const outcome = await page.evaluate(async (probe) => {
      const external = document.createElement('script');
      external.src = probe;
      await new Promise((resolve, reject) => {
        external.onload = resolve;
        external.onerror = reject;
        document.body.append(external);
      });
      const evalRefused = (window as unknown as { __evalRefused?: boolean }).__evalRefused === true;
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { background: rgb(1, 2, 3); }';
      document.head.append(style);
      let fetchRefused = false;
      try {
        await fetch('https://example.com/');
      } catch {
        fetchRefused = true;
      }
      return {
        evalRefused,
        fetchRefused,
        inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
        styled: getComputedStyle(document.body).backgroundColor === 'rgb(1, 2, 3)',
      };
    }, `${app.url}__csp-probe.js`);
    expect(outcome).toEqual({ evalRefused: true, fetchRefused: true, inlineRan: false, styled: false });
    // Violation reports arrive as events after the refusals: wait until all four are in.
    const kinds = async () => {
      const reported = await violations(page);
      return {
        eval: reported.some((line) => line.startsWith('script-src') && line.includes('eval')),
        inlineScript: reported.some((line) => line.startsWith('script-src-elem blocked inline')),
        inlineStyle: reported.some((line) => line.startsWith('style-src-elem blocked inline')),
        fetch: reported.some((line) => line.startsWith('connect-src blocked https://example.com')),
      };
    };
    await expect.poll(kinds).toEqual({ eval: true, inlineScript: true, inlineStyle: true, fetch: true });
    await close();
    // Chromium logs each refusal on the console; the fetch never left the page (refused before the network).
    expect(problems.console.every((line) => /Content Security Policy|Failed to fetch|Refused to/i.test(line))).toBe(true);
    expect(problems.externalRequests).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});
