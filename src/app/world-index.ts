import indexJson from 'virtual:world-index';
import { worldIndexFromJson } from '../data/world.ts';

/** The map's markers, tile ids and centres, prepared when the app was built (scripts/vite-plugin-map-tiles.ts). */
export const worldIndex = worldIndexFromJson(indexJson);
