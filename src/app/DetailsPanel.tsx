import { lazy, Suspense } from 'react';
import { useAppState } from '../state/app-context.tsx';

/**
 * The details panel, loaded when a country is first opened rather than with the page: with its
 * histories, dossiers and citations it is a fifth of the page's own script, and the first view
 * opens on no country (README, Performance: the first-load transfer budget).
 */
const GuardedCountryPanel = lazy(() => import('../components/CountryPanel.tsx').then((module) => ({ default: module.GuardedCountryPanel })));

export function DetailsPanel() {
  const open = useAppState((state) => state.selected !== null);
  return open ? (
    <Suspense fallback={null}>
      <GuardedCountryPanel />
    </Suspense>
  ) : null;
}
