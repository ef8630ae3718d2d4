import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { openPage, waitForMapReady } from '../../tests/e2e/chromium.ts';
import type { Profile } from './profiles.ts';
import { countOf, installRecorder, longTasksSince, waitForEntry } from './recorder.ts';
import { YEAR_STEP_IDLE_MEASURE, YEAR_STEP_MEASURE } from '../../src/map/step-timing.ts';

/**
 * Quiet time after a step is on screen before the next one, so the React re-render, the URL
 * update and the announcement of one step never overlap the next step's measures.
 */
const SETTLE_MS = 100;

/** The served pages: the app's address and the bare MapLibre page's (each on a server of its own). */
export interface Urls {
  app: string;
  bare: string;
}

/**
 * A page in a fresh browser context (so a load is cold: empty cache) on the profile's device,
 * that records performance entries. Requests outside `origin` are refused, as in the e2e tests.
 */
export async function freshPage(browser: Browser, origin: string, profile: Profile, record = true) {
  const opened = await openPage(browser, origin, profile.viewport, { isMobile: profile.mobile, hasTouch: profile.mobile });
  if (profile.cpuThrottle !== 1) {
    const cdp = await opened.page.context().newCDPSession(opened.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuThrottle });
  }
  if (record) await installRecorder(opened.page);
  return opened;
}

export async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, name, { timeout: 60_000 });
  return page.evaluate((name) => performance.getEntriesByName(name)[0].startTime, name);
}

/** The timeline's years and the map container's size, read from the app. */
export interface AppFacts {
  first: number;
  last: number;
  mapSize: { width: number; height: number };
  /** The app's first camera, `zoom/lat/lng` (fitted to the allies): the bare page starts with it too. */
  camera: string;
}

/** One cold load of the app: ms from navigation to 'map-ready'; the first load also reports what it fetched. */
export async function loadApp(browser: Browser, urls: Urls, profile: Profile, collectTransfer = false) {
  const { page, problems, close } = await freshPage(browser, urls.app, profile);
  const responses: Promise<{ url: string; bytes: number; gzipped: number }>[] = [];
  if (collectTransfer) {
    // The context sees the map worker's script too (a page listener would miss it).
    page.context().on('response', (response) => {
      if (response.status() !== 200) return;
      responses.push(
        response.body().then(
          (body) => ({ url: response.url(), bytes: body.length, gzipped: gzipSync(body, { level: 9 }).length }),
          () => ({ url: response.url(), bytes: 0, gzipped: 0 }),
        ),
      );
    });
  }
  await page.goto(`${urls.app}?lang=en`);
  const time = await markTime(page, 'map-ready');
  const slider = page.getByRole('slider', { name: 'Year' });
  const facts: AppFacts = {
    first: Number(await slider.getAttribute('aria-valuemin')),
    last: Number(await slider.getAttribute('aria-valuemax')),
    mapSize: await page.getByTestId('map').evaluate((element) => ({ width: element.clientWidth, height: element.clientHeight })),
    camera: (await page.getByTestId('map').getAttribute('data-camera')) ?? '',
  };
  if (collectTransfer) await page.waitForLoadState('networkidle');
  const files = await Promise.all(responses);
  await close();
  return { time, facts, files, problems };
}

/** One cold load of the bare page: ms from navigation to its first `idle`; on the app's tiles of that version if given. */
export async function loadBare(browser: Browser, urls: Urls, profile: Profile, facts: AppFacts, tilesVersion?: string) {
  const { page, close } = await freshPage(browser, urls.bare, profile);
  await page.goto(
    `${urls.bare}?width=${facts.mapSize.width}&height=${facts.mapSize.height}&camera=${facts.camera}${tilesVersion ? `&tiles=${tilesVersion}` : ''}`,
  );
  const time = await markTime(page, 'bare-ready');
  await close();
  return { time };
}

/** One step of a replay: main-thread ms, ms until the map's next idle (null: nothing to draw), features changed. */
export interface StepSample {
  year: number;
  features: number;
  mainThread: number;
  toIdle: number | null;
}

/**
 * Steps the app through the whole timeline one year at a time with the keyboard's → (the
 * presenter's shortcut), waiting for each step to be on screen and a quiet moment before the next.
 * Why the keyboard rather than `?play=1` or the postMessage API: playback steps on a 70 ms timer
 * whether or not the map has caught up, so one step's idle can swallow the next step; a key press
 * is a trusted input event handled like a person's, with no iframe in the way, and the benchmark
 * decides when the next step starts. Each step is read from the controller's own measures
 * ('year-step', 'year-step-idle'; src/map/step-timing.ts).
 *
 * After each app step the bare page, open at the same time, changes as many features' state, so
 * both sides of each ratio are measured moments apart and share whatever else the machine is doing.
 */
