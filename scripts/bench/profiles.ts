/**
 * The devices the benchmark measures on. Each runs the same scenarios against the bare MapLibre
 * page in the same run, so its ratios hold on a slow or busy machine.
 */
export interface Profile {
  name: 'laptop' | 'phone';
  viewport: { width: number; height: number };
  /** A phone's touch screen and mobile viewport. */
  mobile: boolean;
  /** Chromium's CPU throttling of the page's main thread (1: none). */
  cpuThrottle: number;
  budgets: {
    /** Load against the bare page given the shapes as GeoJSON. */
    loadRatio: number;
    /** Load against the bare page drawing the app's own tiles: what the app adds to MapLibre. */
    tilesLoadRatio: number;
    stepIdleRatio: number;
    stepMainThreadMs: number;
    longestTaskMs: number;
  };
}

export const LAPTOP: Profile = {
  name: 'laptop',
  viewport: { width: 1280, height: 800 },
  mobile: false,
  cpuThrottle: 1,
  budgets: { loadRatio: 1.3, tilesLoadRatio: 1.25, stepIdleRatio: 1.2, stepMainThreadMs: 4, longestTaskMs: 50 },
};

/**
 * A mid-range phone: the e2e tests' phone size, touch, and the main thread four times slower
 * (Chromium's throttling slows the page's thread, not MapLibre's worker or the GPU process, so
 * the app's own main-thread work weighs four times as much against the bare page's). The step
 * and task budgets are the laptop's scaled by the throttle; the load ratios allow for the app's
 * start-up work (data, React's first render), which the bare page does not have.
 */
export const PHONE: Profile = {
  name: 'phone',
  viewport: { width: 390, height: 844 },
  mobile: true,
  cpuThrottle: 4,
  budgets: { loadRatio: 1.6, tilesLoadRatio: 1.6, stepIdleRatio: 1.2, stepMainThreadMs: 16, longestTaskMs: 200 },
};
