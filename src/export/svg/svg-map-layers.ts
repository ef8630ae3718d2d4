import {
  featureFilter,
  latest,
  normalizePropertyExpression,
  type Color,
  type FilterSpecification,
  type LayerSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { LayerId } from '../../data/layers.ts';
import type { MapFeatureProperties } from '../../data/world.ts';
import type { FeatureState } from '../../map/feature-states.ts';
import type { PatternImage } from '../../map/hatch-patterns.ts';
import { buildStyle, highlightFilter, SOURCE_IDS, STYLE_LAYER_IDS } from '../../map/style-builders.ts';
import type { PanelProjection } from './panel-projection.ts';
import { element, type Attributes, num, paintAttributes, svgPaint } from './svg-markup.ts';

/**
 * The map's own style drawn as SVG: every layer of style-builders.ts in its order, each feature
 * painted with the value MapLibre's paint expressions give it (evaluated here by MapLibre's style
 * spec, with the year's feature-state), so the SVG's colours are the map's by construction, not a
 * second table. Fills are paths, hatchings SVG patterns made of the map's own pattern tiles,
 * lines strokes and markers circles. A paint property or layer type this file does not know
 * stops the export (a test draws every layer), rather than being left out unseen.
 */

/** A country shape with the map tiles' properties and id. */
export type CountryShape = Feature<Polygon | MultiPolygon, MapFeatureProperties> & { id: number };
/** A small country's marker with the same properties and id. */
export type MarkerShape = Feature<Point, MapFeatureProperties> & { id: number };

/** What the map is drawn from: the shapes and markers, and each shape's feature-state in the year. */
export interface MapLayerInput {
  countries: readonly CountryShape[];
  markers: FeatureCollection<Point, MapFeatureProperties> & { features: MarkerShape[] };
  layers: readonly LayerId[];
  /** The selected country, outlined as the map's selection layer outlines it. */
  selected: string | null;
  stateOf: (iso3: string) => FeatureState;
  zoom: number;
  view: PanelProjection;
  width: number;
  height: number;
  /** The style's pattern images by id (hatch-patterns.ts). */
  patterns: Record<string, PatternImage>;
  /** Prefix of the ids this panel defines, so that two panels' ids never meet. */
  idPrefix: string;
}

/** A panel's map: definitions (shapes, patterns), the background layer's paint (drawn once under every copy) and the drawing of one copy of the world. */
export interface MapLayerDrawing {
  defs: string;
  background: Attributes;
  world: string;
}

type PaintValues = Record<string, unknown>;
type Expression = ReturnType<typeof normalizePropertyExpression>;

/** The paint properties drawn, by layer type; any other in the style is an error. */
const DRAWN_PROPERTIES: Record<string, readonly string[]> = {
  background: ['background-color', 'background-opacity'],
  fill: ['fill-color', 'fill-opacity', 'fill-outline-color', 'fill-pattern', 'fill-antialias'],
  line: ['line-color', 'line-width', 'line-opacity'],
  circle: ['circle-color', 'circle-radius', 'circle-opacity', 'circle-stroke-width', 'circle-stroke-color', 'circle-stroke-opacity'],
};

const specs = latest as unknown as Record<string, Record<string, StylePropertySpecification>>;

/** A layer's paint values as expressions MapLibre's style spec evaluates, checked against what this file draws. */
function paintExpressions(layer: LayerSpecification): Map<string, Expression> {
  const drawn = DRAWN_PROPERTIES[layer.type];
  if (!drawn) throw new Error(`The SVG export does not draw ${layer.type} layers (${layer.id}).`);
  const expressions = new Map<string, Expression>();
  for (const [property, value] of Object.entries(('paint' in layer && layer.paint) || {})) {
    if (!drawn.includes(property)) throw new Error(`The SVG export does not draw ${property} (layer ${layer.id}).`);
    expressions.set(property, normalizePropertyExpression(value as never, 'paint', specs[`paint_${layer.type}`][property]));
  }
  return expressions;
}

/** A layer's paint for one feature: every property's value, or the spec's default where the style gives none. */
function evaluator(layer: LayerSpecification, zoom: number) {
  const expressions = paintExpressions(layer);
  const globals = { zoom };
  return (feature: { type: 1 | 3; id: number; properties: MapFeatureProperties } | null, state: FeatureState): PaintValues => {
    const values: PaintValues = {};
    for (const property of DRAWN_PROPERTIES[layer.type]) {
      const expression = expressions.get(property);
      values[property] = expression
        ? expression.evaluate(globals, (feature ?? undefined) as never, state)
        : (specs[`paint_${layer.type}`][property] as { default?: unknown }).default;
    }
    return values;
  };
}

/** A pattern image as an SVG pattern: a rectangle for each run of same-coloured pixels in a row. */
function patternElement(id: string, image: PatternImage): string {
  const rects: string[] = [];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width;) {
      const at = (y * image.width + x) * 4;
      const rgba = image.data.subarray(at, at + 4);
      let run = 1;
      while (x + run < image.width && image.data.subarray(at + run * 4, at + run * 4 + 4).every((value, index) => value === rgba[index])) run++;
      if (rgba[3] > 0) {
        const paint = svgPaint(`rgba(${rgba[0]}, ${rgba[1]}, ${rgba[2]}, ${rgba[3] / 255})`);
        rects.push(element('rect', { x, y, width: run, height: 1, ...paintAttributes('fill', paint) }));
      }
      x += run;
    }
  }
  return element('pattern', { id, patternUnits: 'userSpaceOnUse', width: image.width, height: image.height, 'shape-rendering': 'crispEdges' }, rects.join(''));
}

