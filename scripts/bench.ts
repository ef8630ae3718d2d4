// `npm run bench`: builds the app, serves it on localhost, drives headless Chromium on a laptop
// and on a phone profile, and prints a table of figures against their budgets; exits 1 when a
// budget is exceeded.
//
// Timings are ratios to a bare MapLibre page built here from the same maplibre-gl and the same
// shapes with one fill layer (scripts/bench/bare/), measured in the same run on the same profile,
// so a slow or busy machine moves both sides. The load is measured against the bare page given
// the shapes as GeoJSON, and against the bare page drawing the app's own tiles (what the app adds
// to MapLibre itself). See scripts/bench/scenarios.ts for how each figure is taken.
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/e2e/chromium.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { buildForBench } from './bench/build.ts';
import { LAPTOP, PHONE, type Profile } from './bench/profiles.ts';
import { loadApp, loadBare, replay, replayHeap, stepBoth, type AppFacts, type StepSample, type Urls } from './bench/scenarios.ts';
import { measureCompareView } from './bench/compare-view.ts';
import { formatTable, kb, mb, median, ms, percent, ratio, spread, type Row } from './bench/stats.ts';
import { measureSvgExport } from './bench/svg-export.ts';
import { measureSoak } from './bench/soak.ts';
import { measureVideoExport } from './bench/video-export.ts';

/** Budgets that do not depend on the device. */
const BUDGETS = {
  transferBytes: 750 * 1024,
  heapGrowth: 0.1,
  /** Normal speed plays the whole timeline in this many seconds (the product's pace). */
  normalReplaySeconds: { min: 10, max: 20 },
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

type Log = (message: string) => void;

/** Cold loads, year steps and a fast replay on one profile, as rows of the report. */
async function measureProfile(browser: Browser, urls: Urls, tilesVersion: string, profile: Profile, log: Log) {
  const { budgets } = profile;
  const label = (figure: string) => `${profile.name}: ${figure}`;
  log(
    `${profile.name}: ${COLD_LOADS} cold loads each of the app, the bare page and the bare page on the app's tiles, taking turns, after one of each not counted`,
  );
  // The first page in a new browser pays once for what is not the page's (the GPU process
  // starting, SwiftShader compiling its first shaders): one load of each is not counted.
  const first = await loadApp(browser, urls, profile, profile === LAPTOP);
  const { facts } = first;
  await loadBare(browser, urls, profile, facts);
  await loadBare(browser, urls, profile, facts, tilesVersion);
  const appLoads: number[] = [];
  const bareLoads: number[] = [];
  const bareTileLoads: number[] = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    appLoads.push((await loadApp(browser, urls, profile)).time);
    bareLoads.push((await loadBare(browser, urls, profile, facts)).time);
    bareTileLoads.push((await loadBare(browser, urls, profile, facts, tilesVersion)).time);
  }
  log(`${profile.name}: stepping ${facts.first} → ${facts.last} in the app, each step followed by as many feature-state changes on the bare page`);
  const steps = await stepBoth(browser, urls, profile, facts);
  log(`${profile.name}: a full replay at fast speed, watching for long tasks`);
  const fast = await replay(browser, urls, profile, facts, 'fast');

  /** A load ratio's row: the medians' ratio, the spread of the paired loads' ratios, the budget. */
  const loadRatioRow = (figure: string, bare: readonly number[], budget: number): Row => {
    const value = median(appLoads) / median(bare);
    const paired = appLoads.map((time, i) => time / bare[i]);
    return { figure: label(figure), value: ratio(value), spread: range(paired, ratio), budget: `≤ ${ratio(budget)}`, pass: value <= budget };
  };
  const rows: Row[] = [
    { figure: label(`load, app to map-ready (median of ${COLD_LOADS} cold)`), value: ms(median(appLoads)), spread: range(appLoads, ms) },
    { figure: label('load, bare MapLibre (GeoJSON) to first idle'), value: ms(median(bareLoads)), spread: range(bareLoads, ms) },
    { figure: label("load, bare MapLibre on the app's tiles"), value: ms(median(bareTileLoads)), spread: range(bareTileLoads, ms) },
    loadRatioRow('load ratio app / bare (GeoJSON)', bareLoads, budgets.loadRatio),
    loadRatioRow("load ratio app / bare on the app's tiles", bareTileLoads, budgets.tilesLoadRatio),
  ];
  const mainThread = (samples: readonly StepSample[]) => samples.map((sample) => sample.mainThread);
  const toIdle = (samples: readonly StepSample[]) => samples.flatMap((sample) => (sample.toIdle === null ? [] : [sample.toIdle]));
  const appMain = median(mainThread(steps.app));
  const bareMain = median(mainThread(steps.bare));
  const idleRatio = median(toIdle(steps.app)) / median(toIdle(steps.bare));
  rows.push(
    {
      figure: label(`step main thread, app (median of ${steps.app.length} steps)`),
      value: ms(appMain),
      spread: range(mainThread(steps.app), ms),
      budget: `≤ ${ms(budgets.stepMainThreadMs)}`,
      pass: appMain <= budgets.stepMainThreadMs,
    },
    { figure: label('step main thread, bare (same feature-state count)'), value: ms(bareMain), spread: range(mainThread(steps.bare), ms) },
    {
      figure: label(`step to idle, app (median of ${toIdle(steps.app).length} steps that draw)`),
      value: ms(median(toIdle(steps.app))),
      spread: range(toIdle(steps.app), ms),
    },
    { figure: label('step to idle, bare'), value: ms(median(toIdle(steps.bare))), spread: range(toIdle(steps.bare), ms) },
    {
      figure: label('step-to-idle ratio app / bare'),
      value: ratio(idleRatio),
      budget: `≤ ${ratio(budgets.stepIdleRatio)}`,
      pass: idleRatio <= budgets.stepIdleRatio,
    },
  );
  const longest = Math.max(0, ...fast.durations);
  rows.push({
    figure: label(`fast replay, longest task (${fast.steps} steps, ${fast.durations.length} tasks > 50 ms)`),
    value: fast.durations.length ? ms(longest) : 'none > 50 ms',
    budget: `≤ ${ms(budgets.longestTaskMs)}`,
    pass: longest <= budgets.longestTaskMs,
  });
  return { rows, first, facts, raw: { appLoads, bareLoads, bareTileLoads, steps, fast } };
}

