// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import MethodView from '../../../src/method/MethodView.tsx';
import { renderWithApp } from './render-app.tsx';

describe('<MethodView>', () => {
  it('shows the version, the rules, the published counts beside ours, how to cite and what to download', () => {
    renderWithApp(<MethodView />);
    const view = screen.getByTestId('method-view');
    expect(within(view).getByRole('heading', { level: 2, name: 'Method and sources' })).toBeInTheDocument();
    expect(view).toHaveTextContent(/Data version \d{4}\.\d{2}\.\d{2}, last checked 4 Dec 2026\./);
    expect(within(view).getByRole('heading', { name: 'Which event ends a period' })).toBeInTheDocument();
    expect(view).toHaveTextContent(/consular ties always count/);

    const table = within(view).getByRole('table', { name: /Published counts of Taiwan’s formal diplomatic allies/ });
    const vrt = within(table)
      .getAllByRole('row')
      .find((row) => row.textContent?.includes('VRT'))!;
    // VRT's count on its day beside ours on that day (the small data set's 9), and the row's explanation.
    expect(
      within(vrt)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([expect.stringContaining('VRT'), '25 Oct 1971', '56', '9', expect.stringContaining('reaches 56 on 12 November 1971')]);

    const field = (name: string) => (within(view).getByRole('textbox', { name }) as HTMLInputElement).value;
    expect(field('BibTeX')).toMatch(/^@misc\{taiwanties\d{8},/);
    expect(field('APA')).toContain('[Data set]');
    expect(field('Permalink to this version')).toMatch(/\?view=method$/);
    const download = within(view).getByRole('region', { name: 'Download the data' });
    expect(within(download).getByRole('link', { name: 'diplomatic-relations.csv' })).toHaveAttribute('href', 'data/diplomatic-relations.csv');
    expect(within(download).getByRole('link', { name: /^datapackage\.json/ })).toHaveAttribute('href', 'data/datapackage.json');
  });

  it('speaks Chinese when Chinese is chosen, the rules included', () => {
    const { store } = renderWithApp(<MethodView />);
    act(() => store.getState().setLang('zh-TW'));
    const view = screen.getByTestId('method-view');
    expect(within(view).getByRole('heading', { level: 2, name: '方法與資料來源' })).toBeInTheDocument();
    expect(within(view).getByRole('heading', { name: '一段關係何時結束' })).toBeInTheDocument();
    expect(view).toHaveTextContent(/最近查核於2026年12月4日/);
    expect(within(view).getByRole('columnheader', { name: '差異原因' })).toBeInTheDocument();
    expect(view).toHaveTextContent(/本圖集於1971年11月12日降至56國/);
  });
});