/**
 * A d3 path context that writes SVG path data compactly: coordinates rounded to a tenth of a
 * pixel, each point after a subpath's first as its offset from the one before (relative commands,
 * about a third shorter than d3's absolute ones). Offsets are taken between rounded points, so
 * rounding never adds up along a long coastline.
 */
class CompactPath {
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private inLine = false;

  private static round = (value: number) => Math.round(value * 10);
  /** A tenth-pixel count as a number, with the sign that also separates it from the one before. */
  private static write(tenths: number, first: boolean) {
    const text = String(tenths / 10).replace(/^(-?)0\./, '$1.');
    return first || text.startsWith('-') ? text : ` ${text}`;
  }

  moveTo(x: number, y: number) {
    [this.x, this.y] = [CompactPath.round(x), CompactPath.round(y)];
    [this.startX, this.startY] = [this.x, this.y];
    this.parts.push(`M${CompactPath.write(this.x, true)}${CompactPath.write(this.y, false)}`);
    this.inLine = false;
  }

  lineTo(x: number, y: number) {
    const [nx, ny] = [CompactPath.round(x), CompactPath.round(y)];
    const [dx, dy] = [nx - this.x, ny - this.y];
    if (dx === 0 && dy === 0) return;
    this.parts.push(`${this.inLine ? '' : 'l'}${CompactPath.write(dx, !this.inLine)}${CompactPath.write(dy, false)}`);
    this.inLine = true;
    [this.x, this.y] = [nx, ny];
  }

  closePath() {
    // A ring smaller than a tenth of a pixel is no ring at all.
    if (!this.inLine) this.parts.pop();
    else this.parts.push('z');
    [this.x, this.y] = [this.startX, this.startY];
    this.inLine = false;
  }

  arc() {
    throw new Error('The SVG export draws no points as paths.');
  }

  /** The path data written since the last call. */
  take(): string {
    const d = this.parts.join('');
    this.parts = [];
    return d;
  }
}

/** Whether a box [[x0, y0], [x1, y1]] shifted by `dx` meets the panel. */
const meets = ([[x0, y0], [x1, y1]]: [[number, number], [number, number]], dx: number, width: number, height: number) =>
  x1 + dx >= 0 && x0 + dx <= width && y1 >= 0 && y0 <= height;

