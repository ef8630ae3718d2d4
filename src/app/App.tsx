import { useCallback, useState, type CSSProperties, type ReactNode } from 'react';
import { CountryPanel } from '../components/CountryPanel.tsx';
import { LayerFilters, type ChangeSwatches } from '../components/LayerFilters.tsx';
import { NoticeBar } from '../components/NoticeBar.tsx';
import { ShareDialog } from '../components/ShareDialog.tsx';
import { ShortcutsDialog } from '../components/ShortcutsDialog.tsx';
import { TimelinePanel } from '../components/TimelinePanel.tsx';
import { LAYER_IDS } from '../data/layers.ts';
import { formatPartialDate } from '../data/partial-date.ts';
import { LAYER_COLORS, LEGEND_SWATCHES, PALETTE } from '../map/palette.ts';
import { AppProvider, type AppContextValue } from '../state/app-context.tsx';
import { EmbedLayout } from './EmbedLayout.tsx';
import { MapView, type MapViewProps } from './MapView.tsx';
import { useShortcuts } from './use-shortcuts.ts';

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

/** The full app's legend notes under the layer toggles. */
function LegendNotes({ context }: { context: AppContextValue }) {
  const visaDates = visaAsOfDates(context);
  return (
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
        {visaDates.latest !== visaDates.main && <> (some territories: {formatPartialDate(visaDates.latest)})</>}. Formal relations as
        of {formatPartialDate(context.timeline.asOf)}.
      </p>
    </div>
  );
}

type OpenDialog = 'share' | 'shortcuts' | null;

/** What the app shell needs besides the data: the map's wiring and the embed view's size reports. */
export interface AppProps {
  context: AppContextValue;
  map: MapViewProps;
  /** Export sections for the share dialog (kept outside so the shell does not load the encoders). */
  exportSections?: ReactNode;
  /** The embed view reports the height it would like its iframe to have. */
  onPreferredHeight?: (height: number) => void;
}

export function App({ context, map, exportSections, onPreferredHeight }: AppProps) {
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  // `?` toggles the shortcuts, but never replaces the share dialog (closing it would cancel an export).
  const openHelp = useCallback(() => setDialog((open) => (open === 'share' ? open : open === 'shortcuts' ? null : 'shortcuts')), []);
  useShortcuts(context.store, { enabled: dialog === null, onHelp: openHelp });
  const { embed, controls } = context.presentation;
  return (
    <AppProvider value={context}>
      <div className={embed ? 'app app-embed' : 'app'} style={PALETTE_VARIABLES}>
        {embed ? (
          <EmbedLayout controls={controls} onShare={() => setDialog('share')} onPreferredHeight={onPreferredHeight} map={map} />
        ) : (
          <>
            <header className="app-header">
              <h1>Taiwan Ties</h1>
              <p>Taiwan’s formal allies since 1949, substantive partners, visa access and New Southbound countries</p>
              <div className="header-actions">
                <button type="button" onClick={() => setDialog('share')}>
                  Share and export
                </button>
                <button type="button" onClick={openHelp} aria-keyshortcuts="?">
                  Keyboard shortcuts
                </button>
              </div>
            </header>
            <NoticeBar />
            <main className="app-main">
              <aside className="sidebar">
                <LayerFilters swatches={LEGEND_SWATCHES} changes={CHANGE_SWATCHES} />
                <LegendNotes context={context} />
              </aside>
              <div className="stage">
                <div className="map-area">
                  <MapView {...map} />
                  <CountryPanel />
                </div>
                <TimelinePanel />
              </div>
            </main>
          </>
        )}
        {dialog === 'share' && <ShareDialog onClose={closeDialog}>{exportSections}</ShareDialog>}
        {dialog === 'shortcuts' && <ShortcutsDialog onClose={closeDialog} />}
      </div>
    </AppProvider>
  );
}
