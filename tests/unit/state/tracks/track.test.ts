import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainText, MAX_STEPS, MAX_TRACK_JSON_CHARS, parseTrackJson, readTrack, type Track } from '../../../../src/state/tracks/track.ts';
import { decodeTrack, encodeTrack, MAX_TRACK_PARAM_CHARS } from '../../../../src/state/tracks/track-codec.ts';

const years = { from: 1949, to: 2026 };
const isCountry = (iso3: string) => ['PRY', 'NRU', 'USA'].includes(iso3);
const context = { years, isCountry };

const caption = (en: string, zh = '標題') => ({ title: { en, 'zh-TW': zh }, text: { en: 'Some words.', 'zh-TW': '一些字。' } });
const TRACK: Track = {
  version: 1,
  title: { en: 'Nauru', 'zh-TW': '諾魯' },
  steps: [
    { year: 1980, country: 'NRU', layers: ['ally', 'former'], caption: caption('Ties begin') },
    { play: { from: 2001, to: 2003 }, compare: 1999, compareMode: 'swipe', caption: caption('To Beijing'), sources: ['a-source-1'] },
    { camera: { zoom: 3, lat: -0.5, lng: 166.9 }, projection: 'globe', country: null, caption: caption('Today') },
  ],
};

const problemOf = (value: unknown) => {
  const result = readTrack(value, context);
  return result.status === 'invalid' ? result.problem : null;
};
const withStep = (step: Record<string, unknown>) => ({ ...TRACK, steps: [{ caption: caption('A step'), ...step }] });

describe('readTrack', () => {
  it('reads a valid track as it is', () => {
    expect(readTrack(JSON.parse(JSON.stringify(TRACK)), context)).toEqual({ status: 'valid', track: TRACK });
  });

  it('puts layers in the app’s order and lets a caption’s text be missing', () => {
    const result = readTrack(withStep({ layers: ['nsp', 'ally'], caption: { title: { en: 'T', 'zh-TW': '題' } } }), context);
    expect(result.status === 'valid' && result.track.steps[0]).toMatchObject({ layers: ['ally', 'nsp'], caption: { text: { en: '', 'zh-TW': '' } } });
  });

  it.each([
    ['a list', [], { code: 'bad-field', path: 'track' }],
    ['another version', { ...TRACK, version: 2 }, { code: 'wrong-version' }],
    ['no steps', { ...TRACK, steps: [] }, { code: 'no-steps' }],
    ['too many steps', { ...TRACK, steps: Array(MAX_STEPS + 1).fill(TRACK.steps[0]) }, { code: 'too-many-steps', max: MAX_STEPS }],
    ['a year as text', withStep({ year: '1971' }), { code: 'bad-field', path: 'steps[0].year' }],
    ['a year off the timeline', withStep({ year: 1900 }), { code: 'bad-field', path: 'steps[0].year' }],
    ['a range played backwards', withStep({ play: { from: 1990, to: 1980 } }), { code: 'bad-field', path: 'steps[0].play.to' }],
    ['an unknown country', withStep({ country: 'XYZ' }), { code: 'unknown-country', path: 'steps[0].country', value: 'XYZ' }],
    ['an unknown layer', withStep({ layers: ['ally', 'spies'] }), { code: 'unknown-layer', path: 'steps[0].layers[1]', value: 'spies' }],
    ['a camera off the map', withStep({ camera: { zoom: 2, lat: 95, lng: 0 } }), { code: 'bad-field', path: 'steps[0].camera.lat' }],
    ['an unknown projection', withStep({ projection: 'polar' }), { code: 'bad-field', path: 'steps[0].projection' }],
    ['a title missing in Chinese', withStep({ caption: { title: { en: 'Only English' } } }), { code: 'bad-field', path: 'steps[0].caption.title.zh-TW' }],
    ['a script in a title', withStep({ caption: caption('<script>alert(1)</script>') }), { code: 'markup', path: 'steps[0].caption.title.en' }],
    ['an event handler', withStep({ caption: caption('img onerror=alert(1)') }), { code: 'markup', path: 'steps[0].caption.title.en' }],
    ['a script address', withStep({ caption: caption('Javascript:alert(1)') }), { code: 'markup', path: 'steps[0].caption.title.en' }],
    [
      'a long text',
      withStep({ caption: { ...caption('T'), text: { en: 'word '.repeat(61), 'zh-TW': '字' } } }),
      { code: 'too-long', path: 'steps[0].caption.text.en' },
    ],
  ])('refuses %s', (_, value, problem) => {
    expect(problemOf(value)).toEqual(problem);
  });
});

