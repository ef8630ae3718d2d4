import { describe, expect, it } from 'vitest';
import { buildLayerAvailability, drawableLayers, drawnLayers } from '../../../src/data/layer-availability.ts';
import { unavailableReason } from '../../../src/i18n/labels.ts';
import { LAYER_IDS } from '../../../src/data/layers.ts';
import { readDataset } from '../../../scripts/read-dataset.ts';

const availability = buildLayerAvailability(readDataset());

describe('buildLayerAvailability(dataset)', () => {
  it('draws allies and former allies for every year, New Southbound from 2016, visa and partners from their as-of year', () => {
    expect(availability.ally.fromYear).toBe(1949);
    expect(availability.former.fromYear).toBe(1949);
    expect(availability.nsp).toEqual({ fromYear: 2016, date: '2016-09-05', meaning: 'launched' });
    expect(availability['visa-free']).toEqual({ fromYear: 2026, date: '2026-09-28', meaning: 'as_of' });
    expect(availability.partner.fromYear).toBe(2025);
  });
});

describe('drawableLayers(year, availability)', () => {
  it('holds only the historical layers for 1971', () => {
    expect([...drawableLayers(1971, availability)]).toEqual(['ally', 'former', 'beijing']);
  });

  it('adds New Southbound from 2016 and every layer once the data dates are reached', () => {
    expect([...drawableLayers(2015, availability)]).toEqual(['ally', 'former', 'beijing']);
    expect([...drawableLayers(2016, availability)]).toEqual(['ally', 'former', 'beijing', 'nsp']);
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

  it('is null when the layer is drawn', () => {
    expect(unavailableReason(availability.nsp, 2016, 'en')).toBeNull();
    expect(unavailableReason(availability.ally, 1949, 'en')).toBeNull();
  });
});
