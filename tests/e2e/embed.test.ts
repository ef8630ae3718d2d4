import { mkdirSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MESSAGE_APP } from '../../src/state/host-messages.ts';
import { embedCode } from '../../src/state/share-links.ts';
import type { PageProblems } from './chromium.ts';
import { appInChromium } from './app-session.ts';

/**
 * The embed view inside iframes on a host page, and the postMessage API between them. Host pages
 * are served on the app's own origin (routed by the test under HOST_DIR, or the shipped
 * embed-example.html), as an article on the same site would be.
 */
const app = appInChromium();

const ARTIFACTS = 'tests/e2e/artifacts';
const HOST_DIR = '__embed-host/';
const NO_PROBLEMS: PageProblems = { console: [], pageErrors: [], externalRequests: [] };
/** The smallest text the embed should draw at any frame size (app.css scales the root from 12 px). */
const MIN_TEXT_PX = 11;
/** The resize script's bounds on a height a frame asks for (share-links.ts, RESIZE_SCRIPT). */
const RESIZE_BOUNDS_PX = { min: 200, max: 4000 };

/** A message one of the map frames posted to the host page, as the host received it. */
interface Received {
  frame: string;
  origin: string;
  data: { app: string; type: string; [field: string]: unknown };
}

/**
 * Runs in every frame of the host page before its scripts (addInitScript); in the top frame it
 * records each message tagged as the map's, with the id of the iframe that sent it.
 */
function recordMapMessages(app: string) {
  if (window.top !== window) return;
  const received: Received[] = [];
  (window as unknown as { __received: Received[] }).__received = received;
  addEventListener('message', (event) => {
    if (typeof event.data !== 'object' || event.data === null || event.data.app !== app) return;
    const frame = [...document.querySelectorAll('iframe')].find((iframe) => iframe.contentWindow === event.source);
    received.push({ frame: frame?.id ?? '(unknown)', origin: event.origin, data: event.data });
  });
}

const hostHtml = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">` +
  `<style>html, body { margin: 0; overflow: hidden; } iframe { border: 0; display: block; }</style></head><body>${body}</body></html>`;

/**
 * Opens a page on the app's origin that records the maps' messages. `pages` are served under
 * HOST_DIR by name; the first one is opened, and must frame the map as `<iframe id="map">`.
 */
async function openHost(viewport: { width: number; height: number }, pages: Record<string, string>) {
  const session = await app.open(viewport);
  await session.page.addInitScript(recordMapMessages, MESSAGE_APP);
  const prefix = `${app.url}${HOST_DIR}`;
  await session.page.route(
    (url) => url.href.startsWith(prefix),
    (route) => {
      const body = pages[route.request().url().slice(prefix.length)];
      return body === undefined
        ? route.fulfill({ status: 404, body: 'no such host page' })
        : route.fulfill({ contentType: 'text/html; charset=utf-8', body: hostHtml(body) });
    },
  );
  await session.page.goto(prefix + Object.keys(pages)[0]);
  return session;
}

/** A host page with one map iframe of a fixed size. */
const mapHost = (query: string, { width, height }: { width: number; height: number }) => ({
  'host.html': `<iframe id="map" name="map" title="Taiwan Ties" src="${app.url}${query}" style="width:${width}px;height:${height}px" data-taiwan-ties></iframe>`,
});

const allReceived = (page: Page) => page.evaluate(() => (window as unknown as { __received: Received[] }).__received);

/** The messages one iframe sent to the host page, of one type or all. */
async function received(page: Page, frame: string, type?: string): Promise<Received['data'][]> {
  const all = await allReceived(page);
  return all.filter((message) => message.frame === frame && (type === undefined || message.data.type === type)).map((message) => message.data);
}

/** The iframe's document once the map has rendered with its data and announced `ready` to the host. */
async function readyMap(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.locator(`iframe#${id}`).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`iframe#${id} has no document`);
  await frame.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, undefined, { timeout: 30_000 });
  await expect.poll(async () => (await received(page, id, 'ready')).length, { timeout: 10_000 }).toBe(1);
  return frame;
}

