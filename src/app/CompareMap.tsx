import { useEffect, useRef } from 'react';
import type { TooltipTarget } from '../components/HoverTooltip.tsx';
import { MapController } from '../map/map-controller.ts';
import { createCompareStore } from '../state/compare-store.ts';
import { useAppContext, useAppState, useMessages } from '../state/app-context.tsx';
import { formatYear } from '../i18n/format.ts';

/** Mark recorded when the compare view's second map has rendered with its data (read by the benchmark). */
export const COMPARE_READY_MARK = 'compare-ready';

/**
 * The compare view's second map: a map controller like the live one, on a store that shows the
 * app's view at the compare year (state/compare-store.ts), its camera linked to the live map's.
 * Made when the compare view opens and removed when it closes; the live map stays.
 */
export function CompareMap({
  primary,
  className,
  reducedMotion,
  onHover,
}: {
  primary: MapController;
  className: string;
  reducedMotion: boolean;
  onHover: (target: TooltipTarget | null, container: HTMLElement) => void;
}) {
  const { store, years, presentation } = useAppContext();
  const containerRef = useRef<HTMLDivElement>(null);
  const compare = useAppState((state) => state.compare);
  const lang = useAppState((state) => state.lang);
  const projection = useAppState((state) => state.projection);
  const { compare: messages } = useMessages();

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const mirror = createCompareStore(store, years);
    const controller = new MapController(mirror.store, {
      ...primary.setup,
      container,
      camera: primary.view().camera,
      revealInitialSelection: false,
      reducedMotion,
      attribution: false,
      cooperativeGestures: presentation.embed,
      onHover: (hover) => onHover(hover && { ...hover, year: mirror.store.getState().year }, container),
      onCameraChange: () => {},
      onReady: () => {
        performance.mark(COMPARE_READY_MARK);
        container.dataset.ready = 'true';
      },
      // The live map reports a failure of the shared shapes; this one just stays empty.
      onFailure: () => {},
    });
    const unlink = primary.linkCamera(controller);
    return () => {
      unlink();
      controller.destroy();
      mirror.stop();
    };
  }, [store, years, presentation, primary, reducedMotion, onHover]);

  return (
    <div
      ref={containerRef}
      className={`map ${className}`}
      data-testid="compare-map"
      data-projection={projection}
      role="region"
      aria-label={compare === null ? undefined : messages.mapOf(formatYear(compare, lang))}
    />
  );
}
