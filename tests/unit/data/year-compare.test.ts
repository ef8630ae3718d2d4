import { describe, expect, it } from 'vitest';
import { compareYears, orderedYears, regionChanges, type CompareChangeKind } from '../../../src/data/year-compare.ts';
import { deriveData } from '../../../src/data/derived-data.ts';
import { readDataset } from '../../../scripts/read-dataset.ts';

const dataset = readDataset();
const { timeline, regionYears } = deriveData(dataset, new Date(Date.UTC(2026, 11, 5)));
const sources = { timeline, weights: dataset.allyWeight, regionYears };
const changeOf = (a: number, b: number, iso3: string) => compareYears(sources, a, b).changes.find((change) => change.iso3 === iso3);
const codesOf = (a: number, b: number, kind: CompareChangeKind) =>
  compareYears(sources, a, b)
    .changes.filter((change) => change.kind === kind)
    .map((change) => change.iso3);

describe('compareYears(sources, a, b): what changed between two years', () => {
  it('reads from the earlier year to the later whichever comes first', () => {
    expect(orderedYears(2025, 1971)).toEqual([1971, 2025]);
    expect(compareYears(sources, 2025, 1971)).toEqual(compareYears(sources, 1971, 2025));
  });

  it('counts 2015’s 22 allies against 2025’s 12, and lists the ten lost since, none gained', () => {
    const comparison = compareYears(sources, 2015, 2025);
    expect([comparison.then.allies, comparison.now.allies]).toEqual([22, 12]);
    expect(codesOf(2015, 2025, 'lost').sort()).toEqual(['BFA', 'DOM', 'HND', 'KIR', 'NIC', 'NRU', 'PAN', 'SLB', 'SLV', 'STP']);
    expect(comparison.changes.every((change) => change.kind === 'lost')).toBe(true);
  });

  it('shows Nauru, an ally only between 1971 and 2025, with its four dated changes', () => {
    const nauru = changeOf(1971, 2025, 'NRU')!;
    expect(nauru.kind).toBe('between');
    expect(nauru.events.map((event) => [event.date, event.kind])).toEqual([
      ['1980-05-04', 'established'],
      ['2002-07-21', 'switched'],
      ['2005-05-14', 'restored'],
      ['2024-01-15', 'switched'],
    ]);
  });

  it('shows Nauru as an ally in 1990 and 2010 that left and came back between them', () => {
    expect(changeOf(1990, 2010, 'NRU')).toMatchObject({ kind: 'returned', events: [{ kind: 'switched' }, { kind: 'restored' }] });
  });

  it('tells a restored ally (the Gambia, 1968–1974, back in 1995) from a first-time one', () => {
    expect(changeOf(1990, 2000, 'GMB')?.kind).toBe('restored');
    expect(changeOf(2000, 2010, 'LCA')?.kind).toBe('restored');
    expect(changeOf(1971, 2025, 'LCA')?.kind).toBe('gained');
  });

  it('leaves out the allies that stayed throughout (Paraguay, the Holy See) and years with no change', () => {
    expect(changeOf(1971, 2025, 'PRY')).toBeUndefined();
    expect(changeOf(1971, 2025, 'VAT')).toBeUndefined();
    expect(compareYears(sources, 2025, 2025).changes).toEqual([]);
  });

  it('lists the lost before the gained, and explains every difference in the counts', () => {
    const { then, now, changes } = compareYears(sources, 1971, 2025);
    const kinds = changes.map((change) => change.kind);
    expect(kinds.indexOf('gained')).toBeGreaterThan(kinds.lastIndexOf('lost'));
    const lost = kinds.filter((kind) => kind === 'lost').length;
    const gained = kinds.filter((kind) => kind === 'gained' || kind === 'restored').length;
    expect(then.allies - lost + gained).toBe(now.allies);
  });

  it('gives both years’ regions and their change, and the weight where the World Bank has figures', () => {
    const comparison = compareYears(sources, 1971, 2025);
    const africa = regionChanges(comparison).find((row) => row.region === 'africa')!;
    expect(africa).toEqual({ region: 'africa', then: 18, now: 1, change: -17 });
    expect(regionChanges(comparison).reduce((sum, row) => sum + row.now, 0)).toBe(comparison.now.allies);
    expect(comparison.then.weight?.population?.share).toBeGreaterThan(comparison.now.weight!.population!.share);
    expect(compareYears(sources, 1950, 2025).then.weight).toBeNull();
  });
});
