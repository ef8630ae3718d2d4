import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS, type LayerId } from '../../../src/data/layers.ts';
import { hatchImage, LOST_HATCH_IMAGE_ID, lostHatchImage } from '../../../src/map/hatch-patterns.ts';
import {
  changeOutlineWidth,
  fillColor,
  hatchOpacity,
  lostHatchOpacity,
  lostMarkRadius,
  markerStrokeColor,
  nspWidth,
} from '../../../src/map/paint-expressions.ts';
import { PALETTE } from '../../../src/map/palette.ts';
import { buildStyle, highlightFilter, layerPaintUpdates, SOURCE_IDS, STYLE_LAYER_IDS, styleLayerSpec } from '../../../src/map/style-builders.ts';
import { DEFAULT_LAYERS } from '../../../src/state/store.ts';
import { COUNTRIES_TILE_BUFFER_PX, COUNTRY_TILES } from '../../../src/map/country-tiles.ts';
import { evaluatePaint, rgba } from './evaluate-expression.ts';

const australia = { iso3: 'AUS', partner: 'like-minded', visa: 'visa-online', nsp: 1, home: 0, relations: 1 };
const paraguay = { iso3: 'PRY', partner: '', visa: 'visa-free', nsp: 0, home: 0, relations: 1 };
const brazil = { iso3: 'BRA', partner: 'other', visa: '', nsp: 0, home: 0, relations: 1 };
const taiwan = { iso3: 'TWN', partner: '', visa: '', nsp: 0, home: 1, relations: 0 };
const noData = { type: 'FeatureCollection', features: [] } as GeoJSON.FeatureCollection;
const TILES_URL = 'https://atlas.example/geo/tiles/{z}/{x}/{y}.pbf';
const data = { markers: noData, tilesUrl: TILES_URL };
/** Every choice of layers a user can make: all 2^7 subsets of LAYER_IDS. */
const EVERY_CHOICE: LayerId[][] = Array.from({ length: 2 ** LAYER_IDS.length }, (_, mask) => LAYER_IDS.filter((_, bit) => mask & (1 << bit)));
const fill = (layers: Parameters<typeof fillColor>[0], properties: object, state = {}) =>
  evaluatePaint('fill', 'fill-color', fillColor(layers), properties as Record<string, unknown>, state);

