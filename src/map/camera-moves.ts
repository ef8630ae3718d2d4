import type { Map as MapLibreMap } from 'maplibre-gl';
import { zoomFillingHeight, type Camera } from './camera.ts';

/**
 * How much of the map the details panel covers: its right edge on wide screens (its 360 px width
 * plus margins, app.css); on narrow screens (≤ 720 px) it is a sheet over the bottom 55 % (phone.css).
 */
const PANEL_COVER_RIGHT_PX = 385;
const NARROW_SCREEN_PX = 720;
const SHEET_COVER_SHARE = 0.55;
const REVEAL_DURATION_MS = 600;

/**
 * The camera's moves: reporting the person's (`onCameraChange`, for the address), jumping to one
 * from the address without echoing it back, and bringing a selected country into view.
 */
export class CameraMoves {
  /** A move the app makes itself, which is not reported back (store → map → store). */
  private applying = false;
  private readonly reducedMotion: boolean;
  private readonly defaultCamera: () => Camera;
  private readonly isHidden: (lngLat: [number, number]) => boolean;

  constructor(
    private readonly map: MapLibreMap,
    options: {
      onCameraChange: (camera: Camera) => void;
      reducedMotion: boolean;
      defaultCamera: () => Camera;
      /** Whether a point is on the far side of the globe (it projects onto the screen all the same). */
      isHidden: (lngLat: [number, number]) => boolean;
    },
  ) {
    this.reducedMotion = options.reducedMotion;
    this.defaultCamera = options.defaultCamera;
    this.isHidden = options.isHidden;
    map.on('moveend', () => {
      if (this.applying) return;
      const center = map.getCenter();
      options.onCameraChange({ zoom: map.getZoom(), lat: center.lat, lng: center.lng });
    });
  }

  /** The camera now. */
  current(): Camera {
    const center = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: center.lat, lng: center.lng };
  }

  /** Moves to a camera from the URL (Back/Forward); null, an entry without one, means the default view. */
  jumpTo(camera: Camera | null) {
    const target = camera ?? this.defaultCamera();
    this.applying = true;
    try {
      this.map.jumpTo({ zoom: target.zoom, center: [target.lng, target.lat] });
    } finally {
      this.applying = false;
    }
  }

  /**
   * The default view again once the map has its new size: after the compare view halved the map
   * or gave it back (the caller checks the camera was at the default view before).
   */
  refit() {
    requestAnimationFrame(() => {
      this.map.resize();
      this.jumpTo(null);
    });
  }

  /** Brings a point ([lng, lat]) into the part of the map the details panel (or the phone's sheet) leaves uncovered. */
  reveal(center: [number, number], animate: boolean) {
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    const narrow = width <= NARROW_SCREEN_PX;
    const coverRight = narrow ? 0 : PANEL_COVER_RIGHT_PX;
    const coverBottom = narrow ? height * SHEET_COVER_SHARE : 0;
    const point = this.map.project(center);
    const visible = point.x >= 0 && point.x <= width - coverRight && point.y >= 0 && point.y <= height - coverBottom && !this.isHidden(center);
    if (visible) return;
    // A world shorter than the map cannot move up or down (camera.ts constrainedLatitude): above the
    // sheet, the map first zooms in until it can.
    const zoom = coverBottom ? Math.max(this.map.getZoom(), zoomFillingHeight(height) + 0.5) : this.map.getZoom();
    // An offset, not padding: MapLibre keeps padding for every later camera move.
    this.map.easeTo({
      center,
      zoom,
      offset: [coverRight ? -coverRight / 2 : 0, coverBottom ? -coverBottom / 2 : 0],
      duration: animate && !this.reducedMotion ? REVEAL_DURATION_MS : 0,
    });
  }
}
