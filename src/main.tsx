import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import dataset, { mapCountries } from 'virtual:dataset';
import { App } from './app/App.tsx';
import './app/app.css';
import { deriveData } from './data/derived-data.ts';
import type { MapController } from './map/map-controller.ts';
import { startPlaybackTimer } from './state/playback.ts';
import { createAppStore } from './state/store.ts';
import { startUrlSync } from './state/url-sync.ts';

const names = new Map(mapCountries);
const { profiles, timeline, availability, years } = deriveData(dataset, new Date());
const store = createAppStore(years);
let controller: MapController | null = null;

const urlSync = startUrlSync(store, {
  isCountry: (iso3) => names.has(iso3),
  years,
  onCameraFromUrl: (camera) => controller?.jumpTo(camera),
});
// After URL sync, so that ?play=1 starts the replay on load.
startPlaybackTimer(store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App
      context={{ store, dataset, profiles, names, timeline, availability }}
      map={{
        initialCamera: urlSync.initialCamera,
        onCameraChange: urlSync.recordCamera,
        onController: (next) => (controller = next),
      }}
    />
  </StrictMode>,
);
