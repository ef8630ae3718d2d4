import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';

/**
 * Structural readers for the GIF and WebM files the app exports, so browser tests can check a
 * download without a decoder: they walk the container and count frames, and throw on any file a
 * player would reject. Pixels are not decoded. Videos' frame times are read with Mediabunny's
 * demuxer (readVideoTiming), not the app's muxer's own code.
 */

/** What a GIF holds: logical screen size (px), image count and each image's delay (ms). */
export interface GifSummary {
  width: number;
  height: number;
  frames: number;
  delaysMs: number[];
}

/** Reads a GIF87a/GIF89a file block by block (GIF89a spec, sections 17–27). */
export function readGif(bytes: Uint8Array): GifSummary {
  let pos = 0;
  const need = (count: number, what: string) => {
    if (pos + count > bytes.length) throw new Error(`GIF truncated: ${what} at byte ${pos} needs ${count} bytes, ${bytes.length - pos} left`);
  };
  const u8 = () => bytes[pos++];
  const u16 = () => bytes[pos++] | (bytes[pos++] << 8);
  /** Skips data sub-blocks up to and including the zero-length terminator. */
  const skipSubBlocks = (what: string) => {
    for (;;) {
      need(1, `${what} sub-block size`);
      const size = u8();
      if (size === 0) return;
      need(size, `${what} sub-block`);
      pos += size;
    }
  };
  /** Colour tables hold 2^(n+1) RGB triples, n from the low three bits of a packed field. */
  const colourTableBytes = (packed: number) => (packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0);

  const signature = String.fromCharCode(...bytes.subarray(0, 6));
  if (signature !== 'GIF87a' && signature !== 'GIF89a') throw new Error(`not a GIF: the file starts with ${JSON.stringify(signature)}`);
  pos = 6;
  need(7, 'logical screen descriptor');
  const width = u16();
  const height = u16();
  const screenPacked = u8();
  pos += 2; // background colour index, pixel aspect ratio
  const globalTable = colourTableBytes(screenPacked);
  need(globalTable, 'global colour table');
  pos += globalTable;

  const delaysMs: number[] = [];
  // A Graphic Control Extension applies to the next image only.
  let pendingDelayMs = 0;
  for (;;) {
    need(1, 'block introducer (the file has no trailer 0x3B)');
    const introducer = u8();
    if (introducer === 0x3b) break;
    if (introducer === 0x21) {
      need(1, 'extension label');
      const label = u8();
      if (label === 0xf9) {
        need(6, 'graphic control extension');
        if (bytes[pos] !== 4) throw new Error(`GIF graphic control extension at byte ${pos} has size ${bytes[pos]}, not 4`);
        pos += 2; // block size, packed fields
        pendingDelayMs = u16() * 10; // stored in hundredths of a second
        pos += 1; // transparent colour index
      }
      skipSubBlocks(`extension 0x${label.toString(16)}`);
    } else if (introducer === 0x2c) {
      need(9, 'image descriptor');
      pos += 8; // left, top, width, height
      const localTable = colourTableBytes(u8());
      need(localTable + 1, 'local colour table and LZW minimum code size');
      pos += localTable;
      const minCodeSize = u8();
      // 12-bit codes are the LZW maximum; decoders reject a minimum above 11.
      if (minCodeSize < 1 || minCodeSize > 11) throw new Error(`GIF image at byte ${pos - 1} has LZW minimum code size ${minCodeSize}`);
      skipSubBlocks('image data');
      delaysMs.push(pendingDelayMs);
      pendingDelayMs = 0;
    } else {
      throw new Error(`GIF has an unknown block 0x${introducer.toString(16).padStart(2, '0')} at byte ${pos - 1}`);
    }
  }
  return { width, height, frames: delaysMs.length, delaysMs };
}

/** What a WebM holds: its DocType, the first video track's size (px) and codec, and its frame count. */
export interface WebmSummary {
  docType: string;
  width: number | null;
  height: number | null;
  frames: number;
  codec: string | null;
}

/** Element IDs (marker bits kept, as the Matroska spec writes them). */
const ID = {
  EBML: 0x1a45dfa3,
  DocType: 0x4282,
  Segment: 0x18538067,
  SeekHead: 0x114d9b74,
  Info: 0x1549a966,
  Tracks: 0x1654ae6b,
  TrackEntry: 0xae,
  TrackNumber: 0xd7,
  TrackType: 0x83,
  CodecID: 0x86,
  Video: 0xe0,
  PixelWidth: 0xb0,
  PixelHeight: 0xba,
  Chapters: 0x1043a770,
  Cluster: 0x1f43b675,
  Timestamp: 0xe7,
  SilentTracks: 0x5854,
  Position: 0xa7,
  PrevSize: 0xab,
  SimpleBlock: 0xa3,
  BlockGroup: 0xa0,
  Block: 0xa1,
  EncryptedBlock: 0xaf,
  Cues: 0x1c53bb6b,
  Attachments: 0x1941a469,
  Tags: 0x1254c367,
  Void: 0xec,
  CRC32: 0xbf,
} as const;

