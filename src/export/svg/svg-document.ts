import type { FeatureCollection, Point } from 'geojson';
import type { LayerId } from '../../data/layers.ts';
import type { LabelSubject } from '../../data/map-labels.ts';
import type { MapFeatureProperties } from '../../data/world.ts';
import type { Locale } from '../../i18n/locale.ts';
import { SVG_FONTS } from '../../i18n/font-stacks.ts';
import { messagesFor } from '../../i18n/messages.ts';
import type { Camera, PixelSize } from '../../map/camera.ts';
import { yearFeatureStates, type FeatureStateSources } from '../../map/feature-states.ts';
import { HATCH_IMAGE_ID, hatchImage, LOST_HATCH_IMAGE_ID, lostHatchImage } from '../../map/hatch-patterns.ts';
import { placeMapLabels } from '../../map/label-drawing.ts';
import { LEGEND_SWATCHES, PALETTE } from '../../map/palette.ts';
import { yearLabels } from '../../map/year-labels.ts';
import { FRAME_COLORS, frameBoxes, layoutFrame, wrapParts } from '../compose-frame.ts';
import { PANEL_GAP_PX, titleBandHeight } from '../compose-compare.ts';
import type { FrameText } from '../frame-text.ts';
import { panelProjection, worldCopyOffsets, type MapProjectionKind } from './panel-projection.ts';
import { svgCredit, svgFurniture } from './svg-frame.ts';
import { svgLabels } from './svg-labels.ts';
import { countryShapesAt, type WeightedTopology } from './country-shapes.ts';
import { drawMapLayers, type MarkerShape } from './svg-map-layers.ts';
import { element, escapeXml, num, paintAttributes, svgPaint } from './svg-markup.ts';

/** One map of the document: its year, camera and size in pixels, and the words of its frame (frame-text.ts). */
export interface SvgPanel {
  year: number;
  camera: Camera;
  size: PixelSize;
  text: FrameText;
}

/** The world as the SVG draws it: the country shapes with the tiles' ids and properties (weighed for simplification), the markers, and each country's point for its name. */
export interface SvgWorld {
  shapes: WeightedTopology;
  markers: FeatureCollection<Point, MapFeatureProperties> & { features: MarkerShape[] };
  centerByIso3: ReadonlyMap<string, [number, number]>;
}

/** Everything an SVG of the view is drawn from; pure data and functions, no map and no DOM. */
export interface SvgDocumentInput {
  /** One panel, or several side by side (the compare view) under one title. */
  panels: readonly SvgPanel[];
  world: SvgWorld;
  /** The year's feature-state and names, as the live map derives them (map-controller.ts MapDerivations). */
  derive: FeatureStateSources & { labelsFor: (year: number) => readonly LabelSubject[] };
  layers: readonly LayerId[];
  selected: string | null;
  locale: Locale;
  projection?: MapProjectionKind;
  /** The width of a text in a canvas font, in pixels (a canvas's measureText in the browser). */
  measure: (text: string, font: string) => number;
  /** The data's version and the app's address, for the file's metadata. */
  version: string;
  appAddress: string;
}

/** The furniture's colours on the legend's swatches, as the PNG's. */
const SWATCH_COLORS = { land: PALETTE.land, outline: PALETTE.changeOutline };
/** The document's solid background, behind and between the panels. */
const PAPER = '#ffffff';

const PATTERNS = { [HATCH_IMAGE_ID]: hatchImage(), [LOST_HATCH_IMAGE_ID]: lostHatchImage() };

/** A canvas-like text measurer over `measure`, for compose-frame.ts layoutFrame. */
function measurer(measure: SvgDocumentInput['measure']): Pick<CanvasRenderingContext2D, 'font' | 'measureText'> {
  return {
    font: '',
    measureText(text: string) {
      return { width: measure(text, this.font) } as TextMetrics;
    },
  };
}

