import { existsSync } from 'node:fs';
import { DEBIAN_CHROMIUM } from '../../scripts/ensure-browser.ts';
import { chromium, type Browser, type BrowserContextOptions, type ConsoleMessage, type Page } from 'playwright-core';

/** Where the browser tests look for Chromium: $CHROMIUM_PATH, else Debian's package. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install Debian's package (apt-get install -y chromium) ` + 'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  return path;
}

/** Flags for headless Chromium on a machine without a GPU or network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

/** What a page did that a user should never see: console errors and warnings, page errors, requests off the origin. */
export interface PageProblems {
  console: string[];
  pageErrors: string[];
  externalRequests: string[];
}

/** A phone's traits, besides its viewport: a touch screen, mobile viewport handling, its pixel density. */
export type Device = Pick<BrowserContextOptions, 'isMobile' | 'hasTouch' | 'deviceScaleFactor'>;

/**
 * Opens a page that records problems and blocks (and records) every request outside the app's
 * origin, so a test proves the app works offline.
 */
export async function openPage(browser: Browser, origin: string, viewport = { width: 1280, height: 800 }, device: Device = {}) {
  const context = await browser.newContext({ viewport, ...device });
  const page: Page = await context.newPage();
  const problems: PageProblems = { console: [], pageErrors: [], externalRequests: [] };
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.externalRequests.push(url);
    return route.abort();
  });
  return { page, problems, close: () => context.close() };
}

/** Waits until the map has rendered with its data (the app's `map-ready` mark). */
export async function waitForMapReady(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, undefined, { timeout: 30_000 });
}
