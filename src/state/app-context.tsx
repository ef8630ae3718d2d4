import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { CountryProfile } from '../data/country-profiles.ts';
import type { Dataset } from '../data/parse-dataset.ts';
import type { AppActions, AppState, AppStore } from './store.ts';

/** What components read: the store, and the data joined once at load. */
export interface AppContextValue {
  store: AppStore;
  dataset: Dataset;
  profiles: ReadonlyMap<string, CountryProfile>;
  /** English name of every country on the map. */
  names: ReadonlyMap<string, string>;
}

const AppContext = createContext<AppContextValue | null>(null);

export function AppProvider({ value, children }: { value: AppContextValue; children: ReactNode }) {
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

export function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppContext outside AppProvider');
  return value;
}

/** Subscribes a component to one slice of the store. */
export function useAppState<T>(selector: (state: AppState & AppActions) => T): T {
  return useStore(useAppContext().store, selector);
}
