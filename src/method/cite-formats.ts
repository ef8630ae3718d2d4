import type { Release } from '../data/dataset.ts';

/** What a citation of the data names: the release and the address a reader can follow. */
export interface CiteInput {
  release: Pick<Release, 'title' | 'version' | 'created' | 'licence'>;
  /** The app's address for this release's Method view. */
  permalink: string;
}

const AUTHOR = 'Taiwan Ties contributors';
const yearOf = (release: CiteInput['release']) => release.created.slice(0, 4);

/** APA 7 for a data set: author, (year), title in italics (plain text here), version, [Data set], URL. */
export function apaCitation({ release, permalink }: CiteInput): string {
  return `${AUTHOR}. (${yearOf(release)}). ${release.title} (Version ${release.version}) [Data set]. ${permalink}`;
}

/** Chicago (notes and bibliography) for a data set. */
export function chicagoCitation({ release, permalink }: CiteInput): string {
  return `${AUTHOR}. ${yearOf(release)}. “${release.title}.” Data set, version ${release.version}. Licensed ${release.licence.name}. ${permalink}.`;
}

/** BibTeX `@misc` entry; braces in the title keep its capitals. */
export function bibtexCitation({ release, permalink }: CiteInput): string {
  const key = `taiwanties${release.version.replaceAll('.', '')}`;
  return [
    `@misc{${key},`,
    `  author = {{${AUTHOR}}},`,
    `  title = {{${release.title}}},`,
    `  year = {${yearOf(release)}},`,
    `  version = {${release.version}},`,
    `  howpublished = {\\url{${permalink}}},`,
    `  note = {Data set, licensed ${release.licence.name}},`,
    '}',
  ].join('\n');
}

/** The Method view's address in this app (the version is named in the citation beside it). */
export function methodPermalink(appAddress: string): string {
  const url = new URL(appAddress);
  url.search = '?view=method';
  url.hash = '';
  return url.toString();
}
