import type { Map as MapLibreMap } from 'maplibre-gl';
import { localized, type Locale, type Localized } from '../i18n/locale.ts';
import { messagesFor } from '../i18n/messages.ts';

/** The texts MapLibre draws itself. */
export interface MapUiText {
  canvas: string;
  toggleAttribution: string;
}

/** The map's own labels in a language. */
export function mapUiText(locale: Locale): MapUiText {
  const { canvas, toggleAttribution } = messagesFor(locale).map;
  return { canvas, toggleAttribution };
}

/**
 * MapLibre reads its UI strings once, when the map is made, and has no way to change them after;
 * so a language switch sets the two labels it wrote (the canvas, the attribution button) on its
 * elements directly.
 */
export function relabelMap(map: MapLibreMap, locale: Locale) {
  const text = mapUiText(locale);
  map.getCanvas().setAttribute('aria-label', text.canvas);
  const button = map.getContainer().querySelector('.maplibregl-ctrl-attrib-button');
  button?.setAttribute('title', text.toggleAttribution);
  button?.setAttribute('aria-label', text.toggleAttribution);
}

/** The notice that the map stopped drawing (its WebGL context did not come back), in both languages. */
export function mapLostText(): Localized {
  return localized((locale) => messagesFor(locale).common.mapLost);
}
