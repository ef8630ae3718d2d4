/**
 * Web addresses, and Wikipedia articles cited as `en.wikipedia "Title"` or `zh.wikipedia 標題`
 * (the data's citation style, data/README.md). An unquoted title must start with a non-ASCII
 * character so prose such as "zh.wikipedia list" is not mistaken for one.
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

/** A citation with its web addresses and Wikipedia articles as links (opened only when clicked). */
export function SourceText({ text }: { text: string }) {
  return (
    <>
      {citationParts(text).map((part, index) =>
        part.href ? (
          <a key={index} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
