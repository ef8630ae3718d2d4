import { useEffect, useId, useRef, useState } from 'react';
import type { Exporter, ExportResult, ImageSize, ReplayFormat } from '../export/exporter.ts';
import { encodableCodec, hasVideoEncoder, type VideoContainer } from '../export/video-formats.ts';
import { webmType } from '../export/webm-recorder.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import type { ExportsMessages } from '../i18n/messages/exports.ts';
import { useAppContext, useAppState, useLocale, useMessages } from '../state/app-context.tsx';
import { DEFAULT_HOLD_SECONDS, PLAY_SPEEDS, STEP_INTERVAL_MS, type PlaySpeed } from '../state/playback.ts';
import { parseYear } from '../state/url/value-parsers.ts';
import { exportFailureOf, type ExportFailureCode } from '../export/export-failure.ts';

/** Loads the exporter on first use: the encoders stay out of the page's first load. */
export type LoadExporter = () => Promise<Exporter>;

/**
 * Image sizes: the view as on screen, or a fixed size for slides, social posts or print (A4 at
 * 300 dpi). Text on the frame scales with its shorter side (compose-frame.ts), which puts an A4
 * page's title at about 22 pt and its credit at about 9 pt.
 */
const IMAGE_SIZES: { id: string; label: (exports: ExportsMessages) => string; size: ImageSize }[] = [
  { id: 'view', label: (exports) => exports.sizeView, size: 'view' },
  { id: '1920x1080', label: (exports) => exports.sizeSlides('1920 × 1080'), size: { width: 1920, height: 1080 } },
  { id: '1080x1080', label: (exports) => exports.sizeSquare('1080 × 1080'), size: { width: 1080, height: 1080 } },
  { id: '3840x2160', label: (exports) => exports.sizeUltraHd('3840 × 2160'), size: { width: 3840, height: 2160 } },
  { id: 'a4-landscape', label: (exports) => exports.sizeA4Landscape('3508 × 2480'), size: { width: 3508, height: 2480, name: 'a4-landscape' } },
  { id: 'a4-portrait', label: (exports) => exports.sizeA4Portrait('2480 × 3508'), size: { width: 2480, height: 3508, name: 'a4-portrait' } },
];
const VIDEO_SIZES = {
  video: [
    { id: '1280x720', label: '1280 × 720', size: { width: 1280, height: 720 } },
    { id: '1920x1080', label: '1920 × 1080', size: { width: 1920, height: 1080 } },
    { id: '1080x1080', label: '1080 × 1080', size: { width: 1080, height: 1080 } },
  ],
  gif: [
    { id: '800x450', label: '800 × 450', size: { width: 800, height: 450 } },
    { id: '1280x720', label: '1280 × 720', size: { width: 1280, height: 720 } },
    { id: '600x600', label: '600 × 600', size: { width: 600, height: 600 } },
  ],
};

/**
 * A status line's content, kept as what happened rather than as words, so that it follows the
 * language switch: a fixed message, a finished export, or a failure.
 */
type Outcome =
  | { kind: 'none' }
  | {
      kind: 'text';
      key: 'drawingImage' | 'drawingSvg' | 'copyingImage' | 'imageCopied' | 'imageCopyRefused' | 'recording' | 'encoding' | 'drawingFrames' | 'cancelled';
    }
  | { kind: 'saved'; result: ExportResult }
  | { kind: 'saved-csv'; fileName: string; bytes: number }
  | { kind: 'failed'; reason: string }
  | { kind: 'known-failure'; code: ExportFailureCode };

const NONE: Outcome = { kind: 'none' };

const kilobytes = (bytes: number, locale: Locale) => `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB`;
/** A file's size: in KB, or in MB with one decimal from 1 MB (a 4K or A4 PNG). */
const fileSize = (bytes: number, locale: Locale) =>
  bytes < 1024 * 1024 ? kilobytes(bytes, locale) : `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, locale)} MB`;
const seconds = (ms: number) => (ms / 1000).toFixed(1);

