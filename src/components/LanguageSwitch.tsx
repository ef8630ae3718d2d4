import { LOCALE_NAMES, LOCALES } from '../i18n/locale.ts';
import { useAppState, useMessages } from '../state/app-context.tsx';

/**
 * The language switch: one toggle button per language, each named in its own language (and
 * marked with it, so a screen reader says "中文" in a Chinese voice), the chosen one pressed.
 * Switching is navigation: URL sync pushes a history entry, so Back returns to the other language.
 */
export function LanguageSwitch() {
  const lang = useAppState((state) => state.lang);
  const setLang = useAppState((state) => state.setLang);
  const { common } = useMessages();
  return (
    <div className="language-switch" role="group" aria-label={common.languageSwitch}>
      {LOCALES.map((locale) => (
        <button key={locale} type="button" lang={locale} aria-pressed={locale === lang} onClick={() => locale !== lang && setLang(locale)}>
          {LOCALE_NAMES[locale]}
        </button>
      ))}
    </div>
  );
}
