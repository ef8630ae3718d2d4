import { loadMapLibre } from '../map/create-maplibre-map.ts';
import type { CreateMap } from '../map/create-maplibre-map.ts';

let library: Promise<CreateMap> | null = null;

/**
 * The map library, maplibre-gl, loaded once and shared. main.tsx starts it before React renders,
 * so it loads while the page shell and the panels are built instead of after (the benchmark's load
 * ratio: the map library stays off the critical path, but the map no longer waits for it).
 */
export function mapLibrary(): Promise<CreateMap> {
  return (library ??= loadMapLibre());
}