function describeOutcome(outcome: Outcome, exports: ExportsMessages, locale: Locale): string {
  switch (outcome.kind) {
    case 'none':
      return '';
    case 'text':
      return exports[outcome.key];
    case 'saved': {
      const { result } = outcome;
      const facts = [
        `${result.width} × ${result.height}`,
        ...(result.frames > 1 ? [exports.frames(result.frames)] : []),
        ...(result.durationMs !== undefined ? [exports.lasting(seconds(result.durationMs))] : []),
      ];
      return exports.saved(result.fileName, [...facts, fileSize(result.blob.size, locale), exports.madeIn(seconds(result.milliseconds))]);
    }
    case 'saved-csv':
      return exports.savedCsv(outcome.fileName, kilobytes(outcome.bytes, locale));
    case 'failed':
      return exports.failed(outcome.reason);
    case 'known-failure':
      return exports.failed(exports.failure[outcome.code]);
  }
}

function outcomeOfError(error: unknown): Outcome {
  if (error instanceof DOMException && error.name === 'AbortError') return { kind: 'text', key: 'cancelled' };
  const code = exportFailureOf(error);
  return code ? { kind: 'known-failure', code } : { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
}

/** A line that says what the last action did, in the language shown; announced to screen readers. */
function Status({ outcome, testId }: { outcome: Outcome; testId: string }) {
  const locale = useLocale();
  const { exports } = useMessages();
  return (
    <p className="export-status" role="status" data-testid={testId}>
      {describeOutcome(outcome, exports, locale)}
    </p>
  );
}

function ImageExport({ loadExporter, save }: { loadExporter: LoadExporter; save: (result: { blob: Blob; fileName: string }) => void }) {
  const id = useId();
  const { exports } = useMessages();
  const [sizeId, setSizeId] = useState(IMAGE_SIZES[0].id);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Outcome>(NONE);
  const size = IMAGE_SIZES.find((option) => option.id === sizeId)!.size;

  const download = async (format: 'png' | 'svg' = 'png') => {
    if (busy) return;
    setBusy(true);
    setStatus({ kind: 'text', key: format === 'svg' ? 'drawingSvg' : 'drawingImage' });
    try {
      const exporter = await loadExporter();
      const result = await (format === 'svg' ? exporter.svg(size) : exporter.png(size));
      save(result);
      setStatus({ kind: 'saved', result });
    } catch (error) {
      setStatus(outcomeOfError(error));
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    if (busy) return;
    setStatus({ kind: 'text', key: 'copyingImage' });
    try {
      const exporter = loadExporter();
      // The clipboard item gets the promise at once: browsers want the write within the click.
      const blob = exporter.then((loaded) => loaded.png(size)).then((result) => result.blob);
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
      setStatus({ kind: 'text', key: 'imageCopied' });
    } catch (error) {
      setStatus(error instanceof Error && error.name === 'NotAllowedError' ? { kind: 'text', key: 'imageCopyRefused' } : outcomeOfError(error));
    }
  };
  return (
    <section>
      <h3>{exports.image}</h3>
      <div className="option-row">
        <label htmlFor={id}>{exports.size}</label>
        <select id={id} value={sizeId} onChange={(event) => setSizeId(event.target.value)}>
          {IMAGE_SIZES.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label(exports)}
            </option>
          ))}
        </select>
        {/* aria-disabled, not disabled: a button that disables itself under focus would drop the focus. */}
        <button type="button" onClick={() => download('png')} aria-disabled={busy}>
          {exports.downloadPng}
        </button>
        <button type="button" onClick={() => download('svg')} aria-disabled={busy}>
          {exports.downloadSvg}
        </button>
        {typeof ClipboardItem !== 'undefined' && (
          <button type="button" onClick={copy} aria-disabled={busy}>
            {exports.copyImage}
          </button>
        )}
      </div>
      <p className="muted">{exports.imageNote}</p>
      <p className="muted">{exports.svgNote}</p>
      <Status outcome={status} testId="image-export-status" />
    </section>
  );
}

/** Whether WebCodecs encodes each container here, by video size id. */
type VideoSupport = Record<string, Record<VideoContainer, boolean>>;

