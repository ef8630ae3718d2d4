import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../scripts/read-dataset.ts';
import { WORLD_OUTPUT_PATH } from '../../../scripts/build-geometry.ts';
import { buildCountryProfiles } from '../../../src/data/country-profiles.ts';
import { buildWorldFeatures } from '../../../scripts/geometry/world-features.ts';

const profiles = buildCountryProfiles(readDataset());
const world = buildWorldFeatures(JSON.parse(readFileSync(WORLD_OUTPUT_PATH, 'utf8')) as Topology, profiles);
const propertiesOf = (iso3: string) => world.countries.features.find((feature) => feature.properties.iso3 === iso3)?.properties;

describe('buildWorldFeatures(topology, profiles): relations, the flag the ally hatchings are filtered by', () => {
  it('is 1 on a shape with formal relations at some time: a current ally, a lost one, a historical state’s successor', () => {
    expect(propertiesOf('PRY')?.relations).toBe(1); // an ally today
    expect(propertiesOf('USA')?.relations).toBe(1); // until 1979
    expect(propertiesOf('RUS')?.relations).toBe(1); // the Soviet Union's, 1949
  });

  it('is 0 on Taiwan and on a country that never had relations', () => {
    expect(propertiesOf('TWN')?.relations).toBe(0);
    expect(propertiesOf('PRK')?.relations).toBe(0);
    expect(propertiesOf('ISR')?.relations).toBe(0);
  });

  it('agrees with the profiles on every shape', () => {
    for (const { properties } of world.countries.features) {
      expect(properties.relations, properties.iso3).toBe((profiles.get(properties.iso3)?.periods.length ?? 0) > 0 ? 1 : 0);
    }
  });
});
