import type { YearRange } from '../data/year-range.ts';
import { frameDelay, type PlaySpeed } from '../state/playback.ts';

/**
 * When each year of a replay export starts and how long it stays, as the video's own clock: one
 * frame a year at the pace of playback (playback.ts frameDelay), the last year held. Times are
 * whole microseconds (WebCodecs' unit), each a whole number of milliseconds: a pace's milliseconds
 * × 1000, so WebM's millisecond clock and MP4's track timescale hold them exactly.
 */
export interface ScheduledFrame {
  year: number;
  /** When the frame starts, from the video's start (µs). */
  timestampUs: number;
  /** How long it stays (µs). */
  durationUs: number;
}

/** The frames of a replay of `range` at `speed`, the last year held `holdSeconds` (at least one step). */
export function frameSchedule(range: YearRange, speed: PlaySpeed, holdSeconds: number): ScheduledFrame[] {
  const frames: ScheduledFrame[] = [];
  let timestampUs = 0;
  for (let year = range.from; year <= range.to; year++) {
    // The same pace as playback: each year a step, the last one held (as when looping). Whole
    // milliseconds: a hold of 1.15 s is 1150 ms, not 1149.9999999999998.
    const durationMs = Math.round(frameDelay({ year, range, speed, loop: true, hold: holdSeconds }));
    frames.push({ year, timestampUs, durationUs: durationMs * 1000 });
    timestampUs += durationMs * 1000;
  }
  return frames;
}

/** How long a schedule's video lasts (µs): its last frame's end. */
export function scheduleDurationUs(frames: readonly ScheduledFrame[]): number {
  const last = frames.at(-1);
  return last ? last.timestampUs + last.durationUs : 0;
}
