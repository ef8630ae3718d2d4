import { useEffect } from 'react';
import { localized } from '../i18n/locale.ts';
import { messagesFor } from '../i18n/messages.ts';
import { adjacentEventYear } from '../data/event-years.ts';
import { focusKindOf, shortcutFor, trackShortcutFor } from '../state/shortcuts.ts';
import type { TrackStore } from '../state/tracks/track-store.ts';
import type { AppStore } from '../state/store.ts';

/** Full screen on or off; a frame without `allowfullscreen` refuses, and the user is told. */
export async function toggleFullscreen(store: AppStore) {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch {
    store.getState().addNotices([{ id: 'fullscreen', message: localized((locale) => messagesFor(locale).common.fullscreenRefused) }]);
  }
}

/**
 * The presenter's keys on the whole page: while a talk track is open, PageDown/→/Space and
 * PageUp/← step through it; otherwise Space, ←/→, [/] (the previous or next year with an event
 * among `eventYears`; the year announcer says what it holds), Home/End, F and ?. Off while a
 * dialog is open (its controls own the keys), except `?`, handled by the caller's `onHelp`.
 */
export function useShortcuts(
  store: AppStore,
  { enabled, onHelp, eventYears, tracks }: { enabled: boolean; onHelp: () => void; eventYears: readonly number[]; tracks?: TrackStore },
) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      // While a talk track is open, the clicker's keys step through it instead of the years.
      const trackAction = enabled && tracks?.getState().track ? trackShortcutFor(event, focusKindOf(document.activeElement)) : null;
      if (trackAction) {
        event.preventDefault();
        return trackAction === 'next-step' ? tracks?.getState().next() : tracks?.getState().previous();
      }
      const action = shortcutFor(event, focusKindOf(document.activeElement));
      if (!action || (!enabled && action !== 'help')) return;
      event.preventDefault();
      const state = store.getState();
      switch (action) {
        case 'toggle-play':
          return state.playing ? state.pause() : state.play();
        case 'previous-year':
          return state.stepYear(-1);
        case 'next-year':
          return state.stepYear(1);
        case 'previous-event':
        case 'next-event': {
          // Past the first or last event the year stays.
          const year = adjacentEventYear(eventYears, state.year, action === 'next-event' ? 1 : -1);
          return year === null ? undefined : state.setYear(year);
        }
        case 'first-year':
          return state.setYear(state.range.from);
        case 'last-year':
          return state.setYear(state.range.to);
        case 'fullscreen':
          return void toggleFullscreen(store);
        case 'help':
          return onHelp();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, enabled, onHelp, eventYears, tracks]);
}
