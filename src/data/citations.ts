import type { Citation, Source } from './dataset.ts';

/** A source as a fact cites it: the bibliography's row and the places in it the data points to. */
export interface CitedSource {
  source: Source;
  /** Pages, sections or quotes, in the order the facts cite them; empty when none is given. */
  pinpoints: string[];
}

/** The bibliography by id, built once per load. */
export function indexSources(sources: readonly Source[]): ReadonlyMap<string, Source> {
  return new Map(sources.map((source) => [source.id, source]));
}

/**
 * The sources a list of facts cites, each once (in the order first cited) with all its pinpoints.
 * A citation whose id is not in the index is left out: the build refuses such data, so this
 * only guards a hand-made test fixture.
 */
export function citedSources(citations: Iterable<Citation>, index: ReadonlyMap<string, Source>): CitedSource[] {
  const byId = new Map<string, CitedSource>();
  for (const { id, pinpoint } of citations) {
    const source = index.get(id);
    if (!source) continue;
    let cited = byId.get(id);
    if (!cited) byId.set(id, (cited = { source, pinpoints: [] }));
    if (pinpoint && !cited.pinpoints.includes(pinpoint)) cited.pinpoints.push(pinpoint);
  }
  return [...byId.values()];
}

/**
 * One citation as plain text, for CSV files and exports: "Publisher, Title (date) <url>", then
 * the pinpoints. The copy read (read_via) is not part of it: it is a note, never the citation.
 */
export function citationText({ source, pinpoints }: CitedSource): string {
  const date = source.published ? ` (${source.published})` : '';
  const where = pinpoints.length > 0 ? ` [${pinpoints.join('; ')}]` : '';
  return `${source.publisher}, ${source.title}${date} <${source.url}>${where}`;
}
