// `npm run bench`: builds the app, serves it on localhost, drives headless Chromium, and prints
// a table of figures against their budgets; exits 1 when a budget is exceeded.
//
// Timings are ratios to a bare MapLibre page built here from the same maplibre-gl and the same
// shapes with one fill layer (scripts/bench/bare/), measured in the same run, so a slow or busy
// machine moves both sides. The budgeted baseline gives MapLibre the shapes as GeoJSON; the app
// draws tiles cut at build time, so the load is also reported, without a budget, against the bare
// page on those tiles. See scripts/bench/scenarios.ts for how each figure is taken.
import { rmSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/chromium.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { buildForBench } from './bench/build.ts';
import { loadApp, loadBare, replayHeap, replayLongTasks, stepBoth, type StepSample, type Urls } from './bench/scenarios.ts';
import { formatTable, kb, mb, median, ms, percent, ratio, spread, type Row } from './bench/stats.ts';

/** The budgets (issue 6). */
const BUDGETS = {
  loadRatio: 1.3,
  stepIdleRatio: 1.2,
  stepMainThreadMs: 4,
  longestTaskMs: 50,
  transferBytes: 750 * 1024,
  heapGrowth: 0.1,
};
const COLD_LOADS = 5;
const REPLAYS = 20;

const range = (values: readonly number[], format: (value: number) => string) => {
  const { min, max } = spread(values);
  return `${format(min)} – ${format(max)}`;
};

/** Which kind of file a first-load request was, by its address. */
function kindOf(url: string): 'JS' | 'CSS' | 'geometry' | 'data' | 'HTML' | 'other' {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path)) return 'JS';
  if (path.endsWith('.css')) return 'CSS';
  if (path.includes('/geo/')) return 'geometry';
  if (/\.(json|csv)$/.test(path)) return 'data';
  if (path.endsWith('/') || path.endsWith('.html')) return 'HTML';
  return 'other';
}