describe('buildStyle(layers, data)', () => {
  it('is a valid MapLibre style with no layer, every layer, each layer alone and each left out', () => {
    const choices = [[], [...LAYER_IDS], ...LAYER_IDS.map((id) => [id]), ...LAYER_IDS.map((id) => LAYER_IDS.filter((other) => other !== id))];
    for (const layers of choices) expect(validateStyleMin(buildStyle(layers, data)), `[${layers}]`).toEqual([]);
  });

  it('builds the default layers’ style exactly as the snapshot has it (MapLibre shares GPU programs and buckets on exact property combinations)', async () => {
    const nauru: GeoJSON.Feature = {
      type: 'Feature',
      id: 0,
      properties: { iso3: 'NRU', home: 0, relations: 1 },
      geometry: { type: 'Point', coordinates: [166.93, -0.53] },
    };
    const fixture = { markers: { type: 'FeatureCollection', features: [nauru] } as GeoJSON.FeatureCollection, tilesUrl: TILES_URL };
    await expect(`${JSON.stringify(buildStyle(DEFAULT_LAYERS, fixture), null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/default-style.json');
  });

  it('names no server but the app’s own: no glyphs or sprite, and no URL but the shapes’ tiles it is given, so the app works offline', () => {
    const style = buildStyle([...LAYER_IDS], data);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const tiled = Object.values(style.sources).filter((source) => 'tiles' in source);
    expect(tiled.map((source) => ('tiles' in source ? source.tiles : []))).toEqual([[TILES_URL], [TILES_URL]]);
    expect(JSON.stringify(style).replaceAll(TILES_URL, '')).not.toMatch(/https?:|mapbox:|\{z\}/);
  });

  it('reads the shapes from the tiles’ layer, with the tiles’ deepest zoom, on every layer of the countries and the highlight', () => {
    const style = buildStyle([...LAYER_IDS], data);
    expect(style.sources[SOURCE_IDS.countries]).toMatchObject({ type: 'vector', maxzoom: COUNTRY_TILES.maxZoom });
    const onTiles = style.layers.filter((layer) => 'source' in layer && (layer.source === SOURCE_IDS.countries || layer.source === SOURCE_IDS.highlight));
    expect(onTiles.length).toBeGreaterThanOrEqual(7);
    for (const layer of onTiles) expect(layer, layer.id).toMatchObject({ 'source-layer': COUNTRY_TILES.layer });
  });

  it('gives the countries’ tiles a buffer that covers the widest line drawn on them, and no more than it needs', () => {
    // The lines on this source at their widest: New Southbound, a loss's outline, the border (1 px).
    const widest = Math.max(
      Number(evaluatePaint('line', 'line-width', nspWidth([...LAYER_IDS]), australia, {})),
      Number(evaluatePaint('line', 'line-width', changeOutlineWidth([...LAYER_IDS]), paraguay, { status: 'lost' })),
      1,
    );
    expect(widest).toBe(2);
    expect(COUNTRIES_TILE_BUFFER_PX).toBeGreaterThanOrEqual(4 * widest);
    expect(COUNTRIES_TILE_BUFFER_PX).toBeLessThan(128);
  });

  it('draws markers above every shape layer, and the lost markers’ centres above them', () => {
    const ids = buildStyle([], data).layers.map((layer) => layer.id);
    expect(ids.slice(-2)).toEqual([STYLE_LAYER_IDS.markers, STYLE_LAYER_IDS.lostMarks]);
    expect(ids.indexOf(STYLE_LAYER_IDS.fill)).toBeLessThan(ids.indexOf(STYLE_LAYER_IDS.hatch));
  });
});

describe('fillColor(layers)', () => {
  it('colours an ally (feature-state) with the ally colour before its visa level', () => {
    expect(fill([...LAYER_IDS], paraguay, { status: 'ally' })).toBe(rgba(PALETTE.ally));
  });

  it('falls back to the visa level when the ally layer is hidden', () => {
    expect(fill(['partner', 'visa-free'], paraguay, { status: 'ally' })).toBe(rgba(PALETTE.visaFree));
  });

  it('gives like-minded and other partners different colours', () => {
    expect(fill(['partner'], australia)).toBe(rgba(PALETTE.partnerLikeMinded));
    expect(fill(['partner'], brazil)).toBe(rgba(PALETTE.partnerOther));
  });

  it('shows only the visa levels that are visible', () => {
    expect(fill(['visa-online'], australia)).toBe(rgba(PALETTE.visaOnline));
    expect(fill(['visa-free'], australia)).toBe(rgba(PALETTE.land));
  });

  it('leaves a country with no visible category as plain land', () => {
    expect(fill([], australia, { status: 'ally' })).toBe(rgba(PALETTE.land));
  });

  it('marks allies gained and lost in the year in their own colours', () => {
    expect(fill([...LAYER_IDS], paraguay, { status: 'gained' })).toBe(rgba(PALETTE.allyGained));
    expect(fill([...LAYER_IDS], brazil, { status: 'lost' })).toBe(rgba(PALETTE.allyLost));
  });

  it('draws former allies faintly, under every current category', () => {
    const nauru = { iso3: 'NRU', partner: '', visa: '', nsp: 0, home: 0 };
    expect(fill([...LAYER_IDS], nauru, { status: 'former' })).toBe(rgba(PALETTE.formerAlly));
    expect(fill([...LAYER_IDS], brazil, { status: 'former' })).toBe(rgba(PALETTE.partnerOther));
    expect(fill(['ally'], nauru, { status: 'former' })).toBe(rgba(PALETTE.land));
  });

  it('leaves out partner and visa colours in a year that may not draw them (feature-state drawn-<layer> false)', () => {
    const before2025 = { 'drawn-partner': false, 'drawn-visa-free': false, 'drawn-visa-arrival': false, 'drawn-visa-online': false };
    expect(fill([...LAYER_IDS], australia, { ...before2025, status: 'former' })).toBe(rgba(PALETTE.formerAlly));
    expect(fill([...LAYER_IDS], brazil, before2025)).toBe(rgba(PALETTE.land));
    expect(fill([...LAYER_IDS], paraguay, { ...before2025, status: 'ally' })).toBe(rgba(PALETTE.ally));
  });

  it('shows a country lost this year as a former ally when the ally layer is hidden', () => {
    expect(fill(['former'], brazil, { status: 'lost' })).toBe(rgba(PALETTE.formerAlly));
  });

  it('always draws Taiwan as home', () => {
    expect(fill([], taiwan)).toBe(rgba(PALETTE.home));
    expect(fill([...LAYER_IDS], taiwan)).toBe(rgba(PALETTE.home));
  });
});

describe('hatchOpacity(layers)', () => {
  const hatch = (layers: Parameters<typeof hatchOpacity>[0], properties: object, state = {}) =>
    evaluatePaint('fill', 'fill-opacity', hatchOpacity(layers), properties as Record<string, unknown>, state);

  it('hatches a partner with easy visa access when both layers are visible (Australia: partner + eTA)', () => {
    expect(hatch(['partner', 'visa-online'], australia)).toBe(1);
  });

  it('hatches an ally with visa-free access', () => {
    expect(hatch(['ally', 'visa-free'], paraguay, { status: 'ally' })).toBe(1);
  });

  it('does not hatch where the fill already shows the visa level', () => {
    expect(hatch(['ally', 'visa-free'], paraguay, { status: 'former' })).toBe(0);
    expect(hatch(['visa-free', 'visa-online'], australia)).toBe(0);
  });

  it('does not hatch in a year that may not draw visa access', () => {
    expect(hatch(['ally', 'visa-free'], paraguay, { status: 'ally', 'drawn-visa-free': false })).toBe(0);
  });

  it('does not hatch for a hidden visa level', () => {
    expect(hatch(['partner', 'visa-free'], australia)).toBe(0);
  });

  it('does not hatch a partner or ally with no easy visa access (the layer filter lets them through)', () => {
    expect(hatch([...LAYER_IDS], brazil)).toBe(0);
    expect(hatch([...LAYER_IDS], { ...paraguay, visa: '' }, { status: 'ally' })).toBe(0);
  });
});

describe('nspWidth(layers) and markerStrokeColor(layers)', () => {
  it('shows the New Southbound outline only with its layer', () => {
    const width = (layers: Parameters<typeof nspWidth>[0], state = {}) => evaluatePaint('line', 'line-width', nspWidth(layers), australia, state);
    expect(width(['nsp'])).toBeGreaterThan(0);
    expect(width(['ally'])).toBe(0);
  });

  it('hides the New Southbound outline in a year before the policy (feature-state drawn-nsp false)', () => {
    expect(evaluatePaint('line', 'line-width', nspWidth(['nsp']), australia, { 'drawn-nsp': false })).toBe(0);
  });

  it('outlines a selected marker in the selection colour, a New Southbound one in purple', () => {
    const stroke = (layers: Parameters<typeof markerStrokeColor>[0], state = {}) =>
      evaluatePaint('circle', 'circle-stroke-color', markerStrokeColor(layers), australia, state);
    expect(stroke(['nsp'], { selected: true })).toBe(rgba(PALETTE.selectedOutline));
    expect(stroke(['nsp'])).toBe(rgba(PALETTE.nspOutline));
    expect(stroke([])).toBe(rgba('#ffffff'));
  });
});

describe('lostHatchOpacity(layers): allies lost in the year are hatched, not only coloured', () => {
  const hatch = (layers: Parameters<typeof lostHatchOpacity>[0], properties: object, state = {}) =>
    evaluatePaint('fill', 'fill-opacity', lostHatchOpacity(layers), properties as Record<string, unknown>, state);

  it('hatches a country lost in the year while the ally layer shows', () => {
    expect(hatch(['ally'], brazil, { status: 'lost' })).toBe(1);
    expect(hatch([...LAYER_IDS], paraguay, { status: 'lost' })).toBe(1);
  });

  it('does not hatch allies gained (they keep their outline), retained or former, nor a country with no status', () => {
    for (const status of ['gained', 'ally', 'former']) expect(hatch([...LAYER_IDS], paraguay, { status }), status).toBe(0);
    expect(hatch([...LAYER_IDS], paraguay)).toBe(0);
    expect(hatch([...LAYER_IDS], taiwan)).toBe(0);
  });

  it('does not hatch while the ally layer is hidden (the country is then drawn as a former ally)', () => {
    expect(hatch(['former'], brazil, { status: 'lost' })).toBe(0);
    expect(hatch([], brazil, { status: 'lost' })).toBe(0);
  });

  it('is a fill-pattern layer of its own, above the fill and the visa hatching and below the outlines', () => {
    const style = buildStyle(['ally'], data);
    const ids = style.layers.map((layer) => layer.id);
    const layer = style.layers.find((candidate) => candidate.id === STYLE_LAYER_IDS.lostHatch);
    expect(layer).toMatchObject({ type: 'fill', paint: { 'fill-pattern': LOST_HATCH_IMAGE_ID } });
    expect(ids.indexOf(STYLE_LAYER_IDS.lostHatch)).toBeGreaterThan(ids.indexOf(STYLE_LAYER_IDS.hatch));
    expect(ids.indexOf(STYLE_LAYER_IDS.lostHatch)).toBeLessThan(ids.indexOf(STYLE_LAYER_IDS.change));
  });

  it('gives a lost small country’s dot a dark centre at world zoom, gone by the zoom the markers fade out', () => {
    const mark = (status: string, zoom: number) => evaluatePaint('circle', 'circle-radius', lostMarkRadius(['ally']), brazil, { status }, zoom);
    expect(mark('lost', 2)).toBeGreaterThan(0);
    expect(mark('gained', 2)).toBe(0);
    expect(evaluatePaint('circle', 'circle-radius', lostMarkRadius([]), brazil, { status: 'lost' }, 2)).toBe(0);
    const lostMarks = buildStyle(['ally'], data).layers.find((layer) => layer.id === STYLE_LAYER_IDS.lostMarks) as unknown as {
      paint: Record<string, unknown>;
    };
    expect(evaluatePaint('circle', 'circle-opacity', lostMarks.paint['circle-opacity'], brazil, { status: 'lost' }, 8)).toBe(0);
  });

  it('is toggled with the ally layer by layerPaintUpdates', () => {
    const update = (layers: LayerId[]) =>
      layerPaintUpdates(layers).find(([layer, property]) => layer === STYLE_LAYER_IDS.lostHatch && property === 'fill-opacity');
    expect(update(['ally'])?.[2]).toEqual(lostHatchOpacity(['ally']));
    expect(update([])?.[2]).toEqual(lostHatchOpacity([]));
  });
});

describe('changeOutlineWidth(layers)', () => {
  const width = (layers: Parameters<typeof changeOutlineWidth>[0], state = {}) =>
    evaluatePaint('line', 'line-width', changeOutlineWidth(layers), paraguay, state);

  it('outlines countries gained or lost in the year, not those retained', () => {
    expect(width(['ally'], { status: 'gained' })).toBeGreaterThan(0);
    expect(width(['ally'], { status: 'lost' })).toBeGreaterThan(0);
    expect(width(['ally'], { status: 'ally' })).toBe(0);
  });

  it('draws no change outline while the ally layer is hidden', () => {
    expect(width(['former'], { status: 'lost' })).toBe(0);
  });
});

describe('highlightFilter(iso3) and the highlight layers', () => {
  const layers = buildStyle([], data).layers;
  const layer = (id: string) => layers.find((candidate) => candidate.id === id) as unknown as { filter: unknown; paint: Record<string, unknown> };
  const matches = (filter: unknown, iso3: string) =>
    featureFilter(filter as never, 'filter').filter({ zoom: 2 }, { type: 1, properties: { iso3 }, geometry: [] } as never);
  const widthOf = (id: string) => evaluatePaint('line', 'line-width', layer(id).paint['line-width'], paraguay) as number;

  it('keeps the one country it names, and no other', () => {
    expect(matches(highlightFilter('PRY'), 'PRY')).toBe(true);
    expect(matches(highlightFilter('PRY'), 'AUS')).toBe(false);
  });

  it('keeps no shape without a country, not even the shapes with no code (Siachen Glacier)', () => {
    for (const iso3 of ['PRY', '']) expect(matches(highlightFilter(null), iso3)).toBe(false);
  });

  it('starts both layers showing nothing, hidden (so their source loads no tiles)', () => {
    for (const id of [STYLE_LAYER_IDS.hover, STYLE_LAYER_IDS.selection]) {
      expect(layer(id).filter).toEqual(highlightFilter(null));
      expect(layer(id)).toMatchObject({ layout: { visibility: 'none' } });
    }
  });

  it('outlines the selected shape more strongly than the hovered one, drawn above it', () => {
    expect(widthOf(STYLE_LAYER_IDS.selection)).toBeGreaterThan(widthOf(STYLE_LAYER_IDS.hover));
    expect(widthOf(STYLE_LAYER_IDS.hover)).toBeGreaterThan(0);
    const ids = layers.map((candidate) => candidate.id);
    expect(ids.indexOf(STYLE_LAYER_IDS.selection)).toBeGreaterThan(ids.indexOf(STYLE_LAYER_IDS.hover));
  });
});

describe('GPU programs: layers of one type share one combination of constant and feature-dependent properties', () => {
  /** What makes MapLibre compile a separate program: each paint property's kind (constant, zoom, feature, both). */
  const kindOf = (value: unknown): string => {
    const text = JSON.stringify(value ?? null);
    const feature = /"(get|feature-state)"/.test(text);
    const zoom = /"zoom"/.test(text);
    return feature && zoom ? 'composite' : feature ? 'source' : zoom ? 'camera' : 'constant';
  };
  const style = buildStyle([...LAYER_IDS], data);
  const signature = (type: string, properties: string[]) =>
    new Set(
      style.layers
        .filter((layer) => layer.type === type && !('fill-pattern' in ((layer as { paint?: object }).paint ?? {})))
        .map((layer) => properties.map((property) => kindOf((layer as { paint?: Record<string, unknown> }).paint?.[property])).join()),
    );

  it('draws the lines (New Southbound, change outline, highlight) with one program', () => {
    expect(signature('line', ['line-color', 'line-width', 'line-opacity'])).toHaveProperty('size', 1);
  });

  it('draws the markers and the lost markers’ centres with one program', () => {
    const properties = [
      'circle-color',
      'circle-radius',
      'circle-stroke-width',
      'circle-stroke-color',
      'circle-opacity',
      'circle-stroke-opacity',
      'circle-blur',
    ];
    expect(signature('circle', properties)).toHaveProperty('size', 1);
  });

  it('draws the hatchings without an outline (an outline would be another program, and another pass)', () => {
    const patterns = style.layers.filter((layer) => layer.type === 'fill' && 'fill-pattern' in ((layer as { paint?: object }).paint ?? {}));
    expect(patterns.map((layer) => (layer as { paint: Record<string, unknown> }).paint['fill-antialias'])).toEqual([false, false]);
  });
});

describe('the hatchings are filtered to the shapes they can show on', () => {
  const layerOf = (id: string) => buildStyle([...LAYER_IDS], data).layers.find((layer) => layer.id === id) as { filter: unknown };
  const passes = (id: string, properties: Record<string, unknown>) =>
    featureFilter(layerOf(id).filter as never, 'filter').filter({ zoom: 2 } as never, { type: 'Polygon', properties, geometry: [] } as never);
  const hatchings = [STYLE_LAYER_IDS.hatch, STYLE_LAYER_IDS.lostHatch];

  it('keeps a shape with a partner or past relations, whatever its visa level', () => {
    for (const id of hatchings) {
      expect(passes(id, australia)).toBe(true);
      expect(passes(id, paraguay)).toBe(true);
      expect(passes(id, { ...australia, relations: 0 })).toBe(true);
    }
  });

  it('leaves out a shape with neither, which no hatching could ever show on', () => {
    for (const id of hatchings) {
      expect(passes(id, taiwan)).toBe(false);
      expect(passes(id, { ...australia, partner: '', relations: 0 })).toBe(false);
    }
  });

  it('uses one filter for both, so MapLibre builds them as one bucket', () => {
    expect(layerOf(STYLE_LAYER_IDS.hatch).filter).toEqual(layerOf(STYLE_LAYER_IDS.lostHatch).filter);
  });
});

describe('layerPaintUpdates(layers)', () => {
  it('updates only paint properties of layers the style has', () => {
    const ids = new Set(buildStyle([], data).layers.map((layer) => layer.id));
    for (const [layer] of layerPaintUpdates(['ally'])) expect(ids.has(layer)).toBe(true);
  });

  it('keeps every property feature-dependent whatever the layers, so a toggle never swaps a constant for an expression', () => {
    const featureDependent = (value: unknown) => Array.isArray(value) && /"(get|feature-state)"/.test(JSON.stringify(value));
    for (const layers of [[], ['ally'], ['nsp'], ['former'], [...LAYER_IDS]] as LayerId[][]) {
      for (const [layer, property, value] of layerPaintUpdates(layers)) expect(featureDependent(value), `${layer} ${property} with [${layers}]`).toBe(true);
    }
  });
});

describe('layerPaintUpdates(to) applied to buildStyle(from, data)', () => {
  /** A style's paint values, keyed `layer property`, as JSON: what map.setPaintProperty changes. */
  type Paint = Map<string, string>;
  const paintOf = (style: StyleSpecification): Paint =>
    new Map(style.layers.flatMap((layer) => Object.entries(layer.paint ?? {}).map(([property, value]) => [`${layer.id} ${property}`, JSON.stringify(value)])));
  const paintOfUpdates = (updates: ReturnType<typeof layerPaintUpdates>): Paint =>
    new Map(updates.map(([id, property, value]) => [`${id} ${property}`, JSON.stringify(value)]));
  /** The paint a map holds after map.setPaintProperty for each update. */
  const applyUpdates = (paint: Paint, updates: Paint): Paint => new Map([...paint, ...updates]);
  const firstDifference = (a: Paint, b: Paint) => [...new Set([...a.keys(), ...b.keys()])].find((key) => a.get(key) !== b.get(key));
  const styles = EVERY_CHOICE.map((layers) => buildStyle(layers, data));

  it('gives every paint property buildStyle(to) has, from every choice of layers to every other', () => {
    const paints = styles.map(paintOf);
    const mismatches: string[] = [];
    EVERY_CHOICE.forEach((to, toIndex) => {
      const updates = paintOfUpdates(layerPaintUpdates(to));
      paints.forEach((from, fromIndex) => {
        const difference = firstDifference(applyUpdates(from, updates), paints[toIndex]);
        if (difference) mismatches.push(`${difference}: [${EVERY_CHOICE[fromIndex]}] → [${to}]`);
      });
    });
    expect(mismatches.length, mismatches.slice(0, 3).join('; ')).toBe(0);
  });

  it('needs nothing else: the layers change no part of the style but paint values', () => {
    const withoutPaint = (style: StyleSpecification) => JSON.stringify({ ...style, layers: style.layers.map((layer) => ({ ...layer, paint: undefined })) });
    expect(new Set(styles.map(withoutPaint)).size).toBe(1);
  });

  it('updates exactly the paint properties that differ between some two choices of layers', () => {
    const valuesByProperty = new Map<string, Set<string>>();
    for (const style of styles) {
      for (const [key, value] of paintOf(style)) valuesByProperty.set(key, (valuesByProperty.get(key) ?? new Set()).add(value));
    }
    const layerDependent = [...valuesByProperty].filter(([, values]) => values.size > 1).map(([key]) => key);
    const updated = layerPaintUpdates([]).map(([id, property]) => `${id} ${property}`);
    expect(new Set(updated).size).toBe(updated.length);
    expect(updated.sort()).toEqual(layerDependent.sort());
  });
});

describe('styleLayerSpec(id, layers)', () => {
  it('gives the layer as buildStyle(layers) draws it, for every layer of the style', () => {
    for (const layers of [[], ['ally', 'nsp'], [...LAYER_IDS]] as LayerId[][]) {
      for (const layer of buildStyle(layers, data).layers) expect(styleLayerSpec(layer.id, layers)).toEqual(layer);
    }
  });

  it('throws for an id the style does not have', () => {
    expect(() => styleLayerSpec('no-such-layer', [])).toThrow('no-such-layer');
  });
});

describe('hatchImage()', () => {
  it('is a tile of diagonal lines that repeats seamlessly', () => {
    const { width, height, data } = hatchImage(8);
    expect(data.length).toBe(width * height * 4);
    const alphaAt = (x: number, y: number) => data[(y * width + x) * 4 + 3];
    expect(alphaAt(0, 0)).toBeGreaterThan(0);
    expect(alphaAt(7, 1)).toBeGreaterThan(0);
    expect(alphaAt(1, 1)).toBe(0);
  });
});

describe('lostHatchImage()', () => {
  const size = 8;
  const { width, height, data } = lostHatchImage(size);
  const alphaAt = (x: number, y: number) => data[(((y + height) % height) * width + ((x + width) % width)) * 4 + 3];

  it('is a tile of opaque lines running the other way from the visa hatching (＼), two pixels wide', () => {
    expect(data.length).toBe(width * height * 4);
    expect(alphaAt(0, 0)).toBe(255);
    expect(alphaAt(3, 3)).toBe(255);
    expect(alphaAt(1, 0)).toBe(255);
    expect(alphaAt(7, 1)).toBe(0);
    const covered = Array.from({ length: size * size }, (_, i) => alphaAt(i % size, Math.floor(i / size))).filter((alpha) => alpha > 0).length;
    expect(covered).toBe(2 * size);
  });

  it('repeats seamlessly: every pixel matches its neighbour one step down the diagonal, across the edges', () => {
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) expect(alphaAt(x + 1, y + 1), `${x},${y}`).toBe(alphaAt(x, y));
  });

  it('draws its lines in the change outline colour', () => {
    expect(rgba(PALETTE.changeOutline)).toBe(`rgba(${data[0]},${data[1]},${data[2]},1)`);
  });
});
