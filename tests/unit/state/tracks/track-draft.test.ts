import { describe, expect, it } from 'vitest';
import { initialAppState } from '../../../../src/state/store.ts';
import { DRAFT_KEY, EMPTY_DRAFT, moveStep, readDraft, saveDraft, stepFromView } from '../../../../src/state/tracks/track-draft.ts';
import { readTrack, type Track } from '../../../../src/state/tracks/track.ts';

const years = { from: 1949, to: 2026 };
const context = { years, isCountry: (iso3: string) => iso3 === 'NRU' };
const memoryStorage = () => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
};
const view = { ...initialAppState(years), year: 2002, selected: 'NRU', compare: 1980, compareMode: 'swipe' as const, projection: 'globe' as const };

describe('stepFromView(state, camera)', () => {
  it('makes a step of the view on screen, which the track reader accepts', () => {
    const step = stepFromView(view, { zoom: 3, lat: 0, lng: 167 });
    expect(step).toMatchObject({
      year: 2002,
      compare: 1980,
      compareMode: 'swipe',
      country: 'NRU',
      projection: 'globe',
      camera: { zoom: 3 },
      caption: { title: { en: '2002', 'zh-TW': '2002年' } },
    });
    const track: Track = { ...EMPTY_DRAFT, title: { en: 'T', 'zh-TW': '題' }, steps: [step] };
    expect(readTrack(JSON.parse(JSON.stringify(track)), context)).toEqual({ status: 'valid', track });
  });
});

describe('moveStep(track, from, to)', () => {
  it('moves a step, and leaves the track as it is past the ends', () => {
    const track = { ...EMPTY_DRAFT, steps: [1990, 2000, 2010].map((year) => stepFromView({ ...view, year }, null)) };
    expect(moveStep(track, 2, 0).steps.map((step) => step.year)).toEqual([2010, 1990, 2000]);
    expect(moveStep(track, 0, -1)).toBe(track);
  });
});

describe('readDraft and saveDraft', () => {
  it('keeps a draft across a reload, empty titles included', () => {
    const storage = memoryStorage();
    const step = stepFromView(view, null);
    step.caption.title.en = '';
    const draft = { ...EMPTY_DRAFT, steps: [step] };
    expect(saveDraft(storage, draft)).toBe(true);
    expect(readDraft(storage, context)).toEqual({ status: 'ready', draft });
    expect(readDraft(memoryStorage(), context)).toEqual({ status: 'none' });
  });

  it('sets an unreadable draft aside under a key of its own instead of dropping it', () => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_KEY, '{"version":1,"steps":[{"year":"soon"');
    expect(readDraft(storage, context, 42)).toEqual({ status: 'set-aside', key: 'taiwan-ties.track-draft.unreadable-42' });
    expect(storage.items.get('taiwan-ties.track-draft.unreadable-42')).toBe('{"version":1,"steps":[{"year":"soon"');
    expect(storage.items.has(DRAFT_KEY)).toBe(false);
  });
});
