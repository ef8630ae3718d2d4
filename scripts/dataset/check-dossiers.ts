import type { DossierEntry, FirstMover, ReportedFigure } from './dossier-schemas.ts';
import { switchesOf, switchKey } from '../../src/data/switches.ts';
import type { RelationPeriod } from './schemas.ts';

/** One thing wrong with one row, as parse-dataset.ts reports it. */
interface Problem {
  file: string;
  row: number;
  field: string;
  message: string;
}

const STARTS: readonly FirstMover[] = ['country_recognised_taipei', 'other'];
const ENDS: readonly FirstMover[] = [
  'country_recognised_beijing',
  'taipei_severed_first',
  'country_severed_taipei',
  'country_revoked_recognition',
  'beijing_severed_first',
  'other',
];

/**
 * The dossiers' rules across files: every row names a switch of the relations file (its country
 * and the day Taipei's relations began or ended), and a first mover fits the switch's direction.
 */
export function checkDossiers(
  files: { relations: string; dossiers: string; figures: string },
  relations: readonly RelationPeriod[],
  dossiers: readonly DossierEntry[],
  figures: readonly ReportedFigure[],
  rowOf: (row: object) => number,
  problems: Problem[],
) {
  const switches = new Map(switchesOf(relations, []).map((change) => [switchKey(change.iso3, change.taipeiDate), change.direction]));
  const check = (file: string, row: DossierEntry | ReportedFigure) => {
    const direction = switches.get(switchKey(row.iso3, row.taipeiDate));
    if (!direction) {
      problems.push({
        file,
        row: rowOf(row),
        field: 'taipei_date',
        message: `${row.iso3}: no switch in data/${files.relations} on ${row.taipeiDate}`,
      });
    }
    return direction;
  };
  for (const entry of dossiers) {
    const direction = check(files.dossiers, entry);
    if (!direction || entry.code === null) continue;
    const allowed = direction === 'to_taipei' ? STARTS : ENDS;
    if (!allowed.includes(entry.code)) {
      const what = direction === 'to_taipei' ? 'a start of relations with Taipei' : 'an end of relations with Taipei';
      problems.push({
        file: files.dossiers,
        row: rowOf(entry),
        field: 'code',
        message: `${entry.code} does not fit ${what} (${entry.iso3} ${entry.taipeiDate})`,
      });
    }
  }
  for (const figure of figures) check(files.figures, figure);
}
