import { readFileSync } from 'node:fs';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Dataset } from '../src/data/dataset.ts';
import { shapeCodesFor } from '../src/data/historical-entities.ts';

type Named = { iso3: string | null; name: string };

/** [iso3, English name] of every coded shape or marker in the generated world file. */
export function readMapCountries(worldPath: string): [string, string][] {
  const world = JSON.parse(readFileSync(worldPath, 'utf8')) as Topology;
  const byCode = new Map<string, string>();
  for (const object of [world.objects.countries, world.objects.markers] as GeometryCollection<Named>[]) {
    for (const geometry of object.geometries) {
      const properties = geometry.properties as Named | undefined;
      if (properties?.iso3) byCode.set(properties.iso3, properties.name);
    }
  }
  return [...byCode];
}

/** Data codes that join to no shape (historical states join through their successors). */
export function unjoinedCodes(dataset: Dataset, mapCountries: [string, string][]): { file: string; iso3: string }[] {
  const onMap = new Set(mapCountries.map(([iso3]) => iso3));
  const files: [string, { iso3: string }[]][] = [
    ['diplomatic-relations.csv', dataset.relations],
    ['beijing-relations.csv', dataset.beijing],
    ['visa-access.csv', dataset.visa],
    ['new-southbound.csv', dataset.newSouthbound],
    ['representative-offices.csv', dataset.offices],
    ['like-minded.csv', dataset.likeMinded],
  ];
  return files.flatMap(([file, rows]) =>
    rows.filter((row) => !shapeCodesFor(row.iso3).every((code) => onMap.has(code))).map((row) => ({ file, iso3: row.iso3 })),
  );
}

/** Map codes with no row in country-names.csv, and rows there for codes not on the map. */
export function nameMismatches(dataset: Dataset, mapCountries: [string, string][]): { unnamed: string[]; notOnMap: string[] } {
  const onMap = new Set(mapCountries.map(([iso3]) => iso3));
  const named = new Set(dataset.names.map((row) => row.iso3));
  return { unnamed: [...onMap].filter((iso3) => !named.has(iso3)), notOnMap: [...named].filter((iso3) => !onMap.has(iso3)) };
}

export function checkJoins(dataset: Dataset, mapCountries: [string, string][]) {
  const missing = unjoinedCodes(dataset, mapCountries);
  if (missing.length > 0) {
    throw new Error(`codes with no shape or marker on the map:\n${missing.map((m) => `data/${m.file}: ${m.iso3}`).join('\n')}`);
  }
  const { unnamed, notOnMap } = nameMismatches(dataset, mapCountries);
  if (unnamed.length > 0) throw new Error(`data/country-names.csv has no row for these codes on the map: ${unnamed.join(', ')}`);
  if (notOnMap.length > 0) throw new Error(`data/country-names.csv names codes that are not on the map: ${notOnMap.join(', ')}`);
}
