import { describe, expect, it } from 'vitest';
import { apaCitation, bibtexCitation, chicagoCitation, methodPermalink } from '../../../src/method/cite-formats.ts';

const release = {
  title: 'Taiwan Ties: Taiwan’s international relationships',
  version: '2026.12.04',
  created: '2026-12-04',
  licence: { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' },
};
const permalink = 'https://example.org/ties/?view=method';

describe('citations of the data', () => {
  it('APA names the author, year, title, version, kind and address', () => {
    expect(apaCitation({ release, permalink })).toBe(
      'Taiwan Ties contributors. (2026). Taiwan Ties: Taiwan’s international relationships (Version 2026.12.04) [Data set]. https://example.org/ties/?view=method',
    );
  });

  it('Chicago gives the version and licence', () => {
    expect(chicagoCitation({ release, permalink })).toBe(
      'Taiwan Ties contributors. 2026. “Taiwan Ties: Taiwan’s international relationships.” Data set, version 2026.12.04. Licensed CC-BY-4.0. https://example.org/ties/?view=method.',
    );
  });

  it('BibTeX is one @misc entry keyed by the version, the author braced as a body', () => {
    const entry = bibtexCitation({ release, permalink });
    expect(entry.split('\n')[0]).toBe('@misc{taiwanties20261204,');
    expect(entry).toContain('  author = {{Taiwan Ties contributors}},');
    expect(entry).toContain('  version = {2026.12.04},');
    expect(entry).toContain('  howpublished = {\\url{https://example.org/ties/?view=method}},');
    expect(entry.endsWith('}')).toBe(true);
  });
});

describe('methodPermalink(appAddress)', () => {
  it('points at the Method view of the app, whatever the current view, query or camera', () => {
    expect(methodPermalink('https://example.org/ties/')).toBe('https://example.org/ties/?view=method');
    expect(methodPermalink('https://example.org/ties/?year=1971#4/1/2')).toBe('https://example.org/ties/?view=method');
  });
});
