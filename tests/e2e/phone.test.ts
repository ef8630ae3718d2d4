import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium, mapCentre, showInApp } from './app-session.ts';
import { waitForMapReady, type Device } from './chromium.ts';

/**
 * The full app on phones (issue 19): nothing scrolls sideways, the header's controls are behind a
 * Menu button, the details are a bottom sheet, every control is big enough for a finger, and the
 * timeline works by touch. At 390 × 844 (a current phone) and 320 × 568 (the narrowest in use),
 * both touch screens at twice the pixel density.
 */
const app = appInChromium();

const TOUCH_PHONE: Device = { isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const PHONES = [
  { name: '390 × 844', viewport: { width: 390, height: 844 } },
  { name: '320 × 568', viewport: { width: 320, height: 568 } },
];
const LANGS = ['en', 'zh-TW'] as const;

/** The smallest touch target, in CSS px (WCAG 2.5.5, AAA; Apple's and Google's guidelines). */
const MIN_TARGET_PX = 44;

/**
 * Inline text links, which keep the height of their line (WCAG 2.5.5's inline exception): a link
 * in running text (sources, the map's credits, the World Bank credit) and a country's name at the
 * start of a year's event. Everything else that takes a tap or a key is checked.
 */
const INLINE_TEXT = ['a', '.year-event > .link-button'];

/** Paraguay, centred at a zoom where it is nearly 200 px wide: a tap on the map’s centre lands in it. */
const PARAGUAY_CAMERA = '#5/-23.3/-58.3';

/** Brazil at a zoom where it fills the map: a tap anywhere on the map would pick it. */
const BRAZIL_CAMERA = '#4/-12/-52';

type Phone = (typeof PHONES)[number];

async function openPhone(phone: Phone, address = '') {
  const session = await app.open(phone.viewport, TOUCH_PHONE);
  await session.page.goto(`${app.url}${address}`);
  await waitForMapReady(session.page);
  return session;
}

/** How many CSS px the page scrolls sideways: its content's width beyond the window's. */
const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Every control on the page that a finger could aim at (buttons, links, fields, summaries, the
 * slider, anything in the tab order), shown and smaller than `min` either way, as
 * "what: width × height". A checkbox is measured by its label, the row a tap toggles. Controls
 * that are not rendered (a closed menu's items), off the page above (the skip link until it is
 * focused) or that a tap goes through (pointer-events: none, the chart's marks) are not aimed at.
 */
function smallTargets(page: Page, min = MIN_TARGET_PX): Promise<string[]> {
  return page.evaluate(
    ({ min, inlineText }) => {
      const controls = document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])');
      const small: string[] = [];
      for (const control of controls) {
        if (!control.checkVisibility({ visibilityProperty: true })) continue;
        // Not a target for a finger: a tap goes through it (the chart's marks, to the chart).
        if (getComputedStyle(control).pointerEvents === 'none') continue;
        if (inlineText.some((selector) => control.matches(selector)) && getComputedStyle(control).display.startsWith('inline')) continue;
        const target = control.matches('input[type="checkbox"], input[type="radio"]') ? (control.closest('label') ?? control) : control;
        const box = target.getBoundingClientRect();
        if (box.bottom + window.scrollY <= 0) continue;
        if (box.width >= min && box.height >= min) continue;
        const name = control.getAttribute('aria-label') ?? control.textContent?.trim().slice(0, 30) ?? '';
        const classes = control.className && typeof control.className === 'string' ? `.${control.className.trim().split(/\s+/).join('.')}` : '';
        small.push(`${control.tagName.toLowerCase()}${classes} "${name}": ${Math.round(box.width)} × ${Math.round(box.height)}`);
      }
      return small;
    },
    { min, inlineText: INLINE_TEXT },
  );
}

/** Controls that stick out of the window sideways, where no one can reach them without a sideways scroll. */
function controlsOffScreen(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, summary')]
      .filter((control) => control.checkVisibility({ visibilityProperty: true }))
      .filter((control) => {
        const box = control.getBoundingClientRect();
        return box.width > 0 && (box.left < -1 || box.right > document.documentElement.clientWidth + 1);
      })
      .map((control) => `${control.tagName.toLowerCase()} "${control.getAttribute('aria-label') ?? control.textContent?.trim().slice(0, 30)}"`),
  );
}

