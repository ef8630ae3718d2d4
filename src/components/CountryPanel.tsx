import { useEffect, useRef, useState } from 'react';
import { layerLabel } from '../i18n/labels.ts';
import { formatPartialDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Messages } from '../i18n/messages.ts';
import { emptyProfile, layersOf, profileCitations, type CountryProfile } from '../data/country-profiles.ts';
import { daysBetween } from '../data/partial-date.ts';
import type { RelationPeriod } from '../data/dataset.ts';
import { HOME_ISO3 } from '../data/world.ts';
import { useAppContext, useAppState, useCountryName, useLocale, useMessages, useTimelineYear } from '../state/app-context.tsx';
import { PartBoundary } from './ErrorBoundary.tsx';
import { PeriodsTimeline } from './PeriodsTimeline.tsx';
import { BeijingRelations } from './BeijingRelations.tsx';
import { CountrySwitches } from './SwitchDossier.tsx';
import { OfficeHistory } from './OfficeHistory.tsx';
import { CitationList } from './CitationList.tsx';
import { SourceText } from './SourceText.tsx';

function periodText(period: RelationPeriod, profile: CountryProfile, locale: Locale, messages: Messages): string {
  const { relations } = messages.panel;
  // A predecessor state's period (the Soviet Union's on Russia) says whose it was.
  const who = period.iso3 === profile.iso3 ? '' : relations.asPredecessor(period.name[locale]);
  const start = period.startKnown ? formatPartialDate(period.start, locale) : relations.unknownStart;
  const span = `${who}${relations.span(start, period.end ? formatPartialDate(period.end, locale) : null)}`;
  return period.endReason ? relations.ended(span, messages.vocabulary.endReason[period.endReason]) : span;
}

/** The country's standing in the timeline's year, in one sentence. */
function YearStatus({ profile }: { profile: CountryProfile }) {
  const { yearStatus } = useMessages().panel;
  const entry = useTimelineYear();
  const status = entry.statusByShape.get(profile.iso3);
  const day = entry.readOnAsOf ? yearStatus.asFarAsData(entry.year) : yearStatus.onDec31(entry.year);
  return (
    <p className="year-status" data-testid="panel-year-status">
      {yearStatus.sentence(day, status ? yearStatus[status] : yearStatus.none)}
    </p>
  );
}

/** What a period's dates rest on: its level, Beijing's side of a switch, confidence and notes. */
function PeriodDetails({ period }: { period: RelationPeriod }) {
  const locale = useLocale();
  const { relations } = useMessages().panel;
  const date = (text: string) => formatPartialDate(text, locale);
  const lines = [
    period.level === 'consular' && period.diplomaticFrom ? relations.consularUntil(date(period.diplomaticFrom)) : null,
    period.level === 'consular_only' ? relations.consularOnly : null,
    period.beijing && period.end ? relations.beijing(date(period.beijing), daysBetween(period.end, period.beijing)) : null,
    relations.confidence[period.confidence],
  ].filter((line): line is string => line !== null);
  return (
    <div className="period-details">
      <p>{lines.join(' ')}</p>
      {/* The data's notes are English: conflicts between sources, levels, other dates. */}
      {period.notes && (
        <p className="note" lang={locale === 'en' ? undefined : 'en'}>
          <SourceText text={period.notes} />
        </p>
      )}
    </div>
  );
}