/** Asks the browser (video-formats.ts) which containers it encodes at each video size; null until it answers. */
function useVideoSupport(): VideoSupport | null {
  const [support, setSupport] = useState<VideoSupport | null>(null);
  useEffect(() => {
    let current = true;
    const ask = async (size: { width: number; height: number }) => ({
      webm: (await encodableCodec('webm', size)) !== null,
      mp4: (await encodableCodec('mp4', size)) !== null,
    });
    void Promise.all(VIDEO_SIZES.video.map(async (option) => [option.id, await ask(option.size)] as const)).then((answers) => {
      if (current) setSupport(Object.fromEntries(answers));
    });
    return () => {
      current = false;
    };
  }, []);
  return support;
}

function ReplayExport({ loadExporter, save }: { loadExporter: LoadExporter; save: (result: { blob: Blob; fileName: string }) => void }) {
  const { years } = useAppContext();
  const { exports, vocabulary } = useMessages();
  const range = useAppState((state) => state.range);
  const hold = useAppState((state) => state.hold);
  const [from, setFrom] = useState(String(range.from));
  const [to, setTo] = useState(String(range.to));
  // WebM is encoded frame by frame where WebCodecs can (video-formats.ts) and recorded in real
  // time by MediaRecorder where it cannot (webm-recorder.ts); MP4 only where WebCodecs encodes
  // H.264. Browsers that can do neither get the GIF.
  const support = useVideoSupport();
  const [canRecordWebm] = useState(() => webmType() !== null);
  const webmAt = (sizeId: string) => canRecordWebm || (support?.[sizeId]?.webm ?? hasVideoEncoder());
  const mp4At = (sizeId: string) => support?.[sizeId]?.mp4 ?? false;
  const canMakeWebm = VIDEO_SIZES.video.some((option) => webmAt(option.id));
  const canMakeMp4 = VIDEO_SIZES.video.some((option) => mp4At(option.id));
  const [format, setFormat] = useState<ReplayFormat>(() => (canRecordWebm || hasVideoEncoder() ? 'webm' : 'gif'));
  const [sizeId, setSizeId] = useState<string>(() => (canRecordWebm || hasVideoEncoder() ? VIDEO_SIZES.video : VIDEO_SIZES.gif)[0].id);
  // Slow by default: a video is watched, not scrubbed.
  const [speed, setSpeed] = useState<PlaySpeed>('slow');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [status, setStatus] = useState<Outcome>(NONE);
  const abort = useRef<AbortController | null>(null);
  const problemId = useId();
  // Closing the dialog cancels an export under way.
  useEffect(() => () => abort.current?.abort(), []);

  // Only the sizes this browser can make the chosen video at.
  const sizes = format === 'gif' ? VIDEO_SIZES.gif : VIDEO_SIZES.video.filter((option) => (format === 'mp4' ? mp4At(option.id) : webmAt(option.id)));
  const chosen = sizes.find((option) => option.id === sizeId) ?? sizes[0] ?? VIDEO_SIZES.video[0];
  const { size } = chosen;
  const fromYear = parseYear(from, years);
  const toYear = parseYear(to, years);
  const problem =
    fromYear.status !== 'valid' || toYear.status !== 'valid'
      ? exports.chooseYears(years.from, years.to)
      : toYear.value <= fromYear.value
        ? exports.lastAfterFirst
        : null;

  const start = async () => {
    if (problem || fromYear.status !== 'valid' || toYear.status !== 'valid') return;
    const controller = new AbortController();
    abort.current = controller;
    const total = toYear.value - fromYear.value + 1;
    setProgress({ done: 0, total });
    // As the exporter chooses: WebCodecs where it encodes this size, MediaRecorder's real time where not.
    const encoded = format === 'mp4' || (format === 'webm' && (support?.[chosen.id]?.webm ?? hasVideoEncoder()));
    setStatus({ kind: 'text', key: format === 'gif' ? 'drawingFrames' : encoded ? 'encoding' : 'recording' });
    try {
      const result = await (
        await loadExporter()
      ).replay({
        format,
        size,
        range: { from: fromYear.value, to: toYear.value },
        speed,
        // A video ends on its last year for at least the default hold, even if the replay loops with less.
        holdSeconds: Math.max(hold, DEFAULT_HOLD_SECONDS),
        signal: controller.signal,
        onProgress: (done, all) => setProgress({ done, total: all }),
      });
      save(result);
      setStatus({ kind: 'saved', result });
    } catch (error) {
      setStatus(outcomeOfError(error));
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  return (
    <section>
      <h3>{exports.replay}</h3>
      <div className="option-row">
        <label>
          {exports.fromYear}{' '}
          <input
            type="text"
            inputMode="numeric"
            size={4}
            maxLength={4}
            value={from}
            onChange={(event) => setFrom(event.target.value)}
            aria-invalid={problem !== null}
            aria-describedby={problemId}
          />
        </label>
        <label>
          {exports.toYear}{' '}
          <input
            type="text"
            inputMode="numeric"
            size={4}
            maxLength={4}
            value={to}
            onChange={(event) => setTo(event.target.value)}
            aria-invalid={problem !== null}
            aria-describedby={problemId}
          />
        </label>
        <label>
          {exports.format}{' '}
          <select
            value={format}
            onChange={(event) => {
              const next = event.target.value as ReplayFormat;
              setFormat(next);
              // A video keeps its size when switching between WebM and MP4.
              if (next === 'gif' || format === 'gif') setSizeId(VIDEO_SIZES[next === 'gif' ? 'gif' : 'video'][0].id);
            }}
          >
            <option value="webm" disabled={!canMakeWebm}>
              {canMakeWebm ? exports.webm : exports.webmUnavailable}
            </option>
            {canMakeMp4 && <option value="mp4">{exports.mp4}</option>}
            <option value="gif">{exports.gif}</option>
          </select>
        </label>
        <label>
          {exports.size}{' '}
          <select value={chosen.id} onChange={(event) => setSizeId(event.target.value)}>
            {sizes.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {exports.pace}{' '}
          <select value={speed} onChange={(event) => setSpeed(event.target.value as PlaySpeed)}>
            {PLAY_SPEEDS.map((option) => (
              <option key={option} value={option}>
                {exports.paceOption(vocabulary.speed[option], (STEP_INTERVAL_MS[option] / 1000).toFixed(2))}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id={problemId} className="export-problem">
        {problem}
      </p>
      <div className="option-row">
        {/* One button that turns into Cancel and back, so the focus stays on it throughout. */}
        <button type="button" onClick={progress ? () => abort.current?.abort() : start} aria-disabled={!progress && problem !== null}>
          {progress ? exports.cancel : format === 'gif' ? exports.exportGif : exports.exportVideo}
        </button>
        {progress && (
          <>
            <progress value={progress.done} max={progress.total} aria-label={exports.progress}>
              {exports.progressOf(progress.done, progress.total)}
            </progress>
            <span>{exports.yearsDone(progress.done, progress.total)}</span>
          </>
        )}
      </div>
      <Status outcome={status} testId="replay-export-status" />
    </section>
  );
}

/** The share dialog's export sections: an image, a replay as video or GIF, and the data as CSV. */
export function ExportSections({ loadExporter, save }: { loadExporter: LoadExporter; save: (result: { blob: Blob; fileName: string }) => void }) {
  const { exports } = useMessages();
  const [csvStatus, setCsvStatus] = useState<Outcome>(NONE);
  const downloadCsv = async () => {
    try {
      const result = await (await loadExporter()).csv();
      save(result);
      setCsvStatus({ kind: 'saved-csv', fileName: result.fileName, bytes: result.blob.size });
    } catch (error) {
      setCsvStatus(outcomeOfError(error));
    }
  };
  return (
    <>
      <ImageExport loadExporter={loadExporter} save={save} />
      <ReplayExport loadExporter={loadExporter} save={save} />
      <section>
        <h3>{exports.data}</h3>
        <div className="option-row">
          <button type="button" onClick={downloadCsv}>
            {exports.downloadCsv}
          </button>
        </div>
        <p className="muted">{exports.csvNote}</p>
        <Status outcome={csvStatus} testId="csv-export-status" />
      </section>
    </>
  );
}
