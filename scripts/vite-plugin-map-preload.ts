import type { Plugin } from 'vite';

/**
 * Tells the browser, from index.html, to fetch the map's two big downloads while it is still
 * loading the app's own script: the maplibre-gl chunk (a dynamic import, so Vite would otherwise
 * only ask for it once main.tsx runs) and the shapes file. Both are then in flight, and the
 * library compiled, by the time the page asks for them (src/app/map-assets.ts), which takes the
 * map's start off the app script's critical path (the benchmark's load ratio, `npm run bench`).
 */
export function mapPreloadPlugin(): Plugin {
  return {
    name: 'map-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((file) => file.type === 'chunk' && file.name === 'maplibre-gl');
        if (!chunk) throw new Error('map-preload: the build has no maplibre-gl chunk to preload');
        return [
          { tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' },
          // crossorigin: fetch() asks in CORS mode, and a preload is only reused by a request that matches it.
          { tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: './geo/world.topo.json' }, injectTo: 'head' },
        ];
      },
    },
  };
}
