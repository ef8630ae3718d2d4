import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../scripts/read-dataset.ts';

const { release } = readDataset();

describe('the data release', () => {
  it('has one version, dated, in datapackage.json, CITATION.cff and the head of data/CHANGELOG.md', () => {
    expect(release.version).toMatch(/^\d{4}\.\d{2}\.\d{2}$/);
    expect(readFileSync('CITATION.cff', 'utf8')).toContain(`version: "${release.version}"`);
    expect(/^## (\S+)/m.exec(readFileSync('data/CHANGELOG.md', 'utf8'))?.[1]).toBe(release.version);
    // The version is the release's date.
    expect(release.version.replaceAll('.', '-')).toBe(release.created);
  });

  it('is licensed CC BY 4.0, in the package, the citation file and the data folder', () => {
    expect(release.licence).toEqual({ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(readFileSync('CITATION.cff', 'utf8')).toContain('license: CC-BY-4.0');
    expect(readFileSync('data/LICENSE.md', 'utf8')).toContain('https://creativecommons.org/licenses/by/4.0/');
  });
});
