import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium, openPage, type Device } from './chromium.ts';

/**
 * One Chromium per test file and the built app's URL. Call at the top level of a test file;
 * `open()` gives a fresh page that records console errors and blocks requests off the origin.
 */
export function appInChromium() {
  let browser: Browser | undefined;
  let url = '';
  beforeAll(async () => {
    url = inject('appUrl');
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());
  return {
    /** The app's address (under a sub-path), ending in '/'. */
    get url() {
      return url;
    },
    open(viewport?: { width: number; height: number }, device?: Device) {
      if (!browser) throw new Error('appInChromium(): the browser is not up yet (call open() inside a test)');
      return openPage(browser, new URL(url).origin, viewport, device);
    },
  };
}

/** The centre of the map container, in page pixels. */
export async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('[data-testid="map"]').boundingBox();
  if (!box) throw new Error('the map container is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Shows another address in an app already loaded, as Back or Forward would (history entry plus
 * popstate), so a test moves between views without a reload. Only for what the app reads on
 * popstate: an embed or other presentation is read once at load and needs `page.goto`.
 */
export async function showInApp(page: Page, search: string) {
  await page.evaluate((address) => {
    history.pushState(null, '', address || location.pathname);
    dispatchEvent(new PopStateEvent('popstate'));
  }, search);
}
