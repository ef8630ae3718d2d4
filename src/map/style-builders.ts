import type { AllPaintProperties, ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { LayerId } from '../data/layers.ts';
import { COUNTRY_TILES, countryTilesSource } from './country-tiles.ts';
import { HATCH_IMAGE_ID, LOST_HATCH_IMAGE_ID } from './hatch-patterns.ts';
import {
  changeOutlineWidth,
  fillColor,
  hadRelations,
  hatchOpacity,
  isChange,
  isHome,
  isHovered,
  isSelected,
  lostHatchOpacity,
  lostMarkRadius,
  markerStrokeColor,
  NONE,
  nspWidth,
  sameForEvery,
} from './paint-expressions.ts';
import { hexToRgb, PALETTE, type Palette } from './palette.ts';

/**
 * The map's style as one table, STYLE_LAYERS: every style layer, in draw order, with the paint
 * values that depend on the chosen layers written as functions of them and of the theme's palette
 * (paint-expressions.ts), and those that depend on the palette alone as `byPalette`. buildStyle
 * calls them for the first style, layerPaintUpdates again on a layer toggle, themePaintUpdates on
 * a change of theme, and styleLayerSpec for a layer added later: a layer or a paint rule is one
 * edit, in the table.
 *
 * Every combination of constant and feature-dependent paint properties in a layer type is a GPU
 * program of its own, compiled when first drawn; in software GL (SwiftShader, and machines without
 * a GPU) each costs tens of milliseconds of the first load. So layers of one type keep one
 * combination (see `sameForEvery`), the borders are the fill's outline rather than a line layer,
 * and the hatchings skip the antialiased outline a pattern fill would otherwise draw (and compile).
 * The style's JSON must therefore stay exactly as it is unless a change means to alter it
 * (tests/unit/map/__snapshots__/default-style.json).
 */

export const SOURCE_IDS = { countries: 'countries', markers: 'markers', highlight: 'highlight' } as const;

/** Markers fade out between these zooms, once the shapes themselves are big enough to see and hit. */
export const MARKER_FADE_START_ZOOM = 5;
export const MARKER_FADE_END_ZOOM = 7;

/** A paint value that depends on the theme's palette alone. */
interface ByPalette<T> {
  byPalette: (palette: Palette) => T;
}

/** A paint value, the function of the chosen layers (and the palette) that gives it, or one of the palette alone. */
type ByChosenLayers<T> = T | ((layers: readonly LayerId[], palette: Palette) => T) | ByPalette<T>;

const isByPalette = (value: unknown): value is ByPalette<unknown> => typeof value === 'object' && value !== null && 'byPalette' in value;

/** A colour of the palette, the same for every feature (sameForEvery). */
const paletteColor = (role: keyof Palette): ByPalette<ExpressionSpecification> => ({ byPalette: (palette) => sameForEvery(palette[role]) });

/** A style layer's spec whose paint values may be functions of the chosen layers. */
type StyleLayerEntry<L = LayerSpecification> = L extends { paint?: infer P }
  ? Omit<L, 'paint'> & { paint: { [K in keyof NonNullable<P>]: ByChosenLayers<NonNullable<P>[K]> } }
  : never;

/** Where a layer of the countries reads its shapes: the tiles' layer on the countries source. */
const ON_COUNTRY_TILES = { source: SOURCE_IDS.countries, 'source-layer': COUNTRY_TILES.layer } as const;

/**
 * The shapes either hatching can show on: an ally status needs past relations, and the visa
 * hatching an ally or partner fill. One filter for both, so MapLibre's worker builds the two
 * pattern layers as one bucket (layers of a type with the same source and filter share one):
 * each shape is triangulated once for both, not twice (about 45 ms off a cold load, A/B over 12
 * loads). The paint expressions decide which shapes each hatching then draws on.
 */
const hatchable: ExpressionSpecification = ['any', ['!=', ['get', 'partner'], ''], hadRelations];

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

/**
 * A highlight outline, showing no shape until the controller sets its filter (highlightFilter).
 * Hidden until then: MapLibre loads no tiles for a source whose layers are all hidden, so the
 * highlight costs the first load nothing.
 */
function highlightLayer(id: string, color: keyof Palette, width: number) {
  return {
    id,
    type: 'line',
    source: SOURCE_IDS.highlight,
    'source-layer': COUNTRY_TILES.layer,
    filter: highlightFilter(null),
    layout: { visibility: 'none' },
    // The other line layers' combination of properties (one program for all; see sameForEvery).
    paint: { 'line-color': paletteColor(color), 'line-width': sameForEvery(width) },
  } satisfies StyleLayerEntry;
}

/** The borders at world zoom: the border colour at the opacity of a 0.4 px line. */
const borderFaint = (palette: Palette) => `rgba(${hexToRgb(palette.border).join(', ')}, 0.4)`;

/** Marker and outline fade between MARKER_FADE_START_ZOOM and MARKER_FADE_END_ZOOM. */
const MARKER_FADE: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], MARKER_FADE_START_ZOOM, 1, MARKER_FADE_END_ZOOM, 0];

