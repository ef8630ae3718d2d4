import type { Topology } from 'topojson-specification';
import { loadMapLibre } from '../map/create-maplibre-map.ts';
import type { CreateMap } from '../map/map-controller.ts';

/** The shapes file answered with an error status (kept apart so the message can be translated). */
export class ShapesUnavailable extends Error {
  constructor(readonly status: number) {
    super(`the map shapes could not be loaded (HTTP ${status})`);
  }
}

async function fetchWorld(): Promise<Topology> {
  const response = await fetch(new URL('geo/world.topo.json', document.baseURI));
  if (!response.ok) throw new ShapesUnavailable(response.status);
  return response.json();
}

let assets: Promise<[Topology, CreateMap]> | null = null;

/**
 * The map's two big downloads, the shapes and maplibre-gl, started once and shared. main.tsx
 * starts them before React renders, so they load while the page shell and the panels are built
 * instead of after (the benchmark's load ratio: the map library stays off the critical path,
 * but no longer waits for it).
 */
export function mapAssets(): Promise<[Topology, CreateMap]> {
  return (assets ??= Promise.all([fetchWorld(), loadMapLibre()]));
}