const TRACK_TYPE_VIDEO = 1;
const GLOBAL_IDS = [ID.Void, ID.CRC32];
/**
 * The children of the only elements the spec lets have an unknown size. Such an element ends
 * where an element that cannot be its child begins (MediaRecorder writes the Segment and every
 * Cluster this way, one Cluster after another).
 */
const CHILDREN_OF_UNKNOWN_SIZE: Record<number, ReadonlySet<number>> = {
  [ID.Segment]: new Set([ID.SeekHead, ID.Info, ID.Tracks, ID.Chapters, ID.Cluster, ID.Cues, ID.Attachments, ID.Tags, ...GLOBAL_IDS]),
  [ID.Cluster]: new Set([ID.Timestamp, ID.SilentTracks, ID.Position, ID.PrevSize, ID.SimpleBlock, ID.BlockGroup, ID.EncryptedBlock, ...GLOBAL_IDS]),
};

/** An element's ID and where its data lies: [dataStart, dataEnd) byte offsets. */
interface EbmlElement {
  id: number;
  start: number;
  dataStart: number;
  dataEnd: number;
}

const hex = (id: number) => `0x${id.toString(16).toUpperCase()}`;

/** A variable-length integer (EBML spec, section 4): its length is the first byte's leading zeros + 1. */
function readVint(bytes: Uint8Array, pos: number, end: number, keepMarker: boolean, what: string) {
  if (pos >= end) throw new Error(`WebM truncated: ${what} at byte ${pos} runs past its parent's end ${end}`);
  const first = bytes[pos];
  const length = Math.clz32(first) - 23; // 1 for 0b1xxxxxxx … 8 for 0b00000001, 9 for 0
  if (length > 8) throw new Error(`WebM has an invalid ${what} at byte ${pos} (first byte 0x00)`);
  if (pos + length > end) throw new Error(`WebM truncated: ${length}-byte ${what} at byte ${pos} runs past ${end}`);
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[pos + i];
    allOnes &&= bytes[pos + i] === 0xff;
  }
  return { value, length, allOnes };
}

/**
 * The elements in [start, end). `allowed`, for an unknown-size parent, says which IDs are its
 * children; the walk stops at the first other one, and `end` in the result is where it stopped.
 */
function readElements(bytes: Uint8Array, start: number, end: number, allowed?: ReadonlySet<number>) {
  const elements: EbmlElement[] = [];
  let pos = start;
  while (pos < end) {
    const id = readVint(bytes, pos, end, true, 'element ID');
    if (id.length > 4) throw new Error(`WebM has a ${id.length}-byte element ID at byte ${pos}; IDs are at most 4 bytes`);
    if (allowed && !allowed.has(id.value)) return { elements, end: pos };
    const size = readVint(bytes, pos + id.length, end, false, `size of element ${hex(id.value)}`);
    const dataStart = pos + id.length + size.length;
    let dataEnd: number;
    if (size.allOnes) {
      const children = CHILDREN_OF_UNKNOWN_SIZE[id.value];
      if (!children) throw new Error(`WebM element ${hex(id.value)} at byte ${pos} has an unknown size, which only Segment and Cluster may have`);
      dataEnd = readElements(bytes, dataStart, end, children).end;
    } else {
      dataEnd = dataStart + size.value;
      if (dataEnd > end) throw new Error(`WebM truncated: element ${hex(id.value)} at byte ${pos} ends at ${dataEnd}, past ${end}`);
    }
    elements.push({ id: id.value, start: pos, dataStart, dataEnd });
    pos = dataEnd;
  }
  return { elements, end };
}

