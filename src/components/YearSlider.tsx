import type { KeyboardEvent } from 'react';
import { useAppContext, useAppState, useMessages, useTimelineYear } from '../state/app-context.tsx';

/** Years a PageUp/PageDown press moves: a decade, the chart's tick spacing. */
export const PAGE_STEP_YEARS = 10;

/**
 * The year slider: a native range input (role "slider", values exposed to assistive technology),
 * with the keys handled here so every browser moves the same way: arrows ±1 year, PageUp/PageDown
 * ±10, Home/End to the first and last year. Moving it pauses playback.
 */
export function YearSlider() {
  const { timeline } = useAppContext();
  const year = useAppState((state) => state.year);
  const setYear = useAppState((state) => state.setYear);
  const entry = useTimelineYear();
  const messages = useMessages().timeline;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const target: Record<string, number> = {
      ArrowLeft: year - 1,
      ArrowDown: year - 1,
      ArrowRight: year + 1,
      ArrowUp: year + 1,
      PageDown: year - PAGE_STEP_YEARS,
      PageUp: year + PAGE_STEP_YEARS,
      Home: timeline.firstYear,
      End: timeline.lastYear,
    };
    if (!(event.key in target)) return;
    event.preventDefault();
    setYear(target[event.key]);
  };

  return (
    <input
      className="year-slider"
      type="range"
      min={timeline.firstYear}
      max={timeline.lastYear}
      step={1}
      value={year}
      aria-label={messages.slider}
      aria-valuemin={timeline.firstYear}
      aria-valuemax={timeline.lastYear}
      aria-valuenow={year}
      aria-valuetext={messages.sliderValue(year, entry.allies.length)}
      onChange={(event) => setYear(Number(event.target.value))}
      onKeyDown={onKeyDown}
    />
  );
}
