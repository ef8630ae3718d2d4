import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readStories } from './dataset/stories.ts';
import { jsonModule } from './json-module.ts';
import { readDataset } from './read-dataset.ts';
import { deriveData } from '../src/data/derived-data.ts';
import { splitDataset } from '../src/data/dataset.ts';

const STORIES_ID = 'virtual:stories';

/**
 * Serves `virtual:stories`: the built-in talk tracks of data/stories/, checked against the data
 * when the app builds (scripts/dataset/stories.ts: a bad story fails the build with its file and
 * step). The app imports the module only when a page opens a story (`?story=`).
 */
export function storiesPlugin(dataDir = 'data'): Plugin {
  const storiesDir = resolve(dataDir, 'stories');
  return {
    name: 'taiwan-ties-stories',
    resolveId: (id) => (id === STORIES_ID ? `\0${id}` : undefined),
    load(id) {
      if (id !== `\0${STORIES_ID}`) return undefined;
      for (const file of readdirSync(storiesDir)) this.addWatchFile(resolve(storiesDir, file));
      const dataset = readDataset(dataDir);
      const { core } = splitDataset(dataset);
      const { years, timeline } = deriveData(core, new Date());
      const names = new Set(core.names.map((row) => row.iso3));
      const stories = readStories(storiesDir, {
        years,
        timeline,
        isCountry: (iso3) => names.has(iso3),
        sourceIds: new Set(dataset.sources.map((source) => source.id)),
      });
      return jsonModule(stories);
    },
  };
}
