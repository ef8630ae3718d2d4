// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS, YearAnnouncer } from '../../../src/components/YearAnnouncer.tsx';
import { renderWithApp } from './render-app.tsx';

const region = () => screen.getByTestId('year-announcer');

describe('<YearAnnouncer>', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is a polite, atomic live region, silent on first render', () => {
    renderWithApp(<YearAnnouncer />);
    expect(region()).toHaveAttribute('aria-live', 'polite');
    expect(region()).toHaveAttribute('aria-atomic', 'true');
    expect(region()).not.toHaveAttribute('role');
    act(() => vi.advanceTimersByTime(2000));
    expect(region()).toHaveTextContent(/^$/);
  });

  it('announces a new year once it has stayed for the delay', () => {
    const { store } = renderWithApp(<YearAnnouncer />);
    act(() => store.getState().setYear(1971));
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS - 50));
    expect(region()).toHaveTextContent(/^$/);
    act(() => vi.advanceTimersByTime(50));
    expect(region()).toHaveTextContent('1971: 9 allies; 1 lost: Belgium; milestone: UN Resolution 2758.');
  });

  it('announces only where scrubbing stops', () => {
    const { store } = renderWithApp(<YearAnnouncer />);
    for (const year of [1960, 1965, 1971, 1972, 1990]) {
      act(() => store.getState().setYear(year));
      act(() => vi.advanceTimersByTime(100));
      expect(region()).toHaveTextContent(/^$/);
    }
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(region()).toHaveTextContent('1990: 5 allies.');
  });

  it('announces in the chosen language', () => {
    const { store } = renderWithApp(<YearAnnouncer />);
    act(() => store.getState().setLang('zh-TW'));
    act(() => vi.advanceTimersByTime(1000));
    expect(region()).toHaveTextContent(/^$/);
    act(() => store.getState().setYear(1971));
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(region()).toHaveTextContent('1971年：9個邦交國；斷交1國：比利時；大事：聯合國大會第2758號決議。');
  });

  it('says "as of" for a year read on the data’s date', () => {
    const { store } = renderWithApp(<YearAnnouncer />);
    act(() => store.getState().setYear(2000));
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    act(() => store.getState().setYear(2026));
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(region()).toHaveTextContent('2026 (as of 22 Jan 2026): 3 allies.');
  });

  it('stays quiet while a replay runs and announces the year it stops on', () => {
    const { store } = renderWithApp(<YearAnnouncer />);
    act(() => store.getState().playRange({ from: 1970, to: 1975 }));
    for (let step = 0; step < 3; step++) {
      act(() => store.getState().advance());
      act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 2));
      expect(region()).toHaveTextContent(/^$/);
    }
    act(() => store.getState().pause());
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(region()).toHaveTextContent(/^1973: /);
  });

  it('empties when the language changes, so no sentence stays in the other language', () => {
    const { store } = renderWithApp(<YearAnnouncer />);
    act(() => store.getState().setYear(1971));
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(region()).toHaveTextContent(/^1971: /);
    act(() => store.getState().setLang('zh-TW'));
    expect(region()).toHaveTextContent(/^$/);
  });
});
