import { useEffect, useId, useRef, useState } from 'react';
import type { Exporter, ExportResult, ImageSize } from '../export/exporter.ts';
import { webmType } from '../export/webm-recorder.ts';
import { useAppContext, useAppState } from '../state/app-context.tsx';
import { DEFAULT_HOLD_SECONDS, PLAY_SPEEDS, STEP_INTERVAL_MS, type PlaySpeed } from '../state/playback.ts';
import { parseYear } from '../state/url-state.ts';

/** Loads the exporter on first use: the encoders stay out of the page's first load. */
export type LoadExporter = () => Promise<Exporter>;

const IMAGE_SIZES: { id: string; label: string; size: ImageSize }[] = [
  { id: 'view', label: 'This view, as on screen', size: 'view' },
  { id: '1920x1080', label: '1920 × 1080 (slides, 16:9)', size: { width: 1920, height: 1080 } },
  { id: '1080x1080', label: '1080 × 1080 (square)', size: { width: 1080, height: 1080 } },
];
const VIDEO_SIZES = {
  webm: [
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
const SPEED_TEXT: Record<PlaySpeed, string> = { slow: 'Slow', normal: 'Normal', fast: 'Fast' };

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en')} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const describeResult = (result: ExportResult) =>
  `Saved ${result.fileName}: ${result.width} × ${result.height}, ${result.frames > 1 ? `${result.frames} frames, ` : ''}${kilobytes(result.blob.size)}, made in ${seconds(result.milliseconds)}.`;
const describeError = (error: unknown) =>
  error instanceof DOMException && error.name === 'AbortError' ? 'Cancelled.' : `The export failed: ${error instanceof Error ? error.message : String(error)}.`;

/** A line that says what the last action did; announced to screen readers. */
function Status({ text, testId }: { text: string; testId: string }) {
  return (
    <p className="export-status" role="status" data-testid={testId}>
      {text}
    </p>
  );
}

function ImageExport({ loadExporter, save }: { loadExporter: LoadExporter; save: (result: { blob: Blob; fileName: string }) => void }) {
  const id = useId();
  const [sizeId, setSizeId] = useState(IMAGE_SIZES[0].id);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const size = IMAGE_SIZES.find((option) => option.id === sizeId)!.size;

  const download = async () => {
    if (busy) return;
    setBusy(true);
    setStatus('Drawing the image…');
    try {
      const result = await (await loadExporter()).png(size);
      save(result);
      setStatus(describeResult(result));
    } catch (error) {
      setStatus(describeError(error));
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    if (busy) return;
    setStatus('Copying the image…');
    try {
      const exporter = loadExporter();
      // The clipboard item gets the promise at once: browsers want the write within the click.
      const blob = exporter.then((loaded) => loaded.png(size)).then((result) => result.blob);
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
      setStatus('Image copied: paste it into a slide or document.');
    } catch (error) {
      setStatus(error instanceof Error && error.name === 'NotAllowedError' ? 'The browser did not allow copying an image; use Download PNG.' : describeError(error));
    }
  };
  return (
    <section>
      <h3>Image</h3>
      <div className="option-row">
        <label htmlFor={id}>Size</label>
        <select id={id} value={sizeId} onChange={(event) => setSizeId(event.target.value)}>
          {IMAGE_SIZES.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
        {/* aria-disabled, not disabled: a button that disables itself under focus would drop the focus. */}
        <button type="button" onClick={download} aria-disabled={busy}>
          Download PNG
        </button>
        {typeof ClipboardItem !== 'undefined' && (
          <button type="button" onClick={copy} aria-disabled={busy}>
            Copy image
          </button>
        )}
      </div>
      <p className="muted">The map with its title, year, legend and a source line, ready for a slide.</p>
      <Status text={status} testId="image-export-status" />
    </section>
  );
}

function ReplayExport({ loadExporter, save }: { loadExporter: LoadExporter; save: (result: { blob: Blob; fileName: string }) => void }) {
  const { years } = useAppContext();
  const range = useAppState((state) => state.range);
  const hold = useAppState((state) => state.hold);
  const [from, setFrom] = useState(String(range.from));
  const [to, setTo] = useState(String(range.to));
  // Browsers that cannot record WebM (webm-recorder.ts) get the GIF.
  const [canRecordWebm] = useState(() => webmType() !== null);
  const [format, setFormat] = useState<'webm' | 'gif'>(canRecordWebm ? 'webm' : 'gif');
  const [sizeId, setSizeId] = useState<string>(VIDEO_SIZES[canRecordWebm ? 'webm' : 'gif'][0].id);
  // Slow by default: a video is watched, not scrubbed, and MediaRecorder keeps time best at a calm pace.
  const [speed, setSpeed] = useState<PlaySpeed>('slow');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [status, setStatus] = useState('');
  const abort = useRef<AbortController | null>(null);
  const problemId = useId();
  // Closing the dialog cancels an export under way.
  useEffect(() => () => abort.current?.abort(), []);

  const sizes = VIDEO_SIZES[format];
  const size = (sizes.find((option) => option.id === sizeId) ?? sizes[0]).size;
  const fromYear = parseYear(from, years);
  const toYear = parseYear(to, years);
  const problem =
    fromYear.status !== 'valid' || toYear.status !== 'valid'
      ? `Choose years from ${years.from} to ${years.to}.`
      : toYear.value <= fromYear.value
        ? 'The last year must come after the first.'
        : null;

  const start = async () => {
    if (problem || fromYear.status !== 'valid' || toYear.status !== 'valid') return;
    const controller = new AbortController();
    abort.current = controller;
    const total = toYear.value - fromYear.value + 1;
    setProgress({ done: 0, total });
    setStatus(format === 'webm' ? 'Recording: a video takes as long to record as it lasts.' : 'Drawing the frames…');
    try {
      const result = await (await loadExporter()).replay({
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
      setStatus(describeResult(result));
    } catch (error) {
      setStatus(describeError(error));
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  return (
    <section>
      <h3>Replay as video or GIF</h3>
      <div className="option-row">
        <label>
          From year{' '}
          <input type="text" inputMode="numeric" size={4} maxLength={4} value={from} onChange={(event) => setFrom(event.target.value)} aria-invalid={problem !== null} aria-describedby={problemId} />
        </label>
        <label>
          to year{' '}
          <input type="text" inputMode="numeric" size={4} maxLength={4} value={to} onChange={(event) => setTo(event.target.value)} aria-invalid={problem !== null} aria-describedby={problemId} />
        </label>
        <label>
          Format{' '}
          <select
            value={format}
            onChange={(event) => {
              const next = event.target.value as 'webm' | 'gif';
              setFormat(next);
              setSizeId(VIDEO_SIZES[next][0].id);
            }}
          >
            <option value="webm" disabled={!canRecordWebm}>
              WebM video{canRecordWebm ? '' : ' (not in this browser)'}
            </option>
            <option value="gif">Animated GIF</option>
          </select>
        </label>
        <label>
          Size{' '}
          <select value={sizeId} onChange={(event) => setSizeId(event.target.value)}>
            {sizes.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Pace{' '}
          <select value={speed} onChange={(event) => setSpeed(event.target.value as PlaySpeed)}>
            {PLAY_SPEEDS.map((option) => (
              <option key={option} value={option}>
                {SPEED_TEXT[option]} ({(STEP_INTERVAL_MS[option] / 1000).toFixed(2)} s a year)
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
          {progress ? 'Cancel' : `Export ${format === 'webm' ? 'video' : 'GIF'}`}
        </button>
        {progress && (
          <>
            <progress value={progress.done} max={progress.total} aria-label="Export progress">
              {progress.done} of {progress.total}
            </progress>
            <span>
              {progress.done} of {progress.total} years
            </span>
          </>
        )}
      </div>
      <Status text={status} testId="replay-export-status" />
    </section>
  );
}

/** The share dialog's export sections: an image, a replay as video or GIF, and the data as CSV. */
export function ExportSections({ loadExporter, save }: { loadExporter: LoadExporter; save: (result: { blob: Blob; fileName: string }) => void }) {
  const [csvStatus, setCsvStatus] = useState('');
  const downloadCsv = async () => {
    try {
      const result = (await loadExporter()).csv();
      save(result);
      setCsvStatus(`Saved ${result.fileName} (${kilobytes(result.blob.size)}).`);
    } catch (error) {
      setCsvStatus(describeError(error));
    }
  };
  return (
    <>
      <ImageExport loadExporter={loadExporter} save={save} />
      <ReplayExport loadExporter={loadExporter} save={save} />
      <section>
        <h3>Data</h3>
        <div className="option-row">
          <button type="button" onClick={downloadCsv}>
            Download CSV
          </button>
        </div>
        <p className="muted">One row per country coloured in this view, with its relations, visa regime and sources.</p>
        <Status text={csvStatus} testId="csv-export-status" />
      </section>
    </>
  );
}
