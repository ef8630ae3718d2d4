import { z } from 'zod';
import { REGIONS } from '../../src/data/regions.ts';
import { citations, code, notes, required } from './schemas.ts';

/**
 * data/regions.csv: the region of every state of the relations file, from the UN's M49 geoscheme
 * (Africa, the Americas, Asia, Europe, Oceania), for the timeline's count by region. Build-time code.
 */

export const regionRow = z
  .object({
    iso3: code,
    name: required,
    region: z.enum(REGIONS, { error: `must be one of ${REGIONS.join(', ')}` }),
    sources: citations,
    notes,
  })
  .transform((row) => ({ iso3: row.iso3, region: row.region, sources: row.sources, notes: row.notes }));

export type RegionEntry = z.output<typeof regionRow>;

/**
 * Every state of the relations file has a region, and every region row names one of them. A state
 * without one is reported at its first row in the relations file.
 */
export function checkRegions(
  files: { regions: string; relations: string },
  rows: readonly RegionEntry[],
  relations: readonly { iso3: string }[],
  rowOf: (row: object) => number,
  problems: { file: string; row: number; field: string; message: string }[],
) {
  const relationCodes = new Set(relations.map((period) => period.iso3));
  const listed = new Set(rows.map((row) => row.iso3));
  for (const row of rows) {
    if (!relationCodes.has(row.iso3))
      problems.push({ file: files.regions, row: rowOf(row), field: 'iso3', message: `${row.iso3} is not a state of data/${files.relations}` });
  }
  const reported = new Set<string>();
  for (const period of relations) {
    if (listed.has(period.iso3) || reported.has(period.iso3)) continue;
    reported.add(period.iso3);
    problems.push({ file: files.relations, row: rowOf(period), field: 'iso3', message: `${period.iso3} has no region in data/${files.regions}` });
  }
}
