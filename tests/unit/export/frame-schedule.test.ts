import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameSchedule, scheduleDurationUs } from '../../../src/export/frame-schedule.ts';
import { PLAY_SPEEDS, STEP_INTERVAL_MS } from '../../../src/state/playback.ts';

describe('frameSchedule(range, speed, holdSeconds)', () => {
  it('gives each year one frame at the pace, in whole microseconds, and holds the last year', () => {
    expect(frameSchedule({ from: 1971, to: 1975 }, 'fast', 1.5)).toEqual([
      { year: 1971, timestampUs: 0, durationUs: 70_000 },
      { year: 1972, timestampUs: 70_000, durationUs: 70_000 },
      { year: 1973, timestampUs: 140_000, durationUs: 70_000 },
      { year: 1974, timestampUs: 210_000, durationUs: 70_000 },
      { year: 1975, timestampUs: 280_000, durationUs: 1_500_000 },
    ]);
    const normal = frameSchedule({ from: 1971, to: 1980 }, 'normal', 1.5);
    expect(normal.map((frame) => frame.timestampUs)).toEqual([0, 180, 360, 540, 720, 900, 1080, 1260, 1440, 1620].map((ms) => ms * 1000));
    expect(normal.at(-1)).toEqual({ year: 1980, timestampUs: 1_620_000, durationUs: 1_500_000 });
    expect(scheduleDurationUs(normal)).toBe(3_120_000);
  });

  it('lasts 1971 → 2024 at normal pace 53 steps and the hold: 11.04 s', () => {
    const frames = frameSchedule({ from: 1971, to: 2024 }, 'normal', 1.5);
    expect(frames).toHaveLength(54);
    expect(scheduleDurationUs(frames)).toBe(11_040_000);
  });

  it('holds the last year at least one step, and a hold in hundredths of a second exactly', () => {
    expect(frameSchedule({ from: 2000, to: 2001 }, 'slow', 0).at(-1)!.durationUs).toBe(450_000);
    // 1.15 × 1000 is 1149.9999999999998 in floating point: the schedule keeps whole milliseconds.
    expect(frameSchedule({ from: 2000, to: 2001 }, 'fast', 1.15).at(-1)!.durationUs).toBe(1_150_000);
  });

  it('starts each frame where the one before ends, every time a whole number of milliseconds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1949, max: 2025 }),
        fc.integer({ min: 1, max: 77 }),
        fc.constantFrom(...PLAY_SPEEDS),
        fc.integer({ min: 0, max: 6000 }).map((hundredths) => hundredths / 100),
        (from, length, speed, hold) => {
          const frames = frameSchedule({ from, to: from + length }, speed, hold);
          expect(frames.map((frame) => frame.year)).toEqual(Array.from({ length: length + 1 }, (_, i) => from + i));
          frames.forEach((frame, i) => {
            expect(frame.timestampUs).toBe(i === 0 ? 0 : frames[i - 1].timestampUs + frames[i - 1].durationUs);
            expect(Number.isInteger(frame.durationUs / 1000)).toBe(true);
            if (i < frames.length - 1) expect(frame.durationUs).toBe(STEP_INTERVAL_MS[speed] * 1000);
          });
          expect(frames.at(-1)!.durationUs).toBe(Math.max(Math.round(hold * 1000), STEP_INTERVAL_MS[speed]) * 1000);
        },
      ),
    );
  });
});
