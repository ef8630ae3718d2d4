import { useCallback, useEffect, useRef, useState, type CSSProperties } from 'react';
import { HoverTooltip, type TooltipTarget } from '../components/HoverTooltip.tsx';
import { PartBoundary } from '../components/ErrorBoundary.tsx';
import { MapFallback } from '../components/MapFallback.tsx';
import { ProjectionSwitch } from '../components/ProjectionSwitch.tsx';
import { mapLibrary } from './map-library.ts';
import { worldIndex } from './world-index.ts';
import { timelineYear } from '../data/ally-timeline.ts';
import { drawableLayers } from '../data/layer-availability.ts';
import { labelSubjects } from '../data/map-labels.ts';
import { partnerChanges } from '../data/partners.ts';
import { hasWebGL } from '../map/create-maplibre-map.ts';
import type { Camera } from '../map/camera.ts';
import { formatCameraHash } from '../state/url/camera-hash.ts';
import type { MapHandle } from '../map/map-handle.ts';
import { MapController } from '../map/map-controller.ts';
import type { MapFailure } from '../map/map-readiness.ts';
import { useAppContext, useAppState, useMessages } from '../state/app-context.tsx';
import { SwipeDivider } from '../components/SwipeDivider.tsx';
import { formatYear } from '../i18n/format.ts';
import { orderedYears } from '../data/year-compare.ts';
import { CompareMap } from './CompareMap.tsx';

/** Mark recorded when the map has rendered with its data (read by tests and the benchmark). */
export const MAP_READY_MARK = 'map-ready';

/** How the map view reports to the app shell and URL sync. */
export interface MapViewProps {
  initialCamera: Camera | null;
  onCameraChange: (camera: Camera) => void;
  /** The live map as URL sync and the exporter reach it: the view attaches its controller. */
  handle: MapHandle;
  /** Camera moves jump instead of gliding (the person's system asks for reduced motion). */
  reducedMotion?: boolean;
  /** Once the map has drawn, or its fallback is shown: the page can be used. */
  onSettled?: () => void;
}

/**
 * Loads the map library and mounts the map controller into a div (destroyed on unmount); the
 * shapes come as tiles. Later changes reach the map through the store.
 */
