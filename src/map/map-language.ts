import type { Map as MapLibreMap } from 'maplibre-gl';
import { localized, type Locale, type Localized } from '../i18n/locale.ts';
import { messagesFor } from '../i18n/messages.ts';

/** The texts MapLibre draws itself. */
export interface MapUiText {
  canvas: string;
  toggleAttribution: string;
  /** The cooperative gestures' notes: Ctrl + wheel (⌘ on a Mac), and two fingers on a touch screen. */
  gestures: { windows: string; mac: string; mobile: string };
}

/** The map's own labels in a language. */
export function mapUiText(locale: Locale): MapUiText {
  const { canvas, toggleAttribution, gestures } = messagesFor(locale).map;
  return { canvas, toggleAttribution, gestures };
}

/** MapLibre's names for its strings, as its `locale` option takes them. */
export function mapLibreLocale(text: MapUiText): Record<string, string> {
  return {
    'Map.Title': text.canvas,
    'AttributionControl.ToggleAttribution': text.toggleAttribution,
    'CooperativeGesturesHandler.WindowsHelpText': text.gestures.windows,
    'CooperativeGesturesHandler.MacHelpText': text.gestures.mac,
    'CooperativeGesturesHandler.MobileHelpText': text.gestures.mobile,
  };
}

/** Whether MapLibre's cooperative gestures take ⌘ rather than Ctrl: its own test of the platform. */
const usesCommandKey = () => navigator.userAgent.includes('Mac');

/**
 * MapLibre reads its UI strings once, when the map is made, and has no way to change them after;
 * so a language switch sets the labels it wrote (the canvas, the attribution button, the
 * cooperative gestures' notes) on its elements directly.
 */
export function relabelMap(map: MapLibreMap, locale: Locale) {
  const text = mapUiText(locale);
  map.getCanvas().setAttribute('aria-label', text.canvas);
  const button = map.getContainer().querySelector('.maplibregl-ctrl-attrib-button');
  button?.setAttribute('title', text.toggleAttribution);
  button?.setAttribute('aria-label', text.toggleAttribution);
  const gestureNotes = map.getCanvasContainer();
  const desktop = gestureNotes.querySelector('.maplibregl-desktop-message');
  if (desktop) desktop.textContent = usesCommandKey() ? text.gestures.mac : text.gestures.windows;
  const mobile = gestureNotes.querySelector('.maplibregl-mobile-message');
  if (mobile) mobile.textContent = text.gestures.mobile;
}

/** The notice that the map stopped drawing (its WebGL context did not come back), in both languages. */
export function mapLostText(): Localized {
  return localized((locale) => messagesFor(locale).common.mapLost);
}
