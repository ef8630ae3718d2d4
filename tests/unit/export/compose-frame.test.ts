import { describe, expect, it } from 'vitest';
import { wrapParts } from '../../../src/export/compose-frame.ts';

/** A context whose text is 10 px a character: widths are easy to reason about. */
const ctx = { measureText: (text: string) => ({ width: text.length * 10 }) } as unknown as CanvasRenderingContext2D;

const CREDIT =
  'Taiwan Ties data 2026.12.04 (CC BY 4.0) · formal relations as of 4 Dec 2026 · this view and its sources: https://example.org/ties/?lang=en&year=1971 · Shapes: Natural Earth';

describe('wrapParts(ctx, text, maxWidth)', () => {
  it('keeps a credit that fits on one line', () => {
    expect(wrapParts(ctx, CREDIT, 10_000)).toEqual([CREDIT]);
  });

  it('wraps between the credit’s parts, keeping the permalink whole', () => {
    expect(wrapParts(ctx, CREDIT, 900)).toEqual([
      'Taiwan Ties data 2026.12.04 (CC BY 4.0) · formal relations as of 4 Dec 2026',
      'this view and its sources: https://example.org/ties/?lang=en&year=1971',
      'Shapes: Natural Earth',
    ]);
  });

  it('wraps a part between words, and breaks a link only where it is wider than a line', () => {
    const lines = wrapParts(ctx, CREDIT, 300);
    expect(lines.length).toBeLessThanOrEqual(3);
    for (const line of lines) expect(line.length * 10).toBeLessThanOrEqual(300);
    // Too many lines: the third ends with an ellipsis.
    expect(lines.at(-1)).toMatch(/…$/);
    const link = 'https://example.org/a-rather-long-path/?lang=en&year=1971';
    const broken = wrapParts(ctx, `at: ${link}`, 300);
    expect(broken).toHaveLength(3);
    expect(broken[0]).toBe('at:');
    expect(broken.slice(1).join('')).toBe(link);
    for (const line of broken) expect(line.length * 10).toBeLessThanOrEqual(300);
  });
});
