import { CountryPanel } from '../components/CountryPanel.tsx';
import type { CSSProperties } from 'react';
import { LayerFilters, type ChangeSwatches, type LayerSwatch } from '../components/LayerFilters.tsx';
import { NoticeBar } from '../components/NoticeBar.tsx';
import { TimelinePanel } from '../components/TimelinePanel.tsx';
import { LAYER_IDS, type LayerId } from '../data/layers.ts';
import { formatPartialDate } from '../data/partial-date.ts';
import { LAYER_COLORS, PALETTE } from '../map/palette.ts';
import { AppProvider, type AppContextValue } from '../state/app-context.tsx';
import { MapView, type MapViewProps } from './MapView.tsx';

/** Legend swatches: every layer is a fill but New Southbound, which the map draws as an outline. */
const SWATCHES = Object.fromEntries(
  LAYER_IDS.map((id) => [id, { color: LAYER_COLORS[id], kind: id === 'nsp' ? 'outline' : 'fill' }]),
) as Record<LayerId, LayerSwatch>;
const CHANGE_SWATCHES: ChangeSwatches = { gained: PALETTE.allyGained, lost: PALETTE.allyLost };

/** The map palette as CSS custom properties, so chips and swatches in app.css use the same colours. */
const PALETTE_VARIABLES = {
  '--color-land': PALETTE.land,
  '--color-home': PALETTE.home,
  '--color-change-outline': PALETTE.changeOutline,
  '--color-gained': PALETTE.allyGained,
  '--color-lost': PALETTE.allyLost,
  ...Object.fromEntries(LAYER_IDS.map((id) => [`--layer-${id}`, LAYER_COLORS[id]])),
} as CSSProperties;

/** The visa data's as-of dates: the main source's (which dates the layer) and the territories' (latest). */
function visaAsOfDates(context: AppContextValue): { main: string; latest: string } {
  const main = context.availability['visa-free'].date ?? '';
  const latest = context.dataset.visa.reduce((max, entry) => (entry.asOf > max ? entry.asOf : max), main);
  return { main, latest };
}

export function App({ context, map }: { context: AppContextValue; map: MapViewProps }) {
  const visaDates = visaAsOfDates(context);
  return (
    <AppProvider value={context}>
      <div className="app" style={PALETTE_VARIABLES}>
        <header className="app-header">
          <h1>Taiwan Ties</h1>
          <p>Taiwan’s formal allies since 1949, substantive partners, visa access and New Southbound countries</p>
        </header>
        <NoticeBar />
        <main className="app-main">
          <aside className="sidebar">
            <LayerFilters swatches={SWATCHES} changes={CHANGE_SWATCHES} />
            <div className="legend-notes">
              <p>
                <span className="swatch swatch-home" aria-hidden="true" /> Taiwan
              </p>
              <p>
                <span className="swatch swatch-hatch" aria-hidden="true" /> Hatching: easy visa access where an ally or partner colour fills the
                country.
              </p>
              <p>
                <span className="swatch swatch-fill swatch-change" style={{ ['--swatch' as string]: PALETTE.land }} aria-hidden="true" /> A dark
                outline marks an ally gained or lost in the year shown.
              </p>
              <p>Small countries are drawn as dots. Click any country for its details and sources.</p>
              <p className="muted">
                Visa access for ordinary passports as of {formatPartialDate(visaDates.main)}
                {visaDates.latest !== visaDates.main && <> (some territories: {formatPartialDate(visaDates.latest)})</>}. Formal relations
                as of {formatPartialDate(context.timeline.asOf)}.
              </p>
            </div>
          </aside>
          <div className="stage">
            <div className="map-area">
              <MapView {...map} />
              <CountryPanel />
            </div>
            <TimelinePanel />
          </div>
        </main>
      </div>
    </AppProvider>
  );
}
