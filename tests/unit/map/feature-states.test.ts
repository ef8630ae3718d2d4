import { describe, expect, it } from 'vitest';
import type { LayerId } from '../../../src/data/layers.ts';
import { yearFeatureStates, type FeatureStateSources } from '../../../src/map/feature-states.ts';

/** A year with one ally, one lost, one state recognising Beijing and one Taipei, and a partner that differs from today's. */
const sources: FeatureStateSources = {
  statusesFor: () =>
    new Map([
      ['PRY', 'ally'],
      ['NIC', 'lost'],
    ]),
  recognitionFor: () =>
    new Map([
      ['CHN', 'beijing'],
      ['PRY', 'taipei'],
      ['SOM', 'neither'],
    ]),
  partnerChangesFor: () => new Map([['USA', 'none']]),
  drawableLayersIn: () => new Set<LayerId>(['ally', 'former', 'partner']),
};
const DRAWN = { 'drawn-partner': true, 'drawn-visa-free': false, 'drawn-visa-arrival': false, 'drawn-visa-online': false, 'drawn-nsp': false };

describe('yearFeatureStates(sources, year, selected)', () => {
  it('gives each shape the feature-state the map controller sets: status, recognition other than Taipei, partner changes, drawn flags', () => {
    const stateOf = yearFeatureStates(sources, 2025);
    expect(stateOf('PRY')).toEqual({ ...DRAWN, status: 'ally' });
    expect(stateOf('NIC')).toEqual({ ...DRAWN, status: 'lost' });
    expect(stateOf('CHN')).toEqual({ ...DRAWN, recognition: 'beijing' });
    expect(stateOf('SOM')).toEqual({ ...DRAWN, recognition: 'neither' });
    expect(stateOf('USA')).toEqual({ ...DRAWN, partner: 'none' });
  });

  it('gives a shape the year says nothing about the drawn flags alone, and marks the selected one', () => {
    expect(yearFeatureStates(sources, 2025)('FRA')).toEqual(DRAWN);
    const stateOf = yearFeatureStates(sources, 2025, 'PRY');
    expect(stateOf('PRY')).toEqual({ ...DRAWN, status: 'ally', selected: true });
    expect(stateOf('NIC')).not.toHaveProperty('selected');
  });
});
