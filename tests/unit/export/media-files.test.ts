import { applyPalette, GIFEncoder, quantize } from 'gifenc';
import { BufferTarget, EncodedPacket, EncodedVideoPacketSource, Mp4OutputFormat, Output, WebMOutputFormat } from 'mediabunny';
import { describe, expect, it } from 'vitest';
import { frameSchedule } from '../../../src/export/frame-schedule.ts';
import { readGif, readVideoTiming, readWebm, timingMismatches, type FrameTiming } from '../../e2e/media-files.ts';

/** A width × height image of one RGBA colour. */
function solid(width: number, height: number, rgba: [number, number, number, number]): Uint8Array {
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < pixels.length; i += 4) pixels.set(rgba, i);
  return pixels;
}

/** A GIF of 4×3 frames with the given delays (ms), each frame with its own colour and palette. */
function encodeGif(delaysMs: number[]): Uint8Array {
  const gif = GIFEncoder();
  delaysMs.forEach((delay, i) => {
    const rgba = solid(4, 3, [i * 60, 255 - i * 60, 128, 255]);
    const palette = quantize(rgba, 16);
    gif.writeFrame(applyPalette(rgba, palette), 4, 3, { palette, delay });
  });
  gif.finish();
  return gif.bytes();
}

describe('readGif(bytes)', () => {
  it('reads the size, frame count and delays of a gifenc animation', () => {
    expect(readGif(encodeGif([100, 250, 40]))).toEqual({ width: 4, height: 3, frames: 3, delaysMs: [100, 250, 40] });
  });

  it('rounds delays to the hundredths of a second GIF stores', () => {
    expect(readGif(encodeGif([33])).delaysMs).toEqual([30]);
  });

  it('reads a GIF87a header', () => {
    const bytes = encodeGif([0]);
    bytes.set([...'GIF87a'].map((char) => char.charCodeAt(0)));
    expect(readGif(bytes).frames).toBe(1);
  });

  it('throws on a file cut short, one without its trailer, a bad header and an unknown block', () => {
    const bytes = encodeGif([100, 100]);
    expect(() => readGif(bytes.subarray(0, bytes.length - 12))).toThrow(/GIF truncated/);
    expect(() => readGif(bytes.subarray(0, bytes.length - 1))).toThrow(/no trailer/);
    expect(() => readGif(new TextEncoder().encode('PNG image'))).toThrow(/not a GIF/);
    const unknown = bytes.slice();
    unknown[unknown.length - 1] = 0x99;
    expect(() => readGif(unknown)).toThrow(/unknown block 0x99/);
  });
});

/** EBML element: ID bytes (marker kept), then a 1- or 2-byte size, or the 8-byte "unknown size". */
function element(id: number[], data: number[], unknownSize = false): number[] {
  const size = unknownSize
    ? [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]
    : data.length < 0x7f
      ? [0x80 | data.length]
      : [0x40 | (data.length >> 8), data.length & 0xff];
  return [...id, ...size, ...data];
}
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
/** A SimpleBlock of a track (number < 127): track, timestamp (int16), flags, a fake payload. */
const simpleBlock = (track: number, time: number) => element([0xa3], [0x80 | track, 0, time, 0x80, 0x9d, 0x01, 0x2a]);

const EBML_HEADER = element(
  [0x1a, 0x45, 0xdf, 0xa3],
  [
    ...element([0x42, 0x86], [1]), // EBMLVersion
    ...element([0x42, 0x82], ascii('webm')), // DocType
    ...element([0x42, 0x87], [4]), // DocTypeVersion
    ...element([0x42, 0x85], [2]), // DocTypeReadVersion
  ],
);
const TRACKS = element(
  [0x16, 0x54, 0xae, 0x6b],
  [
    ...element(
      [0xae],
      [
        ...element([0xd7], [1]), // TrackNumber
        ...element([0x83], [1]), // TrackType: video
        ...element([0x86], ascii('V_VP8')),
        ...element([0xe0], [...element([0xb0], [64]), ...element([0xba], [48])]),
      ],
    ),
    ...element([0xae], [...element([0xd7], [2]), ...element([0x83], [2]), ...element([0x86], ascii('A_OPUS'))]),
  ],
);
const INFO = element([0x15, 0x49, 0xa9, 0x66], element([0x2a, 0xd7, 0xb1], [0x0f, 0x42, 0x40])); // TimestampScale 1 ms
const cluster = (...blocks: number[][]) => element([0x1f, 0x43, 0xb6, 0x75], [...element([0xe7], [0]), ...blocks.flat()], true);
/** A file as MediaRecorder writes it: Segment and Clusters of unknown size. */
const webm = (...clusters: number[][]) =>
  Uint8Array.from([...EBML_HEADER, ...element([0x18, 0x53, 0x80, 0x67], [...INFO, ...TRACKS, ...clusters.flat()], true)]);

