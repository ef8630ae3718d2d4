import { lazy, Suspense, useCallback, useMemo, useState, type CSSProperties, type MouseEvent, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { TableView } from '../components/TableView.tsx';
import { EmbedLayout } from './EmbedLayout.tsx';
import { DetailsPanel } from './DetailsPanel.tsx';
import { CompareBar, CompareButton } from '../components/CompareBar.tsx';
import { CountrySearch } from '../components/CountrySearch.tsx';
import { PartBoundary } from '../components/ErrorBoundary.tsx';
import { HeaderMenu } from '../components/HeaderMenu.tsx';
import { LayerFilters } from '../components/LayerFilters.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { NoticeBar } from '../components/NoticeBar.tsx';
import { TimelinePanel } from '../components/TimelinePanel.tsx';
import { TrackBar } from '../components/TrackBar.tsx';
import { TrackSection } from '../components/TrackFileButton.tsx';
import { ViewSwitch } from '../components/ViewSwitch.tsx';
import { YearAnnouncer } from '../components/YearAnnouncer.tsx';
import { datasetDate } from '../data/dataset-date.ts';
import { LAYER_IDS } from '../data/layers.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { layerColors, legendSwatches, paletteFor, type Palette } from '../map/palette.ts';
import { shownTheme } from '../state/store.ts';
import { AppProvider, useAppContext, useAppState, useLocale, useMessages, type AppContextValue } from '../state/app-context.tsx';
import { GuardedMapView, type MapViewProps } from './MapView.tsx';
import { useShortcuts } from './use-shortcuts.ts';
import { useTrackIn } from '../state/tracks/use-track.ts';
import './shell.css';

/** The Method and sources view loads with the view (its text and the comparison), not with the page. */
const MethodView = lazy(() => import('../method/MethodView.tsx'));
/** The dialogs load when first opened: the page's first load stays within its transfer budget (README, Performance). */
const ShareDialog = lazy(() => import('../components/ShareDialog.tsx').then((module) => ({ default: module.ShareDialog })));
const TrackEditor = lazy(() => import('../components/TrackEditor.tsx').then((module) => ({ default: module.TrackEditor })));
const ShortcutsDialog = lazy(() => import('../components/ShortcutsDialog.tsx').then((module) => ({ default: module.ShortcutsDialog })));

/** The map palette as CSS custom properties, so chips and swatches in app.css use the same colours. */
function paletteVariables(palette: Palette): CSSProperties {
  const colors = layerColors(palette);
  return {
    '--color-land': palette.land,
    '--color-ocean': palette.ocean,
    '--color-space': palette.space,
    '--color-home': palette.home,
    '--color-change-outline': palette.changeOutline,
    '--color-gained': palette.allyGained,
    '--color-lost': palette.allyLost,
    ...Object.fromEntries(LAYER_IDS.map((id) => [`--layer-${id}`, colors[id]])),
  } as CSSProperties;
}

/** The full app's legend notes under the layer toggles. */
function LegendNotes() {
  const context = useAppContext();
  const locale = useLocale();
  const { notes } = useMessages().filters;
  const date = (text: string) => formatPartialDate(text, locale);
  const unknownVisa = context.dataset.visa.filter((entry) => entry.regime === 'unknown').length;
  return (
    <div className="legend-notes">
      <p>
        <span className="swatch swatch-home" aria-hidden="true" /> {notes.taiwan}
      </p>
      <p>
        <span className="swatch swatch-hatch" aria-hidden="true" /> {notes.hatching}
      </p>
      <p>
        <span className="swatch swatch-fill swatch-change" style={{ ['--swatch' as string]: 'var(--color-land)' }} aria-hidden="true" /> {notes.changeOutline}
      </p>
      <p>{notes.smallCountries}</p>
      <p className="muted">
        {notes.asOf(
          date(context.availability['visa-free'].date ?? ''),
          date(context.timeline.asOf),
          unknownVisa,
          date(datasetDate(context.dataset, 'diplomatic-relations', 'last_checked')),
        )}
      </p>
    </div>
  );
}

/** Where the skip link leads: past the header, the notices and the filters, to the map and the timeline. */
const CONTENT_ID = 'map-and-timeline';

/**
 * The full app's header: its name and what it shows, the dialogs' buttons and the language switch,
 * which narrow screens put behind a Menu button (phone.css).
 */
function AppHeader({ onShare, onHelp }: { onShare: () => void; onHelp: () => void }) {
  const { common, share, shortcuts } = useMessages();
  return (
    <header className="app-header">
      <h1>{common.appName}</h1>
      <p>{common.tagline}</p>
      <HeaderMenu label={common.menu}>
        <div className="header-actions">
          <button type="button" onClick={onShare}>
            {share.title}
          </button>
          <button type="button" onClick={onHelp} aria-keyshortcuts="?">
            {shortcuts.title}
          </button>
          <CompareButton />
          <ViewSwitch />
        </div>
        <LanguageSwitch />
      </HeaderMenu>
    </header>
  );
}

/**
 * The map, or the same view as a table, with the details panel over either. The map stays
 * mounted and laid out under the table, only made invisible: switching back is instant, and the
 * map keeps its real size, which a first camera and the exports of the view depend on.
 */
function MapOrTable({ map }: { map: MapViewProps }) {
  const view = useAppState((state) => state.view);
  const panelOpen = useAppState((state) => state.selected !== null);
  const { method } = useMessages();
  const covered = view !== 'map';
  const classes = ['map-area', covered && 'map-area-table', covered && panelOpen && 'with-panel'];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <div className={covered ? 'map-layer map-covered' : 'map-layer'}>
        <GuardedMapView {...map} />
      </div>
      {view === 'table' && (
        <PartBoundary part="table" className="table-view">
          <TableView />
        </PartBoundary>
      )}
      {view === 'method' && (
        <PartBoundary part="method" className="table-view">
          <Suspense fallback={<p className="method-view">{method.loading}</p>}>
            <MethodView />
          </Suspense>
        </PartBoundary>
      )}
      <DetailsPanel />
    </div>
  );
}

