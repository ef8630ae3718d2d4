import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { buildCountryProfiles } from '../../../src/data/country-profiles.ts';
import { AppProvider } from '../../../src/state/app-context.tsx';
import { createAppStore } from '../../../src/state/store.ts';
import { readDataset } from '../../../scripts/read-dataset.ts';
import { readMapCountries } from '../../../scripts/map-countries.ts';

const dataset = readDataset();
const profiles = buildCountryProfiles(dataset);
const names = new Map(readMapCountries('public/geo/world.topo.json'));

/** Renders a component with the real data and a fresh store, as the app provides them. */
export function renderWithApp(ui: ReactNode) {
  const store = createAppStore();
  const result = render(<AppProvider value={{ store, dataset, profiles, names }}>{ui}</AppProvider>);
  return { ...result, store };
}
