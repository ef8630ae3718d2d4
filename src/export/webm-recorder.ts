import { ExportFailure } from './export-failure.ts';

/**
 * WebM codecs to try, first choice first. VP8 before VP9: it encodes several times faster in
 * software, which keeps frames on time, and every player that plays WebM plays it.
 */
const WEBM_TYPES = ['video/webm;codecs=vp8', 'video/webm;codecs=vp9', 'video/webm'];

/** The WebM type this browser can record, or null when it cannot (without WebCodecs either, the export offers GIF). */
export function webmType(): string | null {
  if (typeof MediaRecorder === 'undefined') return null;
  return WEBM_TYPES.find((type) => MediaRecorder.isTypeSupported(type)) ?? null;
}

/** Bits per second: enough for flat map colours and sharp text at 1080p. */
const VIDEO_BITS_PER_SECOND = 6_000_000;

/** How long the closing copy of the last frame is recorded: one frame at 30 fps. */
const FINAL_FRAME_MS = 33;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * The fallback where WebCodecs is missing (video-encoder.ts encodes frame by frame with the exact
 * time of each year; browsers leave WebCodecs out of pages that are not secure contexts).
 * Records a canvas to WebM with MediaRecorder, frame by frame: the caller draws a frame, then
 * `addFrame(ms)` captures it and says how long it stays. MediaRecorder stamps each frame with the
 * time it was captured, so a capture waits until the previous frame has had its time; drawing the
 * next frame overlaps that wait. (Pausing the recorder while drawing was tried: Chromium then
 * stamps frames erratically.) A frame that takes longer to draw than to show lasts longer, so
 * recording takes as long as the video, or longer on a slow GPU.
 */
export function createWebmRecorder(canvas: HTMLCanvasElement) {
  const type = webmType();
  if (!type) throw new ExportFailure('no-webm');
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack;
  const recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: VIDEO_BITS_PER_SECOND });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => event.data.size > 0 && chunks.push(event.data);
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
  const started = new Promise((resolve) => (recorder.onstart = resolve));
  recorder.start();
  /** When the frame on show has had its time (performance.now() milliseconds). */
  let due = 0;

  return {
    async addFrame(durationMs: number) {
      // A frame captured before the recorder runs would lose its time.
      await started;
      await sleep(due - performance.now());
      track.requestFrame();
      due = performance.now() + durationMs;
    },
    async finish(): Promise<Blob> {
      // Capture the last frame once more when its time is up, so it lasts its full time.
      await sleep(due - performance.now());
      track.requestFrame();
      await sleep(FINAL_FRAME_MS);
      recorder.stop();
      await stopped;
      track.stop();
      return new Blob(chunks, { type: 'video/webm' });
    },
    cancel() {
      if (recorder.state !== 'inactive') recorder.stop();
      track.stop();
    },
  };
}
