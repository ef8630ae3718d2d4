import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/map/palette.ts';
import { appInChromium } from './app-session.ts';
import { waitForMapReady } from './chromium.ts';
import { decodePng, dominantColour, isNear, rgbToHex, screenshotArea, squareOf, type DecodedPng } from './png.ts';

const app = appInChromium();
const NO_PROBLEMS = { console: [], pageErrors: [], externalRequests: [] };

/** Today's twelve allies, by the names the English map writes. */
const ALLIES_EN = [
  'Belize',
  'Guatemala',
  'Haiti',
  'Paraguay',
  'Saint Kitts and Nevis',
  'Saint Lucia',
  'Saint Vincent and the Grenadines',
  'Eswatini',
  'Holy See',
  'Marshall Islands',
  'Palau',
  'Tuvalu',
];

/** Opens the app, downloads its SVG from the Share dialog at a size, and closes the dialog again. */
async function downloadSvg(page: Page, query: string, names: { share: string; size: string; download: string }, sizeLabel?: string) {
  await page.goto(`${app.url}${query}`);
  await waitForMapReady(page);
  await page.getByRole('button', { name: names.share }).click();
  const dialog = page.getByRole('dialog', { name: names.share });
  if (sizeLabel) await dialog.getByLabel(names.size, { exact: true }).first().selectOption({ label: sizeLabel });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: names.download }).click()]);
  const text = readFileSync(await download.path(), 'utf8');
  await expect.poll(() => dialog.getByTestId('image-export-status').textContent()).toMatch(/\.svg/);
  const status = await dialog.getByTestId('image-export-status').textContent();
  await page.keyboard.press('Escape');
  return { text, name: download.suggestedFilename(), status };
}

const ENGLISH = { share: 'Share and export', size: 'Size', download: 'Download SVG' };

/** What the browser reads in the file as XML: whether it parses, its links, its texts and its root's attributes. */
function readSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const all = [...doc.querySelectorAll('*')];
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: ['version', 'width', 'height', 'xml:lang'].map((name) => doc.documentElement.getAttribute(name)),
      links: all.flatMap((element) => [element.getAttribute('xlink:href'), element.getAttribute('href')]).filter((link): link is string => link !== null),
      texts: [...doc.querySelectorAll('text')].map((element) => element.textContent ?? ''),
      title: doc.querySelector('title')?.textContent ?? '',
    };
  }, text);
}

