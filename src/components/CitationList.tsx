import { citedSources, type CitedSource } from '../data/citations.ts';
import type { Citation } from '../data/dataset.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { useAppContext, useDetails, useLocale, useMessages } from '../state/app-context.tsx';

/** The copy read, for the "read via" note: an address's host, or the copy's description as written. */
const copyOf = (readVia: string) => (URL.canParse(readVia) ? new URL(readVia).hostname : readVia);

/**
 * One source as a footnote: "Publisher — Title (date)", the title linked to the canonical page,
 * then the pinpoints. The copy actually read, when there was one, follows as a note, never as the
 * link. `brief` leaves the pinpoints and the note to the details panel (a year's events list).
 */
function CitationItem({ cited, brief = false }: { cited: CitedSource; brief?: boolean }) {
  const locale = useLocale();
  const { method } = useMessages();
  const { source, pinpoints } = cited;
  // Titles are in the source's own language (a Chinese article title on the English page).
  const titleLanguage = source.language.slice(0, 2) === locale.slice(0, 2) ? undefined : source.language;
  return (
    <>
      <span className="citation-publisher">{source.publisher}</span>
      {' — '}
      <a href={source.url} target="_blank" rel="noopener noreferrer" hrefLang={source.language} lang={titleLanguage}>
        {source.title}
      </a>
      {source.published && ` (${formatPartialDate(source.published, locale)})`}
      {!brief && pinpoints.length > 0 && (
        <span className="citation-pinpoint" lang={titleLanguage}>
          {`: ${pinpoints.join('; ')}`}
        </span>
      )}
      {!brief && source.readVia && <span className="citation-read-via">{method.readVia(copyOf(source.readVia))}</span>}
    </>
  );
}

/** The sources of a list of facts, each once, as an ordered list (or inline and brief, for one event). */
export function CitationList({ citations, inline = false }: { citations: readonly Citation[]; inline?: boolean }) {
  const details = useDetails();
  if (details.status !== 'ready') return <DetailsPending failed={details.status === 'failed'} inline={inline} />;
  const cited = citedSources(citations, details.details.bibliography);
  if (inline) {
    return (
      <>
        {cited.map((entry, index) => (
          <span key={entry.source.id} className="citation">
            {index > 0 && '; '}
            <CitationItem cited={entry} brief />
          </span>
        ))}
      </>
    );
  }
  return (
    <ol className="citations">
      {cited.map((entry) => (
        <li key={entry.source.id} className="citation">
          <CitationItem cited={entry} />
        </li>
      ))}
    </ol>
  );
}

/** While the details load (they come on first use), or when they could not: says so, with a retry. */
export function DetailsPending({ failed, inline = false }: { failed: boolean; inline?: boolean }) {
  const { details } = useAppContext();
  const { common } = useMessages();
  const Wrapper = inline ? 'span' : 'p';
  return (
    <Wrapper className="details-pending" role="status">
      {failed ? common.detailsFailed : common.detailsLoading}
      {failed && (
        <>
          {' '}
          <button type="button" className="link-button" onClick={() => details.load().catch(() => undefined)}>
            {common.retry}
          </button>
        </>
      )}
    </Wrapper>
  );
}