/** Posts a message to the map iframe from the host page (its parent window), as a host's script would. */
function post(page: Page, message: unknown, id = 'map') {
  return page.evaluate(
    ([frameId, data]) => (document.getElementById(frameId as string) as HTMLIFrameElement).contentWindow!.postMessage(data, location.origin),
    [id, message] as const,
  );
}

const command = (fields: Record<string, unknown>) => ({ app: MESSAGE_APP, ...fields });
const captionTitle = (frame: Frame) => frame.locator('.embed-caption h1').textContent();
const captionCount = (frame: Frame) => frame.getByTestId('embed-count').textContent();
const alliesIn = (count: string | null) => Number(/^(\d+) formal allies/.exec(count ?? '')?.[1]);

/** What overflows, where the overlay boxes are, and which visible text is too small, inside a frame. */
function frameLayout(frame: Frame, selectors: string[]) {
  return frame.evaluate(
    ({ selectors, minTextPx }) => {
      const root = document.documentElement;
      const boxes = Object.fromEntries(
        selectors.map((selector) => {
          const element = document.querySelector(selector);
          if (!element) return [selector, null];
          const { left, top, right, bottom } = element.getBoundingClientRect();
          return [selector, { left, top, right, bottom }];
        }),
      );
      const smallText: string[] = [];
      for (const element of document.body.querySelectorAll('*')) {
        const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
        const { width, height } = element.getBoundingClientRect();
        // Visually hidden text (1 px boxes) is for screen readers, which do not read sizes.
        if (!ownText || width <= 1 || height <= 1 || !element.checkVisibility({ visibilityProperty: true })) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < minTextPx) smallText.push(`${element.tagName.toLowerCase()} "${element.textContent!.trim().slice(0, 30)}": ${size}px`);
      }
      return {
        viewport: { width: root.clientWidth, height: root.clientHeight },
        scroll: { width: root.scrollWidth, height: root.scrollHeight },
        boxes,
        smallText,
        captionFontPx: parseFloat(getComputedStyle(document.querySelector('.embed-caption h1')!).fontSize),
      };
    },
    { selectors, minTextPx: MIN_TEXT_PX },
  );
}

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The embed fills its frame exactly: nothing scrolls, and every overlay is inside the frame and clear of the others. */
function expectFitsFrame(layout: Layout) {
  expect(layout.scroll.width, 'scrollWidth').toBeLessThanOrEqual(layout.viewport.width);
  expect(layout.scroll.height, 'scrollHeight').toBeLessThanOrEqual(layout.viewport.height);
  const entries = Object.entries(layout.boxes);
  for (const [selector, box] of entries) {
    expect(box, `${selector} is drawn`).not.toBeNull();
    expect(box!.left, `${selector} left`).toBeGreaterThanOrEqual(0);
    expect(box!.top, `${selector} top`).toBeGreaterThanOrEqual(0);
    expect(box!.right, `${selector} right`).toBeLessThanOrEqual(layout.viewport.width);
    expect(box!.bottom, `${selector} bottom`).toBeLessThanOrEqual(layout.viewport.height);
  }
  for (const [i, [a, boxA]] of entries.entries()) {
    for (const [b, boxB] of entries.slice(i + 1)) expect(overlaps(boxA!, boxB!), `${a} overlaps ${b}`).toBe(false);
  }
}

type Layout = Awaited<ReturnType<typeof frameLayout>>;
const OVERLAYS = ['.embed-caption', '.embed-legend', '.embed-actions'];

const WITH_SLIDER = [...OVERLAYS, '.year-slider'];

/** Frame sizes: a small inline figure, an article column with the timeline, a full-screen slide. */
const FRAMES = [
  { width: 400, height: 300, query: '?embed=1&year=1971', parts: OVERLAYS },
  { width: 800, height: 450, query: '?embed=1&controls=timeline&year=1971', parts: WITH_SLIDER },
  { width: 1920, height: 1080, query: '?embed=1&controls=timeline&year=1971', parts: WITH_SLIDER },
] as const;
type FrameSize = (typeof FRAMES)[number];

/**
 * Loads the embed in an iframe of the size once per file (several tests read one load), saves a
 * screenshot of the frame, and returns its caption, layout and the page's problems.
 */
