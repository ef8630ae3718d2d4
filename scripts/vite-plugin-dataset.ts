import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { WORLD_OUTPUT_PATH } from './build-geometry.ts';
import { DATA_FILES } from './dataset/parse-dataset.ts';
import { jsonModule } from './json-module.ts';
import { checkJoins, readMapCountries } from './map-countries.ts';
import { parseMethodDocument } from './method-document.ts';
import { readDataset } from './read-dataset.ts';
import { splitDataset } from '../src/data/dataset.ts';

const DATASET_ID = 'virtual:dataset';
const METHOD_ID = 'virtual:method';
const DETAILS_ID = 'virtual:details';
const VIRTUAL_IDS = [DATASET_ID, DETAILS_ID, METHOD_ID];

/** The method documents, by the app's locale (the app loads them with the Method view only). */
export const METHOD_FILES = { en: 'METHOD.md', 'zh-TW': 'METHOD.zh-TW.md' } as const;

/**
 * The files a reader can download from the app's own origin, under `data/`: every data file, the
 * package descriptor, the method, the changelog and the licence. Served by the dev server and
 * written into the build, so the Method view's links work offline and from any sub-path.
 */
export const DOWNLOADABLE_FILES = [...Object.values(DATA_FILES), ...Object.values(METHOD_FILES), 'CHANGELOG.md', 'LICENSE.md'];

/**
 * Serves `virtual:dataset`: the data/ CSV files, validated with their zod schemas when the app
 * builds (or the dev server loads it) and inlined as JSON. A bad row fails the build with its
 * file, row and field, and so does a code that joins to no shape or marker on the map, or a map
 * code without a name in both languages. The dataset's `names` list every country on the map, so
 * the URL can be checked before the geometry has loaded. The browser never parses CSV or ships zod.
 * `virtual:details` holds the texts a reader opens (the bibliography, the dossiers): the app
 * imports it on first use, so they are not part of the first load.
 * Also serves `virtual:method` (the method documents as blocks) and the downloadable files.
 */
export function datasetPlugin(dataDir = 'data'): Plugin {
  const read = (file: string) => readFileSync(resolve(dataDir, file), 'utf8');
  return {
    name: 'taiwan-ties-dataset',
    resolveId: (id) => (VIRTUAL_IDS.includes(id) ? `\0${id}` : undefined),
    load(id) {
      if (id === `\0${METHOD_ID}`) {
        for (const file of Object.values(METHOD_FILES)) this.addWatchFile(resolve(dataDir, file));
        return jsonModule(Object.fromEntries(Object.entries(METHOD_FILES).map(([locale, file]) => [locale, parseMethodDocument(read(file))])));
      }
      if (id !== `\0${DATASET_ID}` && id !== `\0${DETAILS_ID}`) return undefined;
      for (const file of Object.values(DATA_FILES)) this.addWatchFile(resolve(dataDir, file));
      this.addWatchFile(resolve(WORLD_OUTPUT_PATH));
      const dataset = readDataset(dataDir);
      const mapCountries = readMapCountries(WORLD_OUTPUT_PATH);
      checkJoins(dataset, mapCountries);
      const { core, details } = splitDataset(dataset);
      return jsonModule(id === `\0${DATASET_ID}` ? core : details);
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const file = /^\/data\/([\w.-]+)$/.exec(request.url?.split('?')[0] ?? '')?.[1];
        if (!file || !DOWNLOADABLE_FILES.includes(file)) return next();
        response.setHeader('Content-Type', contentType(file));
        response.end(read(file));
      });
    },
    generateBundle() {
      for (const file of DOWNLOADABLE_FILES) this.emitFile({ type: 'asset', fileName: `data/${file}`, source: read(file) });
    },
  };
}

function contentType(file: string): string {
  if (file.endsWith('.csv')) return 'text/csv; charset=utf-8';
  if (file.endsWith('.json')) return 'application/json; charset=utf-8';
  return 'text/markdown; charset=utf-8';
}
