import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LineLayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { AllyStatus } from '../data/ally-timeline.ts';
import { VISA_LAYER_IDS, type LayerId } from '../data/layers.ts';
import { COUNTRY_TILES, countryTilesSource } from './country-tiles.ts';
import { hexToRgb, PALETTE } from './palette.ts';

/**
 * Pure functions from the visible layers to MapLibre style values. A country can be in several
 * categories, so each category has its own visual channel:
 *   fill colour   — ally, else substantive partner, else visa level (the first visible one);
 *   hatching      — easy visa access, on countries whose fill an ally or partner colour took;
 *   purple outline — New Southbound Policy.
 *   dark outline   — an ally gained or lost in the year shown;
 *   dark hatching the other way — an ally lost in the year shown, so that colour is never the
 *                   only sign of a loss (WCAG 1.4.1).
 * Ally status (`ally`, `gained`, `lost`, `former`) is feature-state `status`, because it changes
 * with the year; the rest are feature properties. The layers passed in are those the user chose.
 * Whether the year may draw the undated ones (visa rules are as of 2025, so not on 1975) is
 * feature-state too, `drawn-<layer>` (layer-availability.ts): a year step then never changes a
 * data-driven paint value, which in MapLibre would re-tile the source (a long task of ~300 ms).
 *
 * Every combination of constant and feature-dependent paint properties in a layer type is a GPU
 * program of its own, compiled when first drawn; in software GL (SwiftShader, and machines without
 * a GPU) each costs tens of milliseconds of the first load. So layers of one type keep one
 * combination (see `sameForEvery`), the borders are the fill's outline rather than a line layer,
 * and the hatchings skip the antialiased outline a pattern fill would otherwise draw (and compile).
 */

export const SOURCE_IDS = { countries: 'countries', markers: 'markers', highlight: 'highlight' } as const;

export const STYLE_LAYER_IDS = {
  background: 'background',
  /** The fill colour, and the white borders as the fill's outline. */
  fill: 'country-fill',
  hatch: 'visa-hatch',
  lostHatch: 'lost-ally-hatch',
  nsp: 'nsp-outline',
  /** The outline of an ally gained or lost in the year. */
  change: 'ally-change-outline',
  /** The outline of the country under the pointer, on a source of its own (highlightFilter). */
  hover: 'country-hover',
  /** The selected country's outline, likewise. */
  selection: 'country-selection',
  markers: 'small-country-markers',
  lostMarks: 'lost-marker-centres',
} as const;

export const HATCH_IMAGE_ID = 'visa-hatch';
export const LOST_HATCH_IMAGE_ID = 'lost-ally-hatch';

/** Markers fade out between these zooms, once the shapes themselves are big enough to see and hit. */
export const MARKER_FADE_START_ZOOM = 5;
export const MARKER_FADE_END_ZOOM = 7;

const STATUS: ExpressionSpecification = ['to-string', ['feature-state', 'status']];
const statusIn = (...statuses: AllyStatus[]): ExpressionSpecification => ['match', STATUS, statuses, true, false];
const isAlly = statusIn('ally', 'gained');
const isLost = statusIn('lost');
const isChange = statusIn('gained', 'lost');
const isHome: ExpressionSpecification = ['==', ['get', 'home'], 1];
/** Shapes that had formal relations at some time: the only ones an ally status can apply to. */
const hadRelations: ExpressionSpecification = ['==', ['get', 'relations'], 1];
/**
 * The shapes either hatching can show on: an ally status needs past relations, and the visa
 * hatching an ally or partner fill. One filter for both, so MapLibre's worker builds the two
 * pattern layers as one bucket (layers of a type with the same source and filter share one):
 * each shape is triangulated once for both, not twice (about 45 ms off a cold load, A/B over 12
 * loads). The paint expressions decide which shapes each hatching then draws on.
 */
const hatchable: ExpressionSpecification = ['any', ['!=', ['get', 'partner'], ''], hadRelations];

/** Where a layer of the countries reads its shapes: the tiles' layer on the countries source. */
const ON_COUNTRY_TILES = { source: SOURCE_IDS.countries, 'source-layer': COUNTRY_TILES.layer } as const;

/** Layers that a year may not draw: their cases are gated by feature-state `drawn-<layer>`. */
export const GATED_LAYER_IDS = ['partner', ...VISA_LAYER_IDS, 'nsp'] as const satisfies readonly LayerId[];
type GatedLayerId = (typeof GATED_LAYER_IDS)[number];
/** The feature-state key that says whether the year shown may draw a gated layer. */
export const drawnStateKey = (layer: GatedLayerId) => `drawn-${layer}`;
// Missing state counts as drawn, so the map is never blank before the controller sets it.
const drawn = (layer: GatedLayerId): ExpressionSpecification => ['boolean', ['feature-state', drawnStateKey(layer)], true];
/** A condition that holds only in years that may draw the layer. */
const gated = (layer: GatedLayerId, condition: ExpressionSpecification): ExpressionSpecification => ['all', drawn(layer), condition];
const partnerIs = (kind: string): ExpressionSpecification => ['==', ['get', 'partner'], kind];
const visaIs = (level: string): ExpressionSpecification => ['==', ['get', 'visa'], level];
const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