const measured = new Map<FrameSize, ReturnType<typeof measureEmbed>>();
const measure = (size: FrameSize) => measured.get(size) ?? measured.set(size, measureEmbed(size)).get(size)!;
async function measureEmbed({ width, height, query, parts }: FrameSize) {
  const viewport = { width, height };
  const { page, problems, close } = await openHost(viewport, mapHost(query, viewport));
  try {
    const frame = await readyMap(page, 'map');
    const caption = { title: await captionTitle(frame), count: await captionCount(frame) };
    const layout = await frameLayout(frame, [...parts]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator('iframe#map').screenshot({ path: `${ARTIFACTS}/embed-${width}x${height}.png` });
    return { caption, layout, problems };
  } finally {
    await close();
  }
}

describe('the embed view in an iframe', () => {
  for (const size of FRAMES) {
    const name = `${size.query} in a ${size.width}×${size.height} frame`;

    const what = size.parts === WITH_SLIDER ? 'caption, legend, actions and slider' : 'caption, legend and actions';
    it(`${name} shows 1971 and fits: nothing overflows, its ${what} lie inside and apart`, async () => {
      const { caption, layout, problems } = await measure(size);
      expect(caption.title).toContain('1971');
      expect(caption.count).toContain('53 formal allies');
      expect(layout.viewport).toEqual({ width: size.width, height: size.height });
      expectFitsFrame(layout);
      expect(problems).toEqual(NO_PROBLEMS);
    });

    // Overlay text is sized in em below a 12 px root, so each rule keeps a floor of 11 px.
    it(`${name} writes all its visible text at ${MIN_TEXT_PX}px or more`, async () => {
      const { layout } = await measure(size);
      expect(layout.smallText).toEqual([]);
    });
  }

  it('scales its caption with the frame: clearly larger at 1920×1080 than at 400×300', async () => {
    const [small, large] = await Promise.all([measure(FRAMES[0]), measure(FRAMES[2])]);
    expect(large.layout.captionFontPx / small.layout.captionFontPx).toBeGreaterThanOrEqual(1.3);
  });
});

describe('the postMessage API', () => {
  const FRAME = { width: 800, height: 450 };

  async function openMap(query = '?embed=1&year=1971') {
    const session = await openHost(FRAME, mapHost(query, FRAME));
    return { ...session, frame: await readyMap(session.page, 'map') };
  }

  it('announces ready once, with the API version, the year and the timeline’s years', async () => {
    const { page, problems, close, frame } = await openMap();
    const [ready] = await received(page, 'map', 'ready');
    expect(ready).toMatchObject({ version: 1, year: 1971, firstYear: 1949, playing: false });
    expect(ready.lastYear).toBeGreaterThanOrEqual(2025);
    await post(page, command({ type: 'set-year', year: 1990 }));
    await expect.poll(() => captionTitle(frame)).toContain('1990');
    expect(await received(page, 'map', 'ready')).toHaveLength(1);
    expect(new Set((await allReceived(page)).map((message) => message.origin))).toEqual(new Set([new URL(app.url).origin]));
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });

  it('{type: "set-year", year: 1990} moves the map to 1990 and answers with the year’s count', async () => {
    const { page, problems, close, frame } = await openMap();
    await post(page, command({ type: 'set-year', year: 1990 }));
    await expect.poll(() => captionTitle(frame)).toContain('1990');
    const shown = alliesIn(await captionCount(frame));
    expect(shown).toBe(28);
    await expect.poll(() => received(page, 'map', 'year')).toEqual([{ app: MESSAGE_APP, type: 'year', year: 1990, allies: shown, playing: false }]);
    await expect.poll(() => frame.evaluate(() => location.search), { message: 'the frame’s own address' }).toContain('year=1990');
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });

  it('{type: "play", from, to} plays year by year, and {type: "pause"} stops it', async () => {
    const { page, problems, close, frame } = await openMap();
    await post(page, command({ type: 'play', from: 1980, to: 2024, speed: 'fast' }));
    await expect.poll(() => received(page, 'map', 'playback')).toEqual([{ app: MESSAGE_APP, type: 'playback', playing: true, year: 1980 }]);
    await expect.poll(async () => (await received(page, 'map', 'year')).length, { timeout: 5_000 }).toBeGreaterThanOrEqual(4);
    await post(page, command({ type: 'pause' }));
    await expect.poll(async () => (await received(page, 'map', 'playback')).length).toBe(2);
    const [, paused] = await received(page, 'map', 'playback');
    expect(paused.playing).toBe(false);

    const years = (await received(page, 'map', 'year')).map((event) => event.year as number);
    expect(years[0]).toBe(1980);
    expect(years, 'one year at a time').toEqual(years.map((_, i) => 1980 + i));
    expect(years.at(-1)).toBe(paused.year);
    await page.waitForTimeout(500);
    expect(await received(page, 'map', 'year'), 'no year after the pause').toHaveLength(years.length);
    expect(await captionTitle(frame)).toContain(String(paused.year));
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });

  it('{type: "select", country: "PRY"} opens Paraguay’s panel in the frame; country: null closes it', async () => {
    const { page, problems, close, frame } = await openMap();
    await post(page, command({ type: 'select', country: 'PRY' }));
    await expect.poll(() => frame.getByTestId('country-panel').getByRole('heading', { level: 2 }).textContent()).toBe('Paraguay');
    await expect.poll(() => received(page, 'map', 'select')).toEqual([{ app: MESSAGE_APP, type: 'select', country: 'PRY' }]);
    await post(page, command({ type: 'select', country: null }));
    await expect.poll(() => frame.getByTestId('country-panel').count()).toBe(0);
    expect((await received(page, 'map', 'select')).at(-1)).toMatchObject({ country: null });
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });

  // A keyboard or screen reader user who pressed the host's button keeps their place on the page.
  it('{type: "select"} leaves keyboard focus on the host page', async () => {
    const { page, problems, close, frame } = await openMap();
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'host-button';
      button.textContent = 'Show Paraguay';
      document.body.prepend(button);
      button.focus();
    });
    await post(page, command({ type: 'select', country: 'PRY' }));
    await expect.poll(() => frame.getByTestId('country-panel').count()).toBe(1);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('host-button');
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });

  it('ignores malformed messages, and answers the tagged ones with `rejected`', async () => {
    const { page, problems, close, frame } = await openMap();
    const XSS = '<img src=x onerror="window.__xss=1">';
    const tagged = [
      { type: 'set-year', year: '1990' },
      { type: 'set-year', year: 1990.5 },
      { type: 'set-year', year: 3000 },
      { type: 'set-year' },
      { type: 'launch' },
      { type: 'x'.repeat(1_000_000) },
      { type: XSS },
      { type: 'select', country: XSS },
      { type: 'select', country: 42 },
      { type: 'select', country: 'ZZZ' },
      { type: 'play', from: 1990, to: 1980 },
      { type: 'play', speed: '<script>window.__xss=1</script>' },
      { type: 'play', loop: 'yes' },
      { type: 'set-layers', layers: 'ally' },
      { type: 'set-layers', layers: [XSS] },
      {},
    ].map(command);
    const untagged = [
      XSS,
      42,
      null,
      true,
      [command({ type: 'set-year', year: 1990 })],
      JSON.stringify(command({ type: 'set-year', year: 1990 })),
      { type: 'set-year', year: 1990 },
      { app: 'other-app', type: 'set-year', year: 1990 },
      { app: MESSAGE_APP.toUpperCase(), type: 'set-year', year: 1990 },
    ];
    for (const message of [...untagged, ...tagged]) await post(page, message);
    // Messages from one window arrive in order: once the last one's refusal is back, all were read.
    await post(page, command({ type: 'sentinel' }));
    await expect.poll(async () => (await received(page, 'map', 'rejected')).at(-1)?.reason).toBe('unknown message type sentinel');

    const rejected = await received(page, 'map', 'rejected');
    expect(rejected).toHaveLength(tagged.length + 1);
    for (const { reason } of rejected) expect((reason as string).length, reason as string).toBeLessThanOrEqual(160);
    expect(await received(page, 'map', 'year')).toEqual([]);
    expect(await received(page, 'map', 'select')).toEqual([]);
    expect(await received(page, 'map', 'playback')).toEqual([]);
    expect(await captionTitle(frame)).toContain('1971');
    expect(await captionCount(frame)).toContain('53 formal allies');
    expect(await frame.getByTestId('country-panel').count()).toBe(0);
    expect(await frame.evaluate(() => location.search)).toBe('?embed=1&year=1971');
    const injected = await frame.evaluate(() => ({
      xss: '__xss' in window || '__xss' in window.parent,
      images: document.querySelectorAll('img[src="x"], img[onerror]').length,
      scripts: [...document.querySelectorAll('script')].filter((script) => !script.src).length,
      onerrorInDom: document.documentElement.outerHTML.includes('onerror'),
    }));
    expect(injected).toEqual({ xss: false, images: 0, scripts: 0, onerrorInDom: false });
    expect(await page.evaluate(() => '__xss' in window)).toBe(false);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });

  it('ignores messages from any window but its parent: a sibling frame and itself', async () => {
    const { page, problems, close } = await openHost(FRAME, {
      ...mapHost('?embed=1&year=1971', FRAME),
      'sibling.html': '<p>An unrelated widget on the same page</p>',
    });
    await page.evaluate((src) => {
      const sibling = document.createElement('iframe');
      sibling.id = 'sibling';
      sibling.src = src;
      document.body.append(sibling);
      return new Promise((resolve) => sibling.addEventListener('load', resolve, { once: true }));
    }, `${app.url}${HOST_DIR}sibling.html`);
    const frame = await readyMap(page, 'map');
    const sibling = await (await page.locator('iframe#sibling').elementHandle())!.contentFrame();
    await sibling!.evaluate(
      (messages) => {
        for (const message of messages) (parent.frames as unknown as Record<string, Window>)['map'].postMessage(message, '*');
      },
      [command({ type: 'set-year', year: 1990 }), command({ type: 'select', country: 'PRY' }), command({ type: 'bogus' })],
    );
    await frame.evaluate((message) => window.postMessage(message, '*'), command({ type: 'set-year', year: 1995 }));
    // The parent's message comes after the others; when it has been applied, the others were read.
    await post(page, command({ type: 'set-year', year: 2000 }));
    await expect.poll(() => captionTitle(frame)).toContain('2000');
    expect((await received(page, 'map', 'year')).map((event) => event.year)).toEqual([2000]);
    expect(await received(page, 'map', 'select')).toEqual([]);
    expect(await received(page, 'map', 'rejected'), 'no reply to a window that is not the parent').toEqual([]);
    expect(await frame.getByTestId('country-panel').count()).toBe(0);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });
});

