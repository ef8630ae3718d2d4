import type { Browser, CDPSession, Page } from 'playwright-core';
import { COMPARE_READY_MARK } from '../../src/app/CompareMap.tsx';
import { YEAR_STEP_MEASURE } from '../../src/map/step-timing.ts';
import { waitForMapReady } from '../../tests/e2e/chromium.ts';
import type { Profile } from './profiles.ts';
import { freshPage, markTime, type AppFacts, type Urls } from './scenarios.ts';
import { mb, ms, percent, type Row } from './stats.ts';

/**
 * The kiosk soak: a replay looping at the fastest pace for hundreds of steps must not leak or
 * stall. The page counts its live WebGL objects (an init script wraps the contexts' create* and
 * delete* before MapLibre runs) and notes each map step and each animation frame; between a
 * start and an end paused at the same year (so the same DOM is shown), the JS heap after GC, the
 * DOM nodes and the WebGL objects are compared.
 */

/** At least this many steps (issue 21); rounded up to whole loops so both ends show the same year. */
const MIN_STEPS = 500;
const HEAP_GROWTH_BUDGET = 0.1;
/**
 * The longest gap between two steps at the fast pace (70 ms a step) before it counts as a stall:
 * a replay visibly stopping, not a slow frame on a busy machine.
 */
const STALL_BUDGET_MS = 500;
/** One loop to warm up first: the caches a replay fills once (each year's partners, the names' widths). */
const WARM_UP_LOOPS = 1;
/** Every step the same length, the loop's wrap too: no hold on the last year. */
const SOAK_QUERY = '?lang=en&play=1&loop=1&speed=fast&hold=0';

/**
 * Runs in the page before its scripts (a string: tsx would wrap named functions in helpers the
 * page lacks). Keeps `window.soak`: live WebGL objects by kind, the map's steps (year and end time,
 * from the app's 'year-step' measures) and the animation frames' times.
 */
const PAGE_PROBE = `(() => {
  const live = {};
  const objects = new WeakMap();
  const kinds = ['Texture', 'Buffer', 'Framebuffer', 'Renderbuffer', 'VertexArray', 'Program', 'Shader', 'Query', 'Sampler'];
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const kind of kinds) {
      const create = proto['create' + kind];
      const remove = proto['delete' + kind];
      if (!create || !remove) continue;
      live[kind] = 0;
      proto['create' + kind] = function (...args) {
        const object = create.apply(this, args);
        if (object) { objects.set(object, kind); live[kind]++; }
        return object;
      };
      proto['delete' + kind] = function (object, ...args) {
        if (object && objects.has(object)) { objects.delete(object); live[kind]--; }
        return remove.call(this, object, ...args);
      };
    }
  }
  const steps = [];
  const frames = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === window.soak.measureName) steps.push({ year: entry.detail.year, start: entry.startTime, end: entry.startTime + entry.duration });
  }).observe({ type: 'measure' });
  const onFrame = () => { frames.push(performance.now()); requestAnimationFrame(onFrame); };
  requestAnimationFrame(onFrame);
  window.soak = { live, steps, frames, measureName: ${JSON.stringify(YEAR_STEP_MEASURE)} };
})();`;

interface SoakPoint {
  heap: number;
  nodes: number;
  listeners: number;
  /** Elements in the document by tag: where a growth in nodes is. */
  tags: Record<string, number>;
  webgl: Record<string, number>;
}

/** The page paused at the first year once `steps` more year changes have shown; resolves paused. */
function pauseAfter(page: Page, steps: number, year: number): Promise<void> {
  return page.evaluate(
    ({ steps, year }) =>
      new Promise<void>((resolve) => {
        const slider = document.querySelector('input.year-slider')!;
        let seen = 0;
        // A mutation callback runs right after React's commit, before the next playback frame: the
        // pause lands on that year.
        const observer = new MutationObserver((records) => {
          seen += records.length;
          if (seen < steps || Number(slider.getAttribute('aria-valuenow')) !== year) return;
          observer.disconnect();
          document.querySelector<HTMLButtonElement>('button.play-button')!.click();
          resolve();
        });
        observer.observe(slider, { attributes: true, attributeFilter: ['aria-valuenow'] });
      }),
    { steps, year },
  );
}

