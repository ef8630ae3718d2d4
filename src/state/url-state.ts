import { LAYER_IDS, VISA_LAYER_IDS, type LayerId } from '../data/layers.ts';
import { DEFAULT_LAYERS, type AppState } from './store.ts';

/**
 * The one place that reads and writes the URL. Readable parameters:
 *   ?country=PRY              the open details panel (ISO 3166-1 alpha-3)
 *   ?show=ally,partner,visa,nsp   visible layers (`visa` = all three visa levels; `none` = no layer)
 *   #zoom/lat/lng             the camera, in MapLibre's hash format
 * Each parameter parses to valid, invalid or missing; defaults are never written.
 */
export type Param<T> = { status: 'missing' } | { status: 'valid'; value: T } | { status: 'invalid'; raw: string; reason: string };

/** The map camera: zoom level and centre in degrees. */
export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
}

/** The query string, parameter by parameter. */
export interface ParsedSearch {
  country: Param<string>;
  /** Valid layers; `rejected` lists tokens that were ignored. */
  show: Param<LayerId[]> & { rejected?: string[] };
  /** Parameter names the app does not know. */
  unknown: string[];
}

const KNOWN_PARAMS = ['country', 'show'];
const MAX_PARAM_LENGTH = 200;
const SHOW_GROUPS: Record<string, readonly LayerId[]> = { visa: VISA_LAYER_IDS, all: LAYER_IDS, none: [] };
/** The closest zoom the map allows (and so the URL accepts). */
export const MAX_ZOOM = 8;

const describe = (raw: string) => (raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

export function parseCountry(raw: string | null, isCountry: (iso3: string) => boolean): Param<string> {
  if (raw === null) return { status: 'missing' };
  const code = raw.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return { status: 'invalid', raw, reason: 'is not a three-letter country code' };
  if (!isCountry(code)) return { status: 'invalid', raw, reason: 'is not a country on this map' };
  return { status: 'valid', value: code };
}

export function parseShow(raw: string | null): ParsedSearch['show'] {
  if (raw === null) return { status: 'missing' };
  if (raw.length > MAX_PARAM_LENGTH) return { status: 'invalid', raw, reason: 'is too long' };
  if (raw.trim() === '') return { status: 'invalid', raw, reason: 'is empty (use show=none to hide every layer)' };
  const tokens = raw.split(',').map((token) => token.trim().toLowerCase()).filter(Boolean);
  const layers = new Set<LayerId>();
  const rejected: string[] = [];
  for (const token of tokens) {
    const group = SHOW_GROUPS[token];
    if (group) group.forEach((layer) => layers.add(layer));
    else if ((LAYER_IDS as readonly string[]).includes(token)) layers.add(token as LayerId);
    else rejected.push(token);
  }
  if (rejected.length > 0 && layers.size === 0 && !tokens.includes('none')) {
    return { status: 'invalid', raw, reason: `has no known layer (known: ${[...LAYER_IDS, 'visa'].join(', ')})` };
  }
  const value = LAYER_IDS.filter((id) => layers.has(id));
  return rejected.length > 0 ? { status: 'valid', value, rejected } : { status: 'valid', value };
}

export function parseSearch(search: string, isCountry: (iso3: string) => boolean): ParsedSearch {
  const params = new URLSearchParams(search);
  return {
    country: parseCountry(params.get('country'), isCountry),
    show: parseShow(params.get('show')),
    unknown: [...new Set(params.keys())].filter((key) => !KNOWN_PARAMS.includes(key)),
  };
}

/** Camera from MapLibre's hash format `#zoom/lat/lng` (bearing and pitch, if present, are ignored). */
export function parseCameraHash(hash: string): Param<Camera> {
  const raw = hash.replace(/^#/, '');
  if (raw === '') return { status: 'missing' };
  const parts = raw.split('/');
  const [zoom, lat, lng] = parts.slice(0, 3).map(Number);
  if (parts.length < 3 || parts.length > 5 || ![zoom, lat, lng].every(Number.isFinite)) {
    return { status: 'invalid', raw, reason: 'is not zoom/latitude/longitude' };
  }
  if (zoom < 0 || zoom > MAX_ZOOM) return { status: 'invalid', raw, reason: `has a zoom outside 0–${MAX_ZOOM}` };
  if (Math.abs(lat) > 85 || Math.abs(lng) > 180) return { status: 'invalid', raw, reason: 'has a latitude or longitude out of range' };
  return { status: 'valid', value: { zoom, lat, lng } };
}

/** MapLibre's hash format, with precision that shrinks as the view zooms out. */
export function formatCameraHash({ zoom, lat, lng }: Camera): string {
  const precision = Math.max(0, Math.ceil(Math.log(zoom + 1) / Math.LN2));
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  return `#${Math.round(zoom * 100) / 100}/${lat.toFixed(precision)}/${wrapped.toFixed(precision)}`;
}

/** The state a parsed URL asks for, with defaults where a parameter is missing or invalid. */
export function stateFromSearch(parsed: ParsedSearch): Pick<AppState, 'selected' | 'layers'> {
  return {
    selected: parsed.country.status === 'valid' ? parsed.country.value : null,
    layers: parsed.show.status === 'valid' ? parsed.show.value : [...DEFAULT_LAYERS],
  };
}

/** One readable sentence per ignored parameter, for the notice bar. */
export function describeUrlProblems(parsed: ParsedSearch, camera: Param<Camera>): string[] {
  const problems: string[] = [];
  if (parsed.country.status === 'invalid') problems.push(`country "${describe(parsed.country.raw)}" ${parsed.country.reason}.`);
  if (parsed.show.status === 'invalid') problems.push(`show "${describe(parsed.show.raw)}" ${parsed.show.reason}.`);
  if (parsed.show.rejected?.length) problems.push(`show: unknown layer${parsed.show.rejected.length > 1 ? 's' : ''} ${parsed.show.rejected.map((t) => `"${describe(t)}"`).join(', ')}.`);
  if (parsed.unknown.length) problems.push(`unknown parameter${parsed.unknown.length > 1 ? 's' : ''} ${parsed.unknown.slice(0, 5).map((k) => `"${describe(k)}"`).join(', ')}.`);
  if (camera.status === 'invalid') problems.push(`map position "${describe(camera.raw)}" ${camera.reason}.`);
  return problems;
}

/** The query string for a state; parameters at their default are left out. */
export function searchFromState({ selected, layers }: Pick<AppState, 'selected' | 'layers'>): string {
  const params = new URLSearchParams();
  if (selected) params.set('country', selected);
  const isDefault = layers.length === DEFAULT_LAYERS.length && DEFAULT_LAYERS.every((id) => layers.includes(id));
  if (!isDefault) params.set('show', layers.length === 0 ? 'none' : compactLayers(layers).join(','));
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/** Layers with the three visa levels folded into `visa` when all are on. */
function compactLayers(layers: readonly LayerId[]): string[] {
  const allVisa = VISA_LAYER_IDS.every((id) => layers.includes(id));
  const tokens: string[] = [];
  for (const id of LAYER_IDS) {
    if (!layers.includes(id)) continue;
    if (allVisa && (VISA_LAYER_IDS as readonly string[]).includes(id)) {
      if (!tokens.includes('visa')) tokens.push('visa');
    } else tokens.push(id);
  }
  return tokens;
}
