import type { Camera } from '../state/url-state.ts';

/** The whole world across the container's width, centred on the Pacific so Taiwan sits mid-map. */
export function defaultCamera(widthPx: number): Camera {
  const zoom = Math.min(3, Math.max(0, Math.log2(widthPx / 512)));
  return { zoom: Math.round(zoom * 100) / 100, lat: 15, lng: 150 };
}