/** The iframe's height on the page, and the height the resize script should have given it from the last `resize` event. */
async function heights(page: Page, id: string) {
  const asked = (await received(page, id, 'resize')).at(-1)?.height as number | undefined;
  const actual = await page.locator(`iframe#${id}`).evaluate((iframe) => iframe.getBoundingClientRect().height);
  return { actual, expected: asked === undefined ? undefined : Math.max(RESIZE_BOUNDS_PX.min, Math.min(asked, RESIZE_BOUNDS_PX.max)) };
}

/** Waits until the resize script has given the iframe the height its map asked for. */
async function expectSizedByResize(page: Page, id: string) {
  await expect.poll(async () => (await heights(page, id)).expected, { message: `${id} asks for a height` }).toBeDefined();
  await expect
    .poll(
      async () => {
        const { actual, expected } = await heights(page, id);
        return Math.abs(actual - expected!);
      },
      { message: `${id} has the height it asked for` },
    )
    .toBeLessThanOrEqual(2);
  expect((await heights(page, id)).actual, `${id} is not at the HTML default height`).not.toBe(150);
}

describe('embedCode({resize: true}) pasted into a page', () => {
  /** The share dialog's code with its initial height of 300 px, loaded once for the tests below. */
  let loaded: ReturnType<typeof loadEmbedCode> | undefined;
  async function loadEmbedCode() {
    const code = embedCode({ src: `${app.url}?embed=1&year=1971`, title: 'Taiwan Ties', lang: 'en', height: 300, resize: true });
    const { page, problems, close } = await openHost({ width: 800, height: 700 }, { 'host.html': code.replace('<iframe ', '<iframe id="map" ') });
    try {
      await readyMap(page, 'map');
      await expectSizedByResize(page, 'map');
      return { height: (await heights(page, 'map')).actual, problems };
    } finally {
      await close();
    }
  }

  it('loads the map, and its script sizes the iframe from the map’s resize event', async () => {
    const { height, problems } = await (loaded ??= loadEmbedCode());
    expect(height, '16:9 at 800 px wide').toBe(450);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  // `allow="fullscreen"` and `allowfullscreen` together make Chromium warn on every host page.
  it('loads without a console warning', async () => {
    const { problems } = await (loaded ??= loadEmbedCode());
    expect(problems.console).toEqual([]);
  });
});

describe('embed-example.html', () => {
  it('drives the first map from its controls, replays the second, and sizes both frames', async () => {
    const { page, problems, close } = await app.open({ width: 1280, height: 900 });
    await page.addInitScript(recordMapMessages, MESSAGE_APP);
    // The maps take seconds to draw; the page's controls are off until the first says it is ready.
    await page.goto(`${app.url}embed-example.html`, { waitUntil: 'domcontentloaded' });
    const yearRange = page.locator('#year-range');
    expect(await yearRange.isDisabled(), 'controls wait for ready').toBe(true);
    expect(await page.getByRole('button', { name: 'Play 1971–2024' }).isDisabled(), 'controls wait for ready').toBe(true);
    const staticMap = await readyMap(page, 'static-map');
    await expect.poll(() => yearRange.isDisabled()).toBe(false);
    // The replay is below the fold: without loading="lazy" it loads and plays all the same.
    const replayMap = await readyMap(page, 'replay-map');

    await page.getByRole('button', { name: '2000', exact: true }).click();
    await expect.poll(() => captionTitle(staticMap)).toContain('2000');
    expect(await page.locator('#year-output').textContent(), 'the host follows the map’s year event').toBe('2000');
    await page.getByRole('button', { name: '1971', exact: true }).click();
    await expect.poll(() => captionTitle(staticMap)).toContain('1971');
    expect(await captionCount(staticMap)).toContain('53 formal allies');
    await yearRange.fill('1990');
    await expect.poll(() => captionTitle(staticMap)).toContain('1990');
    const [ready] = await received(page, 'static-map', 'ready');
    await page.getByRole('button', { name: 'Today' }).click();
    await expect.poll(() => captionTitle(staticMap)).toContain(String(ready.lastYear));
    await page.getByRole('button', { name: 'Select Paraguay' }).click();
    await expect.poll(() => staticMap.getByTestId('country-panel').getByRole('heading', { level: 2 }).textContent()).toBe('Paraguay');
    await page.getByRole('button', { name: 'Play 1971–2024' }).click();
    await expect.poll(async () => (await received(page, 'static-map', 'year')).some((event) => event.playing)).toBe(true);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(async () => (await received(page, 'static-map', 'playback')).at(-1)?.playing).toBe(false);

    // The log is written as text, one item per event.
    const log = page.locator('#events');
    expect(await log.getAttribute('aria-live')).toBe('polite');
    expect(await log.locator('li *').count()).toBe(0);
    expect(await log.textContent()).toContain('First map: ready');
    expect(await log.textContent()).toContain('selected PRY');

    const [replayReady] = await received(page, 'replay-map', 'ready');
    expect(replayReady.playing).toBe(true);
    const replayYears = async () => new Set((await received(page, 'replay-map', 'year')).map((event) => event.year)).size;
    await expect.poll(replayYears, { timeout: 5_000 }).toBeGreaterThanOrEqual(3);

    for (const [id, frame] of [
      ['static-map', staticMap],
      ['replay-map', replayMap],
    ] as const) {
      await expectSizedByResize(page, id);
      const scroll = await frame.evaluate(() => {
        const root = document.documentElement;
        return { width: root.scrollWidth - root.clientWidth, height: root.scrollHeight - root.clientHeight };
      });
      expect(scroll, `${id} shows no inner scrollbar`).toEqual({ width: 0, height: 0 });
    }
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });
});
