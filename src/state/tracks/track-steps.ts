import type { LayerId } from '../../data/layers.ts';
import type { YearRange } from '../../data/year-range.ts';
import type { Camera } from '../../map/camera.ts';
import { DEFAULT_LAYERS, type AppState, type AppStore, type CompareMode, type Projection } from '../store.ts';
import type { Track } from './track.ts';

/** The whole view a step shows: what it sets, and what earlier steps set that it leaves alone. */
export interface StepView {
  year: number;
  /** Years played on arriving at the step, ending on `year`. */
  play: YearRange | null;
  compare: number | null;
  compareMode: CompareMode;
  layers: LayerId[];
  country: string | null;
  projection: Projection;
  /** null: the map's default view. */
  camera: Camera | null;
}

/**
 * The view at step `index` (0-based, clamped): the default view with each step up to it applied in
 * turn. A step that plays a range ends on its last year for the steps after it; the camera is the
 * step's own (or the default view), so a jump to step 8 shows what stepping to it would.
 */
export function stepView(track: Track, index: number, years: YearRange): StepView {
  const last = Math.min(Math.max(Math.trunc(index), 0), track.steps.length - 1);
  const view: StepView = {
    year: years.to,
    play: null,
    compare: null,
    compareMode: 'side',
    layers: [...DEFAULT_LAYERS],
    country: null,
    projection: 'mercator',
    camera: null,
  };
  for (const [i, step] of track.steps.slice(0, last + 1).entries()) {
    const current = i === last;
    if (step.play) {
      view.year = step.play.to;
      view.play = current ? step.play : null;
    } else {
      view.play = null;
      if (step.year !== undefined) view.year = step.year;
    }
    if (step.compare !== undefined) view.compare = step.compare;
    if (step.compareMode) view.compareMode = step.compareMode;
    if (step.layers) view.layers = step.layers;
    if (step.country !== undefined) view.country = step.country;
    if (step.projection) view.projection = step.projection;
    view.camera = current ? (step.camera ?? null) : null;
  }
  if (view.compare === null) view.compareMode = 'side';
  return view;
}

const sameLayers = (a: readonly LayerId[], b: readonly LayerId[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Shows a step's view through the store's actions, calling only those whose part changes (each
 * change of layers or selection is a history entry), and moves the camera with `jumpTo`.
 */
export function applyStepView(store: AppStore, view: StepView, jumpTo: (camera: Camera | null) => void) {
  const state: AppState = store.getState();
  const actions = store.getState();
  if (!sameLayers(state.layers, view.layers)) actions.setLayers(view.layers);
  if (state.projection !== view.projection) actions.setProjection(view.projection);
  if (state.selected !== view.country) actions.select(view.country);
  if (state.compare !== view.compare) actions.setCompare(view.compare);
  if (view.compare !== null && state.compareMode !== view.compareMode) actions.setCompareMode(view.compareMode);
  if (view.play) actions.playRange(view.play);
  else actions.setYear(view.year);
  jumpTo(view.camera);
}