/** Reads a WebM file's structure: header, tracks and the video track's blocks. */
export function readWebm(bytes: Uint8Array): WebmSummary {
  const children = (parent: EbmlElement) => readElements(bytes, parent.dataStart, parent.dataEnd).elements;
  const child = (parent: EbmlElement, id: number) => children(parent).find((element) => element.id === id);
  const uint = (element: EbmlElement | undefined) =>
    element ? bytes.subarray(element.dataStart, element.dataEnd).reduce((value, byte) => value * 256 + byte, 0) : null;
  // Strings may be padded with zero bytes.
  const text = (element: EbmlElement | undefined) =>
    element ? String.fromCharCode(...bytes.subarray(element.dataStart, element.dataEnd)).replace(/\0+$/, '') : null;

  const top = readElements(bytes, 0, bytes.length).elements;
  const [header, segment, ...rest] = top;
  if (header?.id !== ID.EBML) throw new Error(`not a WebM file: it does not start with an EBML header (${ID.EBML.toString(16)})`);
  const docType = text(child(header, ID.DocType));
  if (docType !== 'webm') throw new Error(`not a WebM file: the EBML DocType is ${JSON.stringify(docType)}`);
  if (segment?.id !== ID.Segment) throw new Error('WebM has no Segment after its EBML header');
  if (rest.length > 0) throw new Error(`WebM has element ${hex(rest[0].id)} at byte ${rest[0].start}, after its Segment`);

  const segmentChildren = children(segment);
  const tracks = segmentChildren.filter((element) => element.id === ID.Tracks).flatMap(children);
  const isVideo = (entry: EbmlElement) => uint(child(entry, ID.TrackType)) === TRACK_TYPE_VIDEO || child(entry, ID.Video) !== undefined;
  const video = tracks.find((entry) => entry.id === ID.TrackEntry && isVideo(entry));
  const videoSettings = video && child(video, ID.Video);
  const videoTrack = video ? uint(child(video, ID.TrackNumber)) : null;

  let frames = 0;
  for (const cluster of segmentChildren.filter((element) => element.id === ID.Cluster)) {
    for (const element of children(cluster)) {
      const block = element.id === ID.SimpleBlock ? element : element.id === ID.BlockGroup ? child(element, ID.Block) : undefined;
      if (!block) continue;
      // A block starts with its track number, a size-style integer.
      const track = readVint(bytes, block.dataStart, block.dataEnd, false, 'block track number').value;
      if (track === videoTrack) frames++;
    }
  }
  return {
    docType,
    width: videoSettings ? uint(child(videoSettings, ID.PixelWidth)) : null,
    height: videoSettings ? uint(child(videoSettings, ID.PixelHeight)) : null,
    frames,
    codec: video ? text(child(video, ID.CodecID)) : null,
  };
}

/** One frame of a video file: when it starts and how long it stays, in whole microseconds. */
export interface FrameTiming {
  timestampUs: number;
  durationUs: number;
}

/** A video file's container, codec, size, frames' times and length, as a player reads them. */
export interface VideoTiming {
  mimeType: string;
  codec: string | null;
  width: number;
  height: number;
  /** Every frame of the first video track, in presentation order. */
  frames: (FrameTiming & { key: boolean })[];
  /** Where the video ends: its last frame's end (µs). */
  durationUs: number;
  /** The file's metadata tags (title, comment). */
  title: string | null;
  comment: string | null;
}

const microseconds = (seconds: number) => Math.round(seconds * 1_000_000);

/**
 * Reads the frames' times of a WebM or MP4 file with Mediabunny's demuxer. MP4 stores each frame's
 * duration. A WebM block carries none: a frame lasts until the next one starts, and the last one
 * until the Segment's Duration, which is where a player stops (Mediabunny gives 0 for the last
 * block of each cluster).
 */
export async function readVideoTiming(bytes: Uint8Array): Promise<VideoTiming> {
  const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
  const track = await input.getPrimaryVideoTrack();
  if (!track) throw new Error('the file has no video track');
  const packets: { timestampUs: number; durationUs: number; key: boolean }[] = [];
  for await (const packet of new EncodedPacketSink(track).packets()) {
    packets.push({ timestampUs: microseconds(packet.timestamp), durationUs: microseconds(packet.duration), key: packet.type === 'key' });
  }
  packets.sort((a, b) => a.timestampUs - b.timestampUs);
  const metadataEnd = await input.getDurationFromMetadata();
  packets.forEach((packet, index) => {
    if (packet.durationUs !== 0) return;
    const next = packets[index + 1];
    if (next) packet.durationUs = next.timestampUs - packet.timestampUs;
    else if (metadataEnd !== null) packet.durationUs = microseconds(metadataEnd) - packet.timestampUs;
  });
  const last = packets.at(-1);
  const tags = await input.getMetadataTags();
  return {
    mimeType: await input.getMimeType(),
    codec: await track.getCodecParameterString(),
    width: await track.getCodedWidth(),
    height: await track.getCodedHeight(),
    frames: packets,
    durationUs: last ? last.timestampUs + last.durationUs : 0,
    title: tags.title ?? null,
    comment: tags.comment ?? null,
  };
}

/** How a video's frames differ from the times expected, one line per difference; none when they match. */
export function timingMismatches(actual: readonly FrameTiming[], expected: readonly FrameTiming[]): string[] {
  const problems: string[] = [];
  if (actual.length !== expected.length) problems.push(`${actual.length} frames, expected ${expected.length}`);
  expected.forEach((want, index) => {
    const got = actual[index];
    if (!got) return;
    if (got.timestampUs !== want.timestampUs) problems.push(`frame ${index} starts at ${got.timestampUs} µs, expected ${want.timestampUs} µs`);
    if (got.durationUs !== want.durationUs) problems.push(`frame ${index} lasts ${got.durationUs} µs, expected ${want.durationUs} µs`);
  });
  return problems;
}
