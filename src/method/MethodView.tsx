import { useMemo, type ReactNode } from 'react';
import methodDocuments from 'virtual:method';
import { CitationList } from '../components/CitationList.tsx';
import { CopyField } from '../components/CopyField.tsx';
import { datasetDate } from '../data/dataset-date.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { useAppContext, useLocale, useMessages } from '../state/app-context.tsx';
import { appBase } from '../state/share-links.ts';
import { apaCitation, bibtexCitation, chicagoCitation, methodPermalink } from './cite-formats.ts';
import type { InlinePart, MethodBlock } from './method-text.ts';
import { compareWithPublished } from './published-comparison.ts';

function Inline({ parts }: { parts: InlinePart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.href ? (
          <a key={index} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
          </a>
        ) : part.strong ? (
          <strong key={index}>{part.text}</strong>
        ) : part.code ? (
          <code key={index}>{part.text}</code>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

function Block({ block }: { block: MethodBlock }): ReactNode {
  if (block.kind === 'heading') {
    const Heading = block.level === 2 ? 'h3' : 'h4';
    return (
      <Heading id={`method-${block.id}`}>
        <Inline parts={block.parts} />
      </Heading>
    );
  }
  if (block.kind === 'paragraph') {
    return (
      <p>
        <Inline parts={block.parts} />
      </p>
    );
  }
  return (
    <ul>
      {block.items.map((item, index) => (
        <li key={index}>
          <Inline parts={item.parts} />
          {item.items.length > 0 && (
            <ul>
              {item.items.map((nested, nestedIndex) => (
                <li key={nestedIndex}>
                  <Inline parts={nested} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Our count beside every count others have published, with why they differ. */
function PublishedCounts() {
  const { dataset } = useAppContext();
  const locale = useLocale();
  const { compare } = useMessages().method;
  const rows = useMemo(() => compareWithPublished(dataset.relations, dataset.publishedCounts), [dataset]);
  return (
    <section aria-labelledby="method-compare">
      <h3 id="method-compare">{compare.heading}</h3>
      <p>{compare.intro}</p>
      <div className="method-table-scroll">
        <table className="method-compare">
          <caption>{compare.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{compare.year}</th>
              <th scope="col">{compare.publisher}</th>
              <th scope="col">{compare.countedOn}</th>
              <th scope="col">{compare.theirs}</th>
              <th scope="col">{compare.ours}</th>
              <th scope="col">{compare.why}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ published, ours }, index) => (
              <tr key={index} data-testid="published-count">
                <th scope="row">{published.year}</th>
                <td>
                  <CitationList citations={published.sources} inline />
                </td>
                <td>{published.countDate ? formatPartialDate(published.countDate, locale) : compare.yearEnd(published.year)}</td>
                <td className="number">{published.count}</td>
                <td className="number">{ours}</td>
                <td>{ours === published.count ? compare.same : published.explanation[locale] || published.explanation.en}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** How to cite this release: APA, Chicago and BibTeX, with the permalink and version in each. */
function CiteBlock() {
  const { dataset } = useAppContext();
  const { cite } = useMessages().method;
  const permalink = methodPermalink(appBase(window.location));
  const input = { release: dataset.release, permalink };
  return (
    <section aria-labelledby="method-cite">
      <h3 id="method-cite">{cite.heading}</h3>
      <CopyField label={cite.permalink} value={permalink} />
      <CopyField label={cite.apa} value={apaCitation(input)} multiline />
      <CopyField label={cite.chicago} value={chicagoCitation(input)} multiline />
      <CopyField label={cite.bibtex} value={bibtexCitation(input)} multiline />
    </section>
  );
}

/** The data files, from the app's own origin (written into the build under data/). */
function Downloads() {
  const { dataset } = useAppContext();
  const { download } = useMessages().method;
  const { licence, files } = dataset.release;
  return (
    <section aria-labelledby="method-download">
      <h3 id="method-download">{download.heading}</h3>
      <p>{download.intro}</p>
      <ul className="method-downloads">
        <li>
          <a href="data/datapackage.json" download>
            {download.package}
          </a>
        </li>
        {files.map((file) => (
          <li key={file}>
            <a href={`data/${file}`} download>
              {file}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href={licence.url} target="_blank" rel="noopener noreferrer">
          {download.licence(licence.title)}
        </a>
      </p>
    </section>
  );
}

/**
 * The Method and sources view (`?view=method`): the counting rules (data/METHOD.md, in the page's
 * language), our count beside the published ones, the data's version, how to cite it and where to
 * download it. Loaded with the view, not with the page.
 */
export default function MethodView() {
  const { dataset } = useAppContext();
  const locale = useLocale();
  const { method } = useMessages();
  const document = methodDocuments[locale];
  const checked = datasetDate(dataset, 'diplomatic-relations', 'last_checked');
  return (
    <article className="method-view" aria-labelledby="method-title" data-testid="method-view">
      <h2 id="method-title">{method.title}</h2>
      <p className="method-version">{method.version(dataset.release.version, formatPartialDate(checked, locale))}</p>
      {document.blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
      <PublishedCounts />
      <CiteBlock />
      <Downloads />
    </article>
  );
}
