import { copyFileSync, cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { COUNTRY_TILES } from '../../src/map/country-tiles.ts';
import { WORLD_OUTPUT_PATH } from '../build-geometry.ts';

/** What the benchmark serves: the app's build, and the bare MapLibre page's with the shapes file the app's tiles are cut from beside it. */
export interface BenchBuild {
  root: string;
  appDir: string;
  bareDir: string;
  /** The version (content hash) of the app's tiles, which the build names their folder by. */
  tilesVersion: string;
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
  // The bare page loads the shapes the app's tiles are cut from, as GeoJSON for MapLibre to tile,
  // or (?tiles=) the app's tiles themselves.
  copyFileSync(WORLD_OUTPUT_PATH, join(bareDir, 'world.topo.json'));
  cpSync(join(appDir, COUNTRY_TILES.path), join(bareDir, COUNTRY_TILES.path), { recursive: true });
  const [tilesVersion] = readdirSync(join(appDir, COUNTRY_TILES.path));
  return { root, appDir, bareDir, tilesVersion };
}
