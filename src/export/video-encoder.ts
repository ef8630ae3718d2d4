import { BufferTarget, EncodedPacket, EncodedVideoPacketSource, Mp4OutputFormat, Output, WebMOutputFormat, type VideoCodec } from 'mediabunny';
import type { ScheduledFrame } from './frame-schedule.ts';
import { encoderConfig, type VideoContainer } from './video-formats.ts';

/**
 * Encodes a canvas to WebM or MP4 frame by frame with WebCodecs (VideoEncoder), muxed by
 * Mediabunny: the caller draws a frame, then `addFrame` encodes it with the timestamp and
 * duration of the video's own clock (frame-schedule.ts), not the wall clock. So encoding runs as
 * fast as frames are drawn, and every year lasts exactly its pace whatever the machine. Each frame
 * goes to the encoder with its time in whole microseconds as scheduled, and each encoded frame to
 * the muxer with the same time. Loaded only when a video is made: the muxer stays out of the
 * other exports.
 */

/** What a video file says about itself besides its frames. */
export interface VideoTags {
  title: string;
  /** The citation: the credit line, with the replay's permalink. */
  comment: string;
}

/** Mediabunny's name of a WebCodecs codec string's codec (video-formats.ts VIDEO_CODECS). */
function codecOf(codecString: string): VideoCodec {
  if (codecString === 'vp8') return 'vp8';
  if (codecString.startsWith('vp09.')) return 'vp9';
  if (codecString.startsWith('avc1.')) return 'avc';
  throw new Error(`no video codec for ${codecString}`);
}

/** A key frame at least this often (µs of video), so a player seeks without decoding from the start. */
const KEY_FRAME_INTERVAL_US = 2_000_000;
/** Frames waiting in the encoder before `addFrame` waits for it: enough to keep it busy while the next is drawn. */
const MAX_QUEUED_FRAMES = 4;

export function createVideoEncoder(canvas: HTMLCanvasElement, { container, codec, tags }: { container: VideoContainer; codec: string; tags: VideoTags }) {
  const output = new Output({
    // MP4 with its index first, so a player starts before the whole file has arrived.
    format: container === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
    target: new BufferTarget(),
  });
  const source = new EncodedVideoPacketSource(codecOf(codec));
  output.addVideoTrack(source);
  output.setMetadataTags(tags);
  const started = output.start();

  /** The scheduled duration of each frame given to the encoder, by timestamp (µs). */
  const durations = new Map<number, number>();
  /** The encoder's or the muxer's first error, thrown at the next call. */
  let failure: unknown = null;
  /** Encoded frames go to the muxer one after another, in the order the encoder gives them. */
  let muxed: Promise<void> = started;
  const encoder = new VideoEncoder({
    output: (chunk, meta) => {
      const data = new Uint8Array(chunk.byteLength);
      chunk.copyTo(data);
      const durationUs = durations.get(chunk.timestamp) ?? chunk.duration ?? 0;
      durations.delete(chunk.timestamp);
      // Seconds, as Mediabunny counts: µs / 10⁶ comes back to the same µs, and to WebM's ms and MP4's timescale exactly.
      const packet = new EncodedPacket(data, chunk.type, chunk.timestamp / 1e6, durationUs / 1e6);
      muxed = muxed.then(() => source.add(packet, meta)).catch((error: unknown) => void (failure ??= error));
    },
    error: (error) => void (failure ??= error),
  });
  encoder.configure(encoderConfig(codec, canvas));
  let lastKeyInterval = -1;

  const check = () => {
    if (failure) throw failure;
  };

  return {
    async addFrame({ timestampUs, durationUs }: ScheduledFrame) {
      check();
      // The canvas as it is now, with its time in whole microseconds as scheduled.
      const frame = new VideoFrame(canvas, { timestamp: timestampUs, duration: durationUs });
      durations.set(timestampUs, durationUs);
      const keyInterval = Math.floor(timestampUs / KEY_FRAME_INTERVAL_US);
      try {
        encoder.encode(frame, { keyFrame: keyInterval !== lastKeyInterval });
      } finally {
        frame.close();
      }
      lastKeyInterval = keyInterval;
      // The encoder works on its own thread while the next frame is drawn; wait only when it falls behind.
      while (encoder.encodeQueueSize >= MAX_QUEUED_FRAMES) {
        await new Promise((resolve) => encoder.addEventListener('dequeue', resolve, { once: true }));
      }
      check();
    },
    async finish(): Promise<Blob> {
      await encoder.flush();
      encoder.close();
      await muxed;
      check();
      await output.finalize();
      return new Blob([output.target.buffer!], { type: container === 'mp4' ? 'video/mp4' : 'video/webm' });
    },
    cancel() {
      if (encoder.state !== 'closed') encoder.close();
      // What was written is dropped with the output.
      void output.cancel().catch(() => {});
    },
  };
}
