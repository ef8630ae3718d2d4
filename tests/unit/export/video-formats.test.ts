import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodableCodec, encoderConfig, VIDEO_BITS_PER_SECOND } from '../../../src/export/video-formats.ts';

/** A browser whose VideoEncoder says yes to `supported` (codec strings) and records what it was asked. */
function stubEncoder(supported: readonly string[]) {
  const asked: VideoEncoderConfig[] = [];
  vi.stubGlobal('VideoEncoder', {
    isConfigSupported: (config: VideoEncoderConfig) => {
      asked.push(config);
      if (config.codec === 'throws') return Promise.reject(new TypeError('unknown codec'));
      return Promise.resolve({ supported: supported.includes(config.codec), config });
    },
  });
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe('encodableCodec(container, size)', () => {
  it('is null where the page has no VideoEncoder (no WebCodecs, or not a secure context)', async () => {
    vi.stubGlobal('VideoEncoder', undefined);
    expect(await encodableCodec('webm', { width: 640, height: 360 })).toBeNull();
  });

  it('answers with the first codec the browser says it encodes at that size, and asks once', async () => {
    const asked = stubEncoder(['vp8', 'avc1.4d0028']);
    const size = { width: 1280, height: 720 };
    expect(await encodableCodec('webm', size)).toBe('vp8');
    expect(await encodableCodec('mp4', size)).toBe('avc1.4d0028');
    expect(await encodableCodec('webm', size)).toBe('vp8');
    expect(asked.map((config) => config.codec)).toEqual(['vp09.00.10.08', 'vp8', 'avc1.640028', 'avc1.4d0028']);
    expect(asked[2]).toEqual({
      codec: 'avc1.640028',
      width: 1280,
      height: 720,
      bitrate: VIDEO_BITS_PER_SECOND,
      bitrateMode: 'variable',
      avc: { format: 'avc' },
    });
  });

  it('offers no MP4 where no H.264 profile is supported', async () => {
    stubEncoder(['vp09.00.10.08']);
    expect(await encodableCodec('mp4', { width: 1080, height: 1080 })).toBeNull();
    expect(await encodableCodec('webm', { width: 1080, height: 1080 })).toBe('vp09.00.10.08');
  });
});

describe('encoderConfig(codec, size)', () => {
  it('asks for H.264 with its parameter sets out of band (MP4’s avcC), and nothing extra for VP9', () => {
    expect(encoderConfig('vp09.00.10.08', { width: 1920, height: 1080 })).toEqual({
      codec: 'vp09.00.10.08',
      width: 1920,
      height: 1080,
      bitrate: VIDEO_BITS_PER_SECOND,
      bitrateMode: 'variable',
    });
  });
});
