import { CountryPanel } from '../components/CountryPanel.tsx';
import { LayerFilters } from '../components/LayerFilters.tsx';
import { NoticeBar } from '../components/NoticeBar.tsx';
import { formatPartialDate } from '../data/partial-date.ts';
import { LAYER_COLORS, PALETTE } from '../map/palette.ts';
import { AppProvider, type AppContextValue } from '../state/app-context.tsx';
import { MapView, type MapViewProps } from './MapView.tsx';

const SWATCHES = {
  ally: { color: LAYER_COLORS.ally, kind: 'fill' },
  partner: { color: LAYER_COLORS.partner, kind: 'fill' },
  'visa-free': { color: LAYER_COLORS['visa-free'], kind: 'fill' },
  'visa-arrival': { color: LAYER_COLORS['visa-arrival'], kind: 'fill' },
  'visa-online': { color: LAYER_COLORS['visa-online'], kind: 'fill' },
  nsp: { color: LAYER_COLORS.nsp, kind: 'outline' },
} as const;

/** The visa data's as-of dates: the main source's (earliest) and the territories' (latest). */
function visaAsOfDates(context: AppContextValue): { main: string; latest: string } {
  const dates = [...new Set(context.dataset.visa.map((entry) => entry.asOf))].sort();
  return { main: dates[0] ?? '', latest: dates.at(-1) ?? '' };
}

export function App({ context, map }: { context: AppContextValue; map: MapViewProps }) {
  const visaDates = visaAsOfDates(context);
  return (
    <AppProvider value={context}>
      <div className="app">
        <header className="app-header">
          <h1>Taiwan Ties</h1>
          <p>Taiwan’s formal allies, substantive partners, visa access and New Southbound countries</p>
        </header>
        <NoticeBar />
        <main className="app-main">
          <aside className="sidebar">
            <LayerFilters swatches={SWATCHES} />
            <div className="legend-notes">
              <p>
                <span className="swatch swatch-fill" style={{ ['--swatch' as string]: PALETTE.home }} aria-hidden="true" /> Taiwan
              </p>
              <p>
                <span className="swatch swatch-hatch" aria-hidden="true" /> Hatching: easy visa access where an ally or partner colour fills the
                country.
              </p>
              <p>Small countries are drawn as dots. Click any country for its details and sources.</p>
              <p className="muted">
                Visa access for ordinary passports as of {formatPartialDate(visaDates.main)}
                {visaDates.latest !== visaDates.main && <> (some territories: {formatPartialDate(visaDates.latest)})</>}.
              </p>
            </div>
          </aside>
          <div className="map-area">
            <MapView {...map} />
            <CountryPanel />
          </div>
        </main>
      </div>
    </AppProvider>
  );
}
