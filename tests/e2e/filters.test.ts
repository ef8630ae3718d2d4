import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapReady } from './chromium.ts';
import { mapCentre, appInChromium } from './app-session.ts';
import { PALETTE } from '../../src/map/palette.ts';
import { hexToRgb, isNear, pixelsAround, waitForColour } from './png.ts';

const COLOURS = {
  land: PALETTE.land,
  ally: PALETTE.ally,
  likeMinded: PALETTE.partnerLikeMinded,
  visaOnline: PALETTE.visaOnline,
} as const;

/** Centre of Paraguay and of Australia, as camera hashes. */
const PARAGUAY = '#4/-23.4/-58.4';
const AUSTRALIA = '#3/-25/134';

const app = appInChromium();

async function load(page: Page, url: string) {
  await page.goto('about:blank');
  await page.goto(url);
  await waitForMapReady(page);
}

const filters = (page: Page) => page.getByRole('group', { name: 'Show on the map' });
const layerBox = (page: Page, name: string) => filters(page).getByRole('checkbox', { name });

function expectColour(actualHex: string, expectedHex: string, what: string) {
  expect(isNear(hexToRgb(actualHex), expectedHex), `${what}: got ${actualHex}, expected about ${expectedHex}`).toBe(true);
}

describe('layer filters recolour the map', () => {
  it('?year=1971&show=ally,beijing is the two-sided map: Paraguay Taipei blue, India Beijing, Indonesia neither; without allies no "neither"', async () => {
    const { page, problems, close } = await app.open();
    const colourAt = async (camera: string, query: string, expected: string, what: string) => {
      await load(page, `${app.url}${query}${camera}`);
      const centre = await mapCentre(page);
      expectColour(await waitForColour(page, centre.x, centre.y, expected), expected, what);
    };
    await colourAt(PARAGUAY, '?year=1971&show=ally,beijing', PALETTE.ally, 'Paraguay in 1971');
    await colourAt('#4/22/79', '?year=1971&show=ally,beijing', PALETTE.beijing, 'India in 1971');
    await colourAt('#4/-2/114', '?year=1971&show=ally,beijing', PALETTE.neither, 'Indonesia in 1971 (relations suspended 1967–1990)');
    expect(await filters(page).getByText('Recognises neither').isVisible()).toBe(true);
    // Beijing's side alone: Indonesia is plain land, India still Beijing's.
    await colourAt('#4/-2/114', '?year=1971&show=beijing', PALETTE.land, 'Indonesia in 1971 with Beijing’s side only');
    await colourAt('#4/-2/114', '?year=1995&show=ally,beijing', PALETTE.beijing, 'Indonesia in 1995');
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('Paraguay: ally blue with ?show=ally, neutral land once the ally layer is off, still blue (hatched) with every layer', async () => {
    const { page, problems, close } = await app.open();
    await load(page, `${app.url}?show=ally${PARAGUAY}`);
    const centre = await mapCentre(page);

    expect(await layerBox(page, 'Formal diplomatic ally').isChecked()).toBe(true);
    expect(await layerBox(page, 'Visa-free').isChecked()).toBe(false);
    expectColour(await waitForColour(page, centre.x, centre.y, COLOURS.ally, { size: 1 }), COLOURS.ally, 'Paraguay with ?show=ally');
    // Without a visa layer there is no hatching: the whole 9×9 square is flat ally blue.
    const flat = await pixelsAround(page, centre.x, centre.y, 9);
    expect(flat.filter((pixel) => !isNear(pixel, COLOURS.ally)).length).toBe(0);

    await layerBox(page, 'Formal diplomatic ally').uncheck();
    expectColour(await waitForColour(page, centre.x, centre.y, COLOURS.land, { size: 1 }), COLOURS.land, 'Paraguay with no layer');
    expect(new URL(page.url()).searchParams.get('show')).toBe('none');

    await filters(page).getByRole('button', { name: 'Show all' }).click();
    expectColour(await waitForColour(page, centre.x, centre.y, COLOURS.ally), COLOURS.ally, 'Paraguay with every layer (most common colour)');
    // Paraguay is visa-free, so with the visa layers on its blue is hatched: some pixels are darker lines.
    await expect
      .poll(async () => (await pixelsAround(page, centre.x, centre.y, 9)).filter((pixel) => !isNear(pixel, COLOURS.ally)).length, { timeout: 5_000 })
      .toBeGreaterThan(0);
    const hatched = await pixelsAround(page, centre.x, centre.y, 9);
    expect(hatched.filter((pixel) => isNear(pixel, COLOURS.ally)).length, 'most of the square stays ally blue').toBeGreaterThan(hatched.length / 2);
    // Every layer is more than the default (which leaves Beijing's side off): the address says so.
    expect(new URL(page.url()).searchParams.get('show')).toBe('all');

    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('partners through time: Norway’s office until 2017 (a step back redraws it), Lithuania’s from 2021', async () => {
    const { page, problems, close } = await app.open();
    const NORWAY = '#5/61.5/9';
    await load(page, `${app.url}?year=2017&show=partner${NORWAY}`);
    const centre = await mapCentre(page);
    expectColour(await waitForColour(page, centre.x, centre.y, PALETTE.land), PALETTE.land, 'Norway in 2017 (office closed on 30 Sep)');
    await page.getByRole('button', { name: 'Previous year' }).click();
    expectColour(await waitForColour(page, centre.x, centre.y, PALETTE.partnerOther), PALETTE.partnerOther, 'Norway in 2016');
    expect(
      await filters(page)
        .getByText(/so 2016 may show too few/)
        .isVisible(),
    ).toBe(true);
    await load(page, `${app.url}?year=2020&show=partner#6/55.3/23.9`);
    expectColour(await waitForColour(page, centre.x, centre.y, PALETTE.land), PALETTE.land, 'Lithuania in 2020');
    await load(page, `${app.url}?year=2022&show=partner#6/55.3/23.9`);
    expectColour(await waitForColour(page, centre.x, centre.y, PALETTE.partnerLikeMinded), PALETTE.partnerLikeMinded, 'Lithuania in 2022');
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('Australia: like-minded orange with ?show=partner, e-visa/eTA tint with ?show=visa-online', async () => {
    const { page, problems, close } = await app.open();
    await load(page, `${app.url}?show=partner${AUSTRALIA}`);
    const centre = await mapCentre(page);
    expectColour(await waitForColour(page, centre.x, centre.y, COLOURS.likeMinded), COLOURS.likeMinded, 'Australia with ?show=partner');

    await load(page, `${app.url}?show=visa-online${AUSTRALIA}`);
    expect(await layerBox(page, 'e-Visa or eTA').isChecked()).toBe(true);
    expect(await layerBox(page, 'Substantive partner').isChecked()).toBe(false);
    expectColour(await waitForColour(page, centre.x, centre.y, COLOURS.visaOnline), COLOURS.visaOnline, 'Australia with ?show=visa-online');

    // Australia is not visa-free: with only that level on, it is plain land.
    await load(page, `${app.url}?show=visa-free${AUSTRALIA}`);
    expectColour(await waitForColour(page, centre.x, centre.y, COLOURS.land), COLOURS.land, 'Australia with ?show=visa-free');

    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });
});

describe('layer filters and history', () => {
  it('a toggle writes the show parameter; Back and Forward restore the filter state', async () => {
    const { page, problems, close } = await app.open();
    await load(page, app.url);
    // The first view: the allies and former allies, which the address leaves unsaid.
    const partner = layerBox(page, 'Substantive partner');
    expect(await partner.isChecked()).toBe(false);
    expect(new URL(page.url()).searchParams.has('show')).toBe(false);

    await partner.check();
    expect(await partner.isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.get('show')).toBe('ally,former,partner');

    await layerBox(page, 'Visa on arrival').check();
    expect(new URL(page.url()).searchParams.get('show')).toBe('ally,former,partner,visa-arrival');

    await page.goBack();
    await expect.poll(() => layerBox(page, 'Visa on arrival').isChecked()).toBe(false);
    expect(await partner.isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.get('show')).toBe('ally,former,partner');

    await page.goBack();
    await expect.poll(() => partner.isChecked()).toBe(false);
    expect(new URL(page.url()).searchParams.has('show')).toBe(false);

    await page.goForward();
    await expect.poll(() => partner.isChecked()).toBe(true);
    expect(await layerBox(page, 'Visa on arrival').isChecked()).toBe(false);
    expect(new URL(page.url()).searchParams.get('show')).toBe('ally,former,partner');

    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('Back restores the map colours too, not just the checkboxes', async () => {
    const { page, problems, close } = await app.open();
    await load(page, `${app.url}?show=ally${PARAGUAY}`);
    const centre = await mapCentre(page);
    expectColour(await waitForColour(page, centre.x, centre.y, COLOURS.ally, { size: 1 }), COLOURS.ally, 'Paraguay with ?show=ally');
    await filters(page).getByRole('button', { name: 'Hide all' }).click();
    expectColour(await waitForColour(page, centre.x, centre.y, COLOURS.land, { size: 1 }), COLOURS.land, 'Paraguay after Hide all');
    await page.goBack();
    await expect.poll(() => layerBox(page, 'Formal diplomatic ally').isChecked()).toBe(true);
    expectColour(await waitForColour(page, centre.x, centre.y, COLOURS.ally, { size: 1 }), COLOURS.ally, 'Paraguay after Back');
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('toggling filters never refetches the map geometry', async () => {
    const { page, problems, close } = await app.open();
    const tileRequests: string[] = [];
    // The context sees the map worker's requests, which fetch the tiles.
    page.context().on('request', (request) => {
      if (request.url().includes('geo/tiles/')) tileRequests.push(request.url());
    });
    await page.goto(`${app.url}${PARAGUAY}`);
    await waitForMapReady(page);
    const tilesAtReady = tileRequests.length;
    expect(tilesAtReady).toBeGreaterThan(0);
    const centre = await mapCentre(page);

    for (const name of ['Formal diplomatic ally', 'Substantive partner', 'Visa-free', 'Visa on arrival', 'e-Visa or eTA', 'New Southbound Policy']) {
      await layerBox(page, name).uncheck();
    }
    expectColour(await waitForColour(page, centre.x, centre.y, COLOURS.land, { size: 1 }), COLOURS.land, 'Paraguay with every layer unchecked');
    await filters(page).getByRole('button', { name: 'Show all' }).click();
    await filters(page).getByRole('button', { name: 'Hide all' }).click();
    await layerBox(page, 'Formal diplomatic ally').check();
    expectColour(await waitForColour(page, centre.x, centre.y, COLOURS.ally, { size: 1 }), COLOURS.ally, 'Paraguay with only the ally layer');
    await page.goBack();
    await page.goBack();
    await page.goForward();
    await page.waitForTimeout(300);

    expect(tileRequests).toHaveLength(tilesAtReady);
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });
});
