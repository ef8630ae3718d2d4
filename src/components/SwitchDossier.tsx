import { useMemo, type ReactNode } from 'react';
import type { CountryProfile } from '../data/country-profiles.ts';
import type { Dossier } from '../data/details.ts';
import type { DossierEntry, DossierField } from '../data/dataset.ts';
import { switchesOf, switchKey, type Switch } from '../data/switches.ts';
import { formatAmount, formatPartialDate, formatYear } from '../i18n/format.ts';
import { useDetails, useLocale, useMessages } from '../state/app-context.tsx';
import { CitationList, DetailsPending } from './CitationList.tsx';

/** The fields a card always shows, saying so where no source read speaks to one. */
const ALWAYS: readonly DossierField[] = ['first_mover', 'decided_by', 'stated_reason'];
/** The fields a card shows only where a source speaks to them. */
const WHERE_FOUND: readonly DossierField[] = ['taipei_view', 'followed', 'other_dates'];

/** Both sides' dates and the days between: from the periods files, so shown before the details load. */
function SwitchDates({ change }: { change: Switch }) {
  const locale = useLocale();
  const { dossier } = useMessages();
  const date = (text: string) => formatPartialDate(text, locale);
  return (
    <p className="dossier-dates">
      {dossier.taipei[change.direction](date(change.taipeiDate))}
      {/* English puts a space between the sentences; Chinese runs them together. */}
      {locale === 'en' && ' '}
      {dossier.beijing[change.direction](change.beijingDate && date(change.beijingDate), dossier.gap(change.gapDays))}
    </p>
  );
}

/** One field's rows: each line the sources give, with its sources; several lines where they differ. */
function FieldRows({ entries }: { entries: DossierEntry[] }) {
  const locale = useLocale();
  const { dossier } = useMessages();
  return entries.map((entry, index) => {
    const line = entry.code ? `${dossier.firstMover[entry.code]}${entry.text ? `: ${entry.text[locale]}` : ''}` : entry.text![locale];
    return (
      <dd key={index}>
        {line} <CitationList citations={entry.sources} inline />
      </dd>
    );
  });
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="dossier-field">
      <dt>{label}</dt>
      {children}
    </div>
  );
}

function DossierFields({ found }: { found: Dossier | undefined }) {
  const locale = useLocale();
  const { dossier } = useMessages();
  const entriesOf = (field: DossierField) => found?.entries.filter((entry) => entry.field === field) ?? [];
  const missing = <dd className="muted">{dossier.missing}</dd>;
  return (
    <dl className="dossier-fields">
      {ALWAYS.map((field) => (
        <Field key={field} label={dossier.field[field]}>
          {entriesOf(field).length > 0 ? <FieldRows entries={entriesOf(field)} /> : missing}
        </Field>
      ))}
      <Field label={dossier.field.figures}>
        {found && found.figures.length > 0 ? (
          found.figures.map((figure, index) => (
            <dd key={index}>
              <strong>{formatAmount(figure.amount, figure.currency, locale)}</strong>
              {!figure.currency && dossier.currencyUnknown}
              {dossier.figureYear(formatYear(figure.year, locale))}: {figure.what[locale]}
              {figure.hedge && dossier.hedge(figure.hedge)} <CitationList citations={figure.sources} inline />
            </dd>
          ))
        ) : (
          <dd className="muted">{dossier.noFigures}</dd>
        )}
      </Field>
      {WHERE_FOUND.filter((field) => entriesOf(field).length > 0).map((field) => (
        <Field key={field} label={dossier.field[field]}>
          <FieldRows entries={entriesOf(field)} />
        </Field>
      ))}
    </dl>
  );
}

/**
 * One switch as a card: when relations with Taipei began or ended, Beijing's side and the days
 * between, then what the sources say of it (switch-dossiers.csv, switch-figures.csv), each line
 * with its sources. What no source read gives is said to be missing, never guessed.
 */
export function SwitchDossier({ change }: { change: Switch }) {
  const details = useDetails();
  return (
    <div className="dossier" data-testid="switch-dossier">
      <SwitchDates change={change} />
      {details.status === 'ready' ? (
        <DossierFields found={details.details.dossiers.get(switchKey(change.iso3, change.taipeiDate))} />
      ) : (
        <DetailsPending failed={details.status === 'failed'} />
      )}
    </div>
  );
}

/** The details panel's section: every switch of the country (a predecessor's included), oldest first, each as a card. */
export function CountrySwitches({ profile }: { profile: CountryProfile }) {
  const locale = useLocale();
  const { dossier } = useMessages();
  const { periods, beijingPeriods } = profile;
  const switches = useMemo(() => switchesOf(periods, beijingPeriods), [periods, beijingPeriods]);
  if (switches.length === 0) return null;
  return (
    <section aria-labelledby="panel-switches">
      <h3 id="panel-switches">{dossier.heading}</h3>
      <ol className="switches" aria-label={dossier.switches}>
        {switches.map((change) => (
          <li key={switchKey(change.iso3, change.taipeiDate)}>
            <h4>{formatPartialDate(change.taipeiDate, locale)}</h4>
            <SwitchDossier change={change} />
          </li>
        ))}
      </ol>
    </section>
  );
}