const VISA_COLORS = { 'visa-free': PALETTE.visaFree, 'visa-arrival': PALETTE.visaArrival, 'visa-online': PALETTE.visaOnline };

/** Conditions under which the fill shows an ally or partner colour (so visa goes to hatching). */
function diplomaticFillConditions(visible: ReadonlySet<LayerId>): ExpressionSpecification[] {
  const conditions: ExpressionSpecification[] = [];
  if (visible.has('ally')) conditions.push(isAlly);
  if (visible.has('partner')) conditions.push(gated('partner', ['!=', ['get', 'partner'], '']));
  return conditions;
}

/** The fill (and marker) colour for the visible layers. */
export function fillColor(layers: readonly LayerId[]): ExpressionSpecification {
  const visible = new Set(layers);
  const cases: (ExpressionSpecification | string)[] = [isHome, PALETTE.home];
  if (visible.has('ally')) cases.push(statusIn('ally'), PALETTE.ally, statusIn('gained'), PALETTE.allyGained, statusIn('lost'), PALETTE.allyLost);
  if (visible.has('partner')) {
    cases.push(gated('partner', partnerIs('like-minded')), PALETTE.partnerLikeMinded, gated('partner', partnerIs('other')), PALETTE.partnerOther);
  }
  for (const level of VISA_LAYER_IDS) if (visible.has(level)) cases.push(gated(level, visaIs(level)), VISA_COLORS[level]);
  // With the ally layer hidden, a country lost this year is simply a former ally.
  if (visible.has('former')) cases.push(visible.has('ally') ? statusIn('former') : statusIn('former', 'lost'), PALETTE.formerAlly);
  return ['case', ...cases, PALETTE.land] as ExpressionSpecification;
}

/**
 * A value that is the same for every feature, written as a feature-dependent expression so that a
 * layer's properties match another layer's of its type, and the two share one GPU program (see
 * the top of this file).
 */
const sameForEvery = (value: string | number): ExpressionSpecification => ['case', isHome, value, value];

/**
 * Zero for every feature, written as a feature-dependent expression. A property a layer toggle
 * changes must stay data-driven in every state: switched between a constant and an expression,
 * MapLibre may re-tile with one binder and then update feature-state with the other, which
 * throws ("this.expression.evaluate is not a function") when toggles come quickly.
 */
const NONE = sameForEvery(0);

/** Hatching opacity: 1 where a visible visa level sits under an ally or partner fill, else 0. */
export function hatchOpacity(layers: readonly LayerId[]): DataDrivenPropertyValueSpecification<number> {
  const visible = new Set(layers);
  const visaLevels = VISA_LAYER_IDS.filter((level) => visible.has(level));
  const diplomatic = diplomaticFillConditions(visible);
  if (visaLevels.length === 0 || diplomatic.length === 0) return NONE;
  return [
    'case',
    ['all', ['any', ...visaLevels.map((level) => gated(level, visaIs(level)))], ['any', ...diplomatic], ['!', isHome]],
    1,
    0,
  ];
}

/** The New Southbound outline's width: drawn only while its layer is visible, and from the policy's first year. */
export function nspWidth(layers: readonly LayerId[]): DataDrivenPropertyValueSpecification<number> {
  return layers.includes('nsp') ? ['case', drawn('nsp'), NSP_OUTLINE_PX, 0] : NONE;
}
const NSP_OUTLINE_PX = 2;

/**
 * The lost-ally hatching: 1 on countries lost in the year while the ally layer shows (which is
 * when the fill shows the lost colour), else 0. Feature-state, so a year step re-tiles nothing.
 */
export function lostHatchOpacity(layers: readonly LayerId[]): DataDrivenPropertyValueSpecification<number> {
  return layers.includes('ally') ? ['case', isLost, 1, 0] : NONE;
}

/**
 * A small country lost in the year gets a dark centre in its dot, the dots' stand-in for the
 * hatching (a pattern does not fit a 4–8 px circle): gained and lost dots then differ in shape, not
 * only colour. The centre's radius, by zoom: 0 unless the country was lost and the ally layer shows.
 */
