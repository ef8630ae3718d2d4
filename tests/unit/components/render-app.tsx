import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { deriveData } from '../../../src/data/derived-data.ts';
import { AppProvider } from '../../../src/state/app-context.tsx';
import { createAppStore } from '../../../src/state/store.ts';
import { FULL_APP, type Presentation } from '../../../src/state/url-state.ts';
import { readDataset } from '../../../scripts/read-dataset.ts';

const dataset = readDataset();
/** A fixed "today", so the timeline ends on the same year whenever the tests run. */
export const TODAY = new Date('2026-11-21T00:00:00Z');
export const derived = deriveData(dataset, TODAY);
const { profiles, timeline, availability, years, bibliography } = derived;
const names = new Map(dataset.names.map((row) => [row.iso3, row.name]));

/** Renders a component with the real data and a fresh store, as the app provides them. */
export function renderWithApp(ui: ReactNode, presentation: Presentation = FULL_APP) {
  const store = createAppStore(years);
  const result = render(
    <AppProvider value={{ store, dataset, profiles, names, timeline, availability, years, presentation, bibliography }}>{ui}</AppProvider>,
  );
  return { ...result, store };
}