/**
 * Every layer of the style, keyed by its role (STYLE_LAYER_IDS), in draw order: first drawn first.
 * A paint value written as a function of the chosen layers is one a layer toggle changes.
 */
const STYLE_LAYERS = {
  background: { id: 'background', type: 'background', paint: { 'background-color': { byPalette: (palette: Palette) => palette.ocean } } },
  /** The fill colour, and the white borders as the fill's outline. */
  fill: {
    id: 'country-fill',
    type: 'fill',
    ...ON_COUNTRY_TILES,
    paint: {
      'fill-color': fillColor,
      // The borders: the outline MapLibre draws around every fill (1 px), faint at world zoom
      // like a hairline, white and firm closer in.
      'fill-outline-color': {
        byPalette: (palette: Palette): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 1, borderFaint(palette), 5, palette.border],
      },
    },
  },
  hatch: {
    id: 'visa-hatch',
    type: 'fill',
    ...ON_COUNTRY_TILES,
    filter: hatchable,
    paint: { 'fill-pattern': HATCH_IMAGE_ID, 'fill-opacity': hatchOpacity, 'fill-antialias': false },
  },
  lostHatch: {
    id: 'lost-ally-hatch',
    type: 'fill',
    ...ON_COUNTRY_TILES,
    filter: hatchable,
    paint: { 'fill-pattern': LOST_HATCH_IMAGE_ID, 'fill-opacity': lostHatchOpacity, 'fill-antialias': false },
  },
  nsp: {
    id: 'nsp-outline',
    type: 'line',
    ...ON_COUNTRY_TILES,
    filter: ['==', ['get', 'nsp'], 1],
    paint: { 'line-color': paletteColor('nspOutline'), 'line-width': nspWidth },
  },
  /** The outline of an ally gained or lost in the year. */
  change: {
    id: 'ally-change-outline',
    type: 'line',
    ...ON_COUNTRY_TILES,
    filter: hadRelations,
    paint: { 'line-color': paletteColor('changeOutline'), 'line-width': changeOutlineWidth },
  },
  /** The outline of the country under the pointer, on a source of its own (highlightFilter). */
  hover: highlightLayer('country-hover', 'hoverOutline', 1.5),
  /** The selected country's outline, likewise. */
  selection: highlightLayer('country-selection', 'selectedOutline', 2.5),
  markers: {
    id: 'small-country-markers',
    type: 'circle',
    source: SOURCE_IDS.markers,
    paint: {
      'circle-color': fillColor,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, ['case', isHome, 5, 4], 4, ['case', isHome, 7, 6], 7, 8],
      'circle-stroke-width': ['case', isSelected, 2.5, isHovered, 2, isChange, 2, 1.5],
      'circle-stroke-color': markerStrokeColor,
      'circle-opacity': MARKER_FADE,
      'circle-stroke-opacity': MARKER_FADE,
    },
  },
  lostMarks: {
    id: 'lost-marker-centres',
    type: 'circle',
    source: SOURCE_IDS.markers,
    // The markers' combination of properties (one program for both; see sameForEvery).
    paint: {
      'circle-color': paletteColor('changeOutline'),
      'circle-radius': lostMarkRadius,
      'circle-stroke-width': NONE,
      'circle-stroke-color': paletteColor('changeOutline'),
      'circle-opacity': MARKER_FADE,
      'circle-stroke-opacity': MARKER_FADE,
    },
  },
} satisfies Record<string, StyleLayerEntry>;

