import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium } from './app-session.ts';
import { waitForMapReady, type PageProblems } from './chromium.ts';

/**
 * Hostile addresses: huge, repeated, script-like, badly encoded and out of range. Each must load
 * the app, say what it ignored (the notice bar, role="status"), run no script, open no dialog,
 * inject no element, log no error, and leave a normalised address in the address bar.
 */
const app = appInChromium();
/** Small, so that the software renderer draws each first map quickly. */
const VIEWPORT = { width: 900, height: 650 };

interface HostileCase {
  name: string;
  /** Appended to the app's address: `?…` and/or `#…`. */
  suffix: string;
  /** The query the address bar holds afterwards. */
  search: string;
  /** Texts the notice bar must show; empty when nothing was refused. */
  notices: string[];
  /** Text that must not remain in the address bar's hash. */
  badHash?: string;
}

const CASES: HostileCase[] = [
  {
    name: 'a 100 KB query',
    suffix: `?show=${'ally,'.repeat(20_000)}`,
    search: '',
    notices: ['Ignored show', 'is too long'],
  },
  {
    name: '5,000 repeated &year=1971',
    suffix: `?${'&year=1971'.repeat(5_000)}`,
    search: '?year=1971',
    notices: [],
  },
  {
    name: 'repeated keys with conflicting values (the first counts)',
    suffix: '?country=PRY&country=TUV&year=1971&year=2000&show=ally&show=nsp&lang=en&lang=zh-TW',
    // The browser's language is English, so lang=en is the default and left out.
    search: '?country=PRY&show=ally&year=1971',
    notices: [],
  },
  {
    name: 'script-like values: a script tag, an img onerror, javascript: values and hash',
    suffix:
      `?country=${encodeURIComponent('<script>alert(1)</script>')}&lang=${encodeURIComponent('"><img src=x onerror=alert(1)>')}` +
      '&view=javascript:alert(1)&speed=javascript:alert(1)#javascript:alert(1)',
    search: '',
    notices: [
      'Ignored country "<script>alert(1)</script>"',
      'Ignored lang ""><img src=x onerror=alert(1)>"',
      'Ignored view "javascript:alert(1)"',
      'Ignored speed "javascript:alert(1)"',
      'Ignored map position "javascript:alert(1)"',
    ],
    badHash: 'javascript',
  },
  {
    name: 'raw (unencoded) markup in keys and values',
    suffix: '?<img src=x onerror=alert(1)>=1&show=<svg/onload=alert(1)>&year=1971',
    search: '?year=1971',
    // The key ends at the first "=": the parameter is called "<img src".
    notices: ['unknown parameter "<img src"', 'Ignored show "<svg/onload=alert(1)>"'],
  },
  {
    name: '%00 and broken percent-encoding',
    suffix: '?country=%00&year=1971%00&zzz%00=1&show=%E0%A4%A&%=%&lang=%zz&speed=fast#%E0%A4%A',
    search: '?speed=fast',
    notices: ['Ignored country', 'Ignored year', 'Ignored show', 'Ignored lang', 'unknown parameters', 'Ignored map position'],
    badHash: '%E0',
  },
  {
    name: 'RTL override, emoji and zero-width characters',
    suffix: `?country=${encodeURIComponent('\u202EYRP')}&year=${encodeURIComponent('\u200B1971')}&show=${encodeURIComponent('🇹🇼,ally\u200D')}&${encodeURIComponent('لغة')}=1`,
    search: '',
    notices: ['Ignored country', 'Ignored year', 'Ignored show', 'unknown parameter "لغة"'],
  },
  {
    name: 'out-of-range numbers and camera',
    suffix: '?year=99999&hold=1e309&from=2025&to=1949&speed=fast#999/999/999',
    search: '?from=2025&speed=fast',
    notices: ['year "99999"', 'hold "1e309"', 'to "1949" must come after from=2025', 'map position "999/999/999"'],
    badHash: '999',
  },
  {
    name: 'a camera that is not a number',
    suffix: '?show=ally#NaN/1/2',
    search: '?show=ally',
    notices: ['map position "NaN/1/2"'],
    badHash: 'NaN',
  },
];

