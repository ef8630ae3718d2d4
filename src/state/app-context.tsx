import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { timelineYear, type AllyTimeline, type TimelineYear } from '../data/ally-timeline.ts';
import type { CountryProfile } from '../data/country-profiles.ts';
import type { LayerAvailability } from '../data/layer-availability.ts';
import type { LayerId } from '../data/layers.ts';
import type { CoreDataset } from '../data/dataset.ts';
import type { DetailsLoader, DetailsState } from '../data/details.ts';
import type { Era } from '../data/eras.ts';
import type { RegionYear } from '../data/regions.ts';
import type { CompareSources } from '../data/year-compare.ts';
import type { YearSwitches } from '../data/year-switches.ts';
import type { YearRange } from '../data/year-range.ts';
import { nameIn, type Locale, type Localized } from '../i18n/locale.ts';
import { messagesFor, type Messages } from '../i18n/messages.ts';
import { urlBackedState, type AppActions, type AppState, type AppStore, type UrlBackedState } from './store.ts';
import type { Presentation } from './url-state.ts';
import type { TrackStore } from './tracks/track-store.ts';

/** What components read: the store, and the data joined once at load. */
export interface AppContextValue {
  store: AppStore;
  dataset: CoreDataset;
  profiles: ReadonlyMap<string, CountryProfile>;
  /** The name of every country on the map, in both languages (data/country-names.csv). */
  names: ReadonlyMap<string, Localized>;
  /** The allies' story year by year, computed once per data load. */
  timeline: AllyTimeline;
  /** From which year each layer may be drawn. */
  availability: Record<LayerId, LayerAvailability>;
  /** The timeline's first and last years. */
  years: YearRange;
  /** Each president's term with its gains and losses (data/eras.ts), computed once per data load. */
  eras: readonly Era[];
  /** The years with a switch or a milestone, ascending (data/event-years.ts): where `[` and `]` go. */
  eventYears: readonly number[];
  /** Each year's switches either way (data/year-switches.ts): the chart's ticks. */
  switches: readonly YearSwitches[];
  /** Each year's allies by M49 region (data/regions.ts). */
  regionYears: readonly RegionYear[];
  /** The full app or the embed view, fixed for the page's life. */
  presentation: Presentation;
  /** The texts a reader opens (the bibliography, the dossiers), loaded on first use. */
  details: DetailsLoader;
  /** The open talk track and its step (tracks/track-store.ts); absent where no track can open. */
  tracks?: TrackStore;
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

/** The part of the state a link carries, re-rendering only when one of its fields changes. */
export function useUrlBackedState(): UrlBackedState {
  return useAppState(useShallow(urlBackedState));
}

/** What comparing two years reads (data/year-compare.ts compareYears): the timeline, the allies' weight and regions. */
export function useCompareSources(): CompareSources {
  const { timeline, dataset, regionYears } = useAppContext();
  return useMemo(() => ({ timeline, weights: dataset.allyWeight, regionYears }), [timeline, dataset, regionYears]);
}

/** The language the person chose (or the browser's). */
export function useLocale(): Locale {
  return useAppState((state) => state.lang);
}

/** Every text in the chosen language. */
export function useMessages(): Messages {
  return messagesFor(useLocale());
}

/** A country's name in the chosen language, by code (the code itself for a place with no name). */
export function useCountryName(): (iso3: string) => string {
  const { names } = useAppContext();
  const locale = useLocale();
  return useCallback((iso3: string) => nameIn(names, iso3, locale), [names, locale]);
}

/** The texts a reader opens: asks for them the first time a component needs them. */
export function useDetails(): DetailsState {
  const { details } = useAppContext();
  const state = useSyncExternalStore(details.subscribe, details.state);
  useEffect(() => {
    if (state.status === 'idle') details.load().catch(() => undefined);
  }, [details, state.status]);
  return state;
}
