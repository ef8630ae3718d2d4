import type { Dataset } from './parse-dataset.ts';
import type { DatasetDate } from './schemas.ts';

// Type-only imports: the browser bundle gets the parsed data, never the CSV parser or zod.

/** A date a dated data file gives (data/dataset-dates.csv); the parser guarantees each required one. */
export function datasetDate(dataset: Dataset, name: DatasetDate['dataset'], meaning: DatasetDate['meaning']): DatasetDate['date'] {
  const row = dataset.dates.find((entry) => entry.dataset === name && entry.meaning === meaning);
  if (!row) throw new Error(`data/dataset-dates.csv has no ${meaning} row for ${name}`);
  return row.date;
}
