import { useLocale } from '../state/app-context.tsx';

/**
 * Web addresses, and Wikipedia articles named as `en.wikipedia "Title"` or `zh.wikipedia 標題`, in
 * the data's free text (a period's notes; citations themselves are ids of data/sources.csv, shown
 * by CitationList). An unquoted title must start with a non-ASCII character so prose such as
 * "zh.wikipedia list" is not mistaken for one.
 */
const CITATION_PATTERN = /(https?:\/\/[^\s;,)]+)|\b([a-z]{2})\.wikipedia (?:"([^"]+)"|(\P{ASCII}[^\s;,()]*))/gu;

/** A run of citation text, with an address when it is a link. */
export type CitationPart = { text: string; href?: string };

/** Splits a citation into text and links. */
export function citationParts(text: string): CitationPart[] {
  const parts: CitationPart[] = [];
  let last = 0;
  for (const match of text.matchAll(CITATION_PATTERN)) {
    const [whole, url, lang, quotedTitle, bareTitle] = match;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    const title = quotedTitle ?? bareTitle;
    parts.push(
      url
        ? { text: url.replace(/^https?:\/\//, ''), href: url }
        : { text: whole, href: `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.replaceAll(' ', '_'))}` },
    );
    last = match.index + whole.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The language of a linked Wikipedia article ("en", "zh"), from its address; null for other links. */
function wikipediaLanguage(href: string): string | null {
  return /^https:\/\/([a-z]{2})\.wikipedia\.org\//.exec(href)?.[1] ?? null;
}

/**
 * A citation with its web addresses and Wikipedia articles as links (opened only when clicked).
 * The citation itself stays as the data wrote it, in whatever languages it mixes; a Wikipedia
 * article's title is marked with its language when that is not the page's (an English title in
 * the Chinese page, a Chinese one in the English page), so it is read out in the right voice.
 */
export function SourceText({ text }: { text: string }) {
  const locale = useLocale();
  const pageLanguage = locale.slice(0, 2);
  return (
    <>
      {citationParts(text).map((part, index) => {
        if (!part.href) return part.text;
        const language = wikipediaLanguage(part.href);
        return (
          <a
            key={index}
            href={part.href}
            target="_blank"
            rel="noopener noreferrer"
            hrefLang={language ?? undefined}
            lang={language && language !== pageLanguage ? language : undefined}
          >
            {part.text}
          </a>
        );
      })}
    </>
  );
}
