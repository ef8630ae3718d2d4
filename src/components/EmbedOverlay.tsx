import { useState } from 'react';
import { viewCaption, viewLegend, type LegendItem, type LegendSwatch } from '../data/view-summary.ts';
import { useAppContext, useAppState, useTimelineYear, useUrlBackedState } from '../state/app-context.tsx';
import { appBase, viewLink } from '../state/share-links.ts';

/** The embed view's title and the year's count, over the map's top-left corner. */
export function EmbedCaption() {
  const { timeline } = useAppContext();
  const caption = viewCaption(useTimelineYear(), timeline);
  return (
    <div className="embed-caption">
      <h1>{caption.title}</h1>
      <p data-testid="embed-count">{caption.count}</p>
    </div>
  );
}

/** Frames this small start with the legend folded, so the map stays visible. */
const ROOMY_FRAME = { width: 560, height: 400 };

/** The embed view's legend: only what the map draws in the year; folds away in small frames. */
export function EmbedLegend({ swatches }: { swatches: Record<LegendItem['key'], LegendSwatch> }) {
  const { availability } = useAppContext();
  const layers = useAppState((state) => state.layers);
  const entry = useTimelineYear();
  const [open, setOpen] = useState(() => window.innerWidth >= ROOMY_FRAME.width && window.innerHeight >= ROOMY_FRAME.height);
  const items = viewLegend(layers, entry, availability);
  return (
    <details className="embed-legend" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Legend</summary>
      {items.length === 0 ? (
        <p>No layer is shown for {entry.year}.</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.key}>
              <span className={`swatch swatch-${swatches[item.key].kind === 'change' ? 'fill swatch-change' : swatches[item.key].kind}`} style={{ ['--swatch' as string]: swatches[item.key].color }} aria-hidden="true" />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <p className="embed-credit">Shapes: Natural Earth. Sources for every country in Taiwan Ties.</p>
    </details>
  );
}

/**
 * The embed view's buttons: share and export, and the full app in a new tab. The link follows
 * the view, so this small part re-renders with every playback step, not the whole embed.
 */
export function EmbedActions({ onShare }: { onShare: () => void }) {
  const { years } = useAppContext();
  const fullAppLink = viewLink(appBase(window.location), useUrlBackedState(), years, window.location.hash);
  return (
    <div className="embed-actions">
      <button type="button" onClick={onShare}>
        Share
      </button>
      <a href={fullAppLink} target="_blank" rel="noopener noreferrer">
        Open<span className="wide-only"> Taiwan Ties</span>
        <span aria-hidden="true"> ↗</span>
        <span className="visually-hidden"> (in a new tab)</span>
      </a>
    </div>
  );
}
