import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app's URL, served under a sub-path, ending in '/'. */
    appUrl: string;
  }
}

/**
 * Serves dist/ (built by `npm run test:e2e`) for the browser tests, after checking Chromium exists.
 * E2E_DIST names another build folder, so that two checkouts' test runs never share one.
 */
export default async function setup(project: TestProject) {
  chromiumPath();
  const dist = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ is missing: run \`npm run build\` (npm run test:e2e does it).`);
  const server = await serveStatic(dist);
  project.provide('appUrl', server.url);
  return server.close;
}
