import { describe, expect, it } from 'vitest';
import { formatList, formatNumber, formatPartialDate, formatYear } from '../../../src/i18n/format.ts';
import { localeFromLanguages, parseLocale } from '../../../src/i18n/locale.ts';
import { CATALOGUES, messagesFor } from '../../../src/i18n/messages.ts';

type Tree = { [key: string]: unknown };

/** Every leaf of a catalogue as `path: kind`, where a function's kind includes its arity. */
function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    if (typeof value === 'function') return [`${path}: function/${value.length}`];
    if (value && typeof value === 'object') return leaves(value as Tree, `${path}.`);
    return [`${path}: ${typeof value}`];
  });
}

/**
 * Sample values for a message's parameters: one-element arrays, which also act as a number and a
 * string (`${[3]}` is "3", Number([3]) is 3), so one sample fits any parameter type.
 */
const SAMPLE_ARGUMENTS = [[3], [4], [5], [6]];

/** Every string a catalogue holds, calling functions with sample values. */
function texts(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => {
    if (typeof value === 'function') return [String(value(...SAMPLE_ARGUMENTS.slice(0, value.length)))];
    if (value && typeof value === 'object') return texts(value as Tree);
    return [String(value)];
  });
}

describe('the message catalogues', () => {
  for (const [area, catalogue] of Object.entries(CATALOGUES)) {
    it(`${area}: has every key in both languages, of the same kind`, () => {
      expect(leaves(catalogue['zh-TW'] as Tree)).toEqual(leaves(catalogue.en as Tree));
    });

    it(`${area}: has no empty text, and no English left in its Chinese`, () => {
      const english = texts(catalogue.en as Tree);
      const chinese = texts(catalogue['zh-TW'] as Tree);
      for (const text of [...english, ...chinese]) expect(text.trim()).not.toBe('');
      // Short technical tokens (eTA, CSV, PNG) may stay as they are; a sentence copied over may not.
      const untranslated = chinese.filter((text, index) => text === english[index] && text.length > 4 && !/\p{Script=Han}/u.test(text));
      expect(untranslated).toEqual([]);
    });
  }

  it('are the same object on every call, so components can depend on them', () => {
    expect(messagesFor('zh-TW')).toBe(messagesFor('zh-TW'));
    expect(messagesFor('en').vocabulary.layer.ally).toBe('Formal diplomatic ally');
    expect(messagesFor('zh-TW').vocabulary.layer.ally).toBe('正式邦交國');
  });
});

describe('parseLocale(text) and localeFromLanguages(languages)', () => {
  it('reads the two languages, any Chinese as the Traditional Chinese version, and refuses others', () => {
    expect(['en', 'EN', 'en-GB', 'zh-TW', 'zh_tw', 'zh-Hant', 'zh_Hant_TW', 'zh-CN', 'fr', 'ja', 'zhx', ''].map(parseLocale)).toEqual([
      'en',
      'en',
      'en',
      'zh-TW',
      'zh-TW',
      'zh-TW',
      'zh-TW',
      'zh-TW',
      null,
      null,
      null,
      null,
    ]);
  });

  it('starts in Chinese for any Chinese browser, in English otherwise, by the first language that matches', () => {
    expect(localeFromLanguages(['zh-TW', 'en'])).toBe('zh-TW');
    expect(localeFromLanguages(['zh-HK'])).toBe('zh-TW');
    expect(localeFromLanguages(['fr-FR', 'en-US', 'zh-TW'])).toBe('en');
    expect(localeFromLanguages(['ja', 'zh-CN'])).toBe('zh-TW');
    expect(localeFromLanguages([])).toBe('en');
  });
});

describe('format', () => {
  it('writes partial dates at their precision in each language', () => {
    expect(['1989', '2004-12', '1989-10-11'].map((date) => formatPartialDate(date, 'en'))).toEqual(['1989', 'Dec 2004', '11 Oct 1989']);
    expect(['1989', '2004-12', '1989-10-11'].map((date) => formatPartialDate(date, 'zh-TW'))).toEqual(['1989年', '2004年12月', '1989年10月11日']);
  });

  it('writes years bare, counts grouped, lists with the language’s conjunction', () => {
    expect([formatYear(1971, 'en'), formatYear(1971, 'zh-TW')]).toEqual(['1971', '1971年']);
    expect([formatNumber(1234, 'en'), formatNumber(1234, 'zh-TW')]).toEqual(['1,234', '1,234']);
    expect(formatList(['A', 'B', 'C'], 'zh-TW')).toBe('A、B和C');
  });
});
