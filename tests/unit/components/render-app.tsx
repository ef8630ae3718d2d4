import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { DetailsLoader } from '../../../src/data/details.ts';
import { AppProvider } from '../../../src/state/app-context.tsx';
import { createAppStore } from '../../../src/state/store.ts';
import { FULL_APP, type Presentation } from '../../../src/state/url-state.ts';
import { dataset, derived, details, names } from '../../fixtures/small-data/small-dataset.ts';

const { profiles, timeline, availability, years, eras, eventYears, switches, regionYears } = derived;

/** Renders a component with the small data set and a fresh store, as the app provides them. */
export function renderWithApp(ui: ReactNode, presentation: Presentation = FULL_APP, loader: DetailsLoader = details) {
  const store = createAppStore(years);
  const result = render(
    <AppProvider
      value={{ store, dataset, profiles, names, timeline, availability, years, eras, eventYears, switches, regionYears, presentation, details: loader }}
    >
      {ui}
    </AppProvider>,
  );
  return { ...result, store };
}
