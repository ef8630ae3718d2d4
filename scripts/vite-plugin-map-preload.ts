import type { Plugin } from 'vite';

/**
 * Tells the browser, from index.html, to fetch the map's biggest download, the maplibre-gl chunk,
 * while it is still loading the app's own script (it is a dynamic import, so Vite would otherwise
 * only ask for it once main.tsx runs). It is then in flight, and compiled, by the time the page
 * asks for it (src/app/map-library.ts), which takes the map's start off the app script's critical
 * path (the benchmark's load ratio, `npm run bench`). The shapes come as tiles, which MapLibre's
 * worker asks for itself.
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
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}