describe('readWebm(bytes)', () => {
  it('reads a Segment and Cluster of unknown size: 64×48 VP8, 3 frames', () => {
    expect(readWebm(webm(cluster(simpleBlock(1, 0), simpleBlock(1, 33), simpleBlock(1, 66))))).toEqual({
      docType: 'webm',
      width: 64,
      height: 48,
      frames: 3,
      codec: 'V_VP8',
    });
  });

  it('counts video blocks across clusters, in block groups too, and not audio blocks', () => {
    const blockGroup = element([0xa0], element([0xa1], [0x81, 0, 99, 0x00, 0x9d]));
    const bytes = webm(cluster(simpleBlock(1, 0), simpleBlock(2, 0)), cluster(blockGroup, simpleBlock(2, 20), simpleBlock(1, 40)));
    expect(readWebm(bytes).frames).toBe(3);
  });

  it('throws on garbage, a cut file, another DocType and an element after the Segment', () => {
    expect(() => readWebm(new TextEncoder().encode('definitely not a video'))).toThrow(/WebM/);
    expect(() => readWebm(new Uint8Array())).toThrow(/not a WebM file/);
    const bytes = webm(cluster(simpleBlock(1, 0), simpleBlock(1, 33)));
    expect(() => readWebm(bytes.subarray(0, bytes.length - 3))).toThrow(/WebM truncated/);
    const matroska = Uint8Array.from([...bytes]);
    matroska.set(ascii('mkv\0'), EBML_HEADER.indexOf(0x77)); // "webm" → "mkv" padded with a zero byte
    expect(() => readWebm(matroska)).toThrow(/DocType is "mkv"/);
    expect(() => readWebm(Uint8Array.from([...bytes, ...element([0x1a, 0x45, 0xdf, 0xa3], [])]))).toThrow(/after its Segment/);
  });
});

/**
 * A VP9 video of `frames` (placeholder bytes: only the container is read), muxed by Mediabunny as
 * the app's encoder does (video-encoder.ts), with the times given: a file the app would write.
 */
async function muxVideo(container: 'webm' | 'mp4', frames: readonly FrameTiming[]): Promise<Uint8Array> {
  const output = new Output({
    format: container === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
    target: new BufferTarget(),
  });
  const source = new EncodedVideoPacketSource('vp9');
  output.addVideoTrack(source);
  output.setMetadataTags({ title: 'Taiwan’s international ties, 1971', comment: 'https://example.org/ties/?play=1&from=1971' });
  await output.start();
  for (const [index, { timestampUs, durationUs }] of frames.entries()) {
    // A key frame every 2 s, as the encoder makes them: WebM then starts a new cluster.
    const key = index === 0 || Math.floor(timestampUs / 2e6) !== Math.floor(frames[index - 1].timestampUs / 2e6);
    const packet = new EncodedPacket(new Uint8Array([0x82, 0x49, 0x83, 0x42, index]), key ? 'key' : 'delta', timestampUs / 1e6, durationUs / 1e6);
    await source.add(packet, index === 0 ? { decoderConfig: { codec: 'vp09.00.10.08', codedWidth: 64, codedHeight: 48 } } : undefined);
  }
  await output.finalize();
  return new Uint8Array(output.target.buffer!);
}

describe('readVideoTiming(bytes) and timingMismatches(actual, expected)', () => {
  const normal = frameSchedule({ from: 1971, to: 2024 }, 'normal', 1.5);

  it.each(['webm', 'mp4'] as const)('reads every frame’s time of a %s file to the microsecond, across clusters, and its tags', async (container) => {
    const video = await readVideoTiming(await muxVideo(container, normal));
    expect(video.mimeType).toMatch(`video/${container}`);
    expect([video.codec?.startsWith('vp09'), video.width, video.height]).toEqual([true, 64, 48]);
    expect(video.frames.map(({ timestampUs, durationUs }) => ({ timestampUs, durationUs }))).toEqual(
      normal.map(({ timestampUs, durationUs }) => ({ timestampUs, durationUs })),
    );
    expect(video.durationUs).toBe(11_040_000);
    expect(video.frames.filter((frame) => frame.key).length).toBeGreaterThan(1);
    expect([video.title, video.comment]).toEqual(['Taiwan’s international ties, 1971', 'https://example.org/ties/?play=1&from=1971']);
    expect(timingMismatches(video.frames, normal)).toEqual([]);
  });

  it.each(['webm', 'mp4'] as const)('finds a %s file’s stretched year, a short hold and a missing year', async (container) => {
    // 1975 stays 20 ms too long (as MediaRecorder stamped a late frame), so every later year starts late.
    const stretched = normal.map((frame) => ({
      ...frame,
      timestampUs: frame.year > 1975 ? frame.timestampUs + 20_000 : frame.timestampUs,
      durationUs: frame.year === 1975 ? frame.durationUs + 20_000 : frame.durationUs,
    }));
    const late = timingMismatches((await readVideoTiming(await muxVideo(container, stretched))).frames, normal);
    expect(late[0]).toBe('frame 4 lasts 200000 µs, expected 180000 µs');
    expect(late[1]).toBe('frame 5 starts at 920000 µs, expected 900000 µs');
    expect(late).toHaveLength(1 + 49);

    const shortHold = normal.map((frame) => (frame.year === 2024 ? { ...frame, durationUs: 180_000 } : frame));
    expect(timingMismatches((await readVideoTiming(await muxVideo(container, shortHold))).frames, normal)).toEqual([
      'frame 53 lasts 180000 µs, expected 1500000 µs',
    ]);

    const dropped = normal.filter((frame) => frame.year !== 2000);
    expect(timingMismatches((await readVideoTiming(await muxVideo(container, dropped))).frames, normal)[0]).toBe('53 frames, expected 54');
  });
});
