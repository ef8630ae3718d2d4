/**
 * The counting rules as the app shows them: data/METHOD.md (English) and data/METHOD.zh-TW.md,
 * turned at build time into blocks of plain text and links (scripts/method-document.ts). The app
 * renders these as elements, never as HTML, so the text is the file's and nothing else.
 */

/** A run of text: plain, strong, code, or a link. */
export interface InlinePart {
  text: string;
  href?: string;
  strong?: boolean;
  code?: boolean;
}

/** A list item, with the items of a list nested under it (one level, as the documents use). */
export interface ListItem {
  parts: InlinePart[];
  items: InlinePart[][];
}

export type MethodBlock =
  { kind: 'heading'; level: 2 | 3; id: string; parts: InlinePart[] } | { kind: 'paragraph'; parts: InlinePart[] } | { kind: 'list'; items: ListItem[] };

/** The document's title (its `#` line) and blocks. */
export interface MethodDocument {
  title: string;
  blocks: MethodBlock[];
}
