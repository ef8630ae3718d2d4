import { describe, expect, it } from 'vitest';
import { citationParts } from '../../../src/components/SourceText.tsx';

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
