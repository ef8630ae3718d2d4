import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AppProvider } from '../../../src/state/app-context.tsx';
import { createAppStore } from '../../../src/state/store.ts';
import { FULL_APP, type Presentation } from '../../../src/state/url-state.ts';
import { dataset, derived, names } from '../../fixtures/small-data/small-dataset.ts';

const { profiles, timeline, availability, years, bibliography } = derived;

/** Renders a component with the small data set and a fresh store, as the app provides them. */
export function renderWithApp(ui: ReactNode, presentation: Presentation = FULL_APP) {
  const store = createAppStore(years);
  const result = render(<AppProvider value={{ store, dataset, profiles, names, timeline, availability, years, presentation, bibliography }}>{ui}</AppProvider>);
  return { ...result, store };
}
