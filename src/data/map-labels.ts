import type { Localized } from '../i18n/locale.ts';
import type { TimelineYear } from './ally-timeline.ts';
import { shapeCodesFor } from './historical-entities.ts';

/** What a name on the map says about its country: Taiwan itself, an ally, or one gained or lost in the year. */
export type LabelKind = 'home' | 'gained' | 'lost' | 'ally';

/** A country the map names in a year, and the shape whose point the name belongs to. */
export interface LabelSubject {
  /** Data code (SUN for the Soviet Union). */
  code: string;
  /** The map shape the name is placed on (the first successor's for a historical state). */
  shape: string;
  kind: Exclude<LabelKind, 'home'>;
  /** The name at the time, in both languages. */
  name: Localized;
}

/** The year's allies, and the allies gained and lost in it: the countries whose names the map shows. */
export function labelSubjects(year: TimelineYear, names: ReadonlyMap<string, Localized>): LabelSubject[] {
  const gained = new Set(year.gained);
  const subject = (code: string, kind: LabelSubject['kind']): LabelSubject[] => {
    const name = names.get(code);
    return name ? [{ code, shape: shapeCodesFor(code)[0], kind, name }] : [];
  };
  return [...year.allies.flatMap((code) => subject(code, gained.has(code) ? 'gained' : 'ally')), ...year.lost.flatMap((code) => subject(code, 'lost'))];
}