async function measurePoint(page: Page, cdp: CDPSession): Promise<SoakPoint> {
  // Let the paused map settle (its last frame, the names) before counting.
  await page.waitForTimeout(1_000);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
  const counters = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
  const webgl = await page.evaluate(() => ({ ...(window as unknown as { soak: { live: Record<string, number> } }).soak.live }));
  const tags = await page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const element of document.getElementsByTagName('*')) counts[element.tagName.toLowerCase()] = (counts[element.tagName.toLowerCase()] ?? 0) + 1;
    return counts;
  });
  return { heap, nodes: counters.nodes, listeners: counters.jsEventListeners, tags, webgl };
}

/** What the steps between the two points say: how many, any that never reached a frame or skipped a year, the longest gap. */
async function stepStats(page: Page, from: number, to: number, facts: AppFacts) {
  return page.evaluate(
    ({ from, to, first, last }) => {
      const { steps, frames } = (window as unknown as { soak: { steps: { year: number; start: number; end: number }[]; frames: number[] } }).soak;
      const inRun = steps.filter((step) => step.start >= from && step.start <= to);
      let unseen = 0;
      let skipped = 0;
      let longestGap = 0;
      for (let i = 0; i < inRun.length; i++) {
        const next = inRun[i + 1];
        const nextStart = next ? next.start : to;
        // A step reaches the screen if an animation frame comes between its map calls and the next step.
        if (!frames.some((frame) => frame >= inRun[i].end && frame <= nextStart)) unseen++;
        if (next) {
          const expected = inRun[i].year === last ? first : inRun[i].year + 1;
          if (next.year !== expected) skipped++;
          longestGap = Math.max(longestGap, next.start - inRun[i].start);
        }
      }
      const framesInRun = frames.filter((frame) => frame >= from && frame <= to).length;
      return { steps: inRun.length, unseen, skipped, longestGap, frames: framesInRun };
    },
    { from, to, first: facts.first, last: facts.last },
  );
}

/**
 * One soak: warm up, pause at the first year and measure, then twice: play `loops` loops, pause
 * at the first year, measure. The middle point tells a one-off fill (start → middle only) from a
 * leak (growing in both halves).
 */
async function soak(browser: Browser, urls: Urls, profile: Profile, facts: AppFacts, query: string, compare: boolean) {
  const { page, problems, close } = await freshPage(browser, urls.app, profile, false);
  await page.addInitScript(PAGE_PROBE);
  await page.goto(`${urls.app}${query}`);
  await waitForMapReady(page);
  if (compare) await markTime(page, COMPARE_READY_MARK);
  const cdp = await page.context().newCDPSession(page);
  const stepsPerLoop = facts.last - facts.first + 1;
  const loops = Math.ceil(MIN_STEPS / stepsPerLoop / 2);
  await pauseAfter(page, stepsPerLoop * WARM_UP_LOOPS, facts.first);
  const start = await measurePoint(page, cdp);
  const half = async () => {
    const startedAt = await page.evaluate(() => performance.now());
    const paused = pauseAfter(page, stepsPerLoop * loops, facts.first);
    await page.evaluate(() => document.querySelector<HTMLButtonElement>('button.play-button')!.click());
    await paused;
    const endedAt = await page.evaluate(() => performance.now());
    return { stats: await stepStats(page, startedAt, endedAt, facts), seconds: (endedAt - startedAt) / 1000 };
  };
  const first = await half();
  const middle = await measurePoint(page, cdp);
  const second = await half();
  const end = await measurePoint(page, cdp);
  await close();
  const stats = {
    steps: first.stats.steps + second.stats.steps,
    unseen: first.stats.unseen + second.stats.unseen,
    skipped: first.stats.skipped + second.stats.skipped,
    longestGap: Math.max(first.stats.longestGap, second.stats.longestGap),
    frames: first.stats.frames + second.stats.frames,
  };
  return { start, middle, end, stats, seconds: first.seconds + second.seconds, problems: [...problems.console, ...problems.pageErrors] };
}

