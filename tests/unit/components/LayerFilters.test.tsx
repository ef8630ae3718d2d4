// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LayerFilters } from '../../../src/components/LayerFilters.tsx';
import type { LegendKey, LegendSwatch } from '../../../src/data/view-summary.ts';
import { LAYER_IDS } from '../../../src/data/layers.ts';
import { renderWithApp } from './render-app.tsx';

const swatches = {
  ...Object.fromEntries(LAYER_IDS.map((id) => [id, { color: '#000000', kind: 'fill' }])),
  neither: { color: '#e4ea4f', kind: 'fill' },
  gained: { color: '#56b4e9', kind: 'change' },
  lost: { color: '#d55e00', kind: 'hatched' },
} as Record<LegendKey, LegendSwatch>;
const renderFilters = () => renderWithApp(<LayerFilters swatches={swatches} />);

describe('<LayerFilters>', () => {
  it('shows a checked toggle per layer with its count', () => {
    renderFilters();
    const ally = screen.getByRole('checkbox', { name: 'Formal diplomatic ally 3 places' });
    expect(ally).toBeChecked();
    expect(ally).toHaveAccessibleDescription(/Formal diplomatic relations with the Republic of China/);
    expect(screen.getByRole('group', { name: /Visa access 12 places/ })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(LAYER_IDS.length);
  });

  it('toggling a layer updates the store', async () => {
    const { store } = renderFilters();
    await userEvent.click(screen.getByRole('checkbox', { name: /New Southbound Policy/ }));
    expect(store.getState().layers).toContain('nsp');
    expect(screen.getByRole('checkbox', { name: /New Southbound Policy/ })).toBeChecked();
  });

  it('"Allies only" goes back to the first view, the allies and former allies', async () => {
    const { store } = renderFilters();
    expect(screen.getByRole('button', { name: 'Allies only' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Show all' }));
    await userEvent.click(screen.getByRole('button', { name: 'Allies only' }));
    expect(store.getState().layers).toEqual(['ally', 'former']);
    expect(screen.getByRole('button', { name: 'Allies only' })).toBeDisabled();
  });

  it('"Hide all" and "Show all" set every layer', async () => {
    const { store } = renderFilters();
    await userEvent.click(screen.getByRole('button', { name: 'Hide all' }));
    expect(store.getState().layers).toEqual([]);
    expect(screen.getByRole('button', { name: 'Hide all' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(store.getState().layers).toEqual([...LAYER_IDS]);
  });

  it('offers Beijing’s side off by default, counts its states for the year, and with allies shown counts those recognising neither', async () => {
    const { store } = renderFilters();
    const beijing = () => screen.getByRole('checkbox', { name: /^Recognises Beijing \d+ places$/ });
    expect(beijing()).not.toBeChecked();
    expect(screen.queryByText('Recognises neither')).not.toBeInTheDocument();
    await userEvent.click(beijing());
    expect(store.getState().layers).toContain('beijing');
    act(() => store.getState().setYear(1966));
    // The small data set at the end of 1966: the Soviet Union, Czechoslovakia, India, the United Kingdom, Norway and Guinea.
    expect(beijing()).toHaveAccessibleName('Recognises Beijing 6 places');
    expect(screen.getByText('Recognises neither')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /^Formal diplomatic ally/ }));
    expect(screen.queryByText('Recognises neither')).not.toBeInTheDocument();
  });

  it('counts the allies of the timeline’s year, with the year’s gains and losses', () => {
    const { store } = renderFilters();
    act(() => store.getState().setYear(1971));
    expect(screen.getByRole('group', { name: 'Show on the map in 1971' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Formal diplomatic ally 9 places' })).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: 'Changes in 1971' })).toHaveTextContent(/Gained in 1971\s*0.*Lost in 1971\s*1/);
  });

  it('says which layers 1975 cannot draw, and why, without unticking them; partners drawn as far as dated, and counted', () => {
    const { store } = renderFilters();
    act(() => store.getState().setLayers(LAYER_IDS));
    act(() => store.getState().setYear(1971));
    expect(screen.getByRole('checkbox', { name: /Substantive partner/ })).toHaveAccessibleDescription(
      /Not drawn for 1971: the first office with a known opening date opened in 1972/,
    );
    act(() => store.getState().setYear(1975));
    const partner = screen.getByRole('checkbox', { name: 'Substantive partner 1 place' });
    expect(partner).toBeChecked();
    expect(partner).toHaveAccessibleDescription(
      /Offices with a known opening date only: 2 of today’s offices have none and are drawn from 2025, so 1975 may show too few/,
    );
    expect(screen.getByRole('checkbox', { name: /New Southbound Policy/ })).toHaveAccessibleDescription(/Not drawn for 1975: the policy began on 5 Sep 2016/);
    expect(screen.getByRole('group', { name: /Visa access/ })).toHaveAccessibleDescription(/as of 28 Sep 2026/);
    act(() => store.getState().setYear(2016));
    expect(screen.getByRole('checkbox', { name: /New Southbound Policy/ })).not.toHaveAccessibleDescription(/Not drawn/);
  });

  it('speaks Chinese when Chinese is chosen: labels, counts, descriptions, changes and buttons', async () => {
    const { store } = renderFilters();
    act(() => store.getState().setLang('zh-TW'));
    act(() => store.getState().setYear(1971));
    expect(screen.getByRole('group', { name: '地圖顯示項目（1971年）' })).toBeInTheDocument();
    const ally = screen.getByRole('checkbox', { name: '正式邦交國 9個國家或地區' });
    expect(ally).toHaveAccessibleDescription(/與中華民國（臺灣）有正式外交關係/);
    expect(screen.getByRole('checkbox', { name: /^前邦交國/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^實質夥伴/ })).toHaveAccessibleDescription(/1971年不繪製：已知設立日期的代表處中，最早的設於1972年/);
    expect(screen.getByRole('checkbox', { name: /^新南向政策/ })).toHaveAccessibleDescription(/此政策始於2016年9月5日/);
    expect(screen.getByRole('group', { name: /^簽證待遇 12個國家或地區/ })).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: '1971年的變動' })).toHaveTextContent(/1971年新增邦交\s*0.*1971年斷交\s*1/);
    await userEvent.click(screen.getByRole('button', { name: '全部隱藏' }));
    expect(store.getState().layers).toEqual([]);
    expect(screen.getByRole('button', { name: '全部顯示' })).toBeEnabled();
  });
});
