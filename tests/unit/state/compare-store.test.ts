import { describe, expect, it } from 'vitest';
import { createCompareStore } from '../../../src/state/compare-store.ts';
import { createAppStore, MAP_LOST_NOTICE_ID } from '../../../src/state/store.ts';

const years = { from: 1949, to: 2026 };

describe('createCompareStore(main, years): the second map’s store', () => {
  it('shows the main store’s view at the compare year, and follows its changes', () => {
    const main = createAppStore(years);
    main.getState().setCompare(1971);
    const { store, stop } = createCompareStore(main, years);
    expect(store.getState()).toMatchObject({ year: 1971, layers: ['ally', 'former'], lang: 'en', selected: null });
    main.getState().setLayers(['ally']);
    main.getState().setLang('zh-TW');
    main.getState().setProjection('globe');
    main.getState().setCompare(1990);
    main.getState().setYear(2000);
    expect(store.getState()).toMatchObject({ year: 1990, layers: ['ally'], lang: 'zh-TW', projection: 'globe' });
    stop();
    main.getState().setCompare(1980);
    expect(store.getState().year).toBe(1990);
  });

  it('sends a selection made on the second map to the main store, and shows the main store’s', () => {
    const main = createAppStore(years);
    main.getState().setCompare(1971);
    const { store } = createCompareStore(main, years);
    store.getState().select('PRY');
    expect(main.getState().selected).toBe('PRY');
    expect(store.getState().selected).toBe('PRY');
    main.getState().select(null);
    expect(store.getState().selected).toBeNull();
  });

  it('puts the second map’s notices (a lost WebGL context) in the main store, and takes them away there', () => {
    const main = createAppStore(years);
    main.getState().setCompare(1971);
    const { store } = createCompareStore(main, years);
    const notice = { id: MAP_LOST_NOTICE_ID, message: { en: 'lost', 'zh-TW': '失去' }, action: 'reload' as const };
    store.getState().addNotices([notice]);
    expect(main.getState().notices).toEqual([notice]);
    store.getState().dismissNotice(MAP_LOST_NOTICE_ID);
    expect(main.getState().notices).toEqual([]);
  });

  it('leaves the second store unchanged (no update) when nothing it shows changed', () => {
    const main = createAppStore(years);
    main.getState().setCompare(1971);
    const { store } = createCompareStore(main, years);
    let updates = 0;
    store.subscribe(() => updates++);
    main.getState().setYear(2000);
    main.getState().setSpeed('fast');
    expect(updates).toBe(0);
  });
});

describe('setCompare(year) and setCompareMode(mode)', () => {
  it('clamps the year to the timeline, and closing forgets the swipe', () => {
    const main = createAppStore(years);
    main.getState().setCompare(1900);
    expect(main.getState().compare).toBe(1949);
    main.getState().setCompareMode('swipe');
    expect(main.getState().compareMode).toBe('swipe');
    main.getState().setCompare(null);
    expect(main.getState()).toMatchObject({ compare: null, compareMode: 'side' });
  });
});
