import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import dataset from 'virtual:dataset';
import { App } from './app/App.tsx';
// MapLibre's CSS comes with the page's own: imported with the library, it would hold the
// library's download back until the stylesheet had loaded.
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/app.css';
import './app/views.css';
import './app/dossier.css';
import './app/compare.css';
import './app/phone.css';
import './app/theme-dark.css';
import './app/tracks.css';
import { timelineYear } from './data/ally-timeline.ts';
import { deriveData } from './data/derived-data.ts';
import { createDetailsLoader } from './data/details.ts';
import { ExportSections } from './components/ExportSections.tsx';
import { downloadFile } from './export/download.ts';
import type { Exporter } from './export/exporter.ts';
import { createMapHandle } from './map/map-handle.ts';
import { startMessageBridge } from './state/message-bridge.ts';
import { startPlaybackTimer } from './state/playback.ts';
import { appBase } from './state/share-links.ts';
import { createAppStore, initialAppState } from './state/store.ts';
import { localeFromLanguages, localized } from './i18n/locale.ts';
import { messagesFor } from './i18n/messages.ts';
import { syncDocumentLanguage } from './app/document-language.ts';
import { syncDocumentTheme } from './app/document-theme.ts';
import { mapLibrary } from './app/map-library.ts';
import { startUrlSync } from './state/url-sync.ts';
import { createTrackStore, startTrackPlayer } from './state/tracks/track-store.ts';
import { openRequestedTrack, trackAddressOf } from './state/tracks/open-track.ts';

// The map library's download starts first, while the rest of the page is set up (app/map-library.ts).
mapLibrary().catch(() => {
  // MapView reports the failure when it asks for the same promise.
});

const names = new Map(dataset.names.map((row) => [row.iso3, row.name]));
const isCountry = (iso3: string) => names.has(iso3);
const { profiles, timeline, availability, years, eras, eventYears, switches, regionYears } = deriveData(dataset, new Date());
// Sources and dossiers come with the first thing that shows them, not with the page.
const details = createDetailsLoader(() => import('virtual:details').then((module) => module.default));
const defaultLang = localeFromLanguages(navigator.languages ?? [navigator.language]);
const store = createAppStore(years, initialAppState(years, defaultLang));
const mapHandle = createMapHandle(store);

const tracks = createTrackStore();

const urlSync = startUrlSync(store, { isCountry, years, defaultLang, onCameraFromUrl: mapHandle.jumpTo, trackAddress: () => trackAddressOf(tracks) });
syncDocumentLanguage(store);
syncDocumentTheme(store);
const { presentation } = urlSync;
document.documentElement.classList.toggle('embed', presentation.embed);

// A replay that starts by itself is motion the person did not ask for on this page: with reduced
// motion, it waits for Play (a host page's `play` message or the Play button still start it).
const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
if (reducedMotion && store.getState().playing) {
  store.getState().pause();
  store.getState().addNotices([{ id: 'reduced-motion', message: localized((locale) => messagesFor(locale).common.reducedMotionNotice) }]);
}
// After URL sync, so that ?play=1 starts the replay on load.
startPlaybackTimer(store);
const bridge = startMessageBridge(store, { years, isCountry, alliesIn: (year) => timelineYear(timeline, year).allies.length, tracks });

// A talk track (`?story=` or `?track=`): its steps drive the store; the stories load only when asked for.
startTrackPlayer(tracks, store, {
  years,
  jumpTo: mapHandle.jumpTo,
  onStep: () => urlSync.recordTrack(),
});
// Closing the track takes it out of the address.
tracks.subscribe((state, previous) => {
  if (state.track === null && previous.track !== null) urlSync.recordTrack();
});
if (urlSync.requestedTrack) {
  void openRequestedTrack(urlSync.requestedTrack, {
    tracks,
    app: store,
    context: { years, isCountry },
    loadStories: () => import('virtual:stories').then((module) => module.default),
  }).then((opened) => {
    // A refused track leaves its parameters out of the address, as a refused parameter is.
    if (!opened) urlSync.recordTrack();
  });
}

// The exporter (frame drawing, encoders, CSV) loads when first used, not with the page.
let exporter: Promise<Exporter> | null = null;
const loadExporter = () =>
  (exporter ??= import('./export/exporter.ts')
    .then(({ createExporter }) =>
      createExporter({
        map: mapHandle,
        store,
        timeline,
        availability,
        profiles,
        names,
        weights: dataset.allyWeight,
        years,
        details,
        version: dataset.release.version,
        appAddress: appBase(location),
      }),
    )
    .catch((error: unknown) => {
      // Try again next time (a network blip, or a new deployment that renamed the chunk).
      exporter = null;
      throw error;
    }));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App
      context={{ store, dataset, profiles, names, timeline, availability, years, eras, eventYears, switches, regionYears, presentation, details, tracks }}
      map={{
        initialCamera: urlSync.initialCamera,
        reducedMotion,
        onCameraChange: urlSync.recordCamera,
        handle: mapHandle,
        onSettled: bridge.announceReady,
      }}
      exportSections={<ExportSections loadExporter={loadExporter} save={(file) => downloadFile(file.blob, file.fileName)} />}
      onPreferredHeight={presentation.embed ? (height) => bridge.post({ type: 'resize', height }) : undefined}
    />
  </StrictMode>,
);
