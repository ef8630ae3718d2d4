import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium } from './app-session.ts';
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
  /** What to do once the page is ready, before axe runs. */
  prepare?: (page: Page) => Promise<void>;
}

const VIEWS: View[] = [
  { name: 'default view', query: '', map: true },
  { name: 'country panel (Tuvalu)', query: '?country=TUV', map: true },
  { name: 'year 1971', query: '?year=1971', map: true },
  { name: 'embed with the timeline', query: '?embed=1&controls=timeline', map: true },
  {
    name: 'share dialog',
    query: '',
    map: true,
    prepare: async (page) => {
      // The first header action opens the share dialog, whatever its label's language.
      await page.locator('.header-actions button').first().click();
      await page.getByRole('dialog').waitFor({ timeout: 10_000 });
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
  // Let transitions and late renders (the country panel's focus, fonts) settle.
  await page.waitForTimeout(300);
}

describe.each(LANGS)('accessibility (axe, WCAG 2.1 AA) in %s', (lang) => {
  it.each(VIEWS)('$name has no serious or critical violations', async (view) => {
    const { page, problems, close } = await app.open();
    try {
      const separator = view.query ? '&' : '?';
      await page.goto(`${app.url}${view.query}${separator}lang=${lang}`);
      await waitForView(page, view);

      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);

      // The MapLibre canvas is not excluded: axe flags nothing on it (its container has a role
      // and label from MapLibre, and a canvas has no text for the contrast rules to read).
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      const summary = countsByImpact(results.violations);
      console.info(`axe ${lang} ${view.name}: ${JSON.stringify(summary)}${results.violations.length ? `\n${describeViolations(results.violations)}` : ''}`);
      // Compared as text, so a failure prints the rule, the elements and the fix, not axe's raw objects.
      expect(describeViolations(blocking), `serious or critical axe violations in ${view.name} (${lang})`).toBe('');
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