type StyleLayerRole = keyof typeof STYLE_LAYERS;

/** The style layers' ids by role, for the map controller. */
export const STYLE_LAYER_IDS = Object.fromEntries(Object.entries(STYLE_LAYERS).map(([role, { id }]) => [role, id])) as {
  [Role in StyleLayerRole]: (typeof STYLE_LAYERS)[Role]['id'];
};

/** A style layer's id. */
type StyleLayerId = (typeof STYLE_LAYER_IDS)[StyleLayerRole];

const ENTRIES: readonly StyleLayerEntry[] = Object.values(STYLE_LAYERS);

/** A paint value of the table for the chosen layers and palette: a function's value, the palette's, or the constant as it is. */
const paintValue = (value: unknown, layers: readonly LayerId[], palette: Palette) => {
  if (typeof value === 'function') return (value as (chosen: readonly LayerId[], colors: Palette) => unknown)(layers, palette);
  return isByPalette(value) ? value.byPalette(palette) : value;
};

/** A table entry as MapLibre takes it: its paint functions called for the chosen layers and palette. */
function specOf({ paint, ...layer }: StyleLayerEntry, layers: readonly LayerId[], palette: Palette): LayerSpecification {
  const values = Object.entries(paint).map(([property, value]) => [property, paintValue(value, layers, palette)]);
  return { ...layer, paint: Object.fromEntries(values) } as LayerSpecification;
}

/** One style layer's spec for the chosen layers, as map.addLayer takes it. */
export function styleLayerSpec(id: StyleLayerId, layers: readonly LayerId[], palette: Palette = PALETTE): LayerSpecification {
  const entry = ENTRIES.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No style layer ${id}`);
  return specOf(entry, layers, palette);
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
export function buildStyle(layers: readonly LayerId[], data: StyleData, palette: Palette = PALETTE): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCE_IDS.countries]: countryTilesSource(data.tilesUrl),
      [SOURCE_IDS.markers]: { type: 'geojson', data: data.markers },
      [SOURCE_IDS.highlight]: countryTilesSource(data.tilesUrl),
    },
    layers: ENTRIES.map((entry) => specOf(entry, layers, palette)),
  };
}

/** A paint property's new value on one style layer. */
type PaintUpdate = [layer: StyleLayerId, property: keyof AllPaintProperties, value: AllPaintProperties[keyof AllPaintProperties]];

/** The paint values of the table's entries that `varies`, for the chosen layers and palette. */
function paintUpdates(layers: readonly LayerId[], palette: Palette, varies: (value: unknown) => boolean): PaintUpdate[] {
  return ENTRIES.flatMap(({ id, paint }) =>
    Object.entries(paint).flatMap(([property, value]) => (varies(value) ? [[id, property, paintValue(value, layers, palette)] as PaintUpdate] : [])),
  );
}

/** The paint values that depend on the chosen layers (the table's functions), to set on a layer toggle. */
export function layerPaintUpdates(layers: readonly LayerId[], palette: Palette = PALETTE): PaintUpdate[] {
  return paintUpdates(layers, palette, (value) => typeof value === 'function');
}

/**
 * The paint values that may depend on the palette, to set on a change of theme: the palette's own
 * and the functions of the chosen layers (MapLibre skips those that come out as they were).
 */
export function themePaintUpdates(layers: readonly LayerId[], palette: Palette): PaintUpdate[] {
  return paintUpdates(layers, palette, (value) => typeof value === 'function' || isByPalette(value));
}
