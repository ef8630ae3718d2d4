import { timelineYear } from '../../../../src/data/ally-timeline.ts';
import { deriveData } from '../../../../src/data/derived-data.ts';
import { drawableLayers } from '../../../../src/data/layer-availability.ts';
import type { LayerId } from '../../../../src/data/layers.ts';
import { labelSubjects } from '../../../../src/data/map-labels.ts';
import { partnerChanges } from '../../../../src/data/partners.ts';
import type { Locale } from '../../../../src/i18n/locale.ts';
import type { Camera, PixelSize } from '../../../../src/map/camera.ts';
import { frameText } from '../../../../src/export/frame-text.ts';
import type { SvgDocumentInput, SvgPanel } from '../../../../src/export/svg/svg-document.ts';
import { readDataset } from '../../../../scripts/read-dataset.ts';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { WORLD_OUTPUT_PATH } from '../../../../scripts/build-geometry.ts';
import { countryShapesTopology } from '../../../../scripts/geometry/world-features.ts';
import { readWorldFeatures } from '../../../../scripts/vite-plugin-map-tiles.ts';
import { weighShapes, type CountryTopology } from '../../../../src/export/svg/country-shapes.ts';

/**
 * The SVG export's input from the real data and world file, derived as the app derives it
 * (src/app/MapView.tsx), so the tests name today's twelve allies by their names.
 */
const dataset = readDataset();
export const TODAY = new Date('2026-11-21T00:00:00Z');
const { timeline, availability, profiles } = deriveData(dataset, TODAY);
const world = readWorldFeatures();
/** The countries as the page imports them (virtual:world-shapes), weighed once. */
const shapes = weighShapes(countryShapesTopology(JSON.parse(readFileSync(WORLD_OUTPUT_PATH, 'utf8')) as Topology, world) as CountryTopology);
export { timeline, world };

/** A text's width as a fixed share of its font size per character (a Chinese one a whole em): no canvas in Node. */
export function fixedWidthMeasure(text: string, font: string): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 16);
  return [...text].reduce((width, char) => width + size * (char.codePointAt(0)! >= 0x2e80 ? 1 : 0.55), 0);
}

export const APP_ADDRESS = 'https://atlas.example/ties/';
export const VERSION = '2026.12.04';

/** A panel of a year, with its frame's words as the exporter writes them. */
export function panelOf(year: number, camera: Camera, size: PixelSize, layers: readonly LayerId[], locale: Locale): SvgPanel {
  const text = frameText({ timeline, availability, layers, weights: dataset.allyWeight, appAddress: APP_ADDRESS, version: VERSION, locale }, year);
  return { year, camera, size, text };
}

export function svgInput(panels: SvgPanel[], layers: readonly LayerId[], locale: Locale, overrides: Partial<SvgDocumentInput> = {}): SvgDocumentInput {
  return {
    panels,
    world: { shapes, markers: world.markers, centerByIso3: world.centerByIso3 },
    derive: {
      statusesFor: (year) => timelineYear(timeline, year).statusByShape,
      recognitionFor: (year) => timelineYear(timeline, year).recognition.byShape,
      partnerChangesFor: (year) => partnerChanges(timelineYear(timeline, year).partners, profiles),
      drawableLayersIn: (year) => drawableLayers(year, availability),
      labelsFor: (year) => labelSubjects(timelineYear(timeline, year), timeline.names),
    },
    layers,
    selected: null,
    locale,
    measure: fixedWidthMeasure,
    version: VERSION,
    appAddress: APP_ADDRESS,
    ...overrides,
  };
}