const menuButton = (page: Page) => page.locator('.menu-button');
const panel = (page: Page) => page.getByTestId('country-panel');

/** Which element has the focus, by its class. */
const focusedClass = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '');

/** A finger's drag, from one point to another in steps (Playwright's touchscreen only taps). */
async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 8) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let step = 1; step <= steps; step++) {
    const point = { x: from.x + ((to.x - from.x) * step) / steps, y: from.y + ((to.y - from.y) * step) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

async function centreOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe.each(PHONES)('the app on a $name touch phone', (phone) => {
  it('never scrolls sideways, in English and in Chinese, with the menu open and with the details open or expanded', async () => {
    const { page, problems, close } = await openPhone(phone);
    const found: Record<string, number> = {};
    for (const lang of LANGS) {
      await showInApp(page, `?lang=${lang}`);
      await page.evaluate(() => document.fonts.ready);
      found[`${lang} map`] = await sidewaysScroll(page);
      await menuButton(page).tap();
      found[`${lang} menu open`] = await sidewaysScroll(page);
      expect(await controlsOffScreen(page), `${lang}: controls off screen with the menu open`).toEqual([]);
      await page.keyboard.press('Escape');
      await showInApp(page, `?lang=${lang}&country=PRY`);
      await panel(page).waitFor();
      found[`${lang} details`] = await sidewaysScroll(page);
      await page.locator('.sheet-expand').tap();
      found[`${lang} details expanded`] = await sidewaysScroll(page);
      expect(await controlsOffScreen(page), `${lang}: controls off screen with the details expanded`).toEqual([]);
      await showInApp(page, `?lang=${lang}&view=table`);
      await page.getByRole('table').waitFor();
      found[`${lang} table`] = await sidewaysScroll(page);
      await showInApp(page, `?lang=${lang}&view=method`);
      await page.getByTestId('method-view').waitFor();
      found[`${lang} method`] = await sidewaysScroll(page);
    }
    await close();
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((key) => [key, 0])));
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('shows the name and a Menu button in the header; the menu holds every header control, each in view and working', async () => {
    const { page, problems, close } = await openPhone(phone, `?lang=en${BRAZIL_CAMERA}`);
    const header = page.locator('.app-header');
    const shareButton = page.getByRole('button', { name: 'Share and export' });
    expect(await header.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await menuButton(page).getAttribute('aria-expanded')).toBe('false');
    expect(await shareButton.isVisible()).toBe(false);
    // The header is one line: the name beside the button, not a stack of controls over the map.
    expect((await header.boundingBox())!.height).toBeLessThan(80);

    await menuButton(page).tap();
    expect(await menuButton(page).getAttribute('aria-expanded')).toBe('true');
    const controls = page.locator(`#${await menuButton(page).getAttribute('aria-controls')}`);
    const items = ['Share and export', 'Keyboard shortcuts', 'Map', 'Table', 'Method and sources', 'English', '中文'];
    for (const name of items) {
      const item = controls.getByRole('button', { name, exact: true });
      expect(await item.isVisible(), name).toBe(true);
      const box = (await item.boundingBox())!;
      expect(box.x >= 0 && box.x + box.width <= phone.viewport.width && box.y + box.height <= phone.viewport.height, `${name} in view`).toBe(true);
    }

    // Escape closes it, with focus back on the Menu button (after Tab took it into the menu).
    await page.keyboard.press('Tab');
    expect(await focusedClass(page)).not.toContain('menu-button');
    await page.keyboard.press('Escape');
    expect(await menuButton(page).getAttribute('aria-expanded')).toBe('false');
    expect(await focusedClass(page)).toContain('menu-button');

    // A tap just below it (on the map, which Brazil fills, or at 320 px on the timeline's year
    // field) only closes it: it picks no country and takes no focus from the Menu button.
    await menuButton(page).tap();
    const menuBox = (await controls.boundingBox())!;
    await page.touchscreen.tap(phone.viewport.width / 2, menuBox.y + menuBox.height + 10);
    expect(await menuButton(page).getAttribute('aria-expanded')).toBe('false');
    expect(new URL(page.url()).searchParams.get('country')).toBeNull();
    expect(await focusedClass(page)).toContain('menu-button');

    // The view switch works from the menu, which closes to show the table.
    await menuButton(page).tap();
    await controls.getByRole('button', { name: 'Table', exact: true }).tap();
    await page.getByRole('table').waitFor();
    expect(await menuButton(page).getAttribute('aria-expanded')).toBe('false');
    await menuButton(page).tap();
    await controls.getByRole('button', { name: 'Map', exact: true }).tap();

    // A dialog opened from the menu gives focus back to the Menu button, its item being hidden.
    await menuButton(page).tap();
    await shareButton.tap();
    await page.getByRole('dialog', { name: 'Share and export' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await focusedClass(page)).toContain('menu-button');

    // And the language switch: the page turns Chinese, the menu closes, focus stays on its button.
    await menuButton(page).tap();
    await controls.getByRole('button', { name: '中文' }).tap();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-TW');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh-TW');
    expect(await menuButton(page).textContent()).toBe('選單');
    expect(await menuButton(page).getAttribute('aria-expanded')).toBe('false');
    expect(await focusedClass(page)).toContain('menu-button');
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('makes every control at least 44 × 44 CSS px: menu, timeline, filters, details, events, table and dialog', async () => {
    const { page, problems, close } = await openPhone(phone, '?lang=en&year=1971');
    const small: Record<string, string[]> = {};
    await menuButton(page).tap();
    // The map, the timeline (with 1971's events and their dossiers), the filters and the open menu.
    small['map, menu and 1971'] = await smallTargets(page);
    await page.keyboard.press('Escape');
    await showInApp(page, '?lang=en&year=1971&country=NRU');
    await panel(page).waitFor();
    small['details (Nauru)'] = await smallTargets(page);
    await showInApp(page, '?lang=en&view=table');
    await page.getByRole('table').waitFor();
    small['table'] = await smallTargets(page);
    await showInApp(page, '?lang=en');
    await menuButton(page).tap();
    await page.getByRole('button', { name: 'Share and export' }).tap();
    await page.getByRole('dialog').waitFor();
    small['share dialog'] = await smallTargets(page);
    await close();
    expect(small).toEqual({ 'map, menu and 1971': [], 'details (Nauru)': [], table: [], 'share dialog': [] });
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('opens a country tapped on the map as a bottom sheet under the map, which expands to the window and closes', async () => {
    const { page, problems, close } = await openPhone(phone, `?lang=en${PARAGUAY_CAMERA}`);
    const centre = await mapCentre(page);
    await page.touchscreen.tap(centre.x, centre.y);
    await panel(page).waitFor({ timeout: 5_000 });
    expect(await panel(page).getByRole('heading', { level: 2 }).textContent()).toBe('Paraguay');
    expect(new URL(page.url()).searchParams.get('country')).toBe('PRY');

    // A sheet: along the map's bottom edge and across the window, with the map's upper part above it.
    const mapBox = (await page.locator('.map-area').boundingBox())!;
    const sheet = (await panel(page).boundingBox())!;
    expect(sheet.x).toBe(0);
    expect(sheet.width).toBe(phone.viewport.width);
    expect(sheet.y + sheet.height).toBeCloseTo(mapBox.y + mapBox.height, 0);
    expect(sheet.y - mapBox.y).toBeGreaterThan(mapBox.height * 0.4);
    // The timeline's buttons are not under it: Play is what a tap on it reaches.
    const playCentre = await centreOf(page, '.play-button');
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.play-button') !== null, playCentre)).toBe(true);
    // It scrolls inside, its name and buttons staying at its top.
    const scrolled = await panel(page).evaluate((element) => {
      element.scrollTop = 200;
      return { scrollTop: element.scrollTop, headerTop: element.querySelector('header')!.getBoundingClientRect().top - element.getBoundingClientRect().top };
    });
    expect(scrolled.scrollTop).toBe(200);
    expect(Math.abs(scrolled.headerTop)).toBeLessThan(2);

    // Expanded, it takes (nearly) the whole window; pressed again, it is a sheet again.
    const expand = page.getByRole('button', { name: 'Expand details' });
    await expand.tap();
    expect(await expand.getAttribute('aria-expanded')).toBe('true');
    const expanded = (await panel(page).boundingBox())!;
    expect(expanded.height).toBeGreaterThan(phone.viewport.height * 0.85);
    expect(expanded.y).toBeGreaterThanOrEqual(0);
    expect(expanded.y + expanded.height).toBeLessThanOrEqual(phone.viewport.height + 1);
    await expand.tap();
    expect(await expand.getAttribute('aria-expanded')).toBe('false');
    expect((await panel(page).boundingBox())!.height).toBeCloseTo(sheet.height, 0);

    await page.getByRole('button', { name: 'Close details' }).tap();
    await panel(page).waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('country')).toBeNull();
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });

  it('plays and steps the timeline by taps, and moves the year by a finger dragged along the slider', async () => {
    const { page, problems, close } = await openPhone(phone, '?lang=en&year=1971');
    const year = () => page.locator('#year-input').inputValue();
    await page.getByRole('button', { name: 'Next year' }).tap();
    expect(await year()).toBe('1972');
    await page.getByRole('button', { name: 'Previous year' }).tap();
    expect(await year()).toBe('1971');
    await page.getByRole('button', { name: 'Play' }).tap();
    await page.getByRole('button', { name: 'Pause' }).tap();
    await page.getByRole('button', { name: 'Play' }).waitFor();

    // The slider stays put on the page while the year changes under the finger (no text above it
    // grows or shrinks), so it is measured again before each drag only to prove that.
    await page.getByRole('slider').scrollIntoViewIfNeeded();
    const slider = async () => {
      const box = (await page.getByRole('slider').boundingBox())!;
      const scrollY = await page.evaluate(() => window.scrollY);
      return { left: box.x + 2, middle: box.x + box.width / 2, right: box.x + box.width - 2, y: box.y + box.height / 2, pageY: box.y + scrollY };
    };
    const before = await slider();
    await touchDrag(page, { x: before.middle, y: before.y }, { x: before.left, y: before.y });
    expect(await year()).toBe(await page.getByRole('slider').getAttribute('aria-valuemin'));
    const after = await slider();
    expect(after.pageY).toBe(before.pageY);
    await touchDrag(page, { x: after.left, y: after.y }, { x: after.right, y: after.y });
    expect(await year()).toBe(await page.getByRole('slider').getAttribute('aria-valuemax'));
    expect((await slider()).pageY).toBe(before.pageY);
    await close();
    expect(problems).toEqual({ console: [], pageErrors: [], externalRequests: [] });
  });
});

describe('the timeline on a 390 × 844 phone', () => {
  it('has its buttons, chart and slider in the first screen, under the thumb, without scrolling', async () => {
    const { page, close } = await openPhone(PHONES[0], '?lang=en');
    const parts = {
      play: page.getByRole('button', { name: 'Play' }),
      'previous year': page.getByRole('button', { name: 'Previous year' }),
      'next year': page.getByRole('button', { name: 'Next year' }),
      chart: page.getByTestId('ally-chart'),
      slider: page.getByRole('slider'),
    };
    for (const [name, part] of Object.entries(parts)) {
      const box = (await part.boundingBox())!;
      expect(box.y + box.height, name).toBeLessThanOrEqual(PHONES[0].viewport.height);
      expect(box.y, name).toBeGreaterThan(PHONES[0].viewport.height / 2);
    }
    await close();
  });
});

describe.each(LANGS)('accessibility on a 390 × 844 phone in %s (axe, WCAG 2.1 AA)', (lang) => {
  it.each([
    { name: 'with the menu open', address: '', open: (page: Page) => menuButton(page).tap() },
    { name: 'with the details as a sheet', address: '&country=TUV', open: (page: Page) => panel(page).waitFor() },
  ])('has no serious or critical violations $name', async ({ address, open }) => {
    const { page, close } = await openPhone(PHONES[0], `?lang=${lang}${address}`);
    await open(page);
    await page.evaluate(() => document.fonts.ready);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    await close();
    expect(blocking.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
