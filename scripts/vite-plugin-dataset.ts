import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DATA_FILES } from '../src/data/parse-dataset.ts';
import { WORLD_OUTPUT_PATH } from './build-geometry.ts';
import { jsonModule } from './json-module.ts';
import { checkJoins, readMapCountries } from './map-countries.ts';
import { readDataset } from './read-dataset.ts';

const VIRTUAL_ID = 'virtual:dataset';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Serves `virtual:dataset`: the data/ CSV files, validated with their zod schemas when the app
 * builds (or the dev server loads it) and inlined as JSON. A bad row fails the build with its
 * file, row and field, and so does a code that joins to no shape or marker on the map, or a map
 * code without a name in both languages. The dataset's `names` list every country on the map, so
 * the URL can be checked before the geometry has loaded. The browser never parses CSV or ships zod.
 */
export function datasetPlugin(dataDir = 'data'): Plugin {
  return {
    name: 'taiwan-ties-dataset',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of Object.values(DATA_FILES)) this.addWatchFile(resolve(dataDir, file));
      this.addWatchFile(resolve(WORLD_OUTPUT_PATH));
      const dataset = readDataset(dataDir);
      const mapCountries = readMapCountries(WORLD_OUTPUT_PATH);
      checkJoins(dataset, mapCountries);
      return jsonModule(dataset);
    },
  };
}
