import { messagesFor } from '../i18n/messages.ts';
import type { AppStore } from '../state/store.ts';

/**
 * Keeps `<html lang>` and the page title in the chosen language: screen readers pick their voice
 * and browsers their fonts (CJK glyph shapes differ between zh-TW and ja) from `lang`.
 */
export function syncDocumentLanguage(store: AppStore, doc: Document = document): () => void {
  const apply = (lang: ReturnType<AppStore['getState']>['lang']) => {
    doc.documentElement.lang = lang;
    doc.title = messagesFor(lang).common.documentTitle;
  };
  apply(store.getState().lang);
  return store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) apply(state.lang);
  });
}
