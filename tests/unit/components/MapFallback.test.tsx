// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MapFallback } from '../../../src/components/MapFallback.tsx';
import { renderWithApp } from './render-app.tsx';

const REASON = 'This browser or device does not provide WebGL, which the map needs.';

describe('<MapFallback>', () => {
  it('explains why the map is missing and names today’s allies', () => {
    renderWithApp(<MapFallback reason={REASON} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The interactive map cannot be shown' })).toBeInTheDocument();
    expect(alert).toHaveTextContent(REASON);
    // The alert says only what went wrong, so it stays short when read out; the facts follow it.
    expect(alert).not.toHaveTextContent('allies');
    expect(within(alert).queryByRole('table')).toBeNull();
    expect(screen.getByTestId('map-fallback')).toHaveTextContent('Taiwan has 3 formal diplomatic allies today: Guatemala, Holy See, and Paraguay.');
  });

  it('shows the table, which follows the year and layers', () => {
    const { store } = renderWithApp(<MapFallback reason={REASON} />);
    act(() => {
      store.getState().setLayers(['ally']);
      store.getState().setYear(1990);
    });
    const table = screen.getByRole('table');
    expect(table).toHaveAccessibleName(/^1990: Formal diplomatic ally\./);
    // The header and the 5 allies on 31 December 1990.
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 5);
  });

  it('is written in the chosen language', () => {
    const { store } = renderWithApp(<MapFallback reason="此瀏覽器或裝置不支援繪製地圖所需的 WebGL。" />);
    act(() => store.getState().setLang('zh-TW'));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: '無法顯示互動地圖' })).toBeInTheDocument();
    const fallback = screen.getByTestId('map-fallback');
    expect(fallback).toHaveTextContent('臺灣目前有3個正式邦交國：巴拉圭、瓜地馬拉和教廷。');
    expect(fallback).not.toHaveTextContent('Paraguay');
    expect(screen.getByRole('columnheader', { name: /國家/ })).toBeInTheDocument();
  });
});
