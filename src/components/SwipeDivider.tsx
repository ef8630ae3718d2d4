import type { KeyboardEvent, PointerEvent } from 'react';

/** How far an arrow key moves the divider, and Page Up / Page Down, in percent of the map's width. */
const KEY_STEP = 2;
const PAGE_STEP = 10;

const clampPercent = (value: number) => Math.min(100, Math.max(0, value));

/**
 * The compare view's swipe divider: a vertical bar over the two maps, dragged with a pointer or
 * moved with the arrow keys (a slider to assistive technology), at `position` percent of the
 * map's width from its left edge.
 */
export function SwipeDivider({ position, label, onChange }: { position: number; label: string; onChange: (position: number) => void }) {
  const moveTo = (event: PointerEvent<HTMLDivElement>) => {
    const frame = event.currentTarget.parentElement!.getBoundingClientRect();
    onChange(clampPercent(((event.clientX - frame.left) / frame.width) * 100));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step: Record<string, number> = {
      ArrowLeft: -KEY_STEP,
      ArrowDown: -KEY_STEP,
      ArrowRight: KEY_STEP,
      ArrowUp: KEY_STEP,
      PageDown: -PAGE_STEP,
      PageUp: PAGE_STEP,
      Home: -100,
      End: 100,
    };
    if (!(event.key in step)) return;
    event.preventDefault();
    onChange(clampPercent(position + step[event.key]));
  };
  return (
    <div
      className="swipe-divider"
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-orientation="horizontal"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(position)}
      aria-valuetext={`${Math.round(position)}%`}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        moveTo(event);
      }}
      onPointerMove={(event) => {
        if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
      }}
    >
      <span className="swipe-handle" aria-hidden="true">
        ◀▶
      </span>
    </div>
  );
}
