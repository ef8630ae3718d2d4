// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CountryPanel } from '../../../src/components/CountryPanel.tsx';
import { citationText, citedSources, indexSources } from '../../../src/data/citations.ts';
import type { Source } from '../../../src/data/dataset.ts';
import { createDetailsLoader } from '../../../src/data/details.ts';
import { FULL_APP } from '../../../src/state/url-state.ts';
import { dataset } from '../../fixtures/small-data/small-dataset.ts';
import { renderWithApp } from './render-app.tsx';

const source = (id: string, extra: Partial<Source> = {}): Source => ({
  id,
  title: `Title ${id}`,
  publisher: `Publisher ${id}`,
  language: 'en',
  published: '2024-01-15',
  url: `https://example.org/${id}`,
  kind: 'news',
  accessed: '2026-12-04',
  readVia: null,
  ...extra,
});

describe('citedSources(citations, index)', () => {
  const index = indexSources([source('a'), source('b')]);

  it('lists each source once, in the order first cited, with all its pinpoints', () => {
    const cited = citedSources(
      [
        { id: 'b', pinpoint: 'p. 3' },
        { id: 'a', pinpoint: null },
        { id: 'b', pinpoint: 'p. 7' },
        { id: 'b', pinpoint: 'p. 3' },
      ],
      index,
    );
    expect(cited.map((entry) => [entry.source.id, entry.pinpoints])).toEqual([
      ['b', ['p. 3', 'p. 7']],
      ['a', []],
    ]);
  });

  it('leaves out an id the bibliography lacks (the build refuses such data)', () => {
    expect(citedSources([{ id: 'nowhere', pinpoint: null }], index)).toEqual([]);
  });
});

describe('citationText(cited)', () => {
  it('writes publisher, title, date, canonical address and pinpoints, never the copy read', () => {
    const cited = { source: source('a', { readVia: 'https://mirror.example/a' }), pinpoints: ['p. 3', 'table 2'] };
    expect(citationText(cited)).toBe('Publisher a, Title a (2024-01-15) <https://example.org/a> [p. 3; table 2]');
  });
});

describe('<CitationList> in the details panel', () => {
  it('keeps the citations linked under the Chinese 資料來源 heading, each title marked in its own language (Australia)', () => {
    const { store } = renderWithApp(<CountryPanel />);
    act(() => {
      store.getState().setLang('zh-TW');
      store.getState().select('AUS');
    });
    const sources = screen.getByRole('heading', { name: '資料來源' }).closest('section')!;
    const english = within(sources).getByRole('link', { name: 'Taipei Economic and Cultural Office in Australia (revision 975706747)' });
    expect(english).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Taipei_Economic_and_Cultural_Office_in_Australia');
    expect(english).toHaveAttribute('lang', 'en');
    const chinese = within(sources).getByRole('link', { name: '中華民國—澳大利亞關係' });
    expect(chinese).toHaveAttribute('href', 'https://zh.wikipedia.org/wiki/中華民國—澳大利亞關係');
    expect(chinese).not.toHaveAttribute('lang');
    // Read through a copy: said in the page's language, the copy itself never linked.
    expect(chinese.closest('li')).toHaveTextContent(/（實際閱讀的是副本：/);
  });
});

describe('<CitationList> while the sources load on first use', () => {
  it('says they are loading, then lists them; a failure says so and offers to try again', async () => {
    let fail = true;
    const fetchDetails = vi.fn(() => (fail ? Promise.reject(new Error('offline')) : Promise.resolve({ sources: dataset.sources, dossiers: [], figures: [] })));
    const { store } = renderWithApp(<CountryPanel />, FULL_APP, createDetailsLoader(fetchDetails));
    act(() => store.getState().select('AUS'));
    const sources = screen.getByRole('heading', { name: 'Sources' }).closest('section')!;
    expect(await within(sources).findByText('The sources could not be loaded.')).toBeInTheDocument();
    fail = false;
    await userEvent.click(within(sources).getByRole('button', { name: 'Try again' }));
    expect(await within(sources).findByRole('link', { name: 'Taipei Economic and Cultural Office in Australia (revision 975706747)' })).toBeInTheDocument();
    expect(screen.queryByText('The sources could not be loaded.')).toBeNull();
    expect(fetchDetails).toHaveBeenCalledTimes(2);
  });
});