/** What is measured once, on the laptop: the first load's bytes, the replay's pace and memory. */
async function measureOnce(browser: Browser, urls: Urls, facts: AppFacts, files: { url: string; gzipped: number; bytes: number }[], log: Log) {
  log('laptop: a full replay at normal speed, timed');
  const normal = await replay(browser, urls, LAPTOP, facts, 'normal');
  log(`laptop: ${REPLAYS} replays, heap after the first and the last`);
  const heap = await replayHeap(browser, urls, LAPTOP, facts, REPLAYS);
  const rows: Row[] = [];
  const seconds = normal.elapsed / 1000;
  const pace = BUDGETS.normalReplaySeconds;
  rows.push({
    figure: `laptop: normal-speed replay, ${facts.first} to ${facts.last}`,
    value: `${seconds.toFixed(1)} s`,
    spread: normal.durations.length ? `longest task ${ms(Math.max(...normal.durations))}` : 'no task > 50 ms',
    budget: `${pace.min}–${pace.max} s`,
    pass: seconds >= pace.min && seconds <= pace.max,
  });
  const byKind = new Map<string, { count: number; bytes: number; gzipped: number }>();
  for (const file of files) {
    const kind = kindOf(file.url);
    const total = byKind.get(kind) ?? { count: 0, bytes: 0, gzipped: 0 };
    byKind.set(kind, { count: total.count + 1, bytes: total.bytes + file.bytes, gzipped: total.gzipped + file.gzipped });
  }
  for (const kind of ['JS', 'CSS', 'geometry', 'data', 'HTML', 'other']) {
    const total = byKind.get(kind);
    if (total)
      rows.push({
        figure: `transfer: ${kind} (${total.count} file${total.count > 1 ? 's' : ''}), gzip -9`,
        value: kb(total.gzipped),
        spread: `${kb(total.bytes)} raw`,
      });
  }
  const transfer = files.reduce((sum, file) => sum + file.gzipped, 0);
  rows.push({
    figure: 'transfer: first load, total gzipped',
    value: kb(transfer),
    budget: `≤ ${kb(BUDGETS.transferBytes)}`,
    pass: transfer <= BUDGETS.transferBytes,
  });
  const growth = heap.afterAll / heap.afterOne - 1;
  rows.push(
    { figure: 'JS heap after 1 replay (after GC)', value: mb(heap.afterOne) },
    { figure: `JS heap after ${heap.replays} replays (after GC)`, value: mb(heap.afterAll) },
    { figure: 'heap growth', value: percent(growth), budget: `≤ ${percent(BUDGETS.heapGrowth)}`, pass: growth <= BUDGETS.heapGrowth },
  );
  return { rows, raw: { normal, heap } };
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
    const laptop = await measureProfile(browser, urls, built.tilesVersion, LAPTOP, log);
    const once = await measureOnce(browser, urls, laptop.facts, laptop.first.files, log);
    once.rows.push(...(await measureVideoExport(browser, urls, log)));
    const compareRows = await measureCompareView(browser, urls, LAPTOP, laptop.facts, log);
    log('laptop: SVG exports of the first view, timed');
    const svgRows = await measureSvgExport(browser, urls);
    const soakRows = await measureSoak(browser, urls, LAPTOP, laptop.facts, log);
    const phone = await measureProfile(browser, urls, built.tilesVersion, PHONE, log);
    log('done');
    if (process.env.BENCH_RAW) console.log(JSON.stringify({ laptop: laptop.raw, phone: phone.raw, once: once.raw, files: laptop.first.files }));

    const rows = [...laptop.rows, ...once.rows, ...compareRows, ...svgRows, ...soakRows, ...phone.rows];
    const { facts } = laptop;
    const problems = [...laptop.first.problems.console, ...laptop.first.problems.pageErrors, ...laptop.first.problems.externalRequests];
    console.log(`\nTaiwan Ties benchmark — Chromium ${browser.version()}, ${facts.first}–${facts.last}`);
    console.log(
      `laptop ${LAPTOP.viewport.width}×${LAPTOP.viewport.height} (map ${facts.mapSize.width}×${facts.mapSize.height} px); phone ${PHONE.viewport.width}×${PHONE.viewport.height}, touch, CPU ÷${PHONE.cpuThrottle} (map ${phone.facts.mapSize.width}×${phone.facts.mapSize.height} px)\n`,
    );
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
