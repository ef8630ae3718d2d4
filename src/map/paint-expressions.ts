import type { DataDrivenPropertyValueSpecification, ExpressionSpecification } from 'maplibre-gl';
import type { AllyStatus } from '../data/ally-timeline.ts';
import { VISA_LAYER_IDS, type LayerId } from '../data/layers.ts';
import { PALETTE, type Palette } from './palette.ts';

/**
 * Pure functions from the chosen layers to MapLibre paint values, and the feature conditions they
 * are made of. A country can be in several categories, so each category has its own visual channel:
 *   fill colour   — ally, else substantive partner, else visa level (the first chosen one the year draws),
 *                   else Beijing's side (recognises Beijing; neither, while allies show too), else former ally;
 *   hatching      — easy visa access, on countries whose fill an ally or partner colour took;
 *   purple outline — New Southbound Policy.
 *   dark outline   — an ally gained or lost in the year shown;
 *   dark hatching the other way — an ally lost in the year shown, so that colour is never the
 *                   only sign of a loss (WCAG 1.4.1).
 * Ally status (`ally`, `gained`, `lost`, `former`) is feature-state `status`, and whom a state
 * recognises otherwise (`beijing`, `neither`) is feature-state `recognition`, because both change
 * with the year; the rest are feature properties. The layers passed in are those the user chose.
 * Whether the year may draw the undated ones (visa rules are as of 2025, so not on 1975) is
 * feature-state too, `drawn-<layer>` (layer-availability.ts): a year step then never changes a
 * data-driven paint value, which in MapLibre would re-tile the source (a long task of ~300 ms).
 * Which style layer uses which value is the table in style-builders.ts.
 */

const STATUS: ExpressionSpecification = ['to-string', ['feature-state', 'status']];
/** Whom the state recognises in the year, when not Taipei: feature-state `recognition` (data/recognition.ts). */
const recognises = (side: 'beijing' | 'neither'): ExpressionSpecification => ['==', ['to-string', ['feature-state', 'recognition']], side];
const statusIn = (...statuses: AllyStatus[]): ExpressionSpecification => ['match', STATUS, statuses, true, false];
const isAlly = statusIn('ally', 'gained');
const isLost = statusIn('lost');
export const isChange = statusIn('gained', 'lost');
export const isHome: ExpressionSpecification = ['==', ['get', 'home'], 1];
/** Shapes that had formal relations at some time: the only ones an ally status can apply to. */
export const hadRelations: ExpressionSpecification = ['==', ['get', 'relations'], 1];
export const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
export const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** Layers that a year may not draw: their cases are gated by feature-state `drawn-<layer>`. */
export const GATED_LAYER_IDS = ['partner', ...VISA_LAYER_IDS, 'nsp'] as const satisfies readonly LayerId[];
type GatedLayerId = (typeof GATED_LAYER_IDS)[number];
/** The feature-state key that says whether the year shown may draw a gated layer. */
export const drawnStateKey = (layer: GatedLayerId) => `drawn-${layer}`;
// Missing state counts as drawn, so the map is never blank before the controller sets it.
const drawn = (layer: GatedLayerId): ExpressionSpecification => ['boolean', ['feature-state', drawnStateKey(layer)], true];
/** A condition that holds only in years that may draw the layer. */
const gated = (layer: GatedLayerId, condition: ExpressionSpecification): ExpressionSpecification => ['all', drawn(layer), condition];
/** The year's partner kind: feature-state where it differs from today's (the tiles'), else the tiles'. */
const partnerKind: ExpressionSpecification = ['coalesce', ['feature-state', 'partner'], ['get', 'partner']];
const partnerIs = (kind: string): ExpressionSpecification => ['==', partnerKind, kind];
const visaIs = (level: string): ExpressionSpecification => ['==', ['get', 'visa'], level];

/** Conditions under which the fill shows an ally or partner colour (so visa goes to hatching). */
function diplomaticFillConditions(chosen: ReadonlySet<LayerId>): ExpressionSpecification[] {
  const conditions: ExpressionSpecification[] = [];
  if (chosen.has('ally')) conditions.push(isAlly);
  if (chosen.has('partner')) conditions.push(gated('partner', ['any', partnerIs('like-minded'), partnerIs('other')]));
  return conditions;
}

