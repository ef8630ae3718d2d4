import type { Dataset } from './parse-dataset.ts';
import type { DatasetDate } from './schemas.ts';

// Type-only imports: the browser bundle gets the parsed data, never the CSV parser or zod.

/** The date a dated data file gives (data/dataset-dates.csv); the schema guarantees one per file. */
export function datasetDate(dataset: Dataset, name: DatasetDate['dataset']): DatasetDate['date'] {
  const row = dataset.dates.find((entry) => entry.dataset === name);
  if (!row) throw new Error(`data/dataset-dates.csv has no row for ${name}`);
  return row.date;
}
