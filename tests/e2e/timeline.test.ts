import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/map/palette.ts';
import { waitForMapReady } from './chromium.ts';
import { appInChromium, mapCentre } from './app-session.ts';
import { hexToRgb, isNear, waitForColour } from './png.ts';

/** Camera hashes centred on countries whose 1970s story the tests read off the map. */
const MEXICO = '#4/23.6/-102.5';
const UNITED_STATES = '#3/39/-98';

const app = appInChromium();

async function load(page: Page, url: string) {
  await page.goto('about:blank');
  await page.goto(url);
  await waitForMapReady(page);
}

const allyCount = (page: Page) => page.getByTestId('ally-count');
const yearEvents = (page: Page) => page.getByTestId('year-events');
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const yearParam = (page: Page) => new URL(page.url()).searchParams.get('year');

function expectColour(actualHex: string, expectedHex: string, what: string) {
  expect(isNear(hexToRgb(actualHex), expectedHex), `${what}: got ${actualHex}, expected about ${expectedHex}`).toBe(true);
}

describe('the timeline', () => {
  it('?year=1971 shows 53 allies, the year’s 14 losses listed and drawn as lost', async () => {
    const { page, problems, close } = await app.open();
    await load(page, `${app.url}?year=1971${MEXICO}`);
    await expect.poll(() => allyCount(page).textContent()).toContain('53 formal allies on 31 Dec 1971');
    expect(await slider(page).getAttribute('aria-valuenow')).toBe('1971');
    expect(await yearEvents(page).getByRole('heading').textContent()).toContain('Changes in 1971 · 14 events');
    for (const name of ['Turkey', 'Iran', 'Mexico', 'Peru']) {
      expect(await yearEvents(page).getByRole('button', { name }).count(), name).toBe(1);
    }
    const centre = await mapCentre(page);
    expectColour(await waitForColour(page, centre.x, centre.y, PALETTE.allyLost), PALETTE.allyLost, 'Mexico in 1971 (lost)');
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    await close();
  });

  it('?year=2017 lists Panama’s switch to Beijing, and clicking it opens Panama', async () => {
    const { page, close } = await app.open();
    await load(page, `${app.url}?year=2017`);
    const panama = yearEvents(page).getByRole('listitem').filter({ hasText: 'Panama' });
    expect(await panama.textContent()).toContain('13 Jun 2017 Panama switched recognition to Beijing');
    await panama.getByRole('button', { name: 'Panama' }).click();
    await expect.poll(() => page.getByTestId('country-panel').getByRole('heading', { level: 2 }).textContent()).toBe('Panama');
    expect(await page.getByTestId('panel-year-status').textContent()).toContain('On 31 Dec 2017: an ally lost that year.');
    expect(new URL(page.url()).search).toBe('?country=PAN&year=2017');
    await close();
  });

  it('keyboard steps move the year, the count, the address and the map', async () => {
    const { page, problems, close } = await app.open();
    await load(page, `${app.url}?year=1971${UNITED_STATES}`);
    const centre = await mapCentre(page);
    expectColour(await waitForColour(page, centre.x, centre.y, PALETTE.ally), PALETTE.ally, 'the United States in 1971 (ally)');

    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => allyCount(page).textContent()).toContain('41 formal allies on 31 Dec 1972');
    await expect.poll(() => yearParam(page)).toBe('1972');
    await page.keyboard.press('PageUp');
    await expect.poll(() => yearParam(page)).toBe('1982');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => yearParam(page)).toBe('1979');
    expectColour(await waitForColour(page, centre.x, centre.y, PALETTE.allyLost), PALETTE.allyLost, 'the United States in 1979 (lost)');
    expect(await yearEvents(page).textContent()).toContain('United States');

    await page.keyboard.press('Home');
    await expect.poll(() => yearParam(page)).toBe('1949');
    await page.keyboard.press('End');
    await expect.poll(() => yearParam(page)).toBeNull();
    expect(await allyCount(page).textContent()).toContain('12 formal allies as of 22 Jan 2026');
    expect(problems.console).toEqual([]);
    await close();
  });

  it('a typed year goes there', async () => {
    const { page, close } = await app.open();
    await load(page, app.url);
    const input = page.getByRole('textbox', { name: 'Go to year' });
    await input.fill('2024');
    await input.press('Enter');
    await expect.poll(() => yearParam(page)).toBe('2024');
    expect(await yearEvents(page).textContent()).toContain('Nauru switched recognition to Beijing');
    await close();
  });

  it('?play=1&from=1971&to=1975&speed=fast plays on load and stops on 1975', async () => {
    const { page, problems, close } = await app.open();
    await load(page, `${app.url}?play=1&from=1971&to=1975&speed=fast`);
    await expect.poll(() => slider(page).getAttribute('aria-valuenow'), { timeout: 10_000 }).toBe('1975');
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    await expect.poll(() => new URL(page.url()).search).toBe('?from=1971&to=1975&speed=fast');
    expect(problems.console).toEqual([]);
    await close();
  });

  it('clicking the chart jumps to that year', async () => {
    const { page, close } = await app.open();
    await load(page, app.url);
    const box = (await page.getByTestId('ally-chart').boundingBox())!;
    // The chart's x axis runs from 1949 at 8 px to the last year at width − 8 px.
    const lastYear = Number(await slider(page).getAttribute('aria-valuemax'));
    const x = box.x + 8 + ((1979 - 1949) / (lastYear - 1949)) * (box.width - 16);
    await page.mouse.click(x, box.y + box.height / 2);
    await expect.poll(() => yearParam(page)).toBe('1979');
    await close();
  });

  it('] and [ go to the next and previous year with an event, announced, and leave a text field alone', async () => {
    const { page, problems, close } = await app.open();
    await load(page, `${app.url}?year=1985`);
    const announcer = page.getByTestId('year-announcer');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    // Nothing changed in 1986 or 1987: ] goes on to 1988.
    await page.keyboard.press(']');
    await expect.poll(() => yearParam(page)).toBe('1988');
    await expect.poll(() => announcer.textContent()).toMatch(/^1988: \d+ allies; .*\.$/);
    await page.keyboard.press('[');
    await expect.poll(() => yearParam(page)).toBe('1985');
    // 2008 by its milestone alone (the truce), and said so.
    await load(page, `${app.url}?year=2007`);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(']');
    await expect.poll(() => yearParam(page)).toBe('2008');
    await expect.poll(() => announcer.textContent()).toBe("2008: 23 allies; milestone: Ma's 'diplomatic truce' begins.");
    await page.keyboard.press(']');
    await expect.poll(() => yearParam(page)).toBe('2013');
    // Typed into the search box, ] is a character.
    const search = page.getByRole('combobox').first();
    await search.fill('');
    await search.press(']');
    expect(await search.inputValue()).toBe(']');
    await page.waitForTimeout(300);
    expect(await slider(page).getAttribute('aria-valuenow')).toBe('2013');
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    await close();
  });

  it('clicking a mark on the chart goes to its year and opens its event; the marks move with the arrows, not the year', async () => {
    const { page, problems, close } = await app.open();
    await load(page, app.url);
    const marks = page.getByRole('toolbar', { name: 'Milestones and changes in relations on the chart' });
    await marks.getByRole('button', { name: '25 Oct 1971: UN Resolution 2758' }).click();
    await expect.poll(() => yearParam(page)).toBe('1971');
    const focused = () =>
      page.evaluate(() => ({ testId: document.activeElement?.getAttribute('data-testid'), text: document.activeElement?.textContent ?? '' }));
    await expect.poll(focused).toMatchObject({ testId: 'year-milestone', text: expect.stringMatching(/^25 Oct 1971 UN Resolution 2758\./) });
    // The event is in view within the list.
    const inView = await page.evaluate(() => {
      const box = document.activeElement!.getBoundingClientRect();
      const list = document.querySelector('[data-testid="year-events"]')!.getBoundingClientRect();
      return box.top >= list.top - 4 && box.top < list.bottom;
    });
    expect(inView).toBe(true);

    await marks.getByRole('button', { name: '2017: 1 lost: Panama' }).click();
    await expect.poll(() => yearParam(page)).toBe('2017');
    await expect.poll(() => focused().then((element) => element.text)).toMatch(/^13 Jun 2017 Panama switched recognition to Beijing/);

    // Within the marks the arrows move between them (the year stays), and Enter opens one.
    await marks.getByRole('button', { name: '2017: 1 lost: Panama' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      '2018: 3 lost: Dominican Republic, Burkina Faso, and El Salvador',
    );
    // Absence of a change: give a year step the time it would take to show.
    await page.waitForTimeout(300);
    expect(await slider(page).getAttribute('aria-valuenow')).toBe('2017');
    await page.keyboard.press('Enter');
    await expect.poll(() => yearParam(page)).toBe('2018');
    await expect.poll(() => focused().then((element) => element.text)).toMatch(/^1 May 2018 Dominican Republic switched/);
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    await close();
  });

  it('shows the count by region: stacked bands and the year’s split, in both languages', async () => {
    const { page, problems, close } = await app.open();
    await load(page, `${app.url}?year=1971`);
    await page.getByRole('radio', { name: 'By region' }).check();
    const split = page.getByRole('list', { name: 'Allies by region in 1971' });
    expect(await split.textContent()).toBe('Africa 18Americas 19Asia 8Europe 6Oceania 2');
    expect(await page.getByTestId('region-bands').locator('path').count()).toBe(5);
    await page.getByRole('button', { name: '中文' }).click();
    expect(await page.getByRole('list', { name: '1971年各地區的邦交國' }).textContent()).toBe('非洲18國美洲19國亞洲8國歐洲6國大洋洲2國');
    expect(await page.getByRole('radio', { name: '依地區' }).isChecked()).toBe(true);
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    await close();
  });

  it('keeps the map one size through every year (a resize redraws it whole), with the chart and slider in view', async () => {
    const { page, close } = await app.open();
    await load(page, `${app.url}?year=1949`);
    await slider(page).focus();
    const sizes = new Set<string>();
    const clipped: number[] = [];
    for (let year = 1949; year <= 2026; year++) {
      const layout = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        const [map, timeline, track] = [box('[data-testid="map"]'), box('.timeline'), box('.timeline-track')];
        return { map: `${map.width}×${map.height}`, inView: track.bottom <= timeline.bottom + 0.5 };
      });
      sizes.add(layout.map);
      if (!layout.inView) clipped.push(year);
      await page.keyboard.press('ArrowRight');
    }
    expect([...sizes]).toHaveLength(1);
    expect(clipped).toEqual([]);
    await close();
  });
});
