import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * One camera for two maps (the compare view): a move of either, by the person or the app, moves
 * the other to the same centre and zoom. A flag stops the echo (the other's move moving the first
 * again). Returns the unlink.
 */
export function linkCameras(a: MapLibreMap, b: MapLibreMap): () => void {
  let following = false;
  const follow = (from: MapLibreMap, to: MapLibreMap) => () => {
    if (following) return;
    following = true;
    try {
      to.jumpTo({ center: from.getCenter(), zoom: from.getZoom() });
    } finally {
      following = false;
    }
  };
  const aMoved = follow(a, b);
  const bMoved = follow(b, a);
  a.on('move', aMoved);
  b.on('move', bMoved);
  // The second starts where the first is.
  aMoved();
  return () => {
    a.off('move', aMoved);
    b.off('move', bMoved);
  };
}
