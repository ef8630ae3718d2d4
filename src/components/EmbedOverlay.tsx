import { useState } from 'react';
import type { LegendKey, LegendSwatch } from '../data/view-summary.ts';
import { compareYears } from '../data/year-compare.ts';
import { compareCaption, viewCaption, viewLegend, weightCaption } from '../i18n/view-text.ts';
import { useAppContext, useAppState, useCompareSources, useLocale, useMessages, useTimelineYear, useUrlBackedState } from '../state/app-context.tsx';
import { appBase, viewLink } from '../state/share-links.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SwatchMark } from './SwatchMark.tsx';

/** The embed view's title, the year's count and the allies' weight, over the map's top-left corner. */
export function EmbedCaption() {
  const { timeline, dataset } = useAppContext();
  const compareSources = useCompareSources();
  const layers = useAppState((state) => state.layers);
  const compare = useAppState((state) => state.compare);
  const entry = useTimelineYear();
  const locale = useLocale();
  // The compare view's caption says both years' counts and what changed; the weight is in its change list.
  const caption = compare === null ? viewCaption(entry, timeline, locale, layers) : compareCaption(compareYears(compareSources, entry.year, compare), locale);
  // Its source is in the legend's credit line, which says where every figure comes from.
  const weight = compare === null && layers.includes('ally') ? weightCaption(dataset.allyWeight, entry, timeline, locale, { withSource: false }) : null;
  return (
    <div className="embed-caption">
      <h1>{caption.title}</h1>
      <p data-testid="embed-count">{caption.count}</p>
      {weight && (
        <p className="embed-weight" data-testid="embed-weight">
          {weight}
        </p>
      )}
    </div>
  );
}

/** Frames this small start with the legend folded, so the map stays visible. */
const ROOMY_FRAME = { width: 560, height: 400 };

/** The embed view's legend: only what the map draws in the year; folds away in small frames. */
export function EmbedLegend({ swatches }: { swatches: Record<LegendKey, LegendSwatch> }) {
  const { availability } = useAppContext();
  const { embed } = useMessages();
  const locale = useLocale();
  const layers = useAppState((state) => state.layers);
  const entry = useTimelineYear();
  const [open, setOpen] = useState(() => window.innerWidth >= ROOMY_FRAME.width && window.innerHeight >= ROOMY_FRAME.height);
  const items = viewLegend(layers, entry, availability, locale);
  return (
    <details className="embed-legend" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{embed.legend}</summary>
      {items.length === 0 ? (
        <p>{embed.noLayer(entry.year)}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.key}>
              <SwatchMark swatch={swatches[item.key]} />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <p className="embed-credit">{embed.credit}</p>
    </details>
  );
}

/**
 * The embed view's buttons: the language, share and export, and the full app in a new tab. The
 * link follows the view, so this small part re-renders with every playback step, not the whole embed.
 */
export function EmbedActions({ onShare }: { onShare: () => void }) {
  const { years } = useAppContext();
  const { embed } = useMessages();
  const fullAppLink = viewLink(appBase(window.location), useUrlBackedState(), years, window.location.hash);
  return (
    <div className="embed-actions">
      <LanguageSwitch />
      <button type="button" onClick={onShare}>
        {embed.share}
      </button>
      <a href={fullAppLink} target="_blank" rel="noopener noreferrer">
        {embed.open}
        <span className="wide-only">{embed.openName}</span>
        <span aria-hidden="true"> ↗</span>
        <span className="visually-hidden"> {embed.newTab}</span>
      </a>
    </div>
  );
}