/** The file rendered by librsvg, the standalone renderer Wikimedia Commons uses. */
function renderWithRsvg(text: string): DecodedPng {
  const folder = mkdtempSync(join(tmpdir(), 'svg-export-'));
  try {
    writeFileSync(join(folder, 'map.svg'), text);
    execFileSync('rsvg-convert', ['--output', join(folder, 'map.png'), join(folder, 'map.svg')], { stdio: ['ignore', 'ignore', 'pipe'] });
    return decodePng(readFileSync(join(folder, 'map.png')));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The file rendered by Chromium as an image (an <img>, as a page or a slide embeds it), on a blank page of the file's size. */
async function renderInChromium(page: Page, text: string, width: number, height: number): Promise<DecodedPng> {
  await page.setViewportSize({ width, height });
  await page.setContent(`<body style="margin:0"><img alt="" src="data:image/svg+xml;base64,${Buffer.from(text).toString('base64')}"></body>`);
  await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());
  return screenshotArea(page, { x: 0, y: 0, width, height });
}

/**
 * A point inside a country's fill where nothing else of the file is drawn within 3 px (no name,
 * line or marker), found by the browser in the file's own geometry; for a marker, its centre.
 */
function samplePoints(page: Page, text: string, targets: readonly { iso3: string; marker: boolean }[]) {
  return page.evaluate(
    ({ source, targets }) => {
      document.body.innerHTML = source.replace(/^<\?xml[^>]*>/, '');
      const svg = document.querySelector('svg')!;
      Object.assign(svg.style, { position: 'absolute', left: '0', top: '0' });
      const fills = [...document.querySelectorAll('#p0-country-fill use')];
      // A text's halo and glyphs differ a little between renderers: points keep 6 px from every text.
      const texts = [...document.querySelectorAll('text')].map((element) => element.getBoundingClientRect());
      const nearText = (x: number, y: number) => texts.some((box) => x > box.left - 6 && x < box.right + 6 && y > box.top - 6 && y < box.bottom + 6);
      return targets.map(({ iso3, marker }) => {
        if (marker) {
          const circle = document.getElementById(`p0-small-country-markers-${iso3}`)!;
          const [x, y] = ['cx', 'cy'].map((name) => Number(circle.getAttribute(name)));
          return { iso3, x, y, clear: document.elementFromPoint(x, y) === circle && !nearText(x, y) };
        }
        const use = fills.find((element) => element.getAttribute('xlink:href') === `#p0-${iso3}`) as SVGUseElement;
        const box = use.getBBox();
        const clearAt = (x: number, y: number) =>
          [
            [0, 0],
            [3, 0],
            [-3, 0],
            [0, 3],
            [0, -3],
          ].every(([dx, dy]) => document.elementFromPoint(x + dx, y + dy) === use) && !nearText(x, y);
        const candidates: [number, number][] = [];
        for (let x = Math.ceil(box.x); x < box.x + box.width; x += 2) for (let y = Math.ceil(box.y); y < box.y + box.height; y += 2) candidates.push([x, y]);
        const middle = [box.x + box.width / 2, box.y + box.height / 2];
        candidates.sort((a, b) => Math.hypot(a[0] - middle[0], a[1] - middle[1]) - Math.hypot(b[0] - middle[0], b[1] - middle[1]));
        const found = candidates.find(([x, y]) => clearAt(x, y));
        return { iso3, x: found?.[0] ?? Number.NaN, y: found?.[1] ?? Number.NaN, clear: Boolean(found) };
      });
    },
    { source: text, targets },
  );
}

describe('SVG export', () => {
  it('downloads the view as an SVG that Chromium and librsvg render with the live map’s colours at the live map’s points', async () => {
    // A large screen: Guatemala is a few pixels wide at world zoom on a laptop's.
    const { page, problems, close } = await app.open({ width: 1600, height: 1000 });
    const { text, name, status } = await downloadSvg(page, '', ENGLISH);
    expect(name).toMatch(/^taiwan-ties-\d{4}\.svg$/);
    const map = (await page.locator('[data-testid="map"]').boundingBox())!;
    expect(status).toContain(`${Math.round(map.width)} × ${Math.round(map.height)}`);

    const file = await readSvg(page, text);
    expect(file.error).toBeNull();
    expect(file.root).toEqual(['1.1', String(Math.round(map.width)), String(Math.round(map.height)), 'en']);
    expect(file.links.length).toBeGreaterThan(50);
    expect(file.links.every((link) => link.startsWith('#'))).toBe(true);
    expect(text).not.toMatch(/href="http|url\(http|@import/);
    const names = file.texts.join(' ');
    for (const ally of ALLIES_EN) expect(names, ally).toContain(ally);

    // The live map as it is, without its names (the file places its own, clear of its title and legend).
    await page.locator('canvas.map-labels').evaluate((canvas: HTMLCanvasElement) => (canvas.style.visibility = 'hidden'));
    const live = await screenshotArea(page, map);
    const targets = [
      { iso3: 'PRY', marker: false, colour: PALETTE.ally },
      { iso3: 'GTM', marker: false, colour: PALETTE.ally },
      { iso3: 'SWZ', marker: true, colour: PALETTE.ally },
      { iso3: 'TWN', marker: true, colour: PALETTE.home },
      { iso3: 'USA', marker: false, colour: PALETTE.formerAlly },
      { iso3: 'BRA', marker: false, colour: PALETTE.formerAlly },
      { iso3: 'CHN', marker: false, colour: PALETTE.land },
    ];
    // A blank page beside the app's (whose Content-Security-Policy would refuse the inline styles).
    const blank = await page.context().newPage();
    const chromium = await renderInChromium(blank, text, live.width, live.height);
    const rsvg = renderWithRsvg(text);
    expect([rsvg.width, rsvg.height]).toEqual([live.width, live.height]);
    const points = await samplePoints(blank, text, targets);
    for (const [index, { iso3, x, y, clear }] of points.entries()) {
      expect(clear, `${iso3}: a point with nothing over it`).toBe(true);
      const colours = [chromium, rsvg, live].map((image) => dominantColour(squareOf(image, Math.round(x), Math.round(y), 3)));
      expect(
        colours.every((colour) => isNear(colour, targets[index].colour)),
        `${iso3} at ${x},${y}: Chromium, librsvg, live map = ${colours.map(rgbToHex).join(', ')}; expected ${targets[index].colour}`,
      ).toBe(true);
    }
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });

  it('writes a Chinese 1920 × 1080 file with the allies’ Chinese names, which librsvg renders', async () => {
    const { page, problems, close } = await app.open({ width: 1280, height: 800 });
    const chinese = { share: '分享與匯出', size: '尺寸', download: '下載 SVG' };
    const { text, status } = await downloadSvg(page, '?lang=zh-TW&year=1971', chinese, '1920 × 1080（簡報，16:9）');
    expect(status).toMatch(/^已儲存 taiwan-ties-1971\.svg：1920 × 1080/);
    const file = await readSvg(page, text);
    expect(file.error).toBeNull();
    expect(file.root).toEqual(['1.1', '1920', '1080', 'zh-TW']);
    expect(file.title).toBe('1971年臺灣的國際關係');
    const names = file.texts.join(' ');
    for (const name of ['臺灣', '史瓦帝尼', '巴拉圭', '（邦交終止）']) expect(names, name).toContain(name);
    const rsvg = renderWithRsvg(text);
    expect([rsvg.width, rsvg.height]).toEqual([1920, 1080]);
    // The title card is drawn: white top left, and the ally blue somewhere on the map.
    expect(isNear(dominantColour(squareOf(rsvg, 40, 40, 8)), '#ffffff', 12)).toBe(true);
    expect(rsvg.pixels.some((rgb) => isNear(rgb, PALETTE.ally, 4))).toBe(true);
    expect(problems).toEqual(NO_PROBLEMS);
    await close();
  });
});
