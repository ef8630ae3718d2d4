import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../../src/data/layers.ts';
import {
  describeUrlProblems,
  formatCameraHash,
  parseCameraHash,
  parseSearch,
  searchFromState,
  stateFromSearch,
} from '../../../src/state/url-state.ts';

const isCountry = (iso3: string) => ['PRY', 'TUV', 'AUS'].includes(iso3);

describe('parseSearch(search)', () => {
  it('reads ?country=PRY (any case) as valid', () => {
    expect(parseSearch('?country=pry', isCountry).country).toEqual({ status: 'valid', value: 'PRY' });
  });

  it('marks an unknown country invalid and says why', () => {
    expect(parseSearch('?country=XXX', isCountry).country).toMatchObject({ status: 'invalid', reason: 'is not a country on this map' });
    expect(parseSearch('?country=<script>', isCountry).country).toMatchObject({ status: 'invalid' });
  });

  it('reads ?show=ally,partner,visa,nsp with visa standing for its three levels', () => {
    expect(parseSearch('?show=ally,partner,visa,nsp', isCountry).show).toEqual({ status: 'valid', value: [...LAYER_IDS] });
  });

  it('keeps the known layers of ?show and lists the rejected tokens', () => {
    expect(parseSearch('?show=nsp,bogus,ally', isCountry).show).toEqual({ status: 'valid', value: ['ally', 'nsp'], rejected: ['bogus'] });
  });

  it('reads ?show=none as no layer, and ?show=bogus as invalid', () => {
    expect(parseSearch('?show=none', isCountry).show).toEqual({ status: 'valid', value: [] });
    expect(parseSearch('?show=bogus', isCountry).show.status).toBe('invalid');
  });

  it('marks an empty ?show= invalid rather than silently hiding every layer', () => {
    expect(parseSearch('?show=', isCountry).show).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/empty/) });
  });

  it('rejects an overlong ?show without looking at it', () => {
    expect(parseSearch(`?show=${'ally,'.repeat(100)}`, isCountry).show.status).toBe('invalid');
  });

  it('reports missing parameters as missing and unknown ones by name', () => {
    const parsed = parseSearch('?zzz=1', isCountry);
    expect(parsed.country.status).toBe('missing');
    expect(parsed.show.status).toBe('missing');
    expect(parsed.unknown).toEqual(['zzz']);
  });
});

describe('parseCameraHash(hash)', () => {
  it('reads MapLibre’s #zoom/lat/lng', () => {
    expect(parseCameraHash('#2/-8.52/179.2')).toEqual({ status: 'valid', value: { zoom: 2, lat: -8.52, lng: 179.2 } });
  });

  it('rejects out-of-range or malformed positions', () => {
    for (const hash of ['#99/0/0', '#2/95/0', '#2/0/999', '#a/b/c', '#2/3', '#1/2/3/4/5/6']) {
      expect(parseCameraHash(hash).status, hash).toBe('invalid');
    }
    expect(parseCameraHash('').status).toBe('missing');
  });

  it('round-trips through formatCameraHash(camera)', () => {
    const camera = { zoom: 3.25, lat: 23.5, lng: 121 };
    const parsed = parseCameraHash(formatCameraHash(camera));
    expect(parsed.status).toBe('valid');
    if (parsed.status === 'valid') expect(parsed.value).toEqual({ zoom: 3.25, lat: 23.5, lng: 121 });
  });

  it('wraps longitudes from world copies into −180…180', () => {
    expect(formatCameraHash({ zoom: 2, lat: 0, lng: 190 })).toBe('#2/0.00/-170.00');
  });
});

describe('searchFromState(state)', () => {
  it('writes nothing for the default view', () => {
    expect(searchFromState({ selected: null, layers: [...LAYER_IDS] })).toBe('');
  });

  it('writes readable parameters, folding the three visa levels into visa', () => {
    expect(searchFromState({ selected: 'PRY', layers: ['ally', 'visa-free', 'visa-arrival', 'visa-online'] })).toBe('?country=PRY&show=ally,visa');
    expect(searchFromState({ selected: null, layers: [] })).toBe('?show=none');
  });

  it('round-trips through parseSearch', () => {
    for (const state of [
      { selected: 'TUV', layers: ['partner', 'visa-arrival'] },
      { selected: null, layers: [] },
      { selected: 'AUS', layers: [...LAYER_IDS] },
    ] as const) {
      expect(stateFromSearch(parseSearch(searchFromState({ ...state, layers: [...state.layers] }), isCountry))).toEqual({
        ...state,
        layers: [...state.layers],
      });
    }
  });
});

describe('describeUrlProblems(parsed, camera)', () => {
  it('says which parts of a bad URL were ignored', () => {
    const problems = describeUrlProblems(parseSearch('?country=XXX&show=bogus&zzz=1', isCountry), parseCameraHash('#99/999/abc'));
    expect(problems).toHaveLength(4);
    expect(problems.join(' ')).toMatch(/country "XXX".*show "bogus".*"zzz".*map position/);
  });
});