function RelationsSection({ profile }: { profile: CountryProfile }) {
  const { timeline } = useAppContext();
  const { readOn } = useTimelineYear();
  const locale = useLocale();
  const messages = useMessages();
  const { relations } = messages.panel;
  const current = profile.periods.find((period) => period.end === null);
  const summary = current
    ? relations.allySince(formatPartialDate(current.start, locale))
    : profile.periods.length > 0
      ? relations.formerSince(formatPartialDate(profile.periods.at(-1)!.end!, locale))
      : relations.never;
  return (
    <section aria-labelledby="panel-relations">
      <h3 id="panel-relations">{relations.heading}</h3>
      <p>{summary}</p>
      {profile.periods.length > 0 && <YearStatus profile={profile} />}
      {profile.periods.length > 0 && <PeriodsTimeline periods={profile.periods} firstYear={timeline.firstYear} lastYear={timeline.lastYear} readOn={readOn} />}
      {profile.periods.length > 0 && (
        <ol className="periods" aria-label={relations.periods}>
          {profile.periods.map((period) => (
            <li key={`${period.iso3}-${period.start}`}>
              <span className="period-span">{periodText(period, profile, locale, messages)}</span>
              <PeriodDetails period={period} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const PANEL_ID = 'country-details';

/** The details of one country: every category it is in, with dates, details and sources. */
export function CountryPanel() {
  const { profiles, availability } = useAppContext();
  const locale = useLocale();
  const messages = useMessages();
  const countryName = useCountryName();
  const selected = useAppState((state) => state.selected);
  const select = useAppState((state) => state.select);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // On phones the panel is a sheet over the map's lower part, expanded to (nearly) the window's
  // height on demand (phone.css). Each country's details open as a sheet again.
  const [expandedFor, setExpandedFor] = useState<string | null>(null);
  const expanded = selected !== null && expandedFor === selected;

  // Keyboard and screen-reader users land on the details when they open, and go back to where
  // they were when the panel closes. Not when the page lacks focus: a host page that selected a
  // country through the embed API keeps its reader's place.
  useEffect(() => {
    if (!selected || !document.hasFocus()) return;
    const previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    headingRef.current?.focus();
    return () => {
      if (previousFocus?.isConnected) previousFocus.focus();
    };
  }, [selected]);

  useEffect(() => {
    if (!selected) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) select(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [selected, select]);

  if (!selected) return null;
  const profile = profiles.get(selected) ?? emptyProfile(selected);
  const name = countryName(selected);
  const layers = layersOf(profile);
  const citations = profileCitations(profile);
  // The data's office names, cities and notes are English: marked so when the page is not.
  const english = locale === 'en' ? undefined : 'en';
  const { panel, vocabulary } = messages;

  return (
    <aside id={PANEL_ID} className={expanded ? 'country-panel is-expanded' : 'country-panel'} data-testid="country-panel" aria-labelledby="panel-title">
      <header>
        <h2 id="panel-title" ref={headingRef} tabIndex={-1}>
          {name}
        </h2>
        <div className="panel-buttons">
          {/* Shown on phones only (phone.css). */}
          <button
            type="button"
            className="sheet-expand"
            onClick={() => setExpandedFor(expanded ? null : selected)}
            aria-expanded={expanded}
            aria-controls={PANEL_ID}
            aria-label={panel.expandDetails}
          >
            <span aria-hidden="true" />
          </button>
          <button type="button" className="close" onClick={() => select(null)} aria-label={panel.closeDetails}>
            ×
          </button>
        </div>
      </header>
      {selected === HOME_ISO3 ? (
        <p>{panel.home}</p>
      ) : (
        <>
          <ul className="chips" aria-label={panel.categories}>
            {layers.length === 0 && <li className="chip chip-none">{panel.noCategory}</li>}
            {layers.map((layer) => (
              <li key={layer} className={`chip chip-${layer}`}>
                {layerLabel(layer, profile, locale)}
              </li>
            ))}
          </ul>
          <RelationsSection profile={profile} />
          <BeijingRelations profile={profile} />
          <CountrySwitches profile={profile} />
          {(profile.office || profile.officeHistory.length > 0) && (
            <section aria-labelledby="panel-office">
              <h3 id="panel-office">{panel.office.heading}</h3>
              {profile.office && (
                <p>
                  <span lang={english}>
                    {profile.office.officeName}, {profile.office.city}
                  </span>
                  {profile.office.otherCities.length > 0 && (
                    <>
                      {panel.office.alsoBefore}
                      <span lang={english}>{profile.office.otherCities.join(', ')}</span>
                      {panel.office.alsoAfter}
                    </>
                  )}
                </p>
              )}
              {profile.isPartner && <p>{profile.likeMinded ? panel.office.partnerLikeMinded : panel.office.partner}</p>}
              <OfficeHistory profile={profile} />
            </section>
          )}
          {!profile.office && profile.likeMinded && (
            <section aria-labelledby="panel-like-minded">
              <h3 id="panel-like-minded">{panel.likeMinded.heading}</h3>
              <p>{panel.likeMinded.text}</p>
            </section>
          )}
          <section aria-labelledby="panel-visa">
            <h3 id="panel-visa">{panel.visa.heading}</h3>
            {profile.visa ? (
              <>
                <p>
                  {panel.visa.entry(vocabulary.visaRegime[profile.visa.regime], profile.visa.maxStayDays, formatPartialDate(profile.visa.asOf, locale))}
                  {profile.visa.since && ` ${panel.visa.since(formatPartialDate(profile.visa.since, locale))}`}
                </p>
                {profile.visa.notes && (
                  <p className="note" lang={english}>
                    {profile.visa.notes}
                  </p>
                )}
              </>
            ) : (
              <p>{panel.visa.none}</p>
            )}
          </section>
          {profile.newSouthbound && (
            <section aria-labelledby="panel-nsp">
              <h3 id="panel-nsp">{panel.nsp.heading}</h3>
              <p>{panel.nsp.member(vocabulary.nspGroup[profile.newSouthbound.group], formatPartialDate(availability.nsp.date ?? '', locale))}</p>
            </section>
          )}
        </>
      )}
      {citations.length > 0 && (
        <section aria-labelledby="panel-sources" className="sources">
          <h3 id="panel-sources">{panel.sources}</h3>
          <CitationList citations={citations} />
        </section>
      )}
    </aside>
  );
}

/**
 * The details panel, guarded: if it fails, a message takes its place with Try again and Close,
 * and choosing another country tries again by itself.
 */
export function GuardedCountryPanel() {
  const selected = useAppState((state) => state.selected);
  const select = useAppState((state) => state.select);
  return (
    <PartBoundary part="details" className="country-panel" resetKey={selected} onDismiss={() => select(null)}>
      <CountryPanel />
    </PartBoundary>
  );
}