export function lostMarkRadius(layers: readonly LayerId[]): DataDrivenPropertyValueSpecification<number> {
  const shown = (radius: number): ExpressionSpecification => (layers.includes('ally') ? ['case', isLost, radius, 0] : NONE);
  return ['interpolate', ['linear'], ['zoom'], 1, shown(1.6), 4, shown(2.4), 7, shown(3)];
}

/** The dark outline on countries gained or lost in the year, while the ally layer shows. */
export function changeOutlineWidth(layers: readonly LayerId[]): DataDrivenPropertyValueSpecification<number> {
  return layers.includes('ally') ? ['case', isChange, 1.6, 0] : NONE;
}

/**
 * The filter of a highlight layer (hover, selection): the shape of one country, or of none. The
 * highlight source reads the same tiles as the countries (a source of its own, so a new filter
 * re-parses only its tiles, in a few milliseconds, not the countries' layers); a line layer over
 * all the world's borders with feature-state widths instead cost every year step ~1.4 ms of paint
 * updates for lines of width 0.
 */
export function highlightFilter(iso3: string | null): ExpressionSpecification {
  return ['in', ['get', 'iso3'], ['literal', iso3 ? [iso3] : []]];
}

/** Marker and outline fade between MARKER_FADE_START_ZOOM and MARKER_FADE_END_ZOOM. */
const MARKER_FADE: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], MARKER_FADE_START_ZOOM, 1, MARKER_FADE_END_ZOOM, 0];

export function markerStrokeColor(layers: readonly LayerId[]): ExpressionSpecification {
  const cases: (ExpressionSpecification | string)[] = [isSelected, PALETTE.selectedOutline, isHovered, PALETTE.hoverOutline];
  if (layers.includes('ally')) cases.push(isChange, PALETTE.changeOutline);
  if (layers.includes('nsp')) cases.push(gated('nsp', ['==', ['get', 'nsp'], 1]), PALETTE.nspOutline);
  return ['case', ...cases, '#ffffff'] as ExpressionSpecification;
}

/** What the style is built from besides the layers: the markers, and where the shapes' tiles are. */
export interface StyleData {
  markers: GeoJSON.FeatureCollection;
  /** The country tiles' URL template (map/country-tiles.ts, countryTilesUrl). */
  tilesUrl: string;
}

/**
 * The whole style, built in code: no tile server of its own, glyph or sprite server, so nothing is
 * requested outside the app's origin. The shapes are vector tiles cut when the app is built
 * (map/country-tiles.ts); the markers are part of the style, so MapLibre's worker starts on them
 * while the style loads.
 */
export function buildStyle(layers: readonly LayerId[], data: StyleData): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCE_IDS.countries]: countryTilesSource(data.tilesUrl),
      [SOURCE_IDS.markers]: { type: 'geojson', data: data.markers },
      [SOURCE_IDS.highlight]: countryTilesSource(data.tilesUrl),
    },
    layers: [
      { id: STYLE_LAYER_IDS.background, type: 'background', paint: { 'background-color': PALETTE.ocean } },
      {
        id: STYLE_LAYER_IDS.fill,
        type: 'fill',
        ...ON_COUNTRY_TILES,
        paint: {
          'fill-color': fillColor(layers),
          // The borders: the outline MapLibre draws around every fill (1 px), faint at world zoom
          // like a hairline, white and firm closer in.
          'fill-outline-color': ['interpolate', ['linear'], ['zoom'], 1, BORDER_FAINT, 5, PALETTE.border],
        },
      },
      {
        id: STYLE_LAYER_IDS.hatch,
        type: 'fill',
        ...ON_COUNTRY_TILES,
        filter: hatchable,
        paint: { 'fill-pattern': HATCH_IMAGE_ID, 'fill-opacity': hatchOpacity(layers), 'fill-antialias': false },
      },
      {
        id: STYLE_LAYER_IDS.lostHatch,
        type: 'fill',
        ...ON_COUNTRY_TILES,
        filter: hatchable,
        paint: { 'fill-pattern': LOST_HATCH_IMAGE_ID, 'fill-opacity': lostHatchOpacity(layers), 'fill-antialias': false },
      },
      {
        id: STYLE_LAYER_IDS.nsp,
        type: 'line',
        ...ON_COUNTRY_TILES,
        filter: ['==', ['get', 'nsp'], 1],
        paint: { 'line-color': sameForEvery(PALETTE.nspOutline), 'line-width': nspWidth(layers) },
      },
      {
        id: STYLE_LAYER_IDS.change,
        type: 'line',
        ...ON_COUNTRY_TILES,
        filter: hadRelations,
        paint: { 'line-color': sameForEvery(PALETTE.changeOutline), 'line-width': changeOutlineWidth(layers) },
      },
      highlightLayer(STYLE_LAYER_IDS.hover, PALETTE.hoverOutline, 1.5),
      highlightLayer(STYLE_LAYER_IDS.selection, PALETTE.selectedOutline, 2.5),
      {
        id: STYLE_LAYER_IDS.markers,
        type: 'circle',
        source: SOURCE_IDS.markers,
        paint: {
          'circle-color': fillColor(layers),
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, ['case', isHome, 5, 4], 4, ['case', isHome, 7, 6], 7, 8],
          'circle-stroke-width': ['case', isSelected, 2.5, isHovered, 2, isChange, 2, 1.5],
          'circle-stroke-color': markerStrokeColor(layers),
          'circle-opacity': MARKER_FADE,
          'circle-stroke-opacity': MARKER_FADE,
        },
      },
      {
        id: STYLE_LAYER_IDS.lostMarks,
        type: 'circle',
        source: SOURCE_IDS.markers,
        // The markers' combination of properties (one program for both; see sameForEvery).
        paint: {
          'circle-color': sameForEvery(PALETTE.changeOutline),
          'circle-radius': lostMarkRadius(layers),
          'circle-stroke-width': NONE,
          'circle-stroke-color': sameForEvery(PALETTE.changeOutline),
          'circle-opacity': MARKER_FADE,
          'circle-stroke-opacity': MARKER_FADE,
        },
      },
    ],
  };
}