/** The tags whose count changed, e.g. `; div +2`. */
const tagGrowth = (start: Record<string, number>, end: Record<string, number>) => {
  const changed = [...new Set([...Object.keys(start), ...Object.keys(end)])].filter((tag) => (end[tag] ?? 0) !== (start[tag] ?? 0));
  return changed.map((tag) => `; ${tag} ${(end[tag] ?? 0) - (start[tag] ?? 0) > 0 ? '+' : ''}${(end[tag] ?? 0) - (start[tag] ?? 0)}`).join('');
};
const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, count) => sum + count, 0);
const byKind = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${kind.toLowerCase()} ${count}`)
    .join(', ');

/**
 * The soak on one profile, on the single map and in the compare view (two maps), as rows: heap
 * growth after GC, DOM nodes, live WebGL objects, steps that never reached the screen and the
 * longest gap between steps.
 */
export async function measureSoak(browser: Browser, urls: Urls, profile: Profile, facts: AppFacts, log: (message: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [name, query, compare] of [
    ['map', SOAK_QUERY, false],
    ['compare view', `${SOAK_QUERY}&compare=1971`, true],
  ] as const) {
    log(`${profile.name}: soak, ${name}, a fast looping replay for ≥ ${MIN_STEPS} steps`);
    const { start, middle, end, stats, seconds, problems } = await soak(browser, urls, profile, facts, query, compare);
    const label = (figure: string) => `${profile.name}: soak (${name}), ${figure}`;
    const growth = end.heap / start.heap - 1;
    rows.push(
      {
        figure: label(`JS heap after GC, ${stats.steps} steps`),
        value: percent(growth),
        spread: `${mb(start.heap)} → ${mb(middle.heap)} → ${mb(end.heap)}`,
        budget: `≤ ${percent(HEAP_GROWTH_BUDGET)}`,
        pass: growth <= HEAP_GROWTH_BUDGET,
      },
      {
        figure: label('DOM nodes, same year paused'),
        value: `${end.nodes - start.nodes >= 0 ? '+' : ''}${end.nodes - start.nodes}`,
        spread: `${start.nodes} → ${middle.nodes} → ${end.nodes}; listeners ${start.listeners} → ${middle.listeners} → ${end.listeners}${tagGrowth(start.tags, end.tags)}`,
        budget: 'no growth',
        pass: end.nodes <= start.nodes && end.listeners <= start.listeners,
      },
      {
        figure: label('live WebGL objects'),
        value: `${total(end.webgl) - total(start.webgl) >= 0 ? '+' : ''}${total(end.webgl) - total(start.webgl)}`,
        spread: `${total(start.webgl)} → ${total(end.webgl)} (${byKind(end.webgl)})`,
        budget: 'no growth',
        pass: total(end.webgl) <= total(start.webgl),
      },
      {
        figure: label(`steps the map skipped or failed (${seconds.toFixed(0)} s)`),
        value: String(stats.skipped + problems.length),
        spread: `${stats.skipped} years out of order; ${problems.length} console problems`,
        budget: '0',
        pass: stats.skipped === 0 && problems.length === 0,
      },
      {
        // Context, not a budget: where frames come slower than steps (software WebGL), a step's
        // drawing is replaced by the next one's before the screen shows it.
        figure: label('steps shown in a frame of their own'),
        value: `${stats.steps - stats.unseen} of ${stats.steps}`,
        spread: `${(stats.frames / seconds).toFixed(1)} frames/s`,
      },
      {
        figure: label('longest gap between steps'),
        value: ms(stats.longestGap),
        budget: `≤ ${ms(STALL_BUDGET_MS)}`,
        pass: stats.longestGap <= STALL_BUDGET_MS,
      },
    );
  }
  return rows;
}