/**
 * The static test server, like most hosts, refuses a request line over 16 KB (HTTP 431). For the
 * huge addresses the document is fetched without its query, so the app still sees the whole
 * address in `location`: the question is what the app does with it, not what a host allows.
 */
async function serveLongAddresses(page: Page, appUrl: string) {
  await page.route(
    (url) => url.href.length > 8_000,
    async (route: Route) => route.fulfill({ response: await route.fetch({ url: appUrl }) }),
  );
}

/**
 * Settles when the app has loaded (the map is ready, or the table shows): with null, or with the
 * page error that stopped it, at once rather than after a time-out.
 */
function appLoaded(page: Page): Promise<Error | null> {
  return new Promise<Error | null>((resolve) => {
    page.once('pageerror', resolve);
    page
      .waitForFunction(() => performance.getEntriesByName('map-ready').length > 0 || document.querySelector('table.country-table') !== null, undefined, {
        timeout: 20_000,
      })
      .then(() => resolve(null), resolve);
  });
}

/** Opens the app at a hostile address and checks everything this file promises. */
async function expectHandled({ suffix, search, notices, badHash }: HostileCase) {
  const { page, problems, close } = await app.open(VIEWPORT);
  try {
    await checkPage(page, problems, { suffix, search, notices, badHash });
  } finally {
    await close();
  }
}

async function checkPage(page: Page, problems: PageProblems, { suffix, search, notices, badHash }: Omit<HostileCase, 'name'>) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // A script that ran would most likely call one of these: recorded, then passed on (a dialog, caught above).
  await page.addInitScript(() => {
    const ran: string[] = [];
    (window as unknown as { __hostile: string[] }).__hostile = ran;
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      const original = window[name].bind(window) as (...args: unknown[]) => unknown;
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        ran.push(name);
        return original(...args);
      };
    }
  });
  await serveLongAddresses(page, app.url);

  const loaded = appLoaded(page);
  await page.goto(`${app.url}${suffix}`);
  expect(await loaded).toBeNull();

  // The app is up: the layer filters and the timeline are there.
  await page.getByRole('group', { name: 'Show on the map' }).waitFor();
  // The notice bar: the live region named "Notices" (other role="status" elements are not notices).
  const noticeBar = page.getByRole('status', { name: 'Notices' });
  if (notices.length > 0) {
    await noticeBar.locator('.notice').first().waitFor();
    expect(await noticeBar.isVisible()).toBe(true);
    const text = (await noticeBar.textContent()) ?? '';
    for (const notice of notices) expect(text).toContain(notice);
    // A notice quotes at most 40 characters of a value: a 100 KB value does not become a 100 KB notice.
    expect(text.length).toBeLessThan(2_000);
  } else {
    // The map's first frame comes after every notice the address can give: none by then, none at all.
    await waitForMapReady(page);
    expect(await noticeBar.locator('.notice').count()).toBe(0);
  }

  // Nothing from the address became markup or ran.
  const injected = await page.evaluate(() => ({
    elements: [...document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], #root script, iframe')].map((element) => element.outerHTML),
    ran: (window as unknown as { __hostile: string[] }).__hostile,
  }));
  expect(injected).toEqual({ elements: [], ran: [] });

  // The address bar holds only what was used, in its normal form.
  const address = new URL(page.url());
  expect(address.search).toBe(search);
  if (badHash) expect(address.hash).not.toContain(badHash);
  expect(address.pathname).toBe(new URL(app.url).pathname);

  expect(dialogs).toEqual([]);
  expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
}

describe('hostile URLs', () => {
  it.each(CASES)('$name: loads, says what it ignored, runs nothing and normalises the address', (hostileCase) => expectHandled(hostileCase));

  // Once a bug: parseShow and parseFlag looked values up in plain objects, so "constructor" and
  // "__proto__" found Object.prototype's members and ?show=constructor threw before the first render.
  it('Object.prototype names as values: loads with notices', () =>
    expectHandled({
      name: 'Object.prototype names as values',
      suffix: '?show=constructor&play=__proto__',
      search: '',
      notices: ['Ignored show "constructor"', 'Ignored play "__proto__"'],
    }));
});
