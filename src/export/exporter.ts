import { timelineYear, type AllyTimeline } from '../data/ally-timeline.ts';
import type { AllyWeight } from '../data/ally-weight.ts';
import type { CountryProfile } from '../data/country-profiles.ts';
import type { DetailsLoader } from '../data/details.ts';
import type { Locale, Localized } from '../i18n/locale.ts';
import { messagesFor } from '../i18n/messages.ts';
import { drawableLayers, type LayerAvailability } from '../data/layer-availability.ts';
import type { LayerId } from '../data/layers.ts';
import type { YearRange } from '../data/year-range.ts';
import { cameraForSize, type Camera, type PixelSize } from '../map/camera.ts';
import { ExportMap, exportMapLayout } from '../map/export-map.ts';
import type { MapSnapshot } from '../map/map-frame.ts';
import type { MapHandle } from '../map/map-handle.ts';
import type { FrameObstacles } from '../map/map-controller.ts';
import { LEGEND_SWATCHES, PALETTE } from '../map/palette.ts';
import { DEFAULT_HOLD_SECONDS, type PlaySpeed } from '../state/playback.ts';
import { viewLink } from '../state/share-links.ts';
import { shownTheme, urlBackedState, type AppStore, type UrlBackedState } from '../state/store.ts';
import { composeFrame, frameFurniture } from './compose-frame.ts';
import { comparePanelSize, compareImageSize, composeSideBySide } from './compose-compare.ts';
import { orderedYears } from '../data/year-compare.ts';
import { formatYear } from '../i18n/format.ts';
import { frameSchedule, scheduleDurationUs, type ScheduledFrame } from './frame-schedule.ts';
import { frameText } from './frame-text.ts';
import { createGifWriter } from './gif-writer.ts';
import { encodableCodec, type VideoContainer } from './video-formats.ts';
import { viewCsv, viewCsvFileName } from './view-csv.ts';
import { createWebmRecorder, webmType } from './webm-recorder.ts';
import { ExportFailure } from './export-failure.ts';
import type { MapProjectionKind } from './svg/panel-projection.ts';

/**
 * An image size: the live view as it is on screen, or a fixed size in pixels, with the name its
 * files carry (`taiwan-ties-1971-a4-landscape.png`; `1920x1080` when it has none).
 */
export type ImageSize = 'view' | (PixelSize & { name?: string });

/** The files a replay exports to: WebM or MP4 video, or an animated GIF. */
export type ReplayFormat = VideoContainer | 'gif';

/** A map of an SVG export: its year, and a camera and size other than the live view's (the compare view's second map). */
export interface SvgPanelRequest {
  year: number;
  camera?: Camera;
  size?: PixelSize;
}

/** What an SVG export draws besides the size: the maps side by side (default: the view's year alone) and the projection. */
export interface SvgOptions {
  panels?: readonly SvgPanelRequest[];
  projection?: MapProjectionKind;
}

