import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { AllyStatus } from '../data/ally-timeline.ts';
import { VISA_LAYER_IDS, type LayerId } from '../data/layers.ts';
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
 */

export const SOURCE_IDS = { countries: 'countries', markers: 'markers' } as const;

export const STYLE_LAYER_IDS = {
  background: 'background',
  fill: 'country-fill',
  hatch: 'visa-hatch',
  lostHatch: 'lost-ally-hatch',
  borders: 'country-borders',
  change: 'ally-change-outline',
  nsp: 'nsp-outline',
  highlight: 'country-highlight',
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
 * Zero for every feature, written as a feature-dependent expression. A property a layer toggle
 * changes must stay data-driven in every state: switched between a constant and an expression,
 * MapLibre may re-tile with one binder and then update feature-state with the other, which
 * throws ("this.expression.evaluate is not a function") when toggles come quickly.
 */
const NONE: ExpressionSpecification = ['case', isHome, 0, 0];

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

/** The New Southbound outline is drawn only while its layer is visible, and from the policy's first year. */
export function nspOpacity(layers: readonly LayerId[]): DataDrivenPropertyValueSpecification<number> {
  return layers.includes('nsp') ? ['case', drawn('nsp'), 1, 0] : NONE;
}

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
 * only colour. Fades out with the markers.
 */
export function lostMarkOpacity(layers: readonly LayerId[]): DataDrivenPropertyValueSpecification<number> {
  return ['interpolate', ['linear'], ['zoom'], MARKER_FADE_START_ZOOM, lostHatchOpacity(layers) as ExpressionSpecification, MARKER_FADE_END_ZOOM, 0];
}

/** The dark outline on countries gained or lost in the year, while the ally layer shows. */
export function changeOutlineWidth(layers: readonly LayerId[]): DataDrivenPropertyValueSpecification<number> {
  return layers.includes('ally') ? ['case', isChange, 1.6, 0] : NONE;
}

export function highlightWidth(): DataDrivenPropertyValueSpecification<number> {
  return ['case', isSelected, 2.5, isHovered, 1.5, 0];
}

export function markerStrokeColor(layers: readonly LayerId[]): ExpressionSpecification {
  const cases: (ExpressionSpecification | string)[] = [isSelected, PALETTE.selectedOutline, isHovered, PALETTE.hoverOutline];
  if (layers.includes('ally')) cases.push(isChange, PALETTE.changeOutline);
  if (layers.includes('nsp')) cases.push(gated('nsp', ['==', ['get', 'nsp'], 1]), PALETTE.nspOutline);
  return ['case', ...cases, '#ffffff'] as ExpressionSpecification;
}

/**
 * The whole style, built in code: no tile, glyph or sprite server, so nothing is requested
 * outside the app's origin. Sources start empty; the controller fills them once.
 */
export function buildStyle(layers: readonly LayerId[]): StyleSpecification {
  const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
  return {
    version: 8,
    sources: { [SOURCE_IDS.countries]: { ...empty }, [SOURCE_IDS.markers]: { ...empty } },
    layers: [
      { id: STYLE_LAYER_IDS.background, type: 'background', paint: { 'background-color': PALETTE.ocean } },
      {
        id: STYLE_LAYER_IDS.fill,
        type: 'fill',
        source: SOURCE_IDS.countries,
        paint: { 'fill-color': fillColor(layers), 'fill-antialias': true },
      },
      {
        id: STYLE_LAYER_IDS.hatch,
        type: 'fill',
        source: SOURCE_IDS.countries,
        filter: ['!=', ['get', 'visa'], ''],
        paint: { 'fill-pattern': HATCH_IMAGE_ID, 'fill-opacity': hatchOpacity(layers) },
      },
      {
        id: STYLE_LAYER_IDS.lostHatch,
        type: 'fill',
        source: SOURCE_IDS.countries,
        paint: { 'fill-pattern': LOST_HATCH_IMAGE_ID, 'fill-opacity': lostHatchOpacity(layers) },
      },
      {
        id: STYLE_LAYER_IDS.borders,
        type: 'line',
        source: SOURCE_IDS.countries,
        paint: { 'line-color': PALETTE.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 5, 1.2] },
      },
      {
        id: STYLE_LAYER_IDS.change,
        type: 'line',
        source: SOURCE_IDS.countries,
        paint: { 'line-color': PALETTE.changeOutline, 'line-width': changeOutlineWidth(layers) },
      },
      {
        id: STYLE_LAYER_IDS.nsp,
        type: 'line',
        source: SOURCE_IDS.countries,
        filter: ['==', ['get', 'nsp'], 1],
        paint: { 'line-color': PALETTE.nspOutline, 'line-width': 2, 'line-opacity': nspOpacity(layers) },
      },
      {
        id: STYLE_LAYER_IDS.highlight,
        type: 'line',
        source: SOURCE_IDS.countries,
        paint: {
          'line-color': ['case', isSelected, PALETTE.selectedOutline, PALETTE.hoverOutline],
          'line-width': highlightWidth(),
        },
      },
      {
        id: STYLE_LAYER_IDS.markers,
        type: 'circle',
        source: SOURCE_IDS.markers,
        paint: {
          'circle-color': fillColor(layers),
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, ['case', isHome, 5, 4], 4, ['case', isHome, 7, 6], 7, 8],
          'circle-stroke-width': ['case', isSelected, 2.5, isHovered, 2, isChange, 2, 1.5],
          'circle-stroke-color': markerStrokeColor(layers),
          'circle-opacity': ['interpolate', ['linear'], ['zoom'], MARKER_FADE_START_ZOOM, 1, MARKER_FADE_END_ZOOM, 0],
          'circle-stroke-opacity': ['interpolate', ['linear'], ['zoom'], MARKER_FADE_START_ZOOM, 1, MARKER_FADE_END_ZOOM, 0],
        },
      },
      {
        id: STYLE_LAYER_IDS.lostMarks,
        type: 'circle',
        source: SOURCE_IDS.markers,
        paint: {
          'circle-color': PALETTE.changeOutline,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 1.6, 4, 2.4, 7, 3],
          'circle-opacity': lostMarkOpacity(layers),
        },
      },
    ],
  };
}

/** Paint values that change when the visible layers change: [layer, property, value]. */
export function layerPaintUpdates(layers: readonly LayerId[]) {
  return [
    [STYLE_LAYER_IDS.fill, 'fill-color', fillColor(layers)],
    [STYLE_LAYER_IDS.markers, 'circle-color', fillColor(layers)],
    [STYLE_LAYER_IDS.hatch, 'fill-opacity', hatchOpacity(layers)],
    [STYLE_LAYER_IDS.lostHatch, 'fill-opacity', lostHatchOpacity(layers)],
    [STYLE_LAYER_IDS.lostMarks, 'circle-opacity', lostMarkOpacity(layers)],
    [STYLE_LAYER_IDS.nsp, 'line-opacity', nspOpacity(layers)],
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
