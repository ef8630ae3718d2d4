import type { YearRange } from '../data/year-range.ts';
import type { Locale } from '../i18n/locale.ts';
import type { UrlBackedState } from './store.ts';
import { FULL_APP, searchFromState, type EmbedControls } from './url-state.ts';
import type { TrackAddress } from './tracks/track-address.ts';

/**
 * Links and embed codes for the current view: every piece of state is in the address, so a
 * link reproduces the view. Built from the store, not copied from the address bar, which lags
 * behind playback by design (url-sync.ts). They always carry the language (`?lang=`), even the
 * browser's: the reader sees the view in the language the sender chose.
 */

/** The address of the app: the page's location without query or hash. */
export function appBase(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}`;
}

/** A link to the view in the full app (camera included when given, as `#zoom/lat/lng`; the open talk track and its step when given). */
export function viewLink(base: string, state: UrlBackedState, years: YearRange, cameraHash = '', track: TrackAddress | null = null): string {
  return `${base}${searchFromState(state, years, FULL_APP, null, track)}${cameraHash}`;
}

/** The view in the embed mode, with or without its timeline (and the open talk track, which the embed view plays). */
export function embedLink(
  base: string,
  state: UrlBackedState,
  years: YearRange,
  controls: EmbedControls,
  cameraHash = '',
  track: TrackAddress | null = null,
): string {
  return `${base}${searchFromState(state, years, { embed: true, controls }, null, track)}${cameraHash}`;
}

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The attribute that marks our iframes, so the resize script only ever touches those. */
export const EMBED_MARKER = 'data-taiwan-ties';

/**
 * The optional script that sizes each embedded map's iframe to the height the map asks for, so it
 * never shows an inner scrollbar. It reads only a number from messages sent by our own frames.
 */
export const RESIZE_SCRIPT = `<script>
addEventListener("message", function (e) {
  var d = e.data;
  if (!d || d.app !== "taiwan-ties" || d.type !== "resize" || typeof d.height !== "number") return;
  document.querySelectorAll("iframe[${EMBED_MARKER}]").forEach(function (f) {
    if (f.contentWindow === e.source) f.style.height = Math.max(200, Math.min(d.height, 4000)) + "px";
  });
});
</script>`;

/**
 * The HTML to paste into a page: a full-width iframe with a title, and optionally the resize script.
 * `lang` is the title's language (the view's, which its address carries too): a screen reader on
 * a page in another language then reads the title in the right voice.
 */
export function embedCode({ src, title, lang, height, resize }: { src: string; title: string; lang: Locale; height: number; resize: boolean }): string {
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" lang="${lang}" width="100%" height="${Math.round(height)}" ` +
    `style="border:0;display:block" loading="lazy" allow="fullscreen; clipboard-write" ${EMBED_MARKER}></iframe>`;
  return resize ? `${iframe}\n${RESIZE_SCRIPT}` : iframe;
}
