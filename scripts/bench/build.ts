import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { WORLD_OUTPUT_PATH } from '../build-geometry.ts';

/** What the benchmark serves: the app's build, and the bare MapLibre page's with the shapes file the app's tiles are cut from beside it. */
export interface BenchBuild {
  root: string;
  appDir: string;
  bareDir: string;
}

/**
 * Builds the app (with its own vite.config.ts, as `npm run build` does) and the bare MapLibre
 * page into a fresh temporary folder, never into the shared dist/.
 */
export async function buildForBench(): Promise<BenchBuild> {
  const root = mkdtempSync(join(tmpdir(), 'taiwan-ties-bench-'));
  const appDir = join(root, 'app');
  const bareDir = join(root, 'bare');
  await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
  await build({
    configFile: false,
    root: resolve('scripts/bench/bare'),
    base: './',
    logLevel: 'warn',
    build: { outDir: bareDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  });
  // The bare page loads the shapes the app's tiles are cut from, as GeoJSON for MapLibre to tile.
  copyFileSync(WORLD_OUTPUT_PATH, join(bareDir, 'world.topo.json'));
  return { root, appDir, bareDir };
}
