import { MAX_TRACK_JSON_CHARS, parseTrackJson, type Track, type TrackContext, type TrackResult } from './track.ts';

/**
 * A track in a link (`?track=`): its JSON compressed with the browser's own deflate-raw and written
 * in base64url, so a talk of a dozen steps fits in an address. Links are capped: servers and chat
 * apps cut long addresses, and a link past the cap is refused with a notice rather than half read.
 */

/** The longest `track=` value read or written, in characters. */
export const MAX_TRACK_PARAM_CHARS = 6000;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, maxBytes: number): Promise<Uint8Array | null> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  // The DOM types pair the streams by buffer kind, which a byte array from either side satisfies at run time.
  const reader = source.pipeThrough(stream as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    // A small link may inflate to a huge text (a deflate bomb): stop reading past the cap.
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The `track=` value for a track, or null when it would pass MAX_TRACK_PARAM_CHARS. */
export async function encodeTrack(track: Track): Promise<string | null> {
  const json = new TextEncoder().encode(JSON.stringify(track));
  const compressed = await pipe(json, new CompressionStream('deflate-raw'), Infinity);
  const text = compressed ? toBase64Url(compressed) : '';
  return text.length > 0 && text.length <= MAX_TRACK_PARAM_CHARS ? text : null;
}

/** Whether a `track=` value is worth decoding: base64url within the cap (the URL table's check). */
export function trackParamProblem(raw: string): 'too-long' | 'not-track' | null {
  if (raw.length > MAX_TRACK_PARAM_CHARS) return 'too-long';
  return BASE64URL.test(raw) ? null : 'not-track';
}

/** Reads a `track=` value: decompressed, parsed and checked. Never throws. */
export async function decodeTrack(raw: string, context: TrackContext): Promise<TrackResult> {
  const problem = trackParamProblem(raw);
  if (problem === 'too-long') return { status: 'invalid', problem: { code: 'too-large', max: MAX_TRACK_PARAM_CHARS } };
  if (problem) return { status: 'invalid', problem: { code: 'not-json' } };
  try {
    const bytes = await pipe(fromBase64Url(raw), new DecompressionStream('deflate-raw'), MAX_TRACK_JSON_CHARS * 4);
    if (!bytes) return { status: 'invalid', problem: { code: 'too-large', max: MAX_TRACK_JSON_CHARS } };
    return parseTrackJson(new TextDecoder('utf-8', { fatal: true }).decode(bytes), context);
  } catch {
    // Not base64, not deflate, or not UTF-8: not a track link.
    return { status: 'invalid', problem: { code: 'not-json' } };
  }
}
