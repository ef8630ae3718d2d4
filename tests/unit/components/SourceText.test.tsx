// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { citationParts, SourceText } from '../../../src/components/SourceText.tsx';
import { renderWithApp } from './render-app.tsx';

describe('citationParts(text)', () => {
  it('links a web address', () => {
    expect(citationParts('see https://cna.com.tw/news/x.aspx; more')).toEqual([
      { text: 'see ' },
      { text: 'cna.com.tw/news/x.aspx', href: 'https://cna.com.tw/news/x.aspx' },
      { text: '; more' },
    ]);
  });

  it('links an English Wikipedia article cited by quoted title', () => {
    expect(citationParts('en.wikipedia "Paraguay–Taiwan relations" (2024)')[0]).toEqual({
      text: 'en.wikipedia "Paraguay–Taiwan relations"',
      href: 'https://en.wikipedia.org/wiki/Paraguay%E2%80%93Taiwan_relations',
    });
  });

  it('links a Chinese Wikipedia article cited without quotes', () => {
    expect(citationParts('zh.wikipedia 中華民國—聖多美普林西比關係 (mirror)')[0].href).toBe(
      `https://zh.wikipedia.org/wiki/${encodeURIComponent('中華民國—聖多美普林西比關係')}`,
    );
  });

  it('leaves prose that only mentions Wikipedia as text', () => {
    expect(citationParts('the zh.wikipedia list)')).toEqual([{ text: 'the zh.wikipedia list)' }]);
  });
});

describe('<SourceText>', () => {
  const citation = 'en.wikipedia "Paraguay–Taiwan relations"; zh.wikipedia 中華民國—聖多美普林西比關係; https://cna.com.tw/news/x.aspx';

  it('marks a Wikipedia title in the other language than the page’s, and leaves the rest of the citation as written', () => {
    const { store, container } = renderWithApp(<SourceText text={citation} />);
    const link = (name: string) => screen.getByRole('link', { name });
    expect(link('en.wikipedia "Paraguay–Taiwan relations"')).not.toHaveAttribute('lang');
    expect(link('zh.wikipedia 中華民國—聖多美普林西比關係')).toHaveAttribute('lang', 'zh');
    act(() => store.getState().setLang('zh-TW'));
    expect(link('en.wikipedia "Paraguay–Taiwan relations"')).toHaveAttribute('lang', 'en');
    expect(link('en.wikipedia "Paraguay–Taiwan relations"')).toHaveAttribute('hreflang', 'en');
    expect(link('zh.wikipedia 中華民國—聖多美普林西比關係')).not.toHaveAttribute('lang');
    expect(link('cna.com.tw/news/x.aspx')).not.toHaveAttribute('lang');
    expect(container).toHaveTextContent(citation.replace('https://', ''));
  });
});
