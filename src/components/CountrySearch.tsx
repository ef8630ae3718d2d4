import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Locale } from '../i18n/locale.ts';
import { useAppContext, useAppState, useLocale, useMessages } from '../state/app-context.tsx';
import { buildSearchEntries, searchCountries, type SearchMatch } from '../state/country-search.ts';

const OTHER_LOCALE: Record<Locale, Locale> = { en: 'zh-TW', 'zh-TW': 'en' };

/**
 * A search box for countries, as an ARIA 1.2 combobox with a list popup: type a name in English
 * or Chinese or an ISO code (state/country-search.ts), move through the matches with the arrow
 * keys, Enter or a click selects one (the details panel opens and the map flies there), Escape
 * closes the list, or clears the box when the list is already closed.
 */
export function CountrySearch({ limit = 8 }: { limit?: number }) {
  const { dataset } = useAppContext();
  const select = useAppState((state) => state.select);
  const locale = useLocale();
  const { search } = useMessages();
  const entries = useMemo(() => buildSearchEntries(dataset.names, dataset.relations), [dataset]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Every match is counted (the status says how many), the first `limit` are listed.
  const allMatches = useMemo(() => searchCountries(entries, query, { locale, limit: Infinity }), [entries, query, locale]);
  const matches = useMemo(() => allMatches.slice(0, limit), [allMatches, limit]);
  const listRef = useRef<HTMLUListElement>(null);
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  const optionId = (index: number) => `${baseId}-option-${index}`;
  const expanded = open && matches.length > 0;
  const activeIndex = expanded && active < matches.length ? active : -1;

  // Keeps the active option in view when the list scrolls (jsdom has no scrollIntoView).
  useEffect(() => {
    if (activeIndex < 0) return;
    const option = listRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    option?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex]);

  const choose = (match: SearchMatch) => {
    setQuery(match.entry.name[locale]);
    setOpen(false);
    setActive(-1);
    select(match.entry.iso3);
  };

  const move = (delta: number) => {
    if (matches.length === 0) return;
    setOpen(true);
    setActive((current) => {
      const from = expanded ? current : delta > 0 ? -1 : 0;
      return (from + delta + matches.length) % matches.length;
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) setOpen(true);
        else move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter': {
        // With no option chosen, Enter takes the best match: "tuvalu" then Enter opens Tuvalu.
        const match = activeIndex >= 0 ? matches[activeIndex] : open ? matches[0] : undefined;
        if (match) {
          event.preventDefault();
          choose(match);
        }
        break;
      }
      case 'Escape':
        // Handled only when there is something to close or clear; otherwise Escape goes on to
        // the page (it closes the details panel).
        if (!expanded && query === '') break;
        event.preventDefault();
        if (expanded) setOpen(false);
        else setQuery('');
        setActive(-1);
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  const status = !open || !query.trim() ? '' : matches.length === 0 ? search.noResults : search.results(allMatches.length, matches.length);
  const other = OTHER_LOCALE[locale];

  return (
    <div className="country-search">
      <label htmlFor={inputId}>{search.label}</label>
      <div className="country-search-field">
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={hintId}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onClick={() => setOpen(true)}
        />
        <ul id={listId} ref={listRef} role="listbox" aria-label={search.label} className="country-search-list" hidden={!expanded}>
          {matches.map((match, index) => (
            <li
              key={match.entry.iso3}
              id={optionId(index)}
              data-index={index}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'is-active' : undefined}
              // Keeps the focus in the box, so the click is not lost to its blur closing the list.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(match)}
            >
              <span className="option-name">{match.entry.name[locale]}</span>{' '}
              <span className="option-other" lang={other}>
                {match.entry.name[other]}
              </span>{' '}
              <span className="option-code">{match.entry.iso3}</span>
              {match.historicalName && (
                <>
                  {' '}
                  <span className="option-historical">{search.historicalName(match.historicalName)}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      </div>
      {open && query.trim() && matches.length === 0 && (
        // Seen here, heard through the live region below.
        <p className="country-search-empty" aria-hidden="true">
          {search.noResults}
        </p>
      )}
      <p id={hintId} className="country-search-hint">
        {search.hint}
      </p>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {status}
      </div>
    </div>
  );
}
