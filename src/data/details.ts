import { indexSources } from './citations.ts';
import type { Details, DossierEntry, ReportedFigure, Source } from './dataset.ts';
import { switchKey } from './switches.ts';

/** What the sources say of one switch: its dossier's rows (in file order) and the figures reported. */
export interface Dossier {
  entries: DossierEntry[];
  figures: ReportedFigure[];
}

/** The details as components read them: the bibliography and the dossiers, by key. */
export interface LoadedDetails {
  bibliography: ReadonlyMap<string, Source>;
  /** By switchKey(iso3, taipeiDate); a switch no source has been found for has none. */
  dossiers: ReadonlyMap<string, Dossier>;
}

function indexDossiers({ dossiers, figures }: Details): Map<string, Dossier> {
  const byKey = new Map<string, Dossier>();
  const of = (row: { iso3: string; taipeiDate: string }) => {
    const key = switchKey(row.iso3, row.taipeiDate);
    let dossier = byKey.get(key);
    if (!dossier) byKey.set(key, (dossier = { entries: [], figures: [] }));
    return dossier;
  };
  for (const entry of dossiers) of(entry).entries.push(entry);
  for (const figure of figures) of(figure).figures.push(figure);
  return byKey;
}

/** Where the details stand: not asked for yet, on their way, there, or failed (to be asked again). */
export type DetailsState = { status: 'idle' | 'loading' | 'failed' } | { status: 'ready'; details: LoadedDetails };

/**
 * The texts a reader opens (sources, dossiers), fetched the first time something shows them. A
 * small external store for React's useSyncExternalStore: `load` starts the fetch once, and again
 * after a failure (a network blip, or a new deployment that renamed the chunk).
 */
export interface DetailsLoader {
  state(): DetailsState;
  load(): Promise<LoadedDetails>;
  subscribe(listener: () => void): () => void;
}

/** The details indexed for reading: the bibliography and the dossiers by key. */
export const prepareDetails = (details: Details): LoadedDetails => ({ bibliography: indexSources(details.sources), dossiers: indexDossiers(details) });

export function createDetailsLoader(fetchDetails: () => Promise<Details>): DetailsLoader {
  let state: DetailsState = { status: 'idle' };
  let pending: Promise<LoadedDetails> | null = null;
  const listeners = new Set<() => void>();
  const set = (next: DetailsState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    state: () => state,
    load() {
      pending ??= fetchDetails().then(
        (details) => {
          const loaded = prepareDetails(details);
          set({ status: 'ready', details: loaded });
          return loaded;
        },
        (error: unknown) => {
          pending = null;
          set({ status: 'failed' });
          throw error;
        },
      );
      if (state.status !== 'ready' && state.status !== 'loading') set({ status: 'loading' });
      return pending;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Details already in hand (tests, and any page that has them): ready from the start. */
export function loadedDetails(details: Details): DetailsLoader {
  const state: DetailsState = { status: 'ready', details: prepareDetails(details) };
  return {
    state: () => state,
    load: () => Promise.resolve(state.details),
    subscribe: () => () => undefined,
  };
}
