import type { Page } from 'playwright-core';

/** A performance entry as the benchmark reads it back from a page. */
export interface Entry {
  name: string;
  entryType: string;
  startTime: number;
  duration: number;
  detail?: { year?: number; features?: number } | null;
}

interface RecorderWindow {
  __bench: { entries: Entry[] };
}

/**
 * Before any page script runs, starts observers that copy every mark, measure and long task into
 * `window.__bench.entries`. An observer sees every entry even though the app keeps only the newest
 * 'year-step' in the performance buffer (src/map/step-timing.ts), and 'longtask' entries exist only
 * for observers (buffered: those before the observer started too).
 */
export async function installRecorder(page: Page) {
  // A string, not a function: tsx wraps named inner functions in a helper the page does not have.
  await page.addInitScript(`{
    const entries = [];
    window.__bench = { entries };
    for (const type of ['mark', 'measure', 'longtask']) {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const { name, entryType, startTime, duration } = entry;
          entries.push({ name, entryType, startTime, duration, detail: entry.detail ?? null });
        }
      }).observe({ type, buffered: true });
    }
  }`);
}

/** How many entries of a name have been recorded. */
export function countOf(page: Page, name: string): Promise<number> {
  return page.evaluate((name) => (window as unknown as RecorderWindow).__bench.entries.filter((entry) => entry.name === name).length, name);
}

/** Waits for the first recorded entry of a name after the first `skip` ones (and, if given, for `year`). */
export async function waitForEntry(page: Page, name: string, { skip = 0, year }: { skip?: number; year?: number } = {}, timeout = 30_000): Promise<Entry> {
  const handle = await page.waitForFunction(
    ({ name, skip, year }) =>
      (window as unknown as RecorderWindow).__bench.entries
        .filter((entry) => entry.name === name)
        .slice(skip)
        .find((entry) => year === undefined || entry.detail?.year === year),
    { name, skip, year },
    { timeout },
  );
  return (await handle.jsonValue()) as Entry;
}

/** All long tasks that started at or after `since` (page time, ms). */
export function longTasksSince(page: Page, since: number): Promise<Entry[]> {
  return page.evaluate(
    (since) => (window as unknown as RecorderWindow).__bench.entries.filter((entry) => entry.entryType === 'longtask' && entry.startTime >= since),
    since,
  );
}
