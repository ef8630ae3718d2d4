import type { InlinePart, MethodBlock, MethodDocument } from '../src/method/method-text.ts';

/**
 * Reads the small Markdown subset the method documents use: `#`/`##`/`###` headings, paragraphs,
 * `-` lists with one level of nested `  -` items (any other indented line continues the item
 * above it), and inline `**strong**`, `` `code` `` and `[text](https://…)`. Anything else stays
 * as the text it is. Tables are not used there.
 */
export function parseMethodDocument(markdown: string): MethodDocument {
  let title = '';
  const blocks: MethodBlock[] = [];
  let paragraph: string[] = [];
  let items: { text: string; nested: string[] }[] | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', parts: parseInline(paragraph.join(' ')) });
    if (items) blocks.push({ kind: 'list', items: items.map(({ text, nested }) => ({ parts: parseInline(text), items: nested.map(parseInline) })) });
    paragraph = [];
    items = null;
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3}) (.+)$/.exec(line);
    if (heading) {
      flush();
      const level = heading[1].length;
      if (level === 1) title = heading[2].trim();
      else blocks.push({ kind: 'heading', level: level as 2 | 3, id: slug(heading[2]), parts: parseInline(heading[2].trim()) });
      continue;
    }
    const item = /^[-*] (.+)$/.exec(line);
    if (item) {
      if (paragraph.length > 0) flush();
      (items ??= []).push({ text: item[1].trim(), nested: [] });
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const nested = /^\s+[-*] (.+)$/.exec(line);
    const last = items?.at(-1);
    if (last && nested) last.nested.push(nested[1].trim());
    else if (last && /^\s+\S/.test(line)) {
      if (last.nested.length > 0) last.nested[last.nested.length - 1] += ` ${line.trim()}`;
      else last.text += ` ${line.trim()}`;
    } else {
      if (items) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return { title, blocks };
}

const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g;

/** Inline runs: strong, code and https links; other characters are plain text. */
export function parseInline(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    const [, strong, code, linkText, href] = match;
    if (strong !== undefined) parts.push({ text: strong, strong: true });
    else if (code !== undefined) parts.push({ text: code, code: true });
    else parts.push({ text: linkText, href });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** A heading's anchor: ASCII words joined by hyphens, or a hash of the text for Chinese headings. */
function slug(text: string): string {
  const ascii = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (ascii.length > 0) return ascii;
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return `section-${hash.toString(36)}`;
}
