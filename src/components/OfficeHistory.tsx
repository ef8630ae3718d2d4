import type { CountryProfile } from '../data/country-profiles.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { useLocale, useMessages } from '../state/app-context.tsx';

/**
 * When the country's Taiwan office opened, was renamed or closed (office-history.csv), oldest
 * first, each event's name as the sources write it. Their sources are in the panel's Sources list.
 */
export function OfficeHistory({ profile }: { profile: CountryProfile }) {
  const locale = useLocale();
  const { office } = useMessages().panel;
  const { officeHistory } = profile;
  const firstOpened = officeHistory[0]?.event === 'opened';
  return (
    <>
      {!profile.office && <p>{office.noneToday}</p>}
      {officeHistory.length > 0 && (
        <ol className="office-history" aria-label={office.history}>
          {officeHistory.map((event) => (
            <li key={`${event.event}-${event.date}`}>
              {office.event[event.event](formatPartialDate(event.date, locale))}
              {event.officeName}
              {event.event === 'closed' && office.closedAfter}
            </li>
          ))}
        </ol>
      )}
      {profile.office && !firstOpened && <p className="note">{office.noOpening}</p>}
    </>
  );
}
