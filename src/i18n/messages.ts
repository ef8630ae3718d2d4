import type { Locale } from './locale.ts';
import { commonMessages } from './messages/common.ts';
import { vocabularyMessages } from './messages/vocabulary.ts';
import { mapMessages } from './messages/map.ts';
import { panelMessages } from './messages/panel.ts';
import { timelineMessages } from './messages/timeline.ts';
import { filtersMessages } from './messages/filters.ts';
import { shareMessages } from './messages/share.ts';
import { exportsMessages } from './messages/exports.ts';
import { embedMessages } from './messages/embed.ts';
import { shortcutsMessages } from './messages/shortcuts.ts';
import { tableMessages } from './messages/table.ts';
import { searchMessages } from './messages/search.ts';
import { announceMessages } from './messages/announce.ts';
import { dossierMessages } from './messages/dossier.ts';
import { faultsMessages } from './messages/faults.ts';
import { methodMessages } from './messages/method.ts';
import { compareMessages } from './messages/compare.ts';
import { tracksMessages } from './messages/tracks.ts';

/**
 * Every text the app shows, by area, in both languages. Each area is a module under messages/
 * holding its English catalogue and a Chinese one of the same type, so a key missing in either
 * language fails the type check (and tests/unit/i18n/messages.test.ts). Texts with values in
 * them are functions of those values.
 */
export const CATALOGUES = {
  common: commonMessages,
  vocabulary: vocabularyMessages,
  map: mapMessages,
  panel: panelMessages,
  timeline: timelineMessages,
  filters: filtersMessages,
  share: shareMessages,
  exports: exportsMessages,
  embed: embedMessages,
  shortcuts: shortcutsMessages,
  table: tableMessages,
  search: searchMessages,
  announce: announceMessages,
  dossier: dossierMessages,
  faults: faultsMessages,
  method: methodMessages,
  compare: compareMessages,
  tracks: tracksMessages,
};

/** All the app's texts in one language, by area: `messages.vocabulary.layer.ally`. */
export type Messages = { [Area in keyof typeof CATALOGUES]: (typeof CATALOGUES)[Area]['en'] };

const byLocale = new Map<Locale, Messages>();

/** The texts of one language (the same object on every call, so it is cheap in render). */
export function messagesFor(locale: Locale): Messages {
  let messages = byLocale.get(locale);
  if (!messages) {
    const entries = Object.entries(CATALOGUES).map(([area, catalogue]) => [area, catalogue[locale]]);
    byLocale.set(locale, (messages = Object.fromEntries(entries) as Messages));
  }
  return messages;
}