/**
 * The first thing a keyboard reaches: a link past everything before the map, shown only when
 * focused. It moves the focus itself: following the link would put `#map-and-timeline` in the
 * address, where the map's camera lives (`#zoom/lat/lng`).
 */
function SkipLink() {
  const { common } = useMessages();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(CONTENT_ID)?.focus();
  };
  return (
    <a className="skip-link" href={`#${CONTENT_ID}`} onClick={skip}>
      {common.skipToContent}
    </a>
  );
}

type OpenDialog = 'share' | 'shortcuts' | 'editor' | null;

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
  useShortcuts(context.store, { enabled: dialog === null, onHelp: openHelp, eventYears: context.eventYears, tracks: context.tracks });
  const { embed, controls } = context.presentation;
  // The theme's palette: the map's colours as CSS variables (legend chips, the chart) and the legend's swatches.
  const theme = useStore(context.store, shownTheme);
  const palette = paletteFor(theme);
  const swatches = useMemo(() => legendSwatches(palette), [palette]);
  // A track running on its own (a museum screen) hides the controls; the track bar keeps the year on screen.
  const unattended = useTrackIn(context.tracks, (state) => state.autoplay && state.track !== null);
  const classes = ['app', embed && 'app-embed', unattended && 'app-unattended'].filter(Boolean).join(' ');
  return (
    <AppProvider value={context}>
      <div className={classes} style={paletteVariables(palette)}>
        {embed ? (
          <EmbedLayout controls={controls} swatches={swatches} onShare={() => setDialog('share')} onPreferredHeight={onPreferredHeight} map={map} />
        ) : (
          <>
            <SkipLink />
            <AppHeader onShare={() => setDialog('share')} onHelp={openHelp} />
            <PartBoundary part="notices">
              <NoticeBar />
            </PartBoundary>
            {/* Each part fails alone (a message with Try again in its place): the map and the timeline stay. */}
            <main className="app-main">
              <aside className="sidebar">
                <PartBoundary part="search">
                  <CountrySearch />
                </PartBoundary>
                <PartBoundary part="filters">
                  <LayerFilters swatches={swatches} />
                  <LegendNotes />
                </PartBoundary>
              </aside>
              {/* The skip link's target: focusable by script only, so Tab then continues into the map. */}
              <div className="stage" id={CONTENT_ID} tabIndex={-1}>
                <PartBoundary part="compare">
                  <CompareBar />
                </PartBoundary>
                <PartBoundary part="track">
                  <TrackBar />
                </PartBoundary>
                <MapOrTable map={map} />
                <PartBoundary part="timeline" className="timeline">
                  <TimelinePanel />
                </PartBoundary>
              </div>
            </main>
          </>
        )}
        <PartBoundary part="notices">
          <YearAnnouncer />
        </PartBoundary>
        {/* A dialog that fails shows its message in a bar at the foot of the page, with Close. */}
        <PartBoundary part="dialog" className="notice-bar" resetKey={dialog} onDismiss={closeDialog}>
          <Suspense fallback={null}>
            {dialog === 'share' && (
              <ShareDialog onClose={closeDialog}>
                {!embed && <TrackSection onEditor={() => setDialog('editor')} onOpened={closeDialog} />}
                {exportSections}
              </ShareDialog>
            )}
            {dialog === 'shortcuts' && <ShortcutsDialog onClose={closeDialog} />}
            {dialog === 'editor' && <TrackEditor onClose={closeDialog} />}
          </Suspense>
        </PartBoundary>
      </div>
    </AppProvider>
  );
}