/** Draws the map's style for one panel (see the top of this file). */
export function drawMapLayers(input: MapLayerInput, copyOffsets: readonly number[]): MapLayerDrawing {
  const { countries, markers, layers, selected, stateOf, zoom, view, width, height, patterns, idPrefix } = input;
  const { projection } = view;
  const context = new CompactPath();
  const path = geoPath(projection, context as never);
  const style = buildStyle(layers, { markers, tilesUrl: '' });

  // Each shape that shows in the panel, in any copy of the world, is defined once and used by every layer drawing it.
  const shapeIds = new Map<number, string>();
  const shapeDefs: string[] = [];
  for (const country of countries) {
    const bounds = path.bounds(country);
    if (!Number.isFinite(bounds[0][0]) || !copyOffsets.some((dx) => meets(bounds, dx, width, height))) continue;
    path(country);
    const d = context.take();
    if (!d) continue;
    // Named by code, for whoever edits the file (a shape without one by its number).
    const id = `${idPrefix}${country.properties.iso3 || `shape-${country.id}`}`;
    shapeIds.set(country.id, id);
    shapeDefs.push(element('path', { id, d }));
  }
  const patternIds = new Map<string, string>();
  const patternFor = (name: string) => {
    let id = patternIds.get(name);
    if (!id) {
      const image = patterns[name];
      if (!image) throw new Error(`The SVG export has no pattern image ${name}.`);
      patternIds.set(name, (id = `${idPrefix}pattern-${name}`));
    }
    return id;
  };
  const shapeReference = (id: string, attributes: Attributes) => element('use', { 'xlink:href': `#${id}`, ...attributes });

  let background: MapLayerDrawing['background'] = { fill: 'none' };
  const world: string[] = [];
  for (const spec of style.layers) {
    const layer = spec.id === STYLE_LAYER_IDS.selection && selected ? { ...spec, filter: highlightFilter(selected), layout: { visibility: 'visible' } } : spec;
    if ((layer.layout as { visibility?: string } | undefined)?.visibility === 'none') continue;
    const paintOf = evaluator(layer as LayerSpecification, zoom);
    if (layer.type === 'background') {
      const values = paintOf(null, {});
      background = paintAttributes('fill', svgPaint(values['background-color'] as Color), values['background-opacity'] as number);
      continue;
    }
    const filter = 'filter' in layer && layer.filter ? featureFilter(layer.filter as FilterSpecification, 'filter') : null;
    const source = 'source' in layer ? layer.source : null;
    const drawn: string[] = [];
    if (source === SOURCE_IDS.markers) {
      for (const marker of markers.features) {
        const feature = { type: 1 as const, id: marker.id, properties: marker.properties };
        const state = stateOf(marker.properties.iso3);
        if (filter && !filter.filter({ zoom }, feature as never)) continue;
        const lngLat = marker.geometry.coordinates as [number, number];
        const point = view.shows(lngLat) ? projection(lngLat) : null;
        if (!point || !copyOffsets.some((dx) => point[0] + dx > -20 && point[0] + dx < width + 20)) continue;
        drawn.push(circleOf(paintOf(feature, state), point, `${idPrefix}${layer.id}-${marker.properties.iso3}`));
      }
    } else {
      for (const country of countries) {
        const id = shapeIds.get(country.id);
        if (!id) continue;
        const feature = { type: 3 as const, id: country.id, properties: country.properties };
        if (filter && !filter.filter({ zoom }, feature as never)) continue;
        const values = paintOf(feature, stateOf(country.properties.iso3));
        const attributes = layer.type === 'fill' ? fillAttributes(values, patternFor) : lineAttributes(values);
        if (attributes) drawn.push(shapeReference(id, attributes));
      }
    }
    if (drawn.length) world.push(element('g', { id: `${idPrefix}${layer.id}` }, drawn.join('')));
  }
  const patternDefs = [...patternIds].map(([name, id]) => patternElement(id, patterns[name]));
  return { defs: [...patternDefs, ...shapeDefs].join('\n'), background, world: world.join('\n') };
}

/** A fill: its colour or pattern, its opacity and, while antialiased, its 1 px outline; null when nothing shows. */
function fillAttributes(values: PaintValues, patternFor: (name: string) => string): Attributes | null {
  const opacity = values['fill-opacity'] as number;
  if (opacity <= 0) return null;
  const pattern = values['fill-pattern'] as { name: string } | string | null | undefined;
  const patternName = typeof pattern === 'string' ? pattern : pattern?.name;
  if (patternName) return { fill: `url(#${patternFor(patternName)})`, 'fill-opacity': opacity < 1 ? opacity : null };
  const fill = svgPaint(values['fill-color'] as Color);
  if (!fill) return null;
  // MapLibre outlines an antialiased fill in the outline colour, else in the fill's own.
  const outline = values['fill-antialias'] ? svgPaint((values['fill-outline-color'] as Color | undefined) ?? (values['fill-color'] as Color)) : null;
  return { ...paintAttributes('fill', fill, opacity), ...(outline ? { ...paintAttributes('stroke', outline, opacity), 'stroke-width': 1 } : {}) } as Attributes;
}

/** A line along a shape's outline; null where its width or opacity is 0. */
function lineAttributes(values: PaintValues): Attributes | null {
  const width = values['line-width'] as number;
  const stroke = svgPaint(values['line-color'] as Color);
  if (width <= 0 || !stroke) return null;
  return { fill: 'none', ...paintAttributes('stroke', stroke, values['line-opacity'] as number), 'stroke-width': width, 'stroke-miterlimit': 2 } as Attributes;
}

/** A marker: MapLibre strokes a circle outside its radius, SVG on it, so the SVG circle is half the stroke larger. */
function circleOf(values: PaintValues, [x, y]: [number, number], id: string): string {
  const radius = values['circle-radius'] as number;
  const strokeWidth = values['circle-stroke-width'] as number;
  if (radius <= 0 && strokeWidth <= 0) return '';
  const fill = paintAttributes('fill', svgPaint(values['circle-color'] as Color), values['circle-opacity'] as number);
  const stroke = strokeWidth > 0 ? paintAttributes('stroke', svgPaint(values['circle-stroke-color'] as Color), values['circle-stroke-opacity'] as number) : {};
  if (fill.fill === 'none' && (stroke.stroke ?? 'none') === 'none') return '';
  return element('circle', {
    id,
    cx: num(x),
    cy: num(y),
    r: num(radius + (strokeWidth > 0 ? strokeWidth / 2 : 0)),
    ...fill,
    ...stroke,
    'stroke-width': strokeWidth > 0 ? strokeWidth : null,
  });
}
