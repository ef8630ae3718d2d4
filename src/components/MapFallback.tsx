import { formatList } from '../i18n/format.ts';
import { useAppContext, useCountryName, useLocale, useMessages } from '../state/app-context.tsx';
import { collatorFor } from '../data/collator.ts';
import { TableView } from './TableView.tsx';

/**
 * Shown instead of the map when WebGL is unavailable or the map fails: why, in the chosen
 * language (`reason` arrives already written in it), today's allies in a sentence, and then the
 * table view, which holds everything the map would show and follows the timeline and filters.
 */
export function MapFallback({ reason }: { reason: string }) {
  const { profiles } = useAppContext();
  const locale = useLocale();
  const nameOf = useCountryName();
  const { table } = useMessages();
  const allies = [...profiles.values()]
    .filter((profile) => profile.isAlly)
    .map((profile) => nameOf(profile.iso3))
    .sort(collatorFor(locale).compare);
  return (
    <div className="map-fallback" data-testid="map-fallback">
      {/* The alert holds only what went wrong: alerts present on load are read unevenly, so short. */}
      <div className="map-fallback-message">
        <div role="alert">
          <h2>{table.fallback.title}</h2>
          <p>{reason}</p>
        </div>
        <p>{table.fallback.allies(allies.length, formatList(allies, locale))}</p>
      </div>
      <p className="map-fallback-intro">{table.fallback.tableIntro}</p>
      <TableView />
    </div>
  );
}