async function main() {
  const started = Date.now();
  const log = (message: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
  log('building the app and the bare MapLibre page');
  const built = await buildForBench();
  // The app from a sub-path, as the e2e tests serve it; the bare page from a server of its own.
  const appServer = await serveStatic(built.appDir, '/atlas/');
  const bareServer = await serveStatic(built.bareDir, '/bare/');
  const urls: Urls = { app: appServer.url, bare: bareServer.url };
  const browser = await launchChromium(['--enable-precise-memory-info']);
  try {
    log(`${COLD_LOADS} cold loads each of the app, the bare page and the bare page on the app's tiles, taking turns, after one of each not counted`);
    // The first page in a new browser pays once for what is not the page's (the GPU process
    // starting, SwiftShader compiling its first shaders): one load of each is not counted.
    const first = await loadApp(browser, urls, true);
    const { facts } = first;
    await loadBare(browser, urls, facts);
    await loadBare(browser, urls, facts, built.tilesVersion);
    const appLoads: number[] = [];
    const bareLoads: number[] = [];
    const bareTileLoads: number[] = [];
    for (let i = 0; i < COLD_LOADS; i++) {
      appLoads.push((await loadApp(browser, urls)).time);
      bareLoads.push((await loadBare(browser, urls, facts)).time);
      bareTileLoads.push((await loadBare(browser, urls, facts, built.tilesVersion)).time);
    }
    log(`stepping ${facts.first} → ${facts.last} in the app, each step followed by as many feature-state changes on the bare page`);
    const { app: appSteps, bare: bareSteps } = await stepBoth(browser, urls, facts);
    log('a full replay at fast speed, watching for long tasks');
    const replay = await replayLongTasks(browser, urls, facts);
    log(`${REPLAYS} replays, heap after the first and the last`);
    const heap = await replayHeap(browser, urls, facts, REPLAYS);
    log('done');
    if (process.env.BENCH_RAW) {
      console.log(JSON.stringify({ appLoads, bareLoads, bareTileLoads, appSteps, bareSteps, replay, heap, files: first.files }));
    }

    const rows: Row[] = [];
    const loadRatio = median(appLoads) / median(bareLoads);
    rows.push(
      { figure: 'Load: app to map-ready (median of 5 cold)', value: ms(median(appLoads)), spread: range(appLoads, ms) },
      { figure: 'Load: bare MapLibre to first idle', value: ms(median(bareLoads)), spread: range(bareLoads, ms) },
      {
        figure: 'Load ratio app / bare',
        value: ratio(loadRatio),
        spread: range(appLoads.map((time, i) => time / bareLoads[i]), ratio),
        budget: `≤ ${ratio(BUDGETS.loadRatio)}`,
        pass: loadRatio <= BUDGETS.loadRatio,
      },
      // The app's shapes are tiles cut at build time; the bare page tiles GeoJSON in its worker.
      // The same page drawing the app's tiles says what the app adds beyond that (no budget).
      { figure: 'Load: bare MapLibre on the app\'s tiles', value: ms(median(bareTileLoads)), spread: range(bareTileLoads, ms) },
      {
        figure: 'Load ratio app / bare on the app\'s tiles',
        value: ratio(median(appLoads) / median(bareTileLoads)),
        spread: range(appLoads.map((time, i) => time / bareTileLoads[i]), ratio),
        budget: 'none',
      },
    );
    const mainThread = (samples: readonly StepSample[]) => samples.map((sample) => sample.mainThread);
    const toIdle = (samples: readonly StepSample[]) => samples.flatMap((sample) => (sample.toIdle === null ? [] : [sample.toIdle]));
    const appMain = median(mainThread(appSteps));
    const bareMain = median(mainThread(bareSteps));
    const drawnSteps = toIdle(appSteps).length;
    const idleRatio = median(toIdle(appSteps)) / median(toIdle(bareSteps));
    rows.push(
      {
        figure: `Step main thread: app (median of ${appSteps.length} steps)`,
        value: ms(appMain),
        spread: range(mainThread(appSteps), ms),
        budget: `≤ ${ms(BUDGETS.stepMainThreadMs)}`,
        pass: appMain <= BUDGETS.stepMainThreadMs,
      },
      { figure: 'Step main thread: bare, same feature-state count', value: ms(bareMain), spread: range(mainThread(bareSteps), ms) },
      { figure: 'Step main-thread ratio app / bare', value: ratio(appMain / bareMain) },
      { figure: `Step to idle: app (median of ${drawnSteps} steps that draw)`, value: ms(median(toIdle(appSteps))), spread: range(toIdle(appSteps), ms) },
      { figure: 'Step to idle: bare', value: ms(median(toIdle(bareSteps))), spread: range(toIdle(bareSteps), ms) },
      { figure: 'Step-to-idle ratio app / bare', value: ratio(idleRatio), budget: `≤ ${ratio(BUDGETS.stepIdleRatio)}`, pass: idleRatio <= BUDGETS.stepIdleRatio },
    );
    const longest = Math.max(0, ...replay.durations);
    rows.push({
      figure: `Replay: longest task (${replay.steps} steps, ${replay.durations.length} tasks > 50 ms)`,
      value: replay.durations.length ? ms(longest) : 'none > 50 ms',
      budget: `≤ ${ms(BUDGETS.longestTaskMs)}`,
      pass: longest <= BUDGETS.longestTaskMs,
    });
    const byKind = new Map<string, { count: number; bytes: number; gzipped: number }>();
    for (const file of first.files) {
      const kind = kindOf(file.url);
      const total = byKind.get(kind) ?? { count: 0, bytes: 0, gzipped: 0 };
      byKind.set(kind, { count: total.count + 1, bytes: total.bytes + file.bytes, gzipped: total.gzipped + file.gzipped });
    }
    for (const kind of ['JS', 'CSS', 'geometry', 'data', 'HTML', 'other']) {
      const total = byKind.get(kind);
      if (total) rows.push({ figure: `Transfer: ${kind} (${total.count} file${total.count > 1 ? 's' : ''}), gzip -9`, value: kb(total.gzipped), spread: `${kb(total.bytes)} raw` });
    }
    const transfer = first.files.reduce((sum, file) => sum + file.gzipped, 0);
    rows.push({ figure: 'Transfer: first load, total gzipped', value: kb(transfer), budget: `≤ ${kb(BUDGETS.transferBytes)}`, pass: transfer <= BUDGETS.transferBytes });
    const growth = heap.afterAll / heap.afterOne - 1;
    rows.push(
      { figure: 'JS heap after 1 replay (after GC)', value: mb(heap.afterOne) },
      { figure: `JS heap after ${heap.replays} replays (after GC)`, value: mb(heap.afterAll) },
      { figure: 'Heap growth', value: percent(growth), budget: `≤ ${percent(BUDGETS.heapGrowth)}`, pass: growth <= BUDGETS.heapGrowth },
    );

    const problems = [...first.problems.console, ...first.problems.pageErrors, ...first.problems.externalRequests];
    console.log(`\nTaiwan Ties benchmark — Chromium ${browser.version()}, ${facts.first}–${facts.last}, map ${facts.mapSize.width}×${facts.mapSize.height} px\n`);
    console.log(formatTable(rows));
    if (problems.length) console.log(`\nThe app reported problems on its first load:\n  ${problems.join('\n  ')}`);
    const failed = rows.filter((row) => row.pass === false);
    if (failed.length) {
      console.log(`\nOver budget: ${failed.map((row) => `${row.figure} ${row.value} (budget ${row.budget})`).join('; ')}`);
      process.exitCode = 1;
    } else {
      console.log('\nAll budgets met.');
    }
  } finally {
    log('closing');
    await browser.close();
    await appServer.close();
    await bareServer.close();
    rmSync(built.root, { recursive: true, force: true });
  }
}

await main();
