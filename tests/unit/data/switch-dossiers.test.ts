import { describe, expect, it } from 'vitest';
import { switchesOf, switchKey } from '../../../src/data/switches.ts';
import { readDataset } from '../../../scripts/read-dataset.ts';

const dataset = readDataset();
const switches = switchesOf(dataset.relations, dataset.beijing);
const fieldsOf = new Map<string, Set<string>>();
for (const entry of dataset.dossiers) {
  const key = switchKey(entry.iso3, entry.taipeiDate);
  fieldsOf.set(key, (fieldsOf.get(key) ?? new Set()).add(entry.field));
}

describe('the switch dossiers (data/switch-dossiers.csv)', () => {
  it('say who acted first and who decided for every switch since 1990', () => {
    const since1990 = switches.filter((change) => change.taipeiDate >= '1990');
    expect(since1990.length).toBe(50);
    const lacking = since1990.flatMap((change) =>
      ['first_mover', 'decided_by'].filter((field) => !fieldsOf.get(switchKey(change.iso3, change.taipeiDate))?.has(field)).map((field) => `${change.iso3} ${change.taipeiDate} ${field}`),
    );
    expect(lacking).toEqual([]);
  });

  it('keep both readings where the sources disagree on who acted first (El Salvador 2018)', () => {
    const codes = dataset.dossiers.filter((entry) => entry.iso3 === 'SLV' && entry.taipeiDate === '2018-08-21' && entry.field === 'first_mover').map((entry) => entry.code);
    expect(codes.sort()).toEqual(['country_recognised_beijing', 'taipei_severed_first']);
  });

  it('report a figure only with its source’s hedging or as stated, and the Dominican Republic’s denial beside its claim', () => {
    const dominican = dataset.figures.filter((figure) => figure.iso3 === 'DOM' && figure.amount === 3_100_000_000);
    expect(dominican.map((figure) => figure.what.en)).toEqual([expect.stringMatching(/Taiwan official/), expect.stringMatching(/^Denial/)]);
  });
});
