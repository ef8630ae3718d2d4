import type { CoreDataset, DatasetDate } from './dataset.ts';

/** A date a dated data file gives (data/dataset-dates.csv); the parser guarantees each required one. */
export function datasetDate(dataset: CoreDataset, name: DatasetDate['dataset'], meaning: DatasetDate['meaning']): DatasetDate['date'] {
  const row = dataset.dates.find((entry) => entry.dataset === name && entry.meaning === meaning);
  if (!row) throw new Error(`data/dataset-dates.csv has no ${meaning} row for ${name}`);
  return row.date;
}