/**
 * A highlight outline, showing no shape until the controller sets its filter (highlightFilter).
 * Hidden until then: MapLibre loads no tiles for a source whose layers are all hidden, so the
 * highlight costs the first load nothing.
 */
function highlightLayer(id: string, color: string, width: number): LineLayerSpecification {
  return {
    id,
    type: 'line',
    source: SOURCE_IDS.highlight,
    'source-layer': COUNTRY_TILES.layer,
    filter: highlightFilter(null),
    layout: { visibility: 'none' },
    // The other line layers' combination of properties (one program for all; see sameForEvery).
    paint: { 'line-color': sameForEvery(color), 'line-width': sameForEvery(width) },
  };
}

/** The borders at world zoom: white at the opacity of a 0.4 px line. */
const BORDER_FAINT = 'rgba(255, 255, 255, 0.4)';

/** Paint values that change when the visible layers change: [layer, property, value]. */
export function layerPaintUpdates(layers: readonly LayerId[]) {
  return [
    [STYLE_LAYER_IDS.fill, 'fill-color', fillColor(layers)],
    [STYLE_LAYER_IDS.markers, 'circle-color', fillColor(layers)],
    [STYLE_LAYER_IDS.hatch, 'fill-opacity', hatchOpacity(layers)],
    [STYLE_LAYER_IDS.lostHatch, 'fill-opacity', lostHatchOpacity(layers)],
    [STYLE_LAYER_IDS.lostMarks, 'circle-radius', lostMarkRadius(layers)],
    [STYLE_LAYER_IDS.nsp, 'line-width', nspWidth(layers)],
    [STYLE_LAYER_IDS.change, 'line-width', changeOutlineWidth(layers)],
    [STYLE_LAYER_IDS.markers, 'circle-stroke-color', markerStrokeColor(layers)],
  ] as const;
}

/** Hatching line colour (dark green, the visa hue) and opacity 0–255: visible, never dominant. */
const HATCH_RGBA = [0, 36, 26, 170] as const;

/** An RGBA image as MapLibre's addImage takes it. */
export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A square tile with the pixels `on(x, y)` picks set to one colour, the rest transparent. */
function patternTile(size: number, rgba: readonly number[], on: (x: number, y: number) => boolean): PatternImage {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (on(x, y)) data.set(rgba, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/**
 * A square RGBA tile of thin diagonal lines (／) for the visa hatching, drawn in code (no sprite
 * server). The tile repeats seamlessly because the lines run corner to corner.
 */
export function hatchImage(size = 8): PatternImage {
  return patternTile(size, HATCH_RGBA, (x, y) => (x + y) % size === 0);
}

/** The lost hatching's lines: the change outline's colour, opaque. */
const LOST_HATCH_RGBA = [...hexToRgb(PALETTE.changeOutline), 255];
/** Line width of the lost hatching, in pixels of its tile. */
const LOST_HATCH_LINE_PX = 2;

/**
 * The tile of the lost-ally hatching: bolder lines than the visa hatching, running the other way
 * (＼), in the change outline's colour, so a loss reads as a loss without its colour (and the
 * two hatchings cross rather than merge where both apply). app.css `.swatch-lost-pattern` draws
 * the same for the legend.
 */
export function lostHatchImage(size = 8): PatternImage {
  return patternTile(size, LOST_HATCH_RGBA, (x, y) => (((x - y) % size) + size) % size < LOST_HATCH_LINE_PX);
}
