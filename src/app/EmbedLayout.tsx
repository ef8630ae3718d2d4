import { useEffect, useRef, type RefObject } from 'react';
import { DetailsPanel } from './DetailsPanel.tsx';
import { EmbedActions, EmbedCaption, EmbedLegend } from '../components/EmbedOverlay.tsx';
import { PartBoundary } from '../components/ErrorBoundary.tsx';
import { NoticeBar } from '../components/NoticeBar.tsx';
import { TimelinePanel } from '../components/TimelinePanel.tsx';
import type { LegendKey, LegendSwatch } from '../data/view-summary.ts';
import { TrackBar } from '../components/TrackBar.tsx';
import type { EmbedControls } from '../state/url-state.ts';
import { preferredEmbedHeight } from './embed-size.ts';
import { GuardedMapView, type MapViewProps } from './MapView.tsx';

/**
 * Reports the preferred height whenever the frame's width or the controls' height changes. The
 * map's share depends on the width only (text scales with the width first, app.css), so the
 * iframe growing to the reported height never changes the report: no resize loop.
 */
function usePreferredHeight(controlsRef: RefObject<HTMLElement | null>, report?: (height: number) => void) {
  useEffect(() => {
    if (!report || typeof ResizeObserver === 'undefined') return;
    let last = -1;
    const measure = () => {
      const height = preferredEmbedHeight(document.documentElement.clientWidth, controlsRef.current?.offsetHeight ?? 0);
      if (height !== last) report((last = height));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(document.documentElement);
    if (controlsRef.current) observer.observe(controlsRef.current);
    return () => observer.disconnect();
  }, [controlsRef, report]);
}

/**
 * The embed view: the map fills the frame with a caption, a compact legend and two buttons over
 * it, and the timeline under it when asked (`?controls=timeline`).
 */
export function EmbedLayout({
  controls,
  swatches,
  onShare,
  onPreferredHeight,
  map,
}: {
  controls: EmbedControls;
  /** The legend's swatches in the theme's palette. */
  swatches: Record<LegendKey, LegendSwatch>;
  onShare: () => void;
  onPreferredHeight?: (height: number) => void;
  map: MapViewProps;
}) {
  const controlsRef = useRef<HTMLDivElement>(null);
  usePreferredHeight(controlsRef, onPreferredHeight);
  return (
    <div className="embed-stage">
      {/* Each part fails alone (a message with Try again in its place): the map and the timeline stay. */}
      <div className="map-area">
        <GuardedMapView {...map} />
        <PartBoundary part="caption" className="embed-legend">
          <EmbedCaption />
          <EmbedLegend swatches={swatches} />
        </PartBoundary>
        <PartBoundary part="actions" className="embed-actions">
          <EmbedActions onShare={onShare} />
        </PartBoundary>
        <div className="embed-notices">
          <PartBoundary part="notices" className="notice-bar">
            <NoticeBar />
          </PartBoundary>
        </div>
        <DetailsPanel />
      </div>
      <PartBoundary part="track" className="embed-track">
        <TrackBar />
      </PartBoundary>
      {controls === 'timeline' && (
        <div ref={controlsRef} className="embed-controls">
          <PartBoundary part="timeline" className="timeline">
            <TimelinePanel />
          </PartBoundary>
        </div>
      )}
    </div>
  );
}
