import { useEffect, useRef } from 'react';
import { layerLabel } from '../i18n/labels.ts';
import { emptyProfile, layersOf, profileSources, type CountryProfile } from '../data/country-profiles.ts';
import { VISA_REGIME_LABELS } from '../data/layers.ts';
import { formatPartialDate } from '../data/partial-date.ts';
import type { RelationPeriod } from '../data/schemas.ts';
import { HOME_ISO3 } from '../data/world.ts';
import type { AllyStatus } from '../data/ally-timeline.ts';
import { useAppContext, useAppState, useTimelineYear } from '../state/app-context.tsx';
import { PeriodsTimeline } from './PeriodsTimeline.tsx';
import { END_REASON_TEXT } from './relation-text.ts';
import { SourceText } from './SourceText.tsx';

function periodText(period: RelationPeriod, profile: CountryProfile): string {
  // A predecessor state's period (the Soviet Union's on Russia) says whose it was.
  const who = period.iso3 === profile.iso3 ? '' : `As ${period.name.en}: `;
  const span = `${who}${formatPartialDate(period.start)} – ${period.end ? formatPartialDate(period.end) : 'present'}`;
  return period.endReason ? `${span}: ${END_REASON_TEXT[period.endReason]}` : span;
}

const STATUS_TEXT: Record<AllyStatus, string> = {
  ally: 'a formal diplomatic ally',
  gained: 'a formal diplomatic ally, gained that year',
  lost: 'an ally lost that year',
  former: 'a former ally',
};

/** The country's standing in the timeline's year, in one sentence. */
function YearStatus({ profile }: { profile: CountryProfile }) {
  const entry = useTimelineYear();
  const status = entry.statusByShape.get(profile.iso3);
  const day = entry.readOnAsOf ? `In ${entry.year} (as far as the data goes)` : `On 31 Dec ${entry.year}`;
  return (
    <p className="year-status" data-testid="panel-year-status">
      {day}: {status ? STATUS_TEXT[status] : 'no formal relations yet'}.
    </p>
  );
}

function RelationsSection({ profile }: { profile: CountryProfile }) {
  const { timeline } = useAppContext();
  const { readOn } = useTimelineYear();
  const current = profile.periods.find((period) => period.end === null);
  const summary = current
    ? `Formal diplomatic ally since ${formatPartialDate(current.start)}.`
    : profile.periods.length > 0
      ? `Former ally: no formal relations since ${formatPartialDate(profile.periods.at(-1)!.end!)}.`
      : 'No formal diplomatic relations with Taiwan (Republic of China) since 1949.';
  return (
    <section aria-labelledby="panel-relations">
      <h3 id="panel-relations">Diplomatic relations</h3>
      <p>{summary}</p>
      {profile.periods.length > 0 && <YearStatus profile={profile} />}
      {profile.periods.length > 0 && <PeriodsTimeline periods={profile.periods} firstYear={timeline.firstYear} lastYear={timeline.lastYear} readOn={readOn} />}
      {profile.periods.length > 0 && (
        <ol className="periods" aria-label="Periods of formal relations">
          {profile.periods.map((period) => (
            <li key={`${period.iso3}-${period.start}`}>{periodText(period, profile)}</li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The details of one country: every category it is in, with dates, details and sources. */
export function CountryPanel() {
  const { profiles, names, availability } = useAppContext();
  const selected = useAppState((state) => state.selected);
  const select = useAppState((state) => state.select);
  const headingRef = useRef<HTMLHeadingElement>(null);

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
      if (event.key === 'Escape') select(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [selected, select]);

  if (!selected) return null;
  const profile = profiles.get(selected) ?? emptyProfile(selected);
  const name = names.get(selected)?.en ?? selected;
  const layers = layersOf(profile);
  const sources = profileSources(profile);

  return (
    <aside className="country-panel" data-testid="country-panel" aria-labelledby="panel-title">
      <header>
        <h2 id="panel-title" ref={headingRef} tabIndex={-1}>
          {name}
        </h2>
        <button type="button" className="close" onClick={() => select(null)} aria-label="Close details">
          ×
        </button>
      </header>
      {selected === HOME_ISO3 ? (
        <p>Home: the Republic of China (Taiwan). The map shows its relationships with the rest of the world.</p>
      ) : (
        <>
          <ul className="chips" aria-label="Categories">
            {layers.length === 0 && <li className="chip chip-none">No category shown on this map</li>}
            {layers.map((layer) => (
              <li key={layer} className={`chip chip-${layer}`}>
                {layerLabel(layer, profile, 'en')}
              </li>
            ))}
          </ul>
          <RelationsSection profile={profile} />
          {profile.office && (
            <section aria-labelledby="panel-office">
              <h3 id="panel-office">Representative office</h3>
              <p>
                {profile.office.officeName}, {profile.office.city}
                {profile.office.otherCities.length > 0 && <> (also {profile.office.otherCities.join(', ')})</>}
              </p>
              {profile.isPartner && (
                <p>
                  Substantive partner{profile.likeMinded ? ', named a like-minded country by Taiwan’s foreign ministry' : ''}.
                </p>
              )}
            </section>
          )}
          {!profile.office && profile.likeMinded && (
            <section aria-labelledby="panel-like-minded">
              <h3 id="panel-like-minded">Like-minded country</h3>
              <p>Named like-minded by Taiwan’s foreign ministry; no Taiwan representative office there.</p>
            </section>
          )}
          <section aria-labelledby="panel-visa">
            <h3 id="panel-visa">Visa access for Taiwan passport holders</h3>
            {profile.visa ? (
              <>
                <p>
                  {VISA_REGIME_LABELS[profile.visa.regime]}
                  {profile.visa.maxStayDays ? `, up to ${profile.visa.maxStayDays} days` : ''} (as of {formatPartialDate(profile.visa.asOf)}).
                </p>
                {profile.visa.notes && <p className="note">{profile.visa.notes}</p>}
              </>
            ) : (
              <p>No visa data for this place.</p>
            )}
          </section>
          {profile.newSouthbound && (
            <section aria-labelledby="panel-nsp">
              <h3 id="panel-nsp">New Southbound Policy</h3>
              <p>
                {profile.newSouthbound.group} country of the policy launched on {formatPartialDate(availability.nsp.date ?? '')}.
              </p>
            </section>
          )}
        </>
      )}
      {sources.length > 0 && (
        <section aria-labelledby="panel-sources" className="sources">
          <h3 id="panel-sources">Sources</h3>
          <ol>
            {sources.map((source) => (
              <li key={source}>
                <SourceText text={source} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </aside>
  );
}
