import type { CountryProfile } from '../data/country-profiles.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { useLocale, useMessages } from '../state/app-context.tsx';
import { SourceText } from './SourceText.tsx';

/**
 * The other side of a country's story: its periods of diplomatic relations with the People's
 * Republic of China (beijing-relations.csv), oldest first, each with how it ended, its confidence
 * and the data's notes. Their sources are in the panel's Sources list with the rest.
 */
export function BeijingRelations({ profile }: { profile: CountryProfile }) {
  const locale = useLocale();
  const { beijing, relations } = useMessages().panel;
  const date = (text: string) => formatPartialDate(text, locale);
  return (
    <section aria-labelledby="panel-beijing">
      <h3 id="panel-beijing">{beijing.heading}</h3>
      {profile.beijingPeriods.length === 0 ? (
        <p>{beijing.none}</p>
      ) : (
        <ol className="periods" aria-label={beijing.periods}>
          {profile.beijingPeriods.map((period) => {
            const span = relations.span(date(period.start), period.end && date(period.end));
            return (
              <li key={`${period.iso3}-${period.start}`}>
                <span className="period-span">
                  {period.iso3 !== profile.iso3 && beijing.as(period.name[locale])}
                  {period.end && period.endReason ? relations.ended(span, beijing.ended[period.endReason]) : span}
                </span>
                <div className="period-details">
                  <p>{relations.confidence[period.confidence]}</p>
                  {/* The data's notes are English: other dates, conflicts between sources. */}
                  {period.notes && (
                    <p className="note" lang={locale === 'en' ? undefined : 'en'}>
                      <SourceText text={period.notes} />
                    </p>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