/** What a replay export needs: the years, the look and the pace. */
export interface ReplayOptions {
  format: ReplayFormat;
  size: PixelSize;
  range: YearRange;
  speed: PlaySpeed;
  /** Seconds the last year stays at the end. */
  holdSeconds: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** A finished export: the file, and what it took to make. */
export interface ExportResult {
  blob: Blob;
  fileName: string;
  width: number;
  height: number;
  frames: number;
  /** How long making it took. */
  milliseconds: number;
  /** A replay's own length: its frames' durations added up. */
  durationMs?: number;
}

/** What a replay's frames are written to: a video encoder or the GIF writer. */
interface FrameWriter {
  addFrame(frame: ScheduledFrame): Promise<void> | void;
  finish(): Promise<Blob> | Blob;
  cancel(): void;
}

/** What the exporter reads: the live map (once it exists), the store and the data. */
export interface ExporterSources {
  map: MapHandle;
  store: AppStore;
  timeline: AllyTimeline;
  availability: Record<LayerId, LayerAvailability>;
  profiles: ReadonlyMap<string, CountryProfile>;
  names: ReadonlyMap<string, Localized>;
  /** The allies' weight by year, written under the count. */
  weights: readonly AllyWeight[];
  years: YearRange;
  /** The texts a reader opens: the CSV's citations come from them. */
  details: DetailsLoader;
  /** The data's version (data/CHANGELOG.md), printed in every export. */
  version: string;
  /** The app's address: exports cite the permalink of their view there (share-links.ts viewLink). */
  appAddress: string;
}

const COLORS = { land: PALETTE.land, outline: PALETTE.changeOutline, ocean: PALETTE.ocean };

function abortIfAsked(signal: AbortSignal | undefined) {
  if (signal?.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
}

/** Text widths in a canvas font, measured once each: an SVG's layout places the same names and lines as the canvas's. */
const textWidths = new Map<string, number>();
let measuringContext: CanvasRenderingContext2D | null = null;
const measuring = () => (measuringContext ??= document.createElement('canvas').getContext('2d')!);
function measureText(text: string, font: string): number {
  const key = `${font}|${text}`;
  let width = textWidths.get(key);
  if (width === undefined) {
    const context = measuring();
    context.font = font;
    textWidths.set(key, (width = context.measureText(text).width));
  }
  return width;
}

/** A fixed size's part of a file name: `-a4-landscape`, `-1920x1080`; none for the view as on screen. */
const sizeSuffix = (size: ImageSize) => (size === 'view' ? '' : `-${size.name ?? `${size.width}x${size.height}`}`);

/** Files are named after what they show: `taiwan-ties-1971.png`, `taiwan-ties-1971-2024.webm`. */
const fileBase = (years: string) => `taiwan-ties-${years}`;

/**
 * Image, video and data exports of the current view. Images and videos of a chosen size come
 * from a hidden export map (export-map.ts); an image of the view as it is comes from the live
 * map's next frame. Each frame is composed with its title, legend, year and credit line.
 */
export function createExporter(sources: ExporterSources) {
  /** The live map's answer, or a failure that says the map is not there yet. */
  const fromLiveMap = <T>(answer: T | null): T => {
    if (answer === null) throw new ExportFailure('map-not-ready');
    return answer;
  };
  /**
   * The link to an exported view, cited on it: the share link (share-links.ts viewLink) of the
   * current state with what the export shows in its place, on the map, without the camera (the
   * picture shows the framing; the link stays short enough to type from paper).
   */
  const permalinkOf = (shown: Partial<UrlBackedState>) =>
    viewLink(sources.appAddress, { ...urlBackedState(sources.store.getState()), view: 'map', ...shown }, sources.years);
  /** The link to a still view of `year`. */
  const yearLink = (year: number, layers: readonly LayerId[], lang: Locale) => permalinkOf({ year, layers: [...layers], lang, playing: false });

  /**
   * Draws a frame; `layers` are those the map image was drawn with, so the legend matches it,
   * `lang` the language chosen as the export started (a replay keeps it to its last frame), and
   * `permalink` the link the credit line cites.
   */
  const textOf = (year: number, layers: readonly LayerId[], lang: Locale, permalink: string) =>
    frameText(
      {
        timeline: sources.timeline,
        availability: sources.availability,
        layers,
        weights: sources.weights,
        appAddress: sources.appAddress,
        permalink,
        version: sources.version,
        locale: lang,
      },
      year,
    );
  const compose = (canvas: HTMLCanvasElement, map: CanvasImageSource, year: number, layers: readonly LayerId[], lang: Locale, permalink: string) => {
    composeFrame(canvas.getContext('2d')!, map, textOf(year, layers, lang, permalink), LEGEND_SWATCHES, COLORS);
  };
  /** The map's names keep clear of what a frame draws over the map. */
  const furnitureOf =
    (year: number, layers: readonly LayerId[], lang: Locale, permalink: string): FrameObstacles =>
    ({ width, height }) =>
      frameFurniture(textOf(year, layers, lang, permalink), width, height);

  async function openExportMap(size: PixelSize): Promise<ExportMap> {
    const { size: liveSize, camera, ...source } = fromLiveMap(sources.map.exportSource());
    // A large frame is a map of its CSS size drawn at a higher pixel ratio: the camera is for that size.
    const { cssSize } = exportMapLayout(size);
    return ExportMap.open({ ...source, years: sources.years, camera: cameraForSize(camera, liveSize, cssSize) }, size);
  }

  /**
   * The writer of a replay's frames: for video, WebCodecs with the first codec this browser encodes
   * at `size` (video-formats.ts), loaded now; MediaRecorder in real time for WebM where it cannot.
   */
  async function openWriter(format: ReplayFormat, canvas: HTMLCanvasElement, tags: { title: string; comment: string }): Promise<FrameWriter> {
    if (format === 'gif') {
      const gif = createGifWriter(canvas.width, canvas.height);
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      return { addFrame: (frame) => gif.addFrame(ctx, frame.durationUs / 1000), finish: () => gif.finish(), cancel: () => {} };
    }
    const codec = await encodableCodec(format, canvas);
    if (codec) {
      // A canvas in memory, not on the GPU: the encoder reads every frame back, and reading back
      // a GPU canvas can cost more than encoding the frame (without a GPU, several times more).
      canvas.getContext('2d', { willReadFrequently: true });
      const { createVideoEncoder } = await import('./video-encoder.ts');
      return createVideoEncoder(canvas, { container: format, codec, tags });
    }
    if (format === 'webm' && webmType()) {
      const recorder = createWebmRecorder(canvas);
      return { addFrame: (frame) => recorder.addFrame(frame.durationUs / 1000), finish: () => recorder.finish(), cancel: () => recorder.cancel() };
    }
    throw new ExportFailure(format === 'webm' ? 'no-webm' : 'no-mp4');
  }

  /**
   * The compare view as one PNG: each year's map as a whole frame, side by side under one title
   * band, from one hidden export map at the panels' size with the live camera. At the view's size,
   * each panel is as large as the live map; a chosen size is the whole image's.
   */
  async function comparePng(size: ImageSize, compare: number, started: number): Promise<ExportResult> {
    const { size: liveSize, camera, ...source } = fromLiveMap(sources.map.exportSource());
    const { year, layers, lang } = source.state;
    const years = orderedYears(year, compare);
    // The compare view's own link, which both panels cite.
    const link = yearLink(year, layers, lang);
    const firstText = textOf(years[0], layers, lang, link);
    const panel = size === 'view' ? liveSize : comparePanelSize(measuring(), firstText, size, years.length);
    const { cssSize } = exportMapLayout(panel);
    const exportMap = await ExportMap.open({ ...source, years: sources.years, camera: cameraForSize(camera, liveSize, cssSize) }, panel);
    const frames: HTMLCanvasElement[] = [];
    try {
      for (const shown of years) {
        const frame = document.createElement('canvas');
        frame.width = panel.width;
        frame.height = panel.height;
        compose(frame, await exportMap.frame(shown, furnitureOf(shown, layers, lang, link)), shown, layers, lang, link);
        frames.push(frame);
      }
    } finally {
      exportMap.destroy();
    }
    const canvas = document.createElement('canvas');
    Object.assign(canvas, compareImageSize(measuring(), firstText, panel, years.length));
    const [then, now] = years.map((shown) => formatYear(shown, lang));
    composeSideBySide(canvas.getContext('2d')!, frames, messagesFor(lang).compare.caption(then, now), firstText);
    return {
      blob: await toPng(canvas),
      fileName: `${fileBase(years.join('-vs-'))}${sizeSuffix(size)}.png`,
      width: canvas.width,
      height: canvas.height,
      frames: 1,
      milliseconds: performance.now() - started,
    };
  }

  const toPng = (canvas: HTMLCanvasElement) =>
    new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new ExportFailure('not-encoded'))), 'image/png'));

  return {
    /** A PNG of the view at the screen's size or a chosen one; of both maps side by side in the compare view. */
    async png(size: ImageSize): Promise<ExportResult> {
      const started = performance.now();
      const { lang, compare } = sources.store.getState();
      if (compare !== null) return comparePng(size, compare, started);
      let shot: MapSnapshot;
      // Exports are drawn in the light palette whatever the theme (palette.ts paletteFor): the live
      // map is copied only while it shows it, else a hidden map draws the view at its size.
      if (size === 'view' && shownTheme(sources.store.getState()) === 'light') {
        // The year and layers the frame was drawn with, read at the frame: playback may move on meanwhile.
        const { year, layers } = sources.store.getState();
        shot = await fromLiveMap(sources.map.snapshot(furnitureOf(year, layers, lang, yearLink(year, layers, lang))));
      } else {
        const { year, layers } = sources.store.getState();
        const exportMap = await openExportMap(size === 'view' ? fromLiveMap(sources.map.exportSource()).size : size);
        try {
          shot = { canvas: await exportMap.frame(year, furnitureOf(year, layers, lang, yearLink(year, layers, lang))), year, layers };
        } finally {
          exportMap.destroy();
        }
      }
      const { year } = shot;
      const canvas = document.createElement('canvas');
      canvas.width = shot.canvas.width;
      canvas.height = shot.canvas.height;
      compose(canvas, shot.canvas, year, shot.layers, lang, yearLink(year, shot.layers, lang));
      const blob = await toPng(canvas);
      return {
        blob,
        fileName: `${fileBase(String(year))}${sizeSuffix(size)}.png`,
        width: canvas.width,
        height: canvas.height,
        frames: 1,
        milliseconds: performance.now() - started,
      };
    },

    /**
     * A WebM or MP4 video or an animated GIF of a replay: one frame a year, each lasting the
     * playback pace exactly (frame-schedule.ts), the last year held. A video is encoded frame by
     * frame as fast as the frames are drawn, not in real time (except by the MediaRecorder fallback).
     */
    async replay({ format, size, range, speed, holdSeconds, signal, onProgress }: ReplayOptions): Promise<ExportResult> {
      const started = performance.now();
      const schedule = frameSchedule(range, speed, holdSeconds);
      const canvas = document.createElement('canvas');
      canvas.width = size.width;
      canvas.height = size.height;
      abortIfAsked(signal);
      // The layers and language as the export starts: the export map keeps them, and so do the words.
      const { layers, lang } = sources.store.getState();
      // Every frame cites the replay: its range and pace, from its first year, playing.
      // The replay of the live map alone: a compare view's second year is not in the video.
      const permalink = permalinkOf({
        layers: [...layers],
        lang,
        range,
        speed,
        year: range.from,
        playing: true,
        loop: false,
        hold: DEFAULT_HOLD_SECONDS,
        compare: null,
      });
      // The file's own tags say what it is and cite it as its frames do.
      const tags = { title: messagesFor(lang).share.frameTitleReplay(range.from, range.to), comment: textOf(range.from, layers, lang, permalink).credit };
      // The encoder first: if this browser cannot make the file, no export map is left behind.
      const writer = await openWriter(format, canvas, tags);
      let exportMap: ExportMap | null = null;
      try {
        abortIfAsked(signal);
        exportMap = await openExportMap(size);
        for (const [index, frame] of schedule.entries()) {
          abortIfAsked(signal);
          const { year } = frame;
          compose(canvas, await exportMap.frame(year, furnitureOf(year, layers, lang, permalink)), year, layers, lang, permalink);
          await writer.addFrame(frame);
          onProgress?.(index + 1, schedule.length);
          // Let the progress bar paint and a Cancel click through between frames.
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        abortIfAsked(signal);
        const blob = await writer.finish();
        // A Cancel during the last year's hold still cancels.
        abortIfAsked(signal);
        return {
          blob,
          fileName: `${fileBase(`${range.from}-${range.to}`)}.${format}`,
          ...size,
          frames: schedule.length,
          milliseconds: performance.now() - started,
          durationMs: scheduleDurationUs(schedule) / 1000,
        };
      } catch (error) {
        writer.cancel();
        throw error;
      } finally {
        exportMap?.destroy();
      }
    },

    /**
     * A vector SVG of the view (svg/svg-document.ts) at the screen's size or a chosen one, drawn
     * from the shapes and the map's style rather than from its pixels: the same colours, names
     * and frame as the PNG. With several panels (the compare view), the maps stand side by side
     * under one title. The drawing code and the shapes load on first use.
     */
    async svg(size: ImageSize, { panels, projection }: SvgOptions = {}): Promise<ExportResult> {
      const started = performance.now();
      const { size: liveSize, camera: liveCamera, state, world, derive } = fromLiveMap(sources.map.exportSource());
      const { layers, lang, selected } = state;
      // The compare view's two years, earlier first, unless panels are asked for; the live map's projection unless another is.
      const { compare } = sources.store.getState();
      const shownYears = compare === null ? [state.year] : orderedYears(state.year, compare);
      const [{ svgFile }, { worldShapes }] = await Promise.all([import('./svg/svg-document.ts'), import('./svg/world-shapes.ts')]);
      const requests: readonly SvgPanelRequest[] = panels ?? shownYears.map((year) => ({ year }));
      const link = yearLink(state.year, layers, lang);
      // A chosen size is the whole file's: several panels share its width under the title band.
      const chosenPanel = (target: PixelSize) =>
        requests.length === 1 ? target : comparePanelSize(measuring(), textOf(requests[0].year, layers, lang, link), target, requests.length);
      const svgPanels = requests.map(({ year, camera = liveCamera, size: panelSize = liveSize }) => {
        const target = size === 'view' ? panelSize : chosenPanel(size);
        return { year, camera: cameraForSize(camera, panelSize, target), size: target, text: textOf(year, layers, lang, link) };
      });
      const { text, width, height } = svgFile({
        panels: svgPanels,
        world: { shapes: worldShapes(), markers: world.markers, centerByIso3: world.centerByIso3 },
        derive,
        layers,
        selected,
        locale: lang,
        projection: projection ?? state.projection,
        measure: measureText,
        version: sources.version,
        appAddress: sources.appAddress,
      });
      const blob = new Blob([text], { type: 'image/svg+xml' });
      return {
        blob,
        fileName: `${fileBase(svgPanels.map((panel) => panel.year).join('-vs-'))}.svg`,
        width,
        height,
        frames: 1,
        milliseconds: performance.now() - started,
      };
    },

    /** The data behind the view as CSV: one row per country the view colours, with sources, in the language chosen. */
    async csv(): Promise<{ blob: Blob; fileName: string }> {
      const details = await sources.details.load();
      const { year, layers, lang } = sources.store.getState();
      const entry = timelineYear(sources.timeline, year);
      const drawable = drawableLayers(year, sources.availability);
      const text = viewCsv({
        year,
        layers,
        entry,
        profiles: sources.profiles,
        names: sources.names,
        locale: lang,
        drawable,
        details,
        version: sources.version,
        permalink: yearLink(year, layers, lang),
      });
      return { blob: new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName: viewCsvFileName(year, layers) };
    },
  };
}

export type Exporter = ReturnType<typeof createExporter>;
