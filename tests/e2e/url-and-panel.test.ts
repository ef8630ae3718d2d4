import type { Page } from 'playwright-core';
import { PALETTE } from '../../src/map/palette.ts';
import { describe, expect, it } from 'vitest';
import { waitForMapReady } from './chromium.ts';
import { appInChromium } from './app-session.ts';
import { dominantColour, hexToRgb, isNear, rgbToHex, screenshotArea, squareOf, waitForColour } from './png.ts';

const ALLY_BLUE = '#0072b2';
const LAND = PALETTE.land;

function expectColour(actualHex: string, expectedHex: string, what: string) {
  expect(isNear(hexToRgb(actualHex), expectedHex), `${what}: got ${actualHex}, expected about ${expectedHex}`).toBe(true);
}

const app = appInChromium();

const panel = (page: Page) => page.getByTestId('country-panel');
const searchParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe('the details panel and the URL', () => {
  it('?country=PRY opens Paraguay with its relations and sources; Escape closes it and drops the parameter', async () => {
    const { page, problems, close } = await app.open();
    await page.goto(`${app.url}?country=PRY`);
    await waitForMapReady(page);

    await panel(page).waitFor();
    expect(await panel(page).getByRole('heading', { level: 2 }).textContent()).toBe('Paraguay');
    const relations = panel(page).getByRole('region', { name: 'Diplomatic relations' });
    expect(await relations.textContent()).toContain('Formal diplomatic ally since 12 Jul 1957.');
    const visa = panel(page).getByRole('region', { name: 'Visa access for Taiwan passport holders' });
    expect(await visa.textContent()).toContain('Visa-free');
    // One item per source: publisher — title (date), the title linked to the canonical page.
    const sources = panel(page).getByRole('region', { name: 'Sources' });
    const citations = await sources.getByRole('listitem').allTextContents();
    expect(citations.length).toBeGreaterThanOrEqual(2);
    expect(citations.join('\n')).toMatch(/Wikipedia \(en\) — Paraguay–Taiwan relations/);
    expect(citations.join('\n')).toMatch(/Passport Index/);
    const hrefs = await sources.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toContain('https://en.wikipedia.org/wiki/Paraguay–Taiwan_relations');
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    expect(searchParam(page, 'country')).toBe('PRY');

    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached', timeout: 5_000 });
    expect(searchParam(page, 'country')).toBeNull();

    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('each source is a link to its publisher’s page that opens in a new tab (Saint Kitts and Nevis)', async () => {
    const { page, problems, close } = await app.open();
    await page.goto(`${app.url}?country=KNA`);
    await waitForMapReady(page);
    await panel(page).waitFor();
    expect(await panel(page).getByRole('heading', { level: 2 }).textContent()).toBe('Saint Kitts and Nevis');
    // Two publishers give the day, a former prime minister another: low, with the conflict written out.
    const relations = await panel(page).getByRole('region', { name: 'Diplomatic relations' }).textContent();
    expect(relations).toContain('Formal diplomatic ally since 9 Oct 1983.');
    expect(relations).toContain('Confidence: low');
    const links = panel(page).getByRole('region', { name: 'Sources' }).getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    const link = links.filter({ hasText: /St\. Kitts|Saint Kitts|SKN|40/ }).first();
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('the close button closes the panel, and a lowercase code is accepted and normalised', async () => {
    const { page, problems, close } = await app.open();
    await page.goto(`${app.url}?country=pry`);
    await waitForMapReady(page);
    await panel(page).waitFor();
    expect(await panel(page).getByRole('heading', { level: 2 }).textContent()).toBe('Paraguay');
    expect(searchParam(page, 'country')).toBe('PRY');
    await panel(page).getByRole('button', { name: 'Close details' }).click();
    await panel(page).waitFor({ state: 'detached', timeout: 5_000 });
    expect(searchParam(page, 'country')).toBeNull();
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('Back after closing reopens the panel; Forward closes it again', async () => {
    const { page, problems, close } = await app.open();
    await page.goto(`${app.url}?country=PRY`);
    await waitForMapReady(page);
    await panel(page).waitFor();

    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached', timeout: 5_000 });
    expect(searchParam(page, 'country')).toBeNull();

    await page.goBack();
    await panel(page).waitFor({ timeout: 5_000 });
    expect(await panel(page).getByRole('heading', { level: 2 }).textContent()).toBe('Paraguay');
    expect(searchParam(page, 'country')).toBe('PRY');

    await page.goForward();
    await panel(page).waitFor({ state: 'detached', timeout: 5_000 });
    expect(searchParam(page, 'country')).toBeNull();

    // Still the same document: history moves did not reload the app.
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('Back and Forward also restore the camera of each history entry', async () => {
    const { page, problems, close } = await app.open();
    await page.goto(`${app.url}?show=ally#4/-23.4/-58.4`);
    await waitForMapReady(page);
    const box = (await page.getByTestId('map').boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    expectColour(await waitForColour(page, centre.x, centre.y, ALLY_BLUE), ALLY_BLUE, 'Paraguay at the start');

    // Select Paraguay on the map (a history entry), then pan 150 px east, into Brazil (no new entry).
    await page.mouse.click(centre.x, centre.y);
    await panel(page).waitFor();
    expect(await panel(page).getByRole('heading', { level: 2 }).textContent()).toBe('Paraguay');
    const selectedHash = new URL(page.url()).hash;
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.move(centre.x - 150, centre.y, { steps: 10 });
    await page.waitForTimeout(250); // a pause before releasing: no inertia, so the pan ends where the pointer does
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).hash, { timeout: 5_000 }).not.toBe(selectedHash);
    expectColour(await waitForColour(page, centre.x, centre.y, LAND), LAND, 'Brazil after panning');
    const pannedHash = new URL(page.url()).hash;
    expect(searchParam(page, 'country')).toBe('PRY');

    await page.goBack();
    await panel(page).waitFor({ state: 'detached', timeout: 5_000 });
    expectColour(await waitForColour(page, centre.x, centre.y, ALLY_BLUE), ALLY_BLUE, 'Paraguay again after Back');

    await page.goForward();
    await panel(page).waitFor({ timeout: 5_000 });
    expect(new URL(page.url()).hash).toBe(pannedHash);
    expectColour(await waitForColour(page, centre.x, centre.y, LAND), LAND, 'Brazil again after Forward');

    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  // Opened without a hash, the first history entry never gets one (camera moves only rewrite the
  // current entry's hash), so Back to it leaves the map where it was panned while the address bar
  // says "default view": the address no longer reproduces what is shown. With a hash it works.
  it.each([
    ['with a camera hash', '?show=ally#0.95/15/150'],
    ['without a camera hash', '?show=ally'],
  ])('after Back to the first entry (opened %s) the address bar still reproduces the view', async (_, start) => {
    const { page, problems, close } = await app.open();
    await page.goto(`${app.url}${start}`);
    await waitForMapReady(page);
    const box = (await page.getByTestId('map').boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    /** Dominant colours of 5×5 squares on a grid over the middle of the map (with no pointer over it). */
    const sampleView = async () => {
      await page.mouse.move(5, 5);
      await page.waitForTimeout(400);
      // One screenshot of the middle of the map, sampled on a 7×5 grid 100 px apart.
      const image = await screenshotArea(page, { x: centre.x - 310, y: centre.y - 210, width: 620, height: 420 });
      const colours: string[] = [];
      for (let i = -3; i <= 3; i++) {
        for (let j = -2; j <= 2; j++) colours.push(rgbToHex(dominantColour(squareOf(image, 310 + i * 100, 210 + j * 100, 5))));
      }
      return colours;
    };

    // A history entry (a layer toggle), then a pan: camera moves replace the current entry's hash.
    await page.getByRole('checkbox', { name: 'Substantive partner' }).check();
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.move(centre.x - 250, centre.y, { steps: 10 });
    await page.waitForTimeout(250);
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).hash, { timeout: 5_000 }).not.toBe('');

    await page.goBack();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Substantive partner' }).isChecked()).toBe(false);
    const shown = await sampleView();
    const address = page.url();

    // Opening that address afresh must show the same view.
    await page.goto('about:blank');
    await page.goto(address);
    await waitForMapReady(page);
    const reopened = await sampleView();
    // Allow a few points on a coastline to differ by rounding of the hash; a different view differs in many.
    const differing = shown.filter((colour, i) => !isNear(hexToRgb(colour), reopened[i])).length;
    expect(differing, `${differing} of ${shown.length} sample points differ between the view after Back and a fresh load of ${address}`).toBeLessThanOrEqual(3);

    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('ignores invalid parameters with a dismissible notice and still renders the map', async () => {
    const { page, problems, close } = await app.open();
    await page.goto(`${app.url}?country=XXX&show=bogus&zzz=1#99/999/abc`);
    await waitForMapReady(page);
    expect(await page.getByTestId('map').getAttribute('data-ready')).toBe('true');

    const notice = page.getByRole('status');
    await notice.waitFor();
    expect(await notice.evaluate((element) => element.classList.contains('notice-bar'))).toBe(true);
    const text = (await notice.textContent()) ?? '';
    for (const part of ['XXX', 'bogus', 'zzz', '99/999/abc']) expect(text).toContain(part);
    expect(text).toContain('Ignored');

    // The defaults apply: no panel, the allies and former allies only; the address bar drops what was ignored.
    expect(await panel(page).count()).toBe(0);
    const checkboxes = page.getByRole('group', { name: 'Show on the map' }).getByRole('checkbox');
    expect(await checkboxes.count()).toBe(8);
    expect(
      await checkboxes.evaluateAll((inputs) =>
        inputs.filter((input) => (input as HTMLInputElement).checked).map((input) => input.closest('label')?.textContent),
      ),
    ).toEqual([expect.stringMatching(/^Formal diplomatic ally/), expect.stringMatching(/^Former ally/)]);
    const url = new URL(page.url());
    expect([...url.searchParams.keys()]).toEqual([]);
    expect(url.hash).not.toContain('999');

    // Each notice can be dismissed; the bar goes when the last one does.
    const dismiss = notice.getByRole('button', { name: 'Dismiss notice' });
    const count = await dismiss.count();
    expect(count).toBeGreaterThanOrEqual(1);
    for (let left = count; left > 0; left--) {
      await dismiss.first().click();
      if (left > 1) await expect.poll(() => dismiss.count()).toBe(left - 1);
    }
    await page.locator('.notice-bar').waitFor({ state: 'detached', timeout: 5_000 });

    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });
});
