import { describe, expect, it, vi } from 'vitest';
import { createDetailsLoader } from '../../../src/data/details.ts';
import type { Details } from '../../../src/data/dataset.ts';
import { dataset } from '../../fixtures/small-data/small-dataset.ts';

const details: Details = { sources: dataset.sources, dossiers: [], figures: [] };

describe('the details loader (sources and dossiers on first use)', () => {
  it('fetches once, however often it is asked, and tells its listeners', async () => {
    const fetchDetails = vi.fn(() => Promise.resolve(details));
    const loader = createDetailsLoader(fetchDetails);
    const seen: string[] = [];
    loader.subscribe(() => seen.push(loader.state().status));
    expect(loader.state().status).toBe('idle');
    const [first, second] = await Promise.all([loader.load(), loader.load()]);
    expect(fetchDetails).toHaveBeenCalledTimes(1);
    expect(first).toBe(second);
    expect(first.bibliography.get(dataset.sources[0]!.id)).toEqual(dataset.sources[0]);
    expect(seen).toEqual(['loading', 'ready']);
  });

  it('says it failed, and fetches again when asked again', async () => {
    const fetchDetails = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(details);
    const loader = createDetailsLoader(fetchDetails);
    await expect(loader.load()).rejects.toThrow('offline');
    expect(loader.state().status).toBe('failed');
    await loader.load();
    expect(loader.state().status).toBe('ready');
    expect(fetchDetails).toHaveBeenCalledTimes(2);
  });
});