describe('parseTrackJson', () => {
  it('refuses text that is not JSON, and JSON past the size limit', () => {
    expect(parseTrackJson('{"version":', context)).toEqual({ status: 'invalid', problem: { code: 'not-json' } });
    expect(parseTrackJson(' '.repeat(MAX_TRACK_JSON_CHARS + 1), context)).toEqual({
      status: 'invalid',
      problem: { code: 'too-large', max: MAX_TRACK_JSON_CHARS },
    });
  });
});

describe('isPlainText', () => {
  it('accepts arrows and quotes, refuses angle brackets', () => {
    expect(isPlainText('Taipei or Beijing, 1949→today: “one China”')).toBe(true);
    expect(isPlainText('a > b')).toBe(false);
  });
});

describe('encodeTrack and decodeTrack', () => {
  it('round-trip a track through a link', async () => {
    const text = await encodeTrack(TRACK);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeTrack(text!, context)).toEqual({ status: 'valid', track: TRACK });
  });

  it('refuses a link past the size limit without reading it', async () => {
    expect(await decodeTrack('A'.repeat(MAX_TRACK_PARAM_CHARS + 1), context)).toEqual({
      status: 'invalid',
      problem: { code: 'too-large', max: MAX_TRACK_PARAM_CHARS },
    });
  });

  it('gives no link for a track too big for one', async () => {
    // Words that do not repeat, so deflate cannot shrink them much.
    const words = (i: number) =>
      Array.from({ length: 50 }, (_, j) =>
        Math.sin(i * 50 + j)
          .toString(36)
          .slice(3, 9),
      ).join(' ');
    const step = (i: number) => ({ year: 1950 + i, caption: { ...caption('T'), text: { en: words(i), 'zh-TW': '字' } } });
    const big: Track = { ...TRACK, steps: Array.from({ length: MAX_STEPS }, (_, i) => step(i)) };
    expect(readTrack(big, context).status).toBe('valid');
    expect(await encodeTrack(big)).toBeNull();
  });

  it('refuses a deflate bomb: a short link that inflates past the size limit', async () => {
    const bomb = { ...TRACK, padding: ' '.repeat(MAX_TRACK_JSON_CHARS * 5) };
    const text = await encodeTrack(bomb as Track);
    expect(text!.length).toBeLessThan(MAX_TRACK_PARAM_CHARS);
    expect(await decodeTrack(text!, context)).toEqual({ status: 'invalid', problem: { code: 'too-large', max: MAX_TRACK_JSON_CHARS } });
  });

  it('refuses text that is base64url but not a compressed track', async () => {
    expect(await decodeTrack('bm90LWEtdHJhY2s', context)).toEqual({ status: 'invalid', problem: { code: 'not-json' } });
  });
});

// ---- Properties: seeded, so a run is reproducible ----------------------------------------------
const settings = { seed: 20261205, numRuns: 300 };
const markup = fc.constantFrom('<b>x</b>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '<!--', 'a onclick = b');
const anyText = fc.oneof(fc.string(), markup, fc.constant('1971'));
const anyValue = fc.oneof(anyText, fc.integer({ min: 1900, max: 2100 }), fc.constant(null), fc.boolean(), fc.double());
const anyCaption = fc.record(
  { title: fc.dictionary(fc.constantFrom('en', 'zh-TW', 'fr'), anyText), text: fc.dictionary(fc.constantFrom('en', 'zh-TW'), anyText) },
  { requiredKeys: [] },
);
const anyStep = fc.record(
  {
    year: anyValue,
    play: fc.record({ from: anyValue, to: anyValue }),
    compare: anyValue,
    layers: fc.array(fc.oneof(fc.constantFrom('ally', 'nsp', 'visa'), anyText)),
    country: fc.oneof(fc.constantFrom('PRY', 'NRU', 'pry', 'ZZZ'), anyValue),
    camera: fc.record({ zoom: anyValue, lat: anyValue, lng: anyValue }),
    projection: fc.oneof(fc.constantFrom('globe', 'mercator'), anyText),
    caption: anyCaption,
    sources: fc.array(anyText, { maxLength: 3 }),
  },
  { requiredKeys: ['caption'] },
);
const anyTrack = fc.oneof(
  fc.record({ version: fc.constantFrom(1, 2, '1'), title: anyCaption.map((c) => c.title), steps: fc.array(anyStep, { maxLength: 4 }) }, { requiredKeys: [] }),
  fc.jsonValue(),
);

describe('readTrack on any input', () => {
  it('never throws, and every caption of a track it accepts is plain text', () => {
    fc.assert(
      fc.property(anyTrack, (value) => {
        const result = readTrack(value, context);
        if (result.status === 'invalid') return;
        for (const { caption } of result.track.steps) {
          for (const text of [...Object.values(caption.title), ...Object.values(caption.text)]) expect(isPlainText(text)).toBe(true);
        }
      }),
      settings,
    );
  });

  it('never throws on any text given as JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(['valid', 'invalid']).toContain(parseTrackJson(text, context).status);
      }),
      settings,
    );
  });
});
