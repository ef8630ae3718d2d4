import { describe, expect, it } from 'vitest';
import { buildCountryProfiles, countByLayer, layersInYear, layersOf } from '../../../src/data/country-profiles.ts';
import type { CoreDataset } from '../../../src/data/dataset.ts';
import { parsePartialDate, startOfPartialDate } from '../../../src/data/partial-date.ts';

const sources = [{ id: 'fixture', pinpoint: null }];
const periodDefaults = { startKnown: true, level: 'diplomatic', diplomaticFrom: null, sources, confidence: 'high', notes: '' } as const;
const fixture: CoreDataset = {
  officeHistory: [],
  allyWeight: [],
  presidents: [],
  milestones: [],
  regions: [],
  relations: [
    { iso3: 'NRU', name: { en: 'Nauru', 'zh-TW': '諾魯' }, start: '2005-05-14', end: '2024-01-15', endReason: 'switched_to_prc', beijing: '2024-01-24', ...periodDefaults },
    { iso3: 'NRU', name: { en: 'Nauru', 'zh-TW': '諾魯' }, start: '1980-05-04', end: '2002-07-23', endReason: 'switched_to_prc', beijing: '2024-01-24', ...periodDefaults },
    { iso3: 'PRY', name: { en: 'Paraguay', 'zh-TW': '巴拉圭' }, start: '1957-07-08', end: null, endReason: null, beijing: null, ...periodDefaults },
  ],
  beijing: [],
  visa: [
    { iso3: 'AUS', name: 'Australia', regime: 'eta', maxStayDays: 90, since: null, asOf: '2025-01-12', sources, notes: '' },
    { iso3: 'PRY', name: 'Paraguay', regime: 'visa_free', maxStayDays: 90, since: null, asOf: '2025-01-12', sources, notes: '' },
    { iso3: 'BRA', name: 'Brazil', regime: 'visa_required', maxStayDays: null, since: null, asOf: '2025-01-12', sources, notes: '' },
  ],
  newSouthbound: [{ iso3: 'AUS', name: 'Australia', group: 'Oceania', sources }],
  offices: [
    { iso3: 'AUS', name: 'Australia', officeName: 'TECO', city: 'Canberra', otherCities: [], sources, confidence: 'high', asOf: '2025-12', notes: '' },
    { iso3: 'PRY', name: 'Paraguay', officeName: 'hypothetical', city: 'Asunción', otherCities: [], sources, confidence: 'high', asOf: '2025-12', notes: '' },
  ],
  likeMinded: [{ iso3: 'AUS', name: 'Australia', basis: 'named', sources, notes: '' }],
  dates: [],
  names: [],
  publishedCounts: [],
  release: { version: '2026.12.04', title: 'fixture', created: '2026-12-04', licence: { name: 'CC-BY-4.0', title: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }, files: [] },
};

describe('buildCountryProfiles(dataset)', () => {
  const profiles = buildCountryProfiles(fixture);

  it('puts Australia in several categories at once: partner, eTA, New Southbound', () => {
    expect(layersOf(profiles.get('AUS')!)).toEqual(['partner', 'visa-online', 'nsp']);
    expect(profiles.get('AUS')!.likeMinded).not.toBeNull();
  });

  it('orders a country’s periods oldest first and sees it is no longer an ally', () => {
    const nauru = profiles.get('NRU')!;
    expect(nauru.periods.map((period) => period.start)).toEqual(['1980-05-04', '2005-05-14']);
    expect(nauru.isAlly).toBe(false);
  });

  it('never counts a formal ally as a substantive partner, even with an office', () => {
    expect(profiles.get('PRY')!.isAlly).toBe(true);
    expect(profiles.get('PRY')!.isPartner).toBe(false);
  });

  it('leaves visa_required out of the visa layers', () => {
    expect(layersOf(profiles.get('BRA')!)).toEqual([]);
  });

  it('layersInYear(profile, status, isDrawn) names a country lost that year as the map draws it', () => {
    const nauru = profiles.get('NRU')!;
    expect(layersInYear(nauru, 'lost', () => true)).toEqual(['ally']);
    expect(layersInYear(nauru, 'lost', (layer) => layer !== 'ally')).toEqual(['former']);
    expect(layersInYear(nauru, 'former', (layer) => layer !== 'former')).toEqual([]);
  });

  it('layersInYear leaves out the undated layers a year may not draw', () => {
    const australia = profiles.get('AUS')!;
    expect(layersInYear(australia, undefined, (layer) => layer === 'nsp')).toEqual(['nsp']);
  });

  it('countByLayer(profiles) counts each layer a country is in', () => {
    expect(countByLayer(profiles.values())).toEqual({ ally: 1, former: 1, beijing: 0, partner: 1, 'visa-free': 1, 'visa-arrival': 0, 'visa-online': 1, nsp: 1 });
  });
});

describe('partial dates', () => {
  it('parsePartialDate(text) accepts YYYY, YYYY-MM and YYYY-MM-DD and rejects impossible days', () => {
    expect(parsePartialDate('1971')?.precision).toBe('year');
    expect(parsePartialDate('2004-12')?.precision).toBe('month');
    expect(parsePartialDate('2024-02-29')?.precision).toBe('day');
    expect(parsePartialDate('2023-02-29')).toBeNull();
    expect(parsePartialDate('71')).toBeNull();
    expect(parsePartialDate('1971-1-1')).toBeNull();
  });

  it('startOfPartialDate(text) reads a missing month or day as the first', () => {
    expect(startOfPartialDate('1971')).toBe(Date.UTC(1971, 0, 1));
    expect(startOfPartialDate('2004-12')).toBe(Date.UTC(2004, 11, 1));
  });

});
