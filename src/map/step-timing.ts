import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * User Timing names for a timeline step, read by `npm run bench` (scripts/bench.ts) from the
 * production build: 'year-step' spans the store update to the last map call (its detail gives the
 * year and how many features' state changed), 'year-step-idle' runs from the step's start to the
 * map's next `idle`, i.e. until the step is on screen.
 */
export const YEAR_STEP_MEASURE = 'year-step';
export const YEAR_STEP_IDLE_MEASURE = 'year-step-idle';

/** What a 'year-step' measure carries in its `detail`. */
export interface YearStepDetail {
  year: number;
  /** Features whose feature-state the step changed (each counted once, on the countries source). */
  features: number;
}

/**
 * Records a measure from `start` to now. Only the newest entry of a name stays in the performance
 * buffer, so a kiosk looping the replay all day does not grow it; a PerformanceObserver (the
 * benchmark) still receives every entry.
 */
function recordMeasure(name: string, start: number, detail: unknown) {
  performance.clearMeasures(name);
  performance.measure(name, { start, end: performance.now(), detail });
}

/** Times the map's year steps: a few performance.now() calls per step. */
export class StepTimer {
  /** When the newest step that changed the map started, until the map's next `idle`. */
  private pending: { time: number; year: number } | null = null;

  constructor(private readonly map: MapLibreMap) {}

  /** The moment a step starts. */
  start(): number {
    return performance.now();
  }

  /** A step's map calls are done: records 'year-step' and, if it drew anything, waits for 'year-step-idle'. */
  finish(time: number, detail: YearStepDetail) {
    recordMeasure(YEAR_STEP_MEASURE, time, detail);
    // A step that changed nothing draws nothing, and MapLibre fires no `idle` for it.
    if (detail.features === 0) return;
    // Steps faster than the map (playback) share one listener; the measure runs from the newest.
    const waiting = this.pending !== null;
    this.pending = { time, year: detail.year };
    if (waiting) return;
    this.map.once('idle', () => {
      if (!this.pending) return;
      recordMeasure(YEAR_STEP_IDLE_MEASURE, this.pending.time, { year: this.pending.year });
      this.pending = null;
    });
  }
}
