import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/map/palette.ts';
import { waitForMapReady } from './chromium.ts';
import { appInChromium, mapCentre } from './app-session.ts';
import { decodePng, dominantColour, isNear, screenshotArea, squareOf, type Rgb } from './png.ts';

/**
 * The globe view (`?projection=globe`, the Flat / Globe switch): MapLibre's globe projection, the
 * names on its near side only, a click's details, the address and Back, and exports that are globes.
 */
const app = appInChromium();
const NO_PROBLEMS = { console: [], pageErrors: [], externalRequests: [] };
const PACIFIC_ALLIES = ['PLW', 'MHL', 'TUV'];
const CARIBBEAN_ALLIES = ['GTM', 'BLZ', 'HTI', 'KNA', 'LCA', 'VCT'];

/** The codes of the names drawn, as the overlay records them, once it has drawn. */
async function namesOn(page: Page): Promise<string[]> {
  const handle = await page.waitForFunction(() => document.querySelector('canvas.map-labels')?.getAttribute('data-names') ?? null);
  const names = (await handle.jsonValue()) as string;
  return names === '' ? [] : names.split(' ');
}

/** The dominant colours of the map's top corners (the bottom ones hold the switch and the credit). */
async function mapCorners(page: Page): Promise<Rgb[]> {
  const box = (await page.getByTestId('map').boundingBox())!;
  const image = await screenshotArea(page, box);
  return [squareOf(image, 12, 12, 9), squareOf(image, image.width - 12, 12, 9)].map(dominantColour);
}

async function openApp(address: string) {
  const session = await app.open({ width: 1280, height: 800 });
  await session.page.goto(`${app.url}${address}`);
  await waitForMapReady(session.page);
  return session;
}

describe('the globe view', () => {
  it('?projection=globe draws a globe facing Taiwan and the Pacific allies, with space in the corners and no name from the far side', async () => {
    const { page, problems, close } = await openApp('?projection=globe');
    try {
      expect(await page.getByTestId('map').getAttribute('data-projection')).toBe('globe');
      await expect.poll(() => mapCorners(page)).toSatisfy((corners: Rgb[]) => corners.every((colour) => isNear(colour, PALETTE.space, 3)));
      const names = await namesOn(page);
      expect(names).toEqual(expect.arrayContaining(['TWN', ...PACIFIC_ALLIES]));
      // The Caribbean is on the far side of the Earth: MapLibre projects it onto the screen all the same.
      expect(names.filter((code) => CARIBBEAN_ALLIES.includes(code))).toEqual([]);
      expect(await page.getByRole('button', { name: 'Globe' }).getAttribute('aria-pressed')).toBe('true');
      expect(problems).toEqual(NO_PROBLEMS);
    } finally {
      await close();
    }
  });

  it('turned to the Caribbean (the address’s camera), names the Caribbean allies and none of the Pacific’s', async () => {
    const { page, problems, close } = await openApp('?projection=globe#1.8/15/-70');
    try {
      const names = await namesOn(page);
      expect(names).toEqual(expect.arrayContaining(CARIBBEAN_ALLIES));
      expect(names.filter((code) => ['TWN', ...PACIFIC_ALLIES].includes(code))).toEqual([]);
      expect(problems).toEqual(NO_PROBLEMS);
    } finally {
      await close();
    }
  });

  it('switches from the flat map with the switch, puts it in the address, spins by dragging, and Back returns to the flat map', async () => {
    const { page, problems, close } = await openApp('');
    try {
      const flatCorners = await mapCorners(page);
      expect(flatCorners.some((colour) => isNear(colour, PALETTE.space, 3))).toBe(false);
      await page.getByRole('button', { name: 'Globe' }).click();
      await page.waitForURL(/\?projection=globe$/);
      await expect.poll(() => mapCorners(page)).toSatisfy((corners: Rgb[]) => corners.every((colour) => isNear(colour, PALETTE.space, 3)));
      // The flat map's default view becomes the globe's, as a reload of the address would show it.
      await expect.poll(() => namesOn(page)).toEqual(expect.arrayContaining(['TWN', ...PACIFIC_ALLIES]));
      const centre = await mapCentre(page);
      await page.mouse.move(centre.x, centre.y);
      await page.mouse.down();
      for (let step = 1; step <= 10; step++) await page.mouse.move(centre.x + 30 * step, centre.y);
      await page.mouse.up();
      await page.waitForURL(/\?projection=globe#[\d.]+\/[-\d.]+\/[-\d.]+$/);
      const turned = Number(new URL(page.url()).hash.split('/')[2]);
      expect(turned).toBeLessThan(120); // dragged east: the globe turned west of the western Pacific
      await page.goBack();
      await page.waitForURL((url) => url.search === '');
      await expect.poll(() => page.getByTestId('map').getAttribute('data-projection')).toBe('mercator');
      await expect.poll(() => mapCorners(page)).toSatisfy((corners: Rgb[]) => !corners.some((colour) => isNear(colour, PALETTE.space, 3)));
      expect(await page.getByRole('button', { name: 'Flat' }).getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => namesOn(page)).toEqual(expect.arrayContaining(CARIBBEAN_ALLIES));
      expect(problems).toEqual(NO_PROBLEMS);
    } finally {
      await close();
    }
  });

  it('opens the details of a country clicked on the globe', async () => {
    const { page, problems, close } = await openApp('?projection=globe#1.8/-25/134');
    try {
      const centre = await mapCentre(page);
      await page.mouse.click(centre.x, centre.y);
      const heading = page.getByTestId('country-panel').getByRole('heading', { level: 2 });
      await expect.poll(() => heading.textContent()).toBe('Australia');
      await page.waitForURL(/country=AUS/);
      expect(problems).toEqual(NO_PROBLEMS);
    } finally {
      await close();
    }
  });

  it('exports a PNG of a globe view as a globe: space in the corner a flat map fills with sea', async () => {
    const { page, problems, close } = await openApp('?projection=globe#1.8/10/160');
    try {
      await page.getByRole('button', { name: 'Share and export' }).click();
      const dialog = page.getByRole('dialog', { name: 'Share and export' });
      await dialog.getByLabel('Size', { exact: true }).first().selectOption({ label: '1920 × 1080 (slides, 16:9)' });
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: 'Download PNG' }).click()]);
      const image = decodePng(await readFile(await download.path()));
      expect([image.width, image.height]).toEqual([1920, 1080]);
      // The top right corner is free of the frame's title, legend, year and credit.
      expect(isNear(dominantColour(squareOf(image, image.width - 30, 30, 21)), PALETTE.space, 3)).toBe(true);
      expect(isNear(dominantColour(squareOf(image, image.width / 2, image.height / 2, 21)), PALETTE.ocean, 6)).toBe(true);
      expect(image.pixels.some((rgb) => isNear(rgb, PALETTE.ally, 6))).toBe(true);
      expect(problems).toEqual(NO_PROBLEMS);
    } finally {
      await close();
    }
  });
});
