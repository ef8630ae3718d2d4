import type { PixelSize } from '../map/camera.ts';

/**
 * Which video files this browser can encode frame by frame with WebCodecs (VideoEncoder), asked
 * of the browser itself (VideoEncoder.isConfigSupported) rather than guessed from its name. Kept
 * apart from the encoder (video-encoder.ts, which loads the muxer) so that the Share dialog can
 * ask before anything is loaded.
 */

/** The video containers a replay exports to. */
export type VideoContainer = 'webm' | 'mp4';

/**
 * WebCodecs codec strings to try for each container, first choice first. VP9 before VP8 in WebM:
 * Chromium's software encoder makes VP9 faster than VP8 at 1080p, and smaller; every player that
 * plays WebM plays both. H.264 High profile, level 4.0 (up to 1920 × 1080), then Main and
 * Constrained Baseline, for MP4.
 */
export const VIDEO_CODECS: Record<VideoContainer, readonly string[]> = {
  webm: ['vp09.00.10.08', 'vp8'],
  mp4: ['avc1.640028', 'avc1.4d0028', 'avc1.42e01f'],
};

/** Bits per second: enough for flat map colours and sharp text at 1080p. */
export const VIDEO_BITS_PER_SECOND = 6_000_000;

/** Whether this page has WebCodecs' encoder (browsers leave it out of pages that are not secure contexts). */
export function hasVideoEncoder(): boolean {
  return typeof VideoEncoder !== 'undefined';
}

/** The encoder configuration an export asks for; the encoder (video-encoder.ts) asks for the same. */
export function encoderConfig(codec: string, { width, height }: PixelSize): VideoEncoderConfig {
  return {
    codec,
    width,
    height,
    bitrate: VIDEO_BITS_PER_SECOND,
    bitrateMode: 'variable',
    // MP4 keeps H.264's parameter sets in its header (avcC), not in the frames.
    ...(codec.startsWith('avc1.') && { avc: { format: 'avc' as const } }),
  };
}

const answers = new Map<string, Promise<string | null>>();

/** The first codec of `container` this browser encodes at `size`, or null (no WebCodecs, or none of them). */
export function encodableCodec(container: VideoContainer, size: PixelSize): Promise<string | null> {
  if (!hasVideoEncoder()) return Promise.resolve(null);
  const key = `${container} ${size.width}x${size.height}`;
  let answer = answers.get(key);
  if (!answer) {
    answer = (async () => {
      for (const codec of VIDEO_CODECS[container]) {
        // A browser may throw on a codec string it does not know instead of answering false.
        const support = await VideoEncoder.isConfigSupported(encoderConfig(codec, size)).catch(() => null);
        if (support?.supported) return codec;
      }
      return null;
    })();
    answers.set(key, answer);
  }
  return answer;
}
