import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import type { Dataset } from '../src/data/dataset.ts';
import { DATA_FILES, parseDataset, type DataFileKey } from './dataset/parse-dataset.ts';
import { NON_ISO_CODES } from './dataset/schemas.ts';

/** ISO 3166-1 alpha-3, or one of the non-ISO codes the data README documents. */
export function isKnownCode(code: string): boolean {
  return code in NON_ISO_CODES || countries.isValid(code);
}

/** Reads the data files' text from a `data/` folder. */
export function readDataTexts(dataDir: string): Record<DataFileKey, string> {
  const entries = Object.entries(DATA_FILES).map(([key, file]) => [key, readFileSync(join(dataDir, file), 'utf8')]);
  return Object.fromEntries(entries) as Record<DataFileKey, string>;
}

/** Reads and validates the dataset; throws a DatasetError naming file, row and field. */
export function readDataset(dataDir = 'data'): Dataset {
  return parseDataset(readDataTexts(dataDir), { isKnownCode });
}