export function MapView({ initialCamera, onCameraChange, handle, reducedMotion = false, onSettled }: MapViewProps) {
  const { store, timeline, availability, presentation, profiles } = useAppContext();
  const containerRef = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<TooltipTarget | null>(null);
  // The live map's controller once made: the compare view's second map links to it.
  const [primary, setPrimary] = useState<MapController | null>(null);
  // The year only in the compare view (its tags and order): outside it, a replay's steps need no render here.
  const year = useAppState((state) => (state.compare === null ? null : state.year));
  const compare = useAppState((state) => state.compare);
  const compareMode = useAppState((state) => state.compareMode);
  const lang = useAppState((state) => state.lang);
  const projection = useAppState((state) => state.projection);
  const [swipeAt, setSwipeAt] = useState(50);
  const { map: messages, compare: compareText } = useMessages();
  // The tooltip sits in the map frame; a map's pointer position is in its own container's pixels.
  const showHover = useCallback(
    (target: TooltipTarget | null, container: HTMLElement) =>
      setHover(target && { ...target, x: target.x + container.offsetLeft, y: target.y + container.offsetTop }),
    [],
  );
  // Why the map is not drawn, kept as data so the explanation follows the language switch.
  const [failure, setFailure] = useState<{ kind: 'no-webgl' } | MapFailure | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container || failure) return;
    let controller: MapController | null = null;
    let cancelled = false;
    // A year's differences from today's partners, found once: a replay steps through the same years again.
    const partnerChangesByYear = new Map<number, ReadonlyMap<string, string>>();
    const partnerChangesFor = (year: number) => {
      let changes = partnerChangesByYear.get(year);
      if (!changes) partnerChangesByYear.set(year, (changes = partnerChanges(timelineYear(timeline, year).partners, profiles)));
      return changes;
    };
    // The map library began loading when the page started (main.tsx).
    mapLibrary()
      .then((createMap) => {
        if (cancelled) return;
        controller = new MapController(store, {
          world: worldIndex,
          container,
          camera: initialCamera,
          createMap,
          derive: {
            statusesFor: (year) => timelineYear(timeline, year).statusByShape,
            recognitionFor: (year) => timelineYear(timeline, year).recognition.byShape,
            partnerChangesFor,
            drawableLayersIn: (year) => drawableLayers(year, availability),
            labelsFor: (year) => labelSubjects(timelineYear(timeline, year), timeline.names),
          },
          revealInitialSelection: initialCamera === null,
          reducedMotion,
          attribution: !presentation.embed,
          // An embedded map is a guest in a page that scrolls: it must not catch the reader's scrolling.
          cooperativeGestures: presentation.embed,
          onHover: (target) => showHover(target, container),
          onCameraChange,
          onFailure: (mapFailure) => {
            // The fallback replaces the map's container: the map goes with it, not on in the background.
            controller?.destroy();
            controller = null;
            handle.attach(null);
            setPrimary(null);
            setFailure(mapFailure);
          },
          onReady: () => {
            performance.mark(MAP_READY_MARK);
            container.dataset.ready = 'true';
            // The camera it started with (the benchmark gives its bare MapLibre page the same one).
            if (controller) container.dataset.camera = formatCameraHash(controller.view().camera).slice(1);
            onSettled?.();
          },
        });
        handle.attach(controller);
        setPrimary(controller);
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        // Only now, when the map could not be made, ask whether WebGL is there at all: probing
        // up front made a WebGL context on every load just to throw it away.
        if (!hasWebGL()) setFailure({ kind: 'no-webgl' });
        else setFailure({ kind: 'error', error: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
      handle.attach(null);
      setPrimary(null);
      controller?.destroy();
    };
    // The map is created once; later changes reach it through the store.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (failure) onSettled?.();
  }, [failure, onSettled]);

  if (failure) {
    const reason =
      failure.kind === 'no-webgl'
        ? messages.noWebGL
        : failure.kind === 'shapes'
          ? messages.failed(messages.shapesUnavailable(failure.status))
          : messages.failed(failure.error);
    return <MapFallback reason={reason} />;
  }
  if (compare === null || year === null) {
    return (
      <div className="map-frame">
        {/* The projection as an attribute too: the space around a globe has its own colour (app.css). */}
        <div ref={containerRef} className="map" data-testid="map" data-projection={projection} role="region" aria-label={messages.region} />
        {/* The embed view stays as its address made it; the full app switches here. */}
        {!presentation.embed && <ProjectionSwitch />}
        <HoverTooltip target={hover} />
      </div>
    );
  }
  // The earlier year's map goes left (or on top, stacked on a phone), and under a swipe it is the part left of the divider.
  const [earlier, later] = orderedYears(year, compare).map((shown) => formatYear(shown, lang));
  const compareIsEarlier = compare < year;
  const swipe = compareMode === 'swipe';
  return (
    <div className={`map-frame compare compare-${compareMode}`} style={{ '--swipe': `${swipeAt}%` } as CSSProperties}>
      <div
        ref={containerRef}
        className={compareIsEarlier ? 'map map-later' : 'map map-earlier'}
        data-testid="map"
        data-projection={projection}
        role="region"
        aria-label={`${messages.region}: ${formatYear(year, lang)}`}
      />
      {primary && (
        <CompareMap
          primary={primary}
          className={`${compareIsEarlier ? 'map-earlier' : 'map-later'}${swipe ? ' map-over' : ''}`}
          reducedMotion={reducedMotion}
          onHover={showHover}
        />
      )}
      <span className="map-year-tag map-year-earlier" aria-hidden="true">
        {earlier}
      </span>
      <span className="map-year-tag map-year-later" aria-hidden="true">
        {later}
      </span>
      {swipe && <SwipeDivider position={swipeAt} label={compareText.divider(earlier, later)} onChange={setSwipeAt} />}
      {!presentation.embed && <ProjectionSwitch />}
      <HoverTooltip target={hover} />
    </div>
  );
}

/** The map inside its error boundary: if the map view throws, a message takes its place and the rest of the page goes on. */
export function GuardedMapView(props: MapViewProps) {
  return (
    <PartBoundary part="map" className="map-fallback">
      <MapView {...props} />
    </PartBoundary>
  );
}
