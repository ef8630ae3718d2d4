import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { datasetPlugin } from './scripts/vite-plugin-dataset.ts';
import { mapPreloadPlugin } from './scripts/vite-plugin-map-preload.ts';
import { mapTilesPlugin } from './scripts/vite-plugin-map-tiles.ts';
import { storiesPlugin } from './scripts/vite-plugin-stories.ts';

/**
 * index.html's Content-Security-Policy is for the built app: Vite's dev server injects CSS as
 * <style> elements, which style-src 'self' refuses, so the dev server serves the page without it.
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

export default defineConfig({
  // Relative asset URLs, so dist/ works from any static host and any sub-path.
  base: './',
  plugins: [react(), datasetPlugin(), storiesPlugin(), mapTilesPlugin(), devWithoutCsp(), mapPreloadPlugin()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/unit/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
