import { describe, expect, it } from 'vitest';
import { buildLayerAvailability, drawableLayers, drawnLayers } from '../../../src/data/layer-availability.ts';
import { partialNote, unavailableReason } from '../../../src/i18n/labels.ts';
import { LAYER_IDS } from '../../../src/data/layers.ts';
import { readDataset } from '../../../scripts/read-dataset.ts';

const availability = buildLayerAvailability(readDataset());

describe('buildLayerAvailability(dataset)', () => {
  it('draws allies and former allies for every year, New Southbound from 2016, visa from its as-of year', () => {
    expect(availability.ally.fromYear).toBe(1949);
    expect(availability.former.fromYear).toBe(1949);
    expect(availability.nsp).toEqual({ fromYear: 2016, date: '2016-09-05', meaning: 'launched', completeFrom: null, undated: 0 });
    expect(availability['visa-free']).toEqual({ fromYear: 2026, date: '2026-09-28', meaning: 'as_of', completeFrom: null, undated: 0 });
  });

  it('draws partners from the first dated office (West Germany’s, 1956), complete only from the offices’ as-of year', () => {
    expect(availability.partner).toEqual({ fromYear: 1956, date: '2025-12', meaning: 'as_of', completeFrom: 2025, undated: 12 });
  });
});

describe('drawableLayers(year, availability)', () => {
  it('holds only the historical layers for 1955, and the partners from 1956', () => {
    expect([...drawableLayers(1955, availability)]).toEqual(['ally', 'former', 'beijing']);
    expect([...drawableLayers(1971, availability)]).toEqual(['ally', 'former', 'beijing', 'partner']);
  });

  it('adds New Southbound from 2016 and every layer once the data dates are reached', () => {
    expect([...drawableLayers(2015, availability)]).toEqual(['ally', 'former', 'beijing', 'partner']);
    expect([...drawableLayers(2016, availability)]).toEqual(['ally', 'former', 'beijing', 'partner', 'nsp']);
    expect([...drawableLayers(2026, availability)]).toEqual([...LAYER_IDS]);
  });
});

describe('drawnLayers(chosen, drawable)', () => {
  it('keeps the chosen layers that are drawable, in LAYER_IDS order', () => {
    expect(drawnLayers(['nsp', 'visa-free', 'ally'], drawableLayers(2016, availability))).toEqual(['ally', 'nsp']);
  });

  it('never draws a layer that is not chosen', () => {
    expect(drawnLayers(['nsp'], drawableLayers(2026, availability))).toEqual(['nsp']);
    expect(drawnLayers([], drawableLayers(2026, availability))).toEqual([]);
  });
});

describe('unavailableReason(availability, year, locale)', () => {
  it('says why a layer is not drawn, with its date', () => {
    expect(unavailableReason(availability['visa-free'], 1975, 'en')).toBe('Not drawn for 1975: the data is as of 28 Sep 2026, not a record of past years.');
    expect(unavailableReason(availability['visa-free'], 1975, 'zh-TW')).toBe('1975年不繪製：資料截至2026年9月28日，並非過去年份的紀錄。');
    expect(unavailableReason(availability.nsp, 2010, 'en')).toBe('Not drawn for 2010: the policy began on 5 Sep 2016.');
    expect(unavailableReason(availability.nsp, 2010, 'zh-TW')).toBe('2010年不繪製：此政策始於2016年9月5日。');
  });

  it('says, before the first dated office, when that opened', () => {
    expect(unavailableReason(availability.partner, 1950, 'en')).toBe('Not drawn for 1950: the first office with a known opening date opened in 1956.');
  });

  it('is null when the layer is drawn', () => {
    expect(unavailableReason(availability.nsp, 2016, 'en')).toBeNull();
    expect(unavailableReason(availability.ally, 1949, 'en')).toBeNull();
  });
});

describe('partialNote(availability, year, locale)', () => {
  it('says a partner year before the offices’ as-of year may show too few, and nothing from then on', () => {
    expect(partialNote(availability.partner, 1990, 'en')).toBe(
      'Offices with a known opening date only: 12 of today’s offices have none and are drawn from 2025, so 1990 may show too few.',
    );
    expect(partialNote(availability.partner, 1990, 'zh-TW')).toMatch(/^僅繪出設立日期已知的代表處：現有代表處中有12處/);
    expect(partialNote(availability.partner, 2025, 'en')).toBeNull();
    expect(partialNote(availability.partner, 1950, 'en')).toBeNull();
    expect(partialNote(availability.nsp, 2016, 'en')).toBeNull();
  });
});
