import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { timelineYear, type AllyTimeline, type TimelineYear } from '../data/ally-timeline.ts';
import type { CountryProfile } from '../data/country-profiles.ts';
import type { LayerAvailability } from '../data/layer-availability.ts';
import type { LayerId } from '../data/layers.ts';
import type { Dataset } from '../data/parse-dataset.ts';
import type { AppActions, AppState, AppStore } from './store.ts';

/** What components read: the store, and the data joined once at load. */
export interface AppContextValue {
  store: AppStore;
  dataset: Dataset;
  profiles: ReadonlyMap<string, CountryProfile>;
  /** English name of every country on the map. */
  names: ReadonlyMap<string, string>;
  /** The allies' story year by year, computed once per data load. */
  timeline: AllyTimeline;
  /** From which year each layer may be drawn. */
  availability: Record<LayerId, LayerAvailability>;
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

/** The timeline entry for the store's year. */
export function useTimelineYear(): TimelineYear {
  const { timeline } = useAppContext();
  const year = useAppState((state) => state.year);
  return timelineYear(timeline, year);
}