/** The fill (and marker) colour for the chosen layers, in a palette (the theme's). */
export function fillColor(layers: readonly LayerId[], palette: Palette = PALETTE): ExpressionSpecification {
  const chosen = new Set(layers);
  const visaColors = { 'visa-free': palette.visaFree, 'visa-arrival': palette.visaArrival, 'visa-online': palette.visaOnline };
  const cases: (ExpressionSpecification | string)[] = [isHome, palette.home];
  if (chosen.has('ally')) cases.push(statusIn('ally'), palette.ally, statusIn('gained'), palette.allyGained, statusIn('lost'), palette.allyLost);
  if (chosen.has('partner')) {
    cases.push(gated('partner', partnerIs('like-minded')), palette.partnerLikeMinded, gated('partner', partnerIs('other')), palette.partnerOther);
  }
  for (const level of VISA_LAYER_IDS) if (chosen.has(level)) cases.push(gated(level, visaIs(level)), visaColors[level]);
  if (chosen.has('beijing')) cases.push(recognises('beijing'), palette.beijing);
  if (chosen.has('beijing') && chosen.has('ally')) cases.push(recognises('neither'), palette.neither);
  // With the ally layer hidden, a country lost this year is simply a former ally.
  if (chosen.has('former')) cases.push(chosen.has('ally') ? statusIn('former') : statusIn('former', 'lost'), palette.formerAlly);
  return ['case', ...cases, palette.land] as ExpressionSpecification;
}

/**
 * A value that is the same for every feature, written as a feature-dependent expression so that a
 * layer's properties match another layer's of its type, and the two share one GPU program (see
 * the top of style-builders.ts).
 */
export const sameForEvery = (value: string | number): ExpressionSpecification => ['case', isHome, value, value];

/**
 * Zero for every feature, written as a feature-dependent expression. A property a layer toggle
 * changes must stay data-driven in every state: switched between a constant and an expression,
 * MapLibre may re-tile with one binder and then update feature-state with the other, which
 * throws ("this.expression.evaluate is not a function") when toggles come quickly.
 */
export const NONE = sameForEvery(0);

/** Hatching opacity: 1 where a chosen visa level sits under an ally or partner fill, else 0. */
export function hatchOpacity(layers: readonly LayerId[]): DataDrivenPropertyValueSpecification<number> {
  const chosen = new Set(layers);
  const visaLevels = VISA_LAYER_IDS.filter((level) => chosen.has(level));
  const diplomatic = diplomaticFillConditions(chosen);
  if (visaLevels.length === 0 || diplomatic.length === 0) return NONE;
  return ['case', ['all', ['any', ...visaLevels.map((level) => gated(level, visaIs(level)))], ['any', ...diplomatic], ['!', isHome]], 1, 0];
}

/** The New Southbound outline's width: drawn only while its layer is chosen, and from the policy's first year. */
export function nspWidth(layers: readonly LayerId[]): DataDrivenPropertyValueSpecification<number> {
  return layers.includes('nsp') ? ['case', drawn('nsp'), NSP_OUTLINE_PX, 0] : NONE;
}
const NSP_OUTLINE_PX = 2;

/**
 * The lost-ally hatching: 1 on countries lost in the year while the ally layer shows (which is
 * when the fill shows the lost colour), else 0. Feature-state, so a year step re-tiles nothing.
 */
export function lostHatchOpacity(layers: readonly LayerId[]): DataDrivenPropertyValueSpecification<number> {
  return layers.includes('ally') ? ['case', isLost, 1, 0] : NONE;
}

/**
 * A small country lost in the year gets a dark centre in its dot, the dots' stand-in for the
 * hatching (a pattern does not fit a 4–8 px circle): gained and lost dots then differ in shape, not
 * only colour. The centre's radius, by zoom: 0 unless the country was lost and the ally layer shows.
 */
export function lostMarkRadius(layers: readonly LayerId[]): DataDrivenPropertyValueSpecification<number> {
  const shown = (radius: number): ExpressionSpecification => (layers.includes('ally') ? ['case', isLost, radius, 0] : NONE);
  return ['interpolate', ['linear'], ['zoom'], 1, shown(1.6), 4, shown(2.4), 7, shown(3)];
}

/** The dark outline on countries gained or lost in the year, while the ally layer shows. */
export function changeOutlineWidth(layers: readonly LayerId[]): DataDrivenPropertyValueSpecification<number> {
  return layers.includes('ally') ? ['case', isChange, 1.6, 0] : NONE;
}

/** A marker's outline: selection, hover, then the ally change and New Southbound while their layers show. */
export function markerStrokeColor(layers: readonly LayerId[], palette: Palette = PALETTE): ExpressionSpecification {
  const cases: (ExpressionSpecification | string)[] = [isSelected, palette.selectedOutline, isHovered, palette.hoverOutline];
  if (layers.includes('ally')) cases.push(isChange, palette.changeOutline);
  if (layers.includes('nsp')) cases.push(gated('nsp', ['==', ['get', 'nsp'], 1]), palette.nspOutline);
  return ['case', ...cases, palette.markerStroke] as ExpressionSpecification;
}