export async function stepBoth(
  browser: Browser,
  urls: Urls,
  profile: Profile,
  facts: AppFacts,
  /** A view other than the default one: its query, and a mark of its own readiness to wait for besides 'map-ready'. */
  view: { query: string; readyMark: string } | null = null,
): Promise<{ app: StepSample[]; bare: StepSample[] }> {
  const app = await freshPage(browser, urls.app, profile);
  const bare = await freshPage(browser, urls.bare, profile);
  // The same camera as the bare page's: a year's first camera fits that year's allies.
  await app.page.goto(`${urls.app}?lang=en&year=${facts.first}${view?.query ?? ''}#${facts.camera}`);
  await waitForMapReady(app.page);
  if (view) await markTime(app.page, view.readyMark);
  await bare.page.goto(`${urls.bare}?width=${facts.mapSize.width}&height=${facts.mapSize.height}&camera=${facts.camera}`);
  await markTime(bare.page, 'bare-ready');
  await app.page.waitForTimeout(500);
  const samples = { app: [] as StepSample[], bare: [] as StepSample[] };
  for (let year = facts.first + 1; year <= facts.last; year++) {
    await app.page.keyboard.press('ArrowRight');
    const step = await waitForEntry(app.page, YEAR_STEP_MEASURE, { year });
    const features = step.detail?.features ?? 0;
    const idle = features > 0 ? await waitForEntry(app.page, YEAR_STEP_IDLE_MEASURE, { year }) : null;
    samples.app.push({ year, features, mainThread: step.duration, toIdle: idle?.duration ?? null });
    await app.page.waitForTimeout(SETTLE_MS);

    const steps = await countOf(bare.page, 'bare-step');
    const idles = await countOf(bare.page, 'bare-step-idle');
    await bare.page.evaluate((n) => window.bareStep(n), features);
    const bareStep = await waitForEntry(bare.page, 'bare-step', { skip: steps });
    const bareIdle = features > 0 ? await waitForEntry(bare.page, 'bare-step-idle', { skip: idles }) : null;
    samples.bare.push({ year, features, mainThread: bareStep.duration, toIdle: bareIdle?.duration ?? null });
    await bare.page.waitForTimeout(SETTLE_MS);
  }
  await app.close();
  await bare.close();
  return samples;
}

/**
 * The app's own playback at a speed, first year to last, started with Space once the map is
 * ready: the long tasks (> 50 ms) that started during it, and how long it took from the key press
 * to the last year's step.
 */
export async function replay(browser: Browser, urls: Urls, profile: Profile, facts: AppFacts, speed: 'normal' | 'fast') {
  const { page, close } = await freshPage(browser, urls.app, profile);
  await page.goto(`${urls.app}?lang=en&year=${facts.first}&speed=${speed}`);
  await waitForMapReady(page);
  await page.waitForTimeout(1000);
  const since = await page.evaluate(() => performance.now());
  const steps = await countOf(page, YEAR_STEP_MEASURE);
  await page.keyboard.press(' ');
  const last = await waitForEntry(page, YEAR_STEP_MEASURE, { skip: steps, year: facts.last }, 120_000);
  if ((last.detail?.features ?? 0) > 0) await waitForEntry(page, YEAR_STEP_IDLE_MEASURE, { year: facts.last });
  await page.waitForTimeout(300);
  const tasks = await longTasksSince(page, since);
  const replaySteps = (await countOf(page, YEAR_STEP_MEASURE)) - steps;
  await close();
  return { durations: tasks.map((task) => task.duration), steps: replaySteps, elapsed: last.startTime - since };
}

/**
 * JS heap after one replay and after twenty, each after a forced garbage collection: growth means
 * something a replay makes is kept. Replays are stepped from inside the page, a keydown per year
 * with a turn of the event loop between (React renders each year, the map draws when a frame is
 * due), to keep 20 replays to seconds rather than minutes; no recorder runs, so the benchmark keeps
 * nothing in the page itself.
 */
export async function replayHeap(browser: Browser, urls: Urls, profile: Profile, facts: AppFacts, replays = 20) {
  const { page, close } = await freshPage(browser, urls.app, profile, false);
  await page.goto(`${urls.app}?lang=en&year=${facts.first}`);
  await waitForMapReady(page);
  const cdp = await page.context().newCDPSession(page);
  const replay = (count: number) =>
    // No named inner functions: tsx would wrap them in a helper the page lacks.
    page.evaluate(
      async ({ count, steps }) => {
        for (let replay = 0; replay < count; replay++) {
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', cancelable: true }));
          await new Promise(requestAnimationFrame);
          for (let step = 0; step < steps; step++) {
            window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', cancelable: true }));
            await new Promise((resolve) => setTimeout(resolve, 0));
          }
        }
        await new Promise(requestAnimationFrame);
        await new Promise((resolve) => setTimeout(resolve, 500));
      },
      { count, steps: facts.last - facts.first },
    );
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
  };
  await replay(1);
  const afterOne = await heap();
  await replay(replays - 1);
  const afterAll = await heap();
  await close();
  return { afterOne, afterAll, replays };
}
