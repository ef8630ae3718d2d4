import { LAYER_IDS, VISA_LAYER_IDS, type LayerId } from '../../data/layers.ts';
import { DEFAULT_LAYERS } from '../store.ts';
import { invalid, type Param } from './param.ts';

// `?show=`: layers, comma-separated, with groups (`visa` = its three levels, `all`, `none`).

/** Valid layers; `rejected` lists tokens that were ignored. */
export type ParsedShow = Param<LayerId[]> & { rejected?: string[] };

const MAX_SHOW_LENGTH = 200;
// A Map, not a plain object: a lookup of `constructor` or `__proto__` must find nothing.
const SHOW_GROUPS = new Map<string, readonly LayerId[]>([
  ['visa', VISA_LAYER_IDS],
  ['all', LAYER_IDS],
  ['none', []],
]);

export function parseShow(raw: string): ParsedShow {
  if (raw.length > MAX_SHOW_LENGTH) return invalid(raw, { code: 'too-long' });
  if (raw.trim() === '') return invalid(raw, { code: 'empty-show' });
  const tokens = raw
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
  const layers = new Set<LayerId>();
  const rejected: string[] = [];
  for (const token of tokens) {
    const group = SHOW_GROUPS.get(token);
    if (group) group.forEach((layer) => layers.add(layer));
    else if ((LAYER_IDS as readonly string[]).includes(token)) layers.add(token as LayerId);
    else rejected.push(token);
  }
  if (rejected.length > 0 && layers.size === 0 && !tokens.includes('none')) return invalid(raw, { code: 'no-known-layer', known: [...LAYER_IDS, 'visa'] });
  const value = LAYER_IDS.filter((id) => layers.has(id));
  return rejected.length > 0 ? { status: 'valid', value, rejected } : { status: 'valid', value };
}

/** The `show` text for layers, or null for the default (every layer but Beijing's side). */
export function showText(layers: readonly LayerId[]): string | null {
  const isDefault = layers.length === DEFAULT_LAYERS.length && DEFAULT_LAYERS.every((id) => layers.includes(id));
  if (isDefault) return null;
  if (LAYER_IDS.every((id) => layers.includes(id))) return 'all';
  return layers.length === 0 ? 'none' : compactLayers(layers).join(',');
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
