import type { Browser } from 'playwright-core';
import { COMPARE_READY_MARK } from '../../src/app/CompareMap.tsx';
import type { Profile } from './profiles.ts';
import { freshPage, markTime, stepBoth, type AppFacts, type StepSample, type Urls } from './scenarios.ts';
import { median, ms, ratio, spread, type Row } from './stats.ts';

/** The compare view's load may take this much longer than the single map's: it draws two maps. */
const COMPARE_LOAD_RATIO = 1.6;
const COLD_LOADS = 5;
const COMPARE_QUERY = '&compare=1971';

/** One cold load: ms from navigation until the map (and, in the compare view, the second map) is ready. */
async function loadView(browser: Browser, urls: Urls, profile: Profile, compare: boolean): Promise<number> {
  const { page, close } = await freshPage(browser, urls.app, profile, false);
  await page.goto(`${urls.app}?lang=en${compare ? COMPARE_QUERY : ''}`);
  const times = await Promise.all([markTime(page, 'map-ready'), ...(compare ? [markTime(page, COMPARE_READY_MARK)] : [])]);
  await close();
  return Math.max(...times);
}

const range = (values: readonly number[], format: (value: number) => string) => {
  const { min, max } = spread(values);
  return `${format(min)} – ${format(max)}`;
};

/**
 * The compare view (`?compare=1971`) against the single map in the same run: cold loads taking
 * turns, and a step through every year with the second map open, against the bare page stepping
 * as many features, with the profile's step budgets.
 */
export async function measureCompareView(browser: Browser, urls: Urls, profile: Profile, facts: AppFacts, log: (message: string) => void): Promise<Row[]> {
  const label = (figure: string) => `${profile.name}: compare view, ${figure}`;
  log(`${profile.name}: ${COLD_LOADS} cold loads each of the single map and the compare view, taking turns`);
  await loadView(browser, urls, profile, true);
  const single: number[] = [];
  const compare: number[] = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    single.push(await loadView(browser, urls, profile, false));
    compare.push(await loadView(browser, urls, profile, true));
  }
  log(`${profile.name}: stepping ${facts.first} → ${facts.last} in the compare view`);
  const steps = await stepBoth(browser, urls, profile, facts, { query: COMPARE_QUERY, readyMark: COMPARE_READY_MARK });
  const loadRatio = median(compare) / median(single);
  const mainThread = (samples: readonly StepSample[]) => samples.map((sample) => sample.mainThread);
  const toIdle = (samples: readonly StepSample[]) => samples.flatMap((sample) => (sample.toIdle === null ? [] : [sample.toIdle]));
  const appMain = median(mainThread(steps.app));
  const idleRatio = median(toIdle(steps.app)) / median(toIdle(steps.bare));
  return [
    { figure: label(`load, both maps ready (median of ${COLD_LOADS} cold)`), value: ms(median(compare)), spread: range(compare, ms) },
    {
      figure: label('load ratio compare / single map'),
      value: ratio(loadRatio),
      budget: `≤ ${ratio(COMPARE_LOAD_RATIO)}`,
      pass: loadRatio <= COMPARE_LOAD_RATIO,
    },
    {
      figure: label(`step main thread (median of ${steps.app.length} steps)`),
      value: ms(appMain),
      spread: range(mainThread(steps.app), ms),
      budget: `≤ ${ms(profile.budgets.stepMainThreadMs)}`,
      pass: appMain <= profile.budgets.stepMainThreadMs,
    },
    {
      figure: label('step-to-idle ratio / bare'),
      value: ratio(idleRatio),
      spread: `${ms(median(toIdle(steps.app)))} vs ${ms(median(toIdle(steps.bare)))}`,
      budget: `≤ ${ratio(profile.budgets.stepIdleRatio)}`,
      pass: idleRatio <= profile.budgets.stepIdleRatio,
    },
  ];
}
