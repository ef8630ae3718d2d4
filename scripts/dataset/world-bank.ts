import { z } from 'zod';
import { citations } from './schemas.ts';

/**
 * data/world-bank.csv: the World Bank's population and GDP series, only where the app needs them
 * (each ally in the years it was one, from 1960, and the world, `WLD`), for the allies' share of
 * the world's people and output. Build-time code.
 */

const optionalNumber = z.preprocess((value) => (value === '' ? null : value), z.coerce.number().positive('must be a positive number').nullable());

export const worldBankRow = z
  .object({
    code: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code of the relations file, or WLD (the world)'),
    year: z.coerce.number().int().min(1960, 'must be 1960 or later (the series begin then)').max(2100),
    population: optionalNumber,
    gdp_usd: optionalNumber,
    sources: citations,
  })
  .superRefine((row, ctx) => {
    if (row.population === null && row.gdp_usd === null)
      ctx.addIssue({ code: 'custom', path: ['population'], message: 'a row needs a population, a GDP or both' });
  })
  .transform((row) => ({
    code: row.code,
    year: row.year,
    population: row.population,
    /** GDP in current US dollars. */
    gdp: row.gdp_usd,
    sources: row.sources,
  }));

export type WorldBankValue = z.output<typeof worldBankRow>;

/** The world's code in the series. */
export const WORLD = 'WLD';

/** Each row's code is the world or a state of the relations file, and each code's year comes once. */
export function checkWorldBank(
  file: string,
  rows: readonly WorldBankValue[],
  relationCodes: ReadonlySet<string>,
  rowOf: (row: object) => number,
  problems: { file: string; row: number; field: string; message: string }[],
) {
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.code !== WORLD && !relationCodes.has(row.code)) {
      problems.push({ file, row: rowOf(row), field: 'code', message: `${row.code} is neither WLD nor a state of data/diplomatic-relations.csv` });
    }
    const key = `${row.code} ${row.year}`;
    if (seen.has(key)) problems.push({ file, row: rowOf(row), field: 'year', message: `${key} appears twice` });
    seen.add(key);
  }
}
