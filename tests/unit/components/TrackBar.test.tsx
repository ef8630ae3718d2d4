// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TrackBar } from '../../../src/components/TrackBar.tsx';
import { AppProvider } from '../../../src/state/app-context.tsx';
import { createAppStore } from '../../../src/state/store.ts';
import { createTrackStore, startTrackPlayer } from '../../../src/state/tracks/track-store.ts';
import type { Track } from '../../../src/state/tracks/track.ts';
import { FULL_APP } from '../../../src/state/url-state.ts';
import { dataset, derived, details, names } from '../../fixtures/small-data/small-dataset.ts';

const { profiles, timeline, availability, years, eras, eventYears, switches, regionYears } = derived;

const TRACK: Track = {
  version: 1,
  title: { en: 'Holy See', 'zh-TW': '教廷' },
  steps: [
    {
      year: 1990,
      caption: { title: { en: 'First step', 'zh-TW': '第一步' }, text: { en: '<b>not bold</b> plain', 'zh-TW': '純文字' } },
      sources: ['a-artouch-2022-holy-see-80'],
    },
    { year: 2000, caption: { title: { en: 'Second step', 'zh-TW': '第二步' }, text: { en: '', 'zh-TW': '' } } },
  ],
};

function renderBar() {
  const store = createAppStore(years);
  const tracks = createTrackStore();
  startTrackPlayer(tracks, store, { years, jumpTo: () => undefined });
  render(
    <AppProvider
      value={{
        store,
        dataset,
        profiles,
        names,
        timeline,
        availability,
        years,
        eras,
        eventYears,
        switches,
        regionYears,
        presentation: FULL_APP,
        details,
        tracks,
      }}
    >
      <TrackBar />
    </AppProvider>,
  );
  return { store, tracks };
}

describe('<TrackBar>', () => {
  it('shows nothing without a track', () => {
    renderBar();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('shows the step counter, the caption as text with its sources, and moves with Previous and Next', async () => {
    const { store, tracks } = renderBar();
    act(() => tracks.getState().open(TRACK, { kind: 'file' }));
    const bar = screen.getByRole('region', { name: 'Talk track: Holy See' });
    expect(within(bar).getByText('Step 1 of 2')).toBeInTheDocument();
    expect(within(bar).getByRole('heading', { name: 'First step' })).toBeInTheDocument();
    // A caption is never markup: its angle brackets show as written (the reader refuses them before this).
    expect(within(bar).getByText('<b>not bold</b> plain')).toBeInTheDocument();
    expect(bar.querySelector('b')).toBeNull();
    expect(await within(bar).findByRole('link', { name: '邦誼八十週年：教廷梵蒂岡的宣教與文化交流' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Previous step' })).toBeDisabled();
    await userEvent.click(within(bar).getByRole('button', { name: 'Next step' }));
    expect(within(bar).getByText('Step 2 of 2')).toBeInTheDocument();
    expect(store.getState().year).toBe(2000);
    expect(within(bar).getByRole('button', { name: 'Next step' })).toBeDisabled();
    await userEvent.click(within(bar).getByRole('button', { name: 'Close the track' }));
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('speaks the page’s language, and hides its buttons while the track runs on its own', () => {
    const { store, tracks } = renderBar();
    act(() => {
      store.getState().setLang('zh-TW');
      tracks.getState().setAutoplay(true, 8);
      tracks.getState().open(TRACK, { kind: 'file' });
    });
    const bar = screen.getByRole('region', { name: '導覽：教廷' });
    expect(within(bar).getByRole('heading', { name: '第一步' })).toBeInTheDocument();
    expect(within(bar).getByText('1990年')).toBeInTheDocument();
    expect(within(bar).queryAllByRole('button')).toEqual([]);
    act(() => tracks.getState().close());
  });
});
