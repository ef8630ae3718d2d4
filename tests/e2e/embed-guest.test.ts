import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DARK_PALETTE, PALETTE } from '../../src/map/palette.ts';
import { MESSAGE_APP } from '../../src/state/host-messages.ts';
import { appInChromium } from './app-session.ts';
import { waitForMapReady } from './chromium.ts';
import { dominantColour, hexToRgb, isNear, rgbToHex, screenshotArea } from './png.ts';

/**
 * The embed view as a guest on a page that scrolls (cooperative gestures), and the theme
 * (`?theme=`, `set-theme`, `prefers-color-scheme`) in the page's and the map's own pixels.
 */
const app = appInChromium();

const HOST = '__guest-host/host.html';
const FRAME = { width: 800, height: 450 };
/** Where the frame starts on the host page: an article's text above it. */
const FRAME_TOP_PX = 300;

/** A tall host page with the embed between its paragraphs, served on the app's origin like an article on the same site. */
async function openArticle(query: string, viewport = { width: 1000, height: 800 }, device = {}) {
  const session = await app.open(viewport, device);
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head>` +
    `<body style="margin:0"><div style="height:${FRAME_TOP_PX}px">Text above</div>` +
    `<iframe id="map" title="Taiwan Ties" src="${app.url}${query}" style="border:0;display:block;width:${FRAME.width}px;height:${FRAME.height}px"></iframe>` +
    `<div style="height:3000px">Text below</div></body></html>`;
  await session.page.route(`${app.url}${HOST}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await session.page.goto(`${app.url}${HOST}`);
  const frame = await (await session.page.locator('iframe#map').elementHandle())!.contentFrame();
  if (!frame) throw new Error('the iframe has no document');
  await frame.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, undefined, { timeout: 30_000 });
  return { ...session, frame };
}

/** The camera the frame's map shows (`zoom/lat/lng`): the one in its address once moved, else the one it started with. */
const cameraOf = (frame: Frame) =>
  frame.evaluate(() => location.hash.slice(1) || (document.querySelector('[data-testid="map"]') as HTMLElement).dataset.camera || '');
const zoomOf = async (frame: Frame) => Number((await cameraOf(frame)).split('/')[0]);
const scrollOf = (page: Page) => page.evaluate(() => scrollY);

/** The colour most of a map shows: the sea. */
async function seaColour(page: Page, map = page.locator('[data-testid="map"]')) {
  const box = await map.boundingBox();
  if (!box) throw new Error('the map is not visible');
  return rgbToHex(dominantColour((await screenshotArea(page, box)).pixels));
}

describe('the embed view on a page that scrolls (cooperative gestures)', () => {
  it('lets a wheel over the map scroll the page, and zooms with Ctrl + wheel', async () => {
    const { page, frame, problems, close } = await openArticle('?embed=1&lang=en');
    try {
      const camera = await cameraOf(frame);
      expect(camera).toMatch(/^-?\d/);
      const zoom = await zoomOf(frame);
      await page.mouse.move(FRAME.width / 2, FRAME_TOP_PX + FRAME.height / 2);
      await page.mouse.wheel(0, 200);
      await expect.poll(() => scrollOf(page)).toBeGreaterThan(100);
      expect(await cameraOf(frame)).toBe(camera);
      // The note says how, in the page's language (Ctrl: the test machine is not a Mac).
      expect(await frame.locator('.maplibregl-desktop-message').textContent()).toBe('Use Ctrl + scroll to zoom the map');

      const scrolled = await scrollOf(page);
      const box = (await page.locator('iframe#map').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -300);
      await page.keyboard.up('Control');
      await expect.poll(() => zoomOf(frame), { timeout: 10_000 }).toBeGreaterThan(zoom);
      expect(await scrollOf(page)).toBe(scrolled);
      expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    } finally {
      await close();
    }
  });

  it('writes its note in Chinese, and again after a language switch', async () => {
    const { frame, close } = await openArticle('?embed=1&lang=zh-TW');
    try {
      expect(await frame.locator('.maplibregl-desktop-message').textContent()).toBe('按住 Ctrl 並捲動滾輪以縮放地圖');
      expect(await frame.locator('.maplibregl-mobile-message').textContent()).toBe('請用兩指移動地圖');
      await frame.getByRole('button', { name: 'English' }).click();
      await expect.poll(() => frame.locator('.maplibregl-mobile-message').textContent()).toBe('Use two fingers to move the map');
    } finally {
      await close();
    }
  });

  it('leaves one finger’s swipe on a phone to the page: it scrolls, the map stays', async () => {
    const phone = { isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
    const { page, frame, close } = await openArticle('?embed=1&lang=en', { width: 390, height: 844 }, phone);
    try {
      const camera = await cameraOf(frame);
      expect(camera).toMatch(/^-?\d/);
      const box = (await page.locator('iframe#map').boundingBox())!;
      const cdp = await page.context().newCDPSession(page);
      // Touches through the browser's input pipeline: one finger from below the map's centre up the screen.
      const [x, y] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2 + 100)];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let step = 1; step <= 10; step++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - step * 20 }] });
        await page.waitForTimeout(16);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect.poll(() => scrollOf(page)).toBeGreaterThan(100);
      expect(await cameraOf(frame)).toBe(camera);
    } finally {
      await close();
    }
  });

  it('leaves the full app’s map without cooperative gestures', async () => {
    const { page, close } = await app.open();
    try {
      await page.goto(`${app.url}?lang=en`);
      await waitForMapReady(page);
      expect(await page.locator('.maplibregl-cooperative-gesture-screen').count()).toBe(0);
    } finally {
      await close();
    }
  });
});

describe('?theme=', () => {
  it('?theme=dark draws a dark page and a dark map; the default is light', async () => {
    const { page, problems, close } = await app.open();
    try {
      await page.goto(`${app.url}?embed=1&theme=dark`);
      await waitForMapReady(page);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(15, 20, 25)');
      const sea = await seaColour(page);
      expect(isNear(hexToRgb(sea), DARK_PALETTE.ocean), sea).toBe(true);

      await page.goto(`${app.url}?embed=1`);
      await waitForMapReady(page);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      const lightSea = await seaColour(page);
      expect(isNear(hexToRgb(lightSea), PALETTE.ocean), lightSea).toBe(true);
      expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    } finally {
      await close();
    }
  });

  it('?theme=auto follows prefers-color-scheme, and changes with it while the page is open', async () => {
    const { page, problems, close } = await app.open();
    try {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${app.url}?theme=auto&lang=en`);
      await waitForMapReady(page);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await expect.poll(() => seaColour(page)).toBe(DARK_PALETTE.ocean);
      await page.emulateMedia({ colorScheme: 'light' });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      await expect.poll(() => seaColour(page)).toBe(PALETTE.ocean);
      expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
    } finally {
      await close();
    }
  });

  it('a host page sets it by postMessage ({type: "set-theme"})', async () => {
    const { page, frame, close } = await openArticle('?embed=1&lang=en');
    try {
      expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      await page.evaluate(
        (app) => (document.getElementById('map') as HTMLIFrameElement).contentWindow!.postMessage({ app, type: 'set-theme', theme: 'dark' }, '*'),
        MESSAGE_APP,
      );
      await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await expect.poll(() => seaColour(page, page.locator('iframe#map'))).toBe(DARK_PALETTE.ocean);
    } finally {
      await close();
    }
  });
});
