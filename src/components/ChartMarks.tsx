import { memo, useRef, useState, type KeyboardEvent } from 'react';
import type { PartialDate } from '../data/partial-date.ts';

/** What a mark opens in the year's events: a milestone (by its date) or the year's switches one way. */
export type OpenedEvent = { year: number } & ({ kind: 'milestone'; date: PartialDate } | { kind: 'gained' | 'lost' });

/** One mark on the chart, placed in the chart's pixels. */
export interface ChartMark {
  key: string;
  /** Centre, in px from the chart's left edge. */
  x: number;
  /** Top, in px from the chart's top edge. */
  top: number;
  width: number;
  height: number;
  /** The glyph's width in px (its height three quarters of it): smaller where the years are close. */
  glyph: number;
  /** Its accessible name; `title` adds what a pointer's hover shows (a milestone's note). */
  label: string;
  title: string;
  opens: OpenedEvent;
}

/** The glyph each kind of mark draws: a milestone's flag and the ticks (▲ gained, above; ▼ lost, below). */
const GLYPHS: Record<OpenedEvent['kind'], string> = {
  milestone: 'M0.5,0.5H7.5L4,5.5Z',
  gained: 'M0.5,5.5H7.5L4,0.5Z',
  lost: 'M0.5,0.5H7.5L4,5.5Z',
};

/**
 * The chart's milestones and switch ticks as one toolbar of buttons over the drawing, in date
 * order: one Tab stop (roving tabindex), the arrows, Home and End move between the marks, Enter or
 * Space (or a click) opens the mark's event. Shapes tell the kinds apart without colour.
 */
export const ChartMarks = memo(function ChartMarks({
  marks,
  label,
  onOpen,
}: {
  marks: readonly ChartMark[];
  label: string;
  onOpen: (event: OpenedEvent) => void;
}) {
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.min(active, marks.length - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowDown: current + 1,
      ArrowLeft: current - 1,
      ArrowUp: current - 1,
      Home: 0,
      End: marks.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    // The page's shortcuts (←/→ step the year, Home/End) see the key as handled.
    event.preventDefault();
    const index = Math.min(Math.max(next, 0), marks.length - 1);
    setActive(index);
    buttons.current[index]?.focus();
  };

  return (
    <div className="chart-marks" role="toolbar" aria-label={label} aria-orientation="horizontal" onKeyDown={onKeyDown}>
      {marks.map((mark, index) => (
        <button
          key={mark.key}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          className={`chart-mark chart-mark-${mark.opens.kind}`}
          style={{ left: mark.x - mark.width / 2, top: mark.top, width: mark.width, height: mark.height }}
          tabIndex={index === current ? 0 : -1}
          aria-label={mark.label}
          title={mark.title}
          onFocus={() => setActive(index)}
          onClick={() => onOpen(mark.opens)}
          data-testid={`chart-mark-${mark.opens.kind}`}
        >
          <svg width={mark.glyph} height={(mark.glyph * 3) / 4} viewBox="0 0 8 6" aria-hidden="true" focusable="false">
            <path d={GLYPHS[mark.opens.kind]} />
          </svg>
        </button>
      ))}
    </div>
  );
});
