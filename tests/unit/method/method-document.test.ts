import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMethodDocument } from '../../../scripts/method-document.ts';

describe('parseMethodDocument(markdown)', () => {
  it('reads the title, headings, paragraphs and lists (a continuation line joins its item)', () => {
    const document = parseMethodDocument(
      [
        '# Title',
        '',
        'One line',
        'and the next.',
        '',
        '## Rules',
        '- first',
        '  continued',
        '- second:',
        '  - nested',
        '    on',
        '  - again',
        '',
        '### Small',
        'Text.',
      ].join('\n'),
    );
    expect(document.title).toBe('Title');
    expect(document.blocks).toEqual([
      { kind: 'paragraph', parts: [{ text: 'One line and the next.' }] },
      { kind: 'heading', level: 2, id: 'rules', parts: [{ text: 'Rules' }] },
      {
        kind: 'list',
        items: [
          { parts: [{ text: 'first continued' }], items: [] },
          { parts: [{ text: 'second:' }], items: [[{ text: 'nested on' }], [{ text: 'again' }]] },
        ],
      },
      { kind: 'heading', level: 3, id: 'small', parts: [{ text: 'Small' }] },
      { kind: 'paragraph', parts: [{ text: 'Text.' }] },
    ]);
  });

  it('reads strong, code and https links inline, and leaves other markup as text', () => {
    expect(parseInline('a **b** `c` [d](https://e.org/f) [g](javascript:alert(1)) <i>')).toEqual([
      { text: 'a ' },
      { text: 'b', strong: true },
      { text: ' ' },
      { text: 'c', code: true },
      { text: ' ' },
      { text: 'd', href: 'https://e.org/f' },
      { text: ' [g](javascript:alert(1)) <i>' },
    ]);
  });

  it('gives Chinese headings anchors of their own', () => {
    const { blocks } = parseMethodDocument('## 資料來源\n\n## 可信度');
    const ids = blocks.map((block) => (block.kind === 'heading' ? block.id : ''));
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^section-[0-9a-z]+$/);
  });
});

describe('the method documents (data/METHOD.md, data/METHOD.zh-TW.md)', () => {
  const en = parseMethodDocument(readFileSync('data/METHOD.md', 'utf8'));
  const zh = parseMethodDocument(readFileSync('data/METHOD.zh-TW.md', 'utf8'));
  const shape = (blocks: typeof en.blocks) =>
    blocks.map((block) =>
      block.kind === 'list' ? `list:${block.items.map((item) => item.items.length).join('/')}` : block.kind === 'heading' ? `h${block.level}` : 'p',
    );

  it('say the same in both languages: the same sections, paragraphs and list items, in order', () => {
    expect(shape(zh.blocks)).toEqual(shape(en.blocks));
    expect(zh.title).toMatch(/[\p{Script=Han}]/u);
  });

  it('state the rules the data is checked against', () => {
    const text = JSON.stringify(en.blocks);
    for (const rule of ['consular ties always count', '31 December', 'withdrew recognition', 'Both dates are stored', 'Unknown starts', 'Mongolia', 'high']) {
      expect(text).toContain(rule);
    }
  });
});
