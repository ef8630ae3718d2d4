import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import dataset, { mapCountries } from 'virtual:dataset';
import { App } from './app/App.tsx';
import './app/app.css';
import { buildCountryProfiles } from './data/country-profiles.ts';
import type { MapController } from './map/map-controller.ts';
import { createAppStore } from './state/store.ts';
import { startUrlSync } from './state/url-sync.ts';

const names = new Map(mapCountries);
const profiles = buildCountryProfiles(dataset);
const store = createAppStore();
let controller: MapController | null = null;

const urlSync = startUrlSync(store, {
  isCountry: (iso3) => names.has(iso3),
  onCameraFromUrl: (camera) => controller?.jumpTo(camera),
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App
      context={{ store, dataset, profiles, names }}
      map={{
        initialCamera: urlSync.initialCamera,
        onCameraChange: urlSync.recordCamera,
        onController: (next) => (controller = next),
      }}
    />
  </StrictMode>,
);
