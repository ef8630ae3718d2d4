import { useId } from 'react';
import { orderedYears } from '../data/year-compare.ts';
import { formatYear } from '../i18n/format.ts';
import { COMPARE_MODES } from '../state/store.ts';
import { useAppContext, useAppState, useLocale, useMessages } from '../state/app-context.tsx';

/** The year the compare view opens with: 1971 (the year of UN Resolution 2758), or the last year when 1971 is shown. */
export const FIRST_COMPARE_YEAR = 1971;

/**
 * Opens the compare view from the header: the year shown against 1971, or 1971 against today. In
 * the compare view it is pressed, and closes it.
 */
export function CompareButton() {
  const { store, years } = useAppContext();
  const { compare } = useMessages();
  const open = useAppState((state) => state.compare !== null);
  const toggle = () => {
    const { year, setCompare } = store.getState();
    setCompare(open ? null : year === FIRST_COMPARE_YEAR ? years.to : FIRST_COMPARE_YEAR);
  };
  return (
    <button type="button" className="compare-open" aria-pressed={open} onClick={toggle}>
      {compare.open}
    </button>
  );
}

/**
 * Over the compare view's maps: its title ("1971 vs. 2025"), the other year, side by side or
 * swipe, and Close. The timeline keeps moving the first year.
 */
export function CompareBar() {
  const { store, years } = useAppContext();
  const year = useAppState((state) => state.year);
  const compare = useAppState((state) => state.compare);
  const mode = useAppState((state) => state.compareMode);
  const locale = useLocale();
  const { compare: messages } = useMessages();
  const titleId = useId();
  if (compare === null) return null;
  const { setCompare, setCompareMode } = store.getState();
  const [earlier, later] = orderedYears(year, compare).map((shown) => formatYear(shown, locale));
  const choices = Array.from({ length: years.to - years.from + 1 }, (_, index) => years.from + index);
  return (
    <section className="compare-bar" aria-labelledby={titleId}>
      <h2 id={titleId} data-testid="compare-title">
        {messages.title(earlier, later)}
      </h2>
      <label>
        {messages.otherYear}{' '}
        <select value={compare} onChange={(event) => setCompare(Number(event.target.value))}>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="compare-modes">
        <legend className="visually-hidden">{messages.mode}</legend>
        {COMPARE_MODES.map((option) => (
          <label key={option}>
            <input type="radio" name="compare-mode" value={option} checked={mode === option} onChange={() => setCompareMode(option)} /> {messages[option]}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={() => setCompare(null)}>
        {messages.close}
      </button>
    </section>
  );
}
