// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { timelineYear } from '../../../../src/data/ally-timeline.ts';
import { LAYER_IDS, type LayerId } from '../../../../src/data/layers.ts';
import { shapeCodesFor } from '../../../../src/data/historical-entities.ts';
import type { Locale } from '../../../../src/i18n/locale.ts';
import { yearFeatureStates } from '../../../../src/map/feature-states.ts';
import { fillColor } from '../../../../src/map/paint-expressions.ts';
import { PALETTE } from '../../../../src/map/palette.ts';
import { svgDocument, svgFile } from '../../../../src/export/svg/svg-document.ts';
import { DEFAULT_LAYERS } from '../../../../src/state/store.ts';
import { evaluatePaint } from '../../map/evaluate-expression.ts';
import { panelOf, svgInput, timeline, VERSION, world } from './svg-fixture.ts';

/** The first view of 2025 on a 1920 × 1080 slide: the Caribbean to Tuvalu, as the app fits it. */
const SLIDE = { width: 1920, height: 1080 };
const PACIFIC = { zoom: 1.9, lat: 5, lng: -150 };

function parse(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const error = doc.querySelector('parsererror');
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

function exportOf(year: number, layers: readonly LayerId[] = DEFAULT_LAYERS, locale: Locale = 'en', overrides = {}) {
  const text = svgDocument(svgInput([panelOf(year, PACIFIC, SLIDE, layers, locale)], layers, locale, overrides));
  return { text, doc: parse(text) };
}

const XLINK = 'http://www.w3.org/1999/xlink';
const byId = (doc: Document, id: string) => doc.getElementById(id);
/** The paint a layer gives a shape: the attributes of the <use> of `p0-<iso3>` in the layer's group. */
const layerUseOf = (doc: Document, layerId: string, iso3: string) =>
  [...(byId(doc, `p0-${layerId}`)?.querySelectorAll('use') ?? [])].find((use) => use.getAttributeNS(XLINK, 'href') === `#p0-${iso3}`) ?? null;
const fillOf = (doc: Document, iso3: string) => layerUseOf(doc, 'country-fill', iso3)?.getAttribute('fill');
/** All the names' text, each name's lines joined, fill and halo alike. */
const namesText = (doc: Document) => [...(byId(doc, 'p0-names')?.querySelectorAll('text') ?? [])].map((text) => text.textContent).join(' ');

const english = exportOf(2025);

describe('svgDocument(input): the file', () => {
  it('is well-formed XML, SVG 1.1 at the panel’s size, in the language of the export', () => {
    const svg = english.doc.documentElement;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect([svg.getAttribute('version'), svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['1.1', '1920', '1080']);
    expect(svg.getAttribute('xml:lang')).toBe('en');
    expect(exportOf(2025, DEFAULT_LAYERS, 'zh-TW').doc.documentElement.getAttribute('xml:lang')).toBe('zh-TW');
  });

  it('carries its title, the data’s version, its licence and source in the file', () => {
    const { doc } = english;
    expect(doc.querySelector('svg > title')?.textContent).toBe('Taiwan’s international ties, 2025');
    const metadata = doc.querySelector('metadata')?.textContent ?? '';
    expect(metadata).toContain(VERSION);
    expect(metadata).toContain('CC BY 4.0');
    expect(metadata).toContain('https://atlas.example/ties/');
    // The credit line is drawn too, as on the PNG.
    expect(english.text).toMatch(/<text[^>]*>Taiwan Ties data 2026\.12\.04 \(CC BY 4\.0\)/);
  });

  it('refers to nothing outside itself: every link is to an id in the file, no image, style sheet, script or import', () => {
    // 1971 with every layer: the hatchings' patterns are used too.
    for (const { doc, text } of [english, exportOf(1971, LAYER_IDS)]) {
      const links = [...doc.querySelectorAll('*')].flatMap((element) => [element.getAttributeNS(XLINK, 'href'), element.getAttribute('href')]).filter(Boolean);
      expect(links.length).toBeGreaterThan(100);
      for (const link of links) expect(byId(doc, link!.slice(1)), link!).not.toBeNull();
      expect(text).not.toMatch(/href="(?!#)/);
      const references = text.match(/url\([^)]*\)/g) ?? [];
      for (const reference of references) expect(byId(doc, /^url\(#([^)]+)\)$/.exec(reference)?.[1] ?? ''), reference).not.toBeNull();
      expect(text).not.toMatch(/@import|@font-face|<image|<style|<script|<foreignObject/);
    }
    expect(exportOf(1971, LAYER_IDS).text).toContain('url(#p0-pattern-lost-ally-hatch)');
  });

  it('lies on a solid background: an opaque rectangle under everything, as large as the file', () => {
    const background = english.doc.querySelector('svg > rect');
    expect([background?.getAttribute('width'), background?.getAttribute('height'), background?.getAttribute('fill')]).toEqual(['1920', '1080', '#ffffff']);
    expect(background?.hasAttribute('fill-opacity')).toBe(false);
  });
});

describe('svgDocument(input): the names', () => {
  it('names every ally of the year, and Taiwan, as text', () => {
    const names = namesText(english.doc);
    const allies = timelineYear(timeline, 2025).allies;
    expect(allies).toHaveLength(12);
    for (const code of allies) expect(names, code).toContain(timeline.names.get(code)!.en);
    expect(names).toContain('Taiwan');
  });

  it('names them in Chinese in a Chinese export', () => {
    const names = namesText(exportOf(2025, DEFAULT_LAYERS, 'zh-TW').doc);
    for (const code of timelineYear(timeline, 2025).allies) expect(names, code).toContain(timeline.names.get(code)!['zh-TW']);
    expect(names).toContain('史瓦帝尼');
  });

  it('says a country was lost in the year in words, as the map does: "(ties ended)"', () => {
    const names = namesText(exportOf(1971).doc);
    expect(names).toMatch(/\(ties ended\)/);
  });

  it('writes no names while the ally layer is hidden', () => {
    expect(namesText(exportOf(2025, ['former']).doc)).toBe('');
  });
});

describe('svgDocument(input): the colours are the map’s', () => {
  /** The colour the map's own fill expression gives a shape in a year, with that year's feature-state. */
  const mapFill = (iso3: string, year: number, layers: readonly LayerId[]) => {
    const properties = world.countries.features.find((feature) => feature.properties.iso3 === iso3)!.properties;
    const state = yearFeatureStates(svgInput([], layers, 'en').derive, year)(iso3);
    const [r, g, b] = /rgba\((\d+),(\d+),(\d+)/
      .exec(String(evaluatePaint('fill', 'fill-color', fillColor(layers), { ...properties }, state)))!
      .slice(1)
      .map(Number);
    return `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
  };

  it('fills allies, former allies, Taiwan and the rest as the map does in 2025', () => {
    const { doc } = english;
    expect(fillOf(doc, 'PRY')).toBe(PALETTE.ally); // Paraguay
    expect(fillOf(doc, 'GTM')).toBe(PALETTE.ally); // Guatemala
    expect(fillOf(doc, 'NIC')).toBe(PALETTE.formerAlly); // lost in 2021
    expect(fillOf(doc, 'TWN')).toBe(PALETTE.home);
    expect(fillOf(doc, 'PRK')).toBe(PALETTE.land); // never an ally
    for (const iso3 of ['PRY', 'GTM', 'NIC', 'TWN', 'PRK', 'USA', 'AUS']) expect(fillOf(doc, iso3), iso3).toBe(mapFill(iso3, 2025, DEFAULT_LAYERS));
  });

  it('draws the small countries as the map’s markers, in their fill colour: Eswatini, Tuvalu', () => {
    const marker = (iso3: string) => byId(english.doc, `p0-small-country-markers-${iso3}`);
    expect(marker('SWZ')?.getAttribute('fill')).toBe(PALETTE.ally);
    expect(marker('TUV')?.getAttribute('fill')).toBe(PALETTE.ally);
    expect(marker('TWN')?.getAttribute('fill')).toBe(PALETTE.home);
  });

  it('fills a lost ally with the lost colour under the lost hatching, outlined, in 1971', () => {
    const { doc } = exportOf(1971);
    const lost = timelineYear(timeline, 1971).lost.map((code) => shapeCodesFor(code)[0]);
    const shape = lost.find((iso3) => fillOf(doc, iso3));
    expect(shape).toBeDefined();
    expect(fillOf(doc, shape!)).toBe(PALETTE.allyLost);
    expect(layerUseOf(doc, 'lost-ally-hatch', shape!)?.getAttribute('fill')).toBe('url(#p0-pattern-lost-ally-hatch)');
    expect(layerUseOf(doc, 'ally-change-outline', shape!)?.getAttribute('stroke')).toBe(PALETTE.changeOutline);
    expect(layerUseOf(doc, 'lost-ally-hatch', 'PRY')).toBeNull();
  });

  it('with every layer: a partner’s colour, the visa hatching over an ally, the New Southbound outline, the selection', () => {
    // 2026: the visa rules (as of 2026) are drawn.
    const { doc } = exportOf(2026, LAYER_IDS, 'en', { selected: 'AUS' });
    expect(fillOf(doc, 'AUS')).toBe(PALETTE.partnerLikeMinded);
    expect(fillOf(doc, 'PRK')).toBe(PALETTE.beijing);
    expect(layerUseOf(doc, 'visa-hatch', 'PRY')?.getAttribute('fill')).toBe('url(#p0-pattern-visa-hatch)');
    expect(layerUseOf(doc, 'nsp-outline', 'AUS')?.getAttribute('stroke')).toBe(PALETTE.nspOutline);
    expect(layerUseOf(doc, 'country-selection', 'AUS')?.getAttribute('stroke')).toBe(PALETTE.selectedOutline);
    expect(byId(doc, 'p0-country-hover')).toBeNull();
    for (const iso3 of ['AUS', 'PRK', 'CHN', 'PRY', 'JPN', 'IND', 'BRA']) expect(fillOf(doc, iso3), iso3).toBe(mapFill(iso3, 2026, LAYER_IDS));
  });
});

describe('svgDocument(input): where things are', () => {
  /** Web Mercator by hand: where MapLibre puts a point for the camera (512 px tiles). */
  const mapPixel = ([lng, lat]: [number, number]) => {
    const worldWidth = 512 * 2 ** PACIFIC.zoom;
    const y = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360)) / (2 * Math.PI);
    const dx = ((((lng - PACIFIC.lng + 180) % 360) + 360) % 360) - 180;
    return [SLIDE.width / 2 + (dx / 360) * worldWidth, SLIDE.height / 2 - (y(lat) - y(PACIFIC.lat)) * worldWidth];
  };

  it('puts a marker where the live map puts its point, across the antimeridian too', () => {
    for (const iso3 of ['TWN', 'TUV', 'SWZ']) {
      const marker = byId(english.doc, `p0-small-country-markers-${iso3}`)!;
      const [x, y] = mapPixel(world.centerByIso3.get(iso3)!);
      expect(Number(marker.getAttribute('cx')), iso3).toBeCloseTo(x, 0);
      expect(Number(marker.getAttribute('cy')), iso3).toBeCloseTo(y, 0);
    }
  });

  it('repeats the world side by side when it is narrower than the map, as MapLibre’s copies do', () => {
    const wide = parse(svgDocument(svgInput([panelOf(2025, { zoom: 2, lat: 0, lng: 0 }, SLIDE, DEFAULT_LAYERS, 'en')], DEFAULT_LAYERS, 'en')));
    expect(wide.querySelectorAll('use[transform]')).toHaveLength(0);
    const small = parse(svgDocument(svgInput([panelOf(2025, { zoom: -0.5, lat: 0, lng: 0 }, SLIDE, DEFAULT_LAYERS, 'en')], DEFAULT_LAYERS, 'en')));
    // 362 px worlds across 1920 px: the centred one and three copies each side (the third just reaches in).
    expect([...small.querySelectorAll('use[transform]')].map((use) => use.getAttribute('transform'))).toEqual(
      [-1, 1, -2, 2, -3, 3].map((copy) => `translate(${Math.round(copy * 512 * 2 ** -0.5 * 100) / 100} 0)`),
    );
  });
});

describe('svgDocument(input) with two panels: the compare view', () => {
  const size = { width: 960, height: 1080 };
  const camera = { zoom: 1, lat: 10, lng: 20 };
  const { text, width, height } = svgFile(
    svgInput([panelOf(1971, camera, size, DEFAULT_LAYERS, 'en'), panelOf(2025, camera, size, DEFAULT_LAYERS, 'en')], DEFAULT_LAYERS, 'en'),
  );
  const doc = parse(text);

  it('puts the maps side by side under one title, "1971 vs. 2025", with one credit line', () => {
    expect(doc.querySelector('svg > title')?.textContent).toBe('Taiwan’s international ties, 1971 vs. 2025');
    expect([...doc.querySelectorAll('svg > text')].map((title) => title.textContent)).toEqual(['Taiwan’s international ties, 1971 vs. 2025']);
    const panels = [byId(doc, 'p0-panel'), byId(doc, 'p1-panel')];
    expect(panels.map((panel) => [panel?.getAttribute('x'), panel?.getAttribute('width')])).toEqual([
      ['0', '960'],
      ['964', '960'],
    ]);
    expect(width).toBe(1924);
    expect(height).toBeGreaterThan(1080);
    expect(text.match(/<text[^>]*>Taiwan Ties data /g)).toHaveLength(1);
  });

  it('draws each year in its own panel: its allies named, its colours', () => {
    const namesIn = (panel: string) => [...(byId(doc, `${panel}-names`)?.querySelectorAll('text') ?? [])].map((name) => name.textContent).join(' ');
    expect(namesIn('p0')).toContain('(ties ended)');
    expect(namesIn('p1')).not.toContain('(ties ended)');
    for (const code of timelineYear(timeline, 2025).allies) expect(namesIn('p1'), code).toContain(timeline.names.get(code)!.en);
    const fill = (panel: string, iso3: string) =>
      [...(byId(doc, `${panel}-country-fill`)?.querySelectorAll('use') ?? [])]
        .find((use) => use.getAttributeNS(XLINK, 'href') === `#${panel}-${iso3}`)
        ?.getAttribute('fill');
    expect([fill('p0', 'USA'), fill('p1', 'USA')]).toEqual([PALETTE.ally, PALETTE.formerAlly]);
    expect(new Set([...doc.querySelectorAll('[id]')].map((element) => element.id)).size).toBe(doc.querySelectorAll('[id]').length);
  });

  it('says it in Chinese: 「臺灣的國際關係：1971年對比2025年」', () => {
    const chinese = svgDocument(
      svgInput([panelOf(1971, camera, size, DEFAULT_LAYERS, 'zh-TW'), panelOf(2025, camera, size, DEFAULT_LAYERS, 'zh-TW')], DEFAULT_LAYERS, 'zh-TW'),
    );
    expect(parse(chinese).querySelector('svg > title')?.textContent).toBe('臺灣的國際關係：1971年對比2025年');
  });
});

describe('svgDocument(input) on a globe', () => {
  const { doc } = exportOf(2025, DEFAULT_LAYERS, 'en', {
    projection: 'globe',
    panels: [panelOf(2025, { zoom: 1.3, lat: 15, lng: -100 }, SLIDE, DEFAULT_LAYERS, 'en')],
  });

  it('draws the side of the world facing the camera, with the names on it and none from the far side', () => {
    const names = namesText(doc);
    expect(names).toContain('Paraguay');
    expect(names).not.toContain('Taiwan');
    expect(names).not.toContain('Palau');
    expect(byId(doc, 'p0-small-country-markers-TWN')).toBeNull();
    expect(doc.querySelectorAll('use[transform]')).toHaveLength(0);
  });
});
