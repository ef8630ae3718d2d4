import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Loading the built app with no console error and no request off its origin is offline.test.ts's
// first check (with more after it), so this file needs no browser.

/** The build under test (global-setup.ts serves the same folder). */
const DIST = process.env.E2E_DIST ?? 'dist';

describe('the built app', () => {
  it('ships the parsed data but not the CSV parser or zod, which run only at build time', () => {
    const scripts = readdirSync(`${DIST}/assets`).filter((file) => file.startsWith('index-') && file.endsWith('.js'));
    // One entry script: were it renamed, this test would check nothing.
    expect(scripts).toHaveLength(1);
    for (const file of scripts) expect(readFileSync(`${DIST}/assets/${file}`, 'utf8'), file).not.toMatch(/ZodError|csvParse/);
  });
});
