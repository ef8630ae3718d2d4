import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appInChromium, showInApp } from './app-session.ts';
import { waitForMapReady } from './chromium.ts';

/**
 * WCAG 2.1 A and AA checks with axe-core on the app's main views, in both languages. A view
 * passes when axe finds nothing serious or critical; minor and moderate findings are printed.
 */
const app = appInChromium();

const LANGS = ['en', 'zh-TW'] as const;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

interface View {
  name: string;
  query: string;
  /** Whether the page shows the map (and so has a `map-ready` mark to wait for). */
  map: boolean;
  /** Whether the view needs a page of its own: an embed is read from the address at load only. */
  ownPage?: boolean;
  /** What to do once the page is ready, before axe runs. */
  prepare?: (page: Page) => Promise<void>;
  /** What to undo afterwards, so the next view starts from the app's plain state. */
  undo?: (page: Page) => Promise<void>;
}

const VIEWS: View[] = [
  { name: 'default view', query: '', map: true },
  { name: 'country panel (Tuvalu)', query: '?country=TUV', map: true },
  { name: 'year 1971', query: '?year=1971', map: true },
  // The chart by region: its toggle, legend and patterns, and the marks' toolbar (whatever the language).
  {
    name: 'year 1971, the chart by region',
    query: '?year=1971',
    map: true,
    prepare: async (page) => {
      await page.locator('.chart-mode input[value="regions"]').check();
      await page.getByTestId('region-split').waitFor();
    },
    undo: async (page) => {
      await page.locator('.chart-mode input[value="total"]').check();
    },
  },
  { name: 'embed with the timeline', query: '?embed=1&controls=timeline', map: true, ownPage: true },
  // The dark theme: the page's colours and the map's legend, in the full app (a country panel open) and the embed view.
  { name: 'dark theme, country panel (Paraguay)', query: '?theme=dark&country=PRY&year=1971', map: true, ownPage: true },
  { name: 'dark theme, embed with the timeline', query: '?embed=1&controls=timeline&theme=dark', map: true, ownPage: true },
  // The compare view: its bar, the second map, the swipe divider (a slider) and the change list.
  {
    name: 'compare view with the swipe divider',
    query: '?compare=1971&swipe=1',
    map: true,
    ownPage: true,
    prepare: async (page) => {
      await page.getByTestId('compare-changes').waitFor();
      await page.locator('.swipe-divider').waitFor();
    },
  },
  {
    name: 'share dialog',
    query: '',
    map: true,
    prepare: async (page) => {
      // The first header action opens the share dialog, whatever its label's language.
      await page.locator('.header-actions button').first().click();
      await page.getByRole('dialog').waitFor({ timeout: 10_000 });
    },
    undo: async (page) => {
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    },
  },
  // The table over the map (which stays beneath, invisible): its rows are what axe must check.
  { name: 'table view', query: '?view=table', map: false },
  // The Method and sources view over the map: the rules, the comparison table, citations, downloads.
  {
    name: 'method view',
    query: '?view=method',
    map: false,
    prepare: async (page) => {
      await page.getByTestId('method-view').waitFor({ timeout: 10_000 });
    },
  },
];

/** One line per violation and affected element, so a failure says what to fix and where. */
function describeViolations(violations: Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 8)
        .map((node) => `    - ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
        .join('\n');
      const more = violation.nodes.length > 8 ? `\n    … and ${violation.nodes.length - 8} more` : '';
      return `[${violation.impact}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

/** Counts of violations by impact, e.g. { serious: 1, minor: 2 }. */
function countsByImpact(violations: Violation[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const violation of violations) counts[violation.impact ?? 'unknown'] = (counts[violation.impact ?? 'unknown'] ?? 0) + 1;
  return counts;
}

async function waitForView(page: Page, view: View) {
  if (view.map) {
    await waitForMapReady(page);
  } else {
    await page.getByRole('table').waitFor({ timeout: 30_000 });
  }
  await view.prepare?.(page);
  // Let fonts load and transitions end (the country panel slides in), so axe reads the final page.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

/** Runs axe on the page as it is and fails on serious or critical findings, printing the rest. */
async function expectNoSeriousViolations(page: Page, view: View, lang: string) {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
  // The MapLibre canvas is not excluded: axe flags nothing on it (its container has a role
  // and label from MapLibre, and a canvas has no text for the contrast rules to read).
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const summary = countsByImpact(results.violations);
  console.info(`axe ${lang} ${view.name}: ${JSON.stringify(summary)}${results.violations.length ? `\n${describeViolations(results.violations)}` : ''}`);
  // Compared as text, so a failure prints the rule, the elements and the fix, not axe's raw objects.
  expect(describeViolations(blocking), `serious or critical axe violations in ${view.name} (${lang})`).toBe('');
}

const addressOf = (view: View, lang: string) => `${view.query}${view.query ? '&' : '?'}lang=${lang}`;

describe.each(LANGS)('accessibility (axe, WCAG 2.1 AA) in %s', (lang) => {
  // One page per language: each view is reached as Back or Forward would reach it, without a reload.
  let shared: Awaited<ReturnType<typeof app.open>>;
  beforeAll(async () => {
    shared = await app.open();
    await shared.page.goto(`${app.url}?lang=${lang}`);
    await waitForMapReady(shared.page);
  });
  afterAll(() => shared?.close());

  it.each(VIEWS)('$name has no serious or critical violations', async (view) => {
    if (view.ownPage) {
      const { page, problems, close } = await app.open();
      try {
        await page.goto(`${app.url}${addressOf(view, lang)}`);
        await waitForView(page, view);
        await expectNoSeriousViolations(page, view, lang);
        expect(problems.pageErrors).toEqual([]);
      } finally {
        await close();
      }
      return;
    }
    const { page, problems } = shared;
    await showInApp(page, addressOf(view, lang));
    await waitForView(page, view);
    await expectNoSeriousViolations(page, view, lang);
    await view.undo?.(page);
    expect(problems.pageErrors).toEqual([]);
  });
});
