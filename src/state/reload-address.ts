import type { YearRange } from '../data/year-range.ts';
import type { UrlBackedState } from './store.ts';
import type { TrackAddress } from './tracks/track-address.ts';
import { searchFromState, type Presentation } from './url-state.ts';

/**
 * The query that reopens the page where it is, for a reload: the address the app writes (every
 * part of the store that addresses carry), with the year kept while playing, which the address
 * leaves out (a shared link replays from the start) but a reload must not lose: `?play=1&year=1980`
 * goes on playing from 1980. The language is always written, so a reload keeps the one chosen, and
 * an open talk track its step (`track`, from the track store).
 */
export function reloadSearch(state: UrlBackedState, years: YearRange, presentation: Presentation, track: TrackAddress | null = null): string {
  const params = new URLSearchParams(searchFromState(state, years, presentation, null, track));
  if (state.playing) params.set('year', String(state.year));
  return `?${params.toString().replaceAll('%2C', ',')}`;
}

/** The page's address with the reload's query (the hash, the camera, stays as it is). */
export function reloadAddress(location: Pick<Location, 'href'>, ...args: Parameters<typeof reloadSearch>): string {
  const url = new URL(location.href);
  url.search = reloadSearch(...args);
  return url.href;
}