/** The document's title: a panel's own, or, for several, the shared "1971 vs. 2025" one. */
function documentTitle(panels: readonly SvgPanel[], locale: Locale): string {
  return panels.length === 1 ? panels[0].text.title : messagesFor(locale).compare.caption(panels[0].text.year, panels[panels.length - 1].text.year);
}

/** Metadata a library or Wikimedia Commons reads: title, description, date, language, source, version and rights (Dublin Core in RDF). */
function metadataElement(title: string, description: string, input: SvgDocumentInput): string {
  const dc = (name: string, value: string) => `<dc:${name}>${escapeXml(value)}</dc:${name}>`;
  const work = [
    dc('title', title),
    dc('description', description),
    dc('language', input.locale),
    dc('source', input.appAddress),
    dc('identifier', `Taiwan Ties data ${input.version}`),
    dc('rights', messagesFor(input.locale).exports.svgRights),
    dc('format', 'image/svg+xml'),
  ].join('');
  return element(
    'metadata',
    {},
    element(
      'rdf:RDF',
      { 'xmlns:rdf': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' },
      element('rdf:Description', { 'rdf:about': '' }, work),
    ),
  );
}

/**
 * One panel: the map's style as SVG (svg-map-layers.ts), the year's names placed as the live map
 * places them (clear of the frame's furniture), and the frame's furniture; in a nested <svg>,
 * which clips the map to the panel.
 */
function panelElement(input: SvgDocumentInput, panel: SvgPanel, index: number, x: number, y: number, withCredit: boolean) {
  const { size, camera, year, text } = panel;
  const { width, height } = size;
  const kind = input.projection ?? 'mercator';
  const view = panelProjection(camera, size, kind);
  const offsets = worldCopyOffsets(view, width);
  const idPrefix = `p${index}-`;
  const drawing = drawMapLayers(
    {
      // The detail the panel's scale shows (the world's circumference in pixels).
      countries: countryShapesAt(input.world.shapes, 2 * Math.PI * view.projection.scale()),
      markers: input.world.markers,
      layers: input.layers,
      selected: input.selected,
      stateOf: yearFeatureStates(input.derive, year, input.selected),
      zoom: camera.zoom,
      view,
      width,
      height,
      patterns: PATTERNS,
      idPrefix,
    },
    offsets,
  );
  const layout = layoutFrame(measurer(input.measure), text, width, height);
  const labels = yearLabels({ year, layers: input.layers, lang: input.locale }, input.derive.labelsFor, input.world.centerByIso3).filter((label) =>
    view.shows(label.lngLat),
  );
  const { placed, fontPx } = placeMapLabels(labels, {
    size,
    project: (lngLat) => view.projection(lngLat) ?? [Number.NaN, Number.NaN],
    measure: input.measure,
    locale: input.locale,
    obstacles: frameBoxes(layout, width, height),
  });

  const worldId = `${idPrefix}world`;
  const world = element('g', { id: worldId }, drawing.world);
  const copies = offsets.slice(1).map((dx) => element('use', { 'xlink:href': `#${worldId}`, transform: `translate(${num(dx)} 0)` }));
  const globe = view.worldWidth === null;
  const sphere = globe ? sphereOutline(view) : '';
  const content = [
    globe ? element('rect', { width, height, fill: PAPER }) : element('rect', { width, height, ...drawing.background }),
    globe ? element('path', { d: sphere, ...drawing.background }) : '',
    world,
    ...copies,
    globe ? element('path', { d: sphere, fill: 'none', ...paintAttributes('stroke', svgPaint(FRAME_COLORS.muted)), 'stroke-width': 1 }) : '',
    element('g', { id: `${idPrefix}names` }, svgLabels(placed, fontPx, input.locale)),
    svgFurniture(layout, text, width, LEGEND_SWATCHES, SWATCH_COLORS),
    withCredit ? svgCredit(layout, text.locale, width, height) : '',
  ];
  return {
    defs: drawing.defs,
    layout,
    markup: element('svg', { id: `${idPrefix}panel`, x, y, width, height, viewBox: `0 0 ${width} ${height}` }, content.filter(Boolean).join('\n')),
  };
}

/** The outline of a globe's visible disc. */
function sphereOutline(view: ReturnType<typeof panelProjection>): string {
  const [cx, cy] = view.projection.translate();
  const r = view.projection.scale();
  return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
}

/**
 * The view as an SVG 1.1 document: vector shapes from the world file in the live map's projection
 * and colours, the names, and the frame's title, count, weight, year, legend and credit line as
 * text, on a solid background, with the data's version and licence in its metadata. Nothing in it
 * refers outside the file (no link, image, font or stylesheet). Several panels (two years compared)
 * stand side by side under one title, with one credit line along the bottom.
 */
export function svgDocument(input: SvgDocumentInput): string {
  return svgFile(input).text;
}

/** An SVG document and its size in pixels. */
export interface SvgFile {
  text: string;
  width: number;
  height: number;
}

/** The SVG document (svgDocument) with its size. */
export function svgFile(input: SvgDocumentInput): SvgFile {
  const { panels, locale } = input;
  if (panels.length === 0) throw new Error('An SVG needs at least one panel.');
  const compare = panels.length > 1;
  const title = documentTitle(panels, locale);
  const measure = measurer(input.measure);
  const first = layoutFrame(measure, panels[0].text, panels[0].size.width, panels[0].size.height);
  // A shared title goes in a band over the panels; a single panel's is on its own title card.
  const headerHeight = compare ? titleBandHeight(first) : 0;
  const width = panels.reduce((sum, panel) => sum + panel.size.width, 0) + PANEL_GAP_PX * (panels.length - 1);
  const height = headerHeight + Math.max(...panels.map((panel) => panel.size.height));
  let x = 0;
  const drawn = panels.map((panel, index) => {
    const result = panelElement(input, panel, index, x, headerHeight, !compare);
    x += panel.size.width + PANEL_GAP_PX;
    return result;
  });
  const parts: string[] = [];
  if (compare) {
    const font = SVG_FONTS[locale];
    parts.push(
      element(
        'text',
        {
          x: first.pad,
          y: headerHeight / 2 + first.title.size * 0.32,
          'font-family': font,
          'font-size': first.title.size,
          'font-weight': 700,
          ...paintAttributes('fill', svgPaint(FRAME_COLORS.ink)),
        },
        escapeXml(title),
      ),
    );
  }
  parts.push(...drawn.map((panel) => panel.markup));
  if (compare) {
    // One credit across the bottom, in the band each panel's layout keeps free for it, at the
    // panels' size; as wide as the document, so it needs no more lines than a panel's.
    measure.font = `${first.credit.size}px ${first.font}`;
    const credit = { ...first.credit, lines: wrapParts(measure, panels[0].text.credit, width - 2 * first.pad) };
    parts.push(element('g', { transform: `translate(0 ${headerHeight})` }, svgCredit({ ...first, credit }, locale, width, height - headerHeight)));
  }
  const description =
    panels
      .flatMap((panel) => [panel.text.count, panel.text.weight ?? ''])
      .filter(Boolean)
      .join(' · ') + ` · ${panels[0].text.credit}`;
  const text = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    element(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        'xmlns:xlink': 'http://www.w3.org/1999/xlink',
        version: '1.1',
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        'xml:lang': locale,
      },
      [
        element('title', {}, escapeXml(title)),
        element('desc', {}, escapeXml(description)),
        metadataElement(title, description, input),
        element('defs', {}, drawn.map((panel) => panel.defs).join('\n')),
        element('rect', { width, height, fill: PAPER }),
        ...parts,
      ].join('\n'),
    ),
    '',
  ].join('\n');
  return { text, width, height };
}
