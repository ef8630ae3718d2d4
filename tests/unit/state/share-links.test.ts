import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/i18n/locale.ts';
import { appBase, EMBED_MARKER, embedCode, embedLink, RESIZE_SCRIPT, viewLink } from '../../../src/state/share-links.ts';
import { initialAppState } from '../../../src/state/store.ts';

const years = { from: 1949, to: 2026 };
const BASE = 'https://example.org/ties/';
/** The URL-backed state of the default view in a language, with some fields changed. */
const stateIn = (lang: Locale, changes: Partial<ReturnType<typeof initialAppState>> = {}) => {
  const { notices, ...state } = initialAppState(years, lang);
  return { ...state, ...changes };
};
const paramsOf = (link: string) => new URL(link).searchParams;

describe('appBase(location)', () => {
  it('is the page’s address without query or hash', () => {
    expect(appBase({ origin: 'https://example.org', pathname: '/ties/' })).toBe(BASE);
  });
});

describe('viewLink and embedLink', () => {
  it('always carry the language, even English on an English browser (the reader sees what the sender chose)', () => {
    expect(viewLink(BASE, stateIn('en'), years)).toBe(`${BASE}?lang=en`);
    expect(viewLink(BASE, stateIn('zh-TW'), years)).toBe(`${BASE}?lang=zh-TW`);
    expect(paramsOf(embedLink(BASE, stateIn('en'), years, 'none')).get('lang')).toBe('en');
    expect(paramsOf(embedLink(BASE, stateIn('zh-TW'), years, 'timeline')).get('lang')).toBe('zh-TW');
  });

  it('reproduce the view: year, layers, country, the embed’s controls and the camera', () => {
    const state = stateIn('zh-TW', { year: 1971, layers: ['ally', 'partner'], selected: 'PRY' });
    const link = viewLink(BASE, state, years, '#3/10.0/20.0');
    expect(link).toBe(`${BASE}?lang=zh-TW&country=PRY&show=ally,partner&year=1971#3/10.0/20.0`);
    const embed = embedLink(BASE, state, years, 'timeline');
    expect(Object.fromEntries(paramsOf(embed))).toEqual({
      lang: 'zh-TW',
      embed: '1',
      controls: 'timeline',
      country: 'PRY',
      show: 'ally,partner',
      year: '1971',
    });
  });
});

describe('viewLink and embedLink on a globe', () => {
  it('carry the projection, so the link opens a globe too', () => {
    const state = stateIn('en', { projection: 'globe' });
    expect(viewLink(BASE, state, years, '#1.8/10.0/160.0')).toBe(`${BASE}?lang=en&projection=globe#1.8/10.0/160.0`);
    expect(paramsOf(embedLink(BASE, state, years, 'none')).get('projection')).toBe('globe');
    expect(paramsOf(viewLink(BASE, stateIn('en'), years)).has('projection')).toBe(false);
  });
});

describe('embedCode({ src, title, lang, height, resize })', () => {
  it('carries the language in the iframe’s address, escaped for the attribute, and as its lang', () => {
    for (const lang of ['en', 'zh-TW'] as const) {
      const code = embedCode({ src: embedLink(BASE, stateIn(lang, { year: 1971 }), years, 'none'), title: 'Taiwan Ties', lang, height: 420, resize: false });
      expect(code).toContain(`src="${BASE}?lang=${lang}&amp;embed=1&amp;year=1971"`);
      expect(code).toContain(` lang="${lang}" `);
    }
  });

  it('carries the theme in the iframe’s address', () => {
    const code = embedCode({ src: embedLink(BASE, stateIn('en', { theme: 'auto' }), years, 'none'), title: 't', lang: 'en', height: 420, resize: false });
    expect(code).toContain(`src="${BASE}?lang=en&amp;embed=1&amp;theme=auto"`);
  });

  it('writes the title as given (in the chosen language), escaped, and adds the resize script on request', () => {
    const code = embedCode({ src: BASE, title: 'Taiwan Ties 臺灣邦誼地圖："1971" <年>', lang: 'zh-TW', height: 540.4, resize: true });
    expect(code).toContain('title="Taiwan Ties 臺灣邦誼地圖：&quot;1971&quot; &lt;年&gt;"');
    expect(code).toContain('height="540"');
    expect(code).toContain(EMBED_MARKER);
    expect(code.endsWith(RESIZE_SCRIPT)).toBe(true);
    expect(embedCode({ src: BASE, title: 't', lang: 'en', height: 1, resize: false })).not.toContain('<script>');
  });
});
