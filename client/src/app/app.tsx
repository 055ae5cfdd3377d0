// The investor screen: search and list on one side, the map in the middle, the parcel (or the
// check tool) on the other; on a phone the list is a sheet over the map and the parcel a bottom sheet.
import type { FeatureCollection } from 'geojson';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { ParcelStatus } from '../../../server/src/domain/parcel-status';
import { Loading } from '../components/query-state';
import { SignInDialog } from '../features/account/sign-in-dialog';
import { CompareDialog } from '../features/compare/compare-dialog';
import { planMapProps, useCheckSession } from '../features/checks/use-check-session';
import { filterSummary } from '../features/parcels/filter-summary';
import { Legend } from '../features/parcels/legend';
import { ParcelDetailPanel } from '../features/parcels/parcel-detail';
import { ParcelList } from '../features/parcels/parcel-list';
import { SearchPanel } from '../features/parcels/search-panel';
import { SettingsDialog } from '../features/settings/settings-dialog';
import { loadBasemapSettings, onlineBasemapOf, saveBasemapSettings, type BasemapSettings } from '../features/settings/settings-store';
import type { Bbox } from '../lib/api-types';
import { MATCH_LIMIT, useMatchingCodes, useParcel, useParcelSearch, useZones } from '../lib/queries';
import type { MapViewState } from '../map/atlas-map';
import { MapView } from '../map/map-view';
import { tileMatchFor } from '../map/parcel-match';
import { zoneFeatureCollection } from '../map/zone-features';
import { OfflineBanner } from '../offline/offline-banner';
import type { Locale } from './i18n';
import { storeLocale, useI18n } from './locale';
import { UrlLocaleProvider } from './url-locale';
import { TopBar } from './top-bar';
import { useAtlasState } from './use-atlas-state';
import { hasActiveFilters, MAX_COMPARE, needsServerMatch, type ParcelFilters, parcelSearchParams, type Sort } from './url-state';

// The check engine (zod, turf, proj4 planes) loads only when someone opens the check tool.
const CheckTool = lazy(() => import('../features/checks/check-tool'));

function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

export function App() {
  return (
    <UrlLocaleProvider>
      <Screen />
    </UrlLocaleProvider>
  );
}

function Screen() {
  const { t, locale } = useI18n();
  const [state, update] = useAtlasState();
  const { filters, parcel, tool } = state;

  const [mapBbox, setMapBbox] = useState<Bbox | null>(null);
  const [parcelsShown, setParcelsShown] = useState(true);
  // A link with a parcel but no view opens zoomed to the parcel; so does choosing one in the list.
  const [fitCode, setFitCode] = useState<string | null>(() => (state.parcel && !state.view ? state.parcel : null));
  const [listOpen, setListOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [signInOpen, setSignInOpen] = useState(false);
  const [basemap, setBasemap] = useState<BasemapSettings>(loadBasemapSettings);
  const [onlineFailed, setOnlineFailed] = useState(false);
  const [layerError, setLayerError] = useState<string | null>(null);

  const zones = useZones();
  const search = useParcelSearch(filters, state.page, state.sort, filters.inView ? mapBbox : null);
  const matching = useMatchingCodes(filters);
  const detail = useParcel(parcel);
  const session = useCheckSession(parcel);
  const selected = detail.data && detail.data.code === parcel ? detail.data : null;
  const checking = tool === 'check' && selected !== null;

  // Filters as a string: a new URL object for the same filters must not restyle every tile.
  const filterKey = parcelSearchParams(filters, { limit: 0, offset: 0 }, null).toString();
  const serverCodes = needsServerMatch(filters) && matching.data?.complete ? matching.data.codes : null;
  const match = useMemo(() => tileMatchFor(filters, serverCodes), [filterKey, serverCodes]); // `filters` is keyed by filterKey
  const zonesCollection = useMemo<FeatureCollection | null>(() => (zones.data ? zoneFeatureCollection(zones.data.items) : null), [zones.data]);
  const online = useMemo(() => (onlineFailed ? null : onlineBasemapOf(basemap)), [basemap, onlineFailed]);

  const onViewChange = useCallback(
    (view: MapViewState, bbox: Bbox, shown: boolean) => {
      setMapBbox(bbox);
      setParcelsShown(shown);
      update((s) => ({ ...s, view, page: s.filters.inView ? 1 : s.page }), { replace: true });
    },
    [update],
  );
  const onFitted = useCallback(() => setFitCode(null), []);
  const setFilters = (next: ParcelFilters) => update((s) => ({ ...s, filters: next, page: 1 }));
  const openParcel = (code: string) => {
    update((s) => ({ ...s, parcel: code, tool: s.tool === 'check' ? null : s.tool }));
    setFitCode(code);
    setListOpen(false);
  };
  const selectOnMap = useCallback((code: string) => update((s) => ({ ...s, parcel: code, tool: s.tool === 'check' ? null : s.tool })), [update]);
  const closeParcel = () => update((s) => ({ ...s, parcel: null, tool: s.tool === 'check' ? null : s.tool }));
  const toggleCompare = (code: string) =>
    update((s) => {
      if (s.compare.includes(code)) return { ...s, compare: s.compare.filter((c) => c !== code) };
      return s.compare.length >= MAX_COMPARE ? s : { ...s, compare: [...s.compare, code] };
    });
  const switchLocale = () => {
    const next: Locale = locale === 'zh' ? 'en' : 'zh';
    storeLocale(next);
    update((s) => ({ ...s, locale: next === 'zh' ? null : next }), { replace: true });
  };
  const { setDrawing, drawing } = session;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (drawing) setDrawing(false);
      else if (tool === 'check') update((s) => ({ ...s, tool: null }));
      else if (parcel && !(event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement)) update((s) => ({ ...s, parcel: null }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [drawing, setDrawing, tool, parcel, update]);

  // A bookmark or a shared tab names the parcel it shows.
  useEffect(() => {
    document.title = selected ? `${selected.name} · ${t('app.title')}` : t('app.title');
  }, [selected, t]);

  const partialHighlight = needsServerMatch(filters) && matching.data !== undefined && !matching.data.complete;

  return (
    <div className="app">
      <a className="skip-link" href="#parcel-list">
        {t('app.skipToList')}
      </a>
      <TopBar
        compareCount={state.compare.length}
        listOpen={listOpen}
        onToggleList={() => setListOpen(!listOpen)}
        onCompare={() => update((s) => ({ ...s, tool: 'compare' }))}
        onSwitchLocale={switchLocale}
        onSettings={() => setSettingsOpen(true)}
        onSignIn={() => setSignInOpen(true)}
      />
      <OfflineBanner />

      <div className="workspace" data-detail={parcel ? 'open' : 'closed'}>
        <aside id="sidebar" className="sidebar" data-open={listOpen} aria-label={t('search.title')}>
          <SearchPanel
            filters={filters}
            sort={state.sort}
            zones={zones.data?.items ?? []}
            onChange={setFilters}
            onSort={(sort: Sort) => update((s) => ({ ...s, sort, page: 1 }))}
          />
          <ParcelList
            query={search}
            summary={filterSummary(filters, zones.data?.items ?? [], locale)}
            page={state.page}
            selected={parcel}
            compare={state.compare}
            onPage={(page) => update((s) => ({ ...s, page }))}
            onOpen={openParcel}
            onCompare={toggleCompare}
          />
        </aside>

        <main className="map-area" aria-label={t('map.label')}>
          <MapView
            view={state.view}
            onViewChange={onViewChange}
            onSelectParcel={selectOnMap}
            selectedGeometry={selected?.geometry ?? null}
            fitTo={fitCode && selected?.code === fitCode ? selected.bbox : null}
            onFitted={onFitted}
            zones={zonesCollection}
            match={match}
            {...planMapProps(session, checking)}
            online={online}
            onOnlineBasemapFailed={() => setOnlineFailed(true)}
            onLayerError={setLayerError}
          />
          <Legend
            statuses={filters.statuses}
            filtered={hasActiveFilters(filters)}
            onToggle={(status: ParcelStatus) => setFilters({ ...filters, statuses: toggled(filters.statuses, status) })}
          />
          <div className="map-notes" aria-live="polite">
            {layerError && <p className="note note-error" role="alert">{t('map.layerError', { detail: layerError })}</p>}
            {onlineFailed && <p className="note note-warning">{t('settings.onlineFailed')}</p>}
            {!parcelsShown && <p className="note">{t('map.zoomToParcels')}</p>}
            {partialHighlight && <p className="note">{t('map.partialHighlight', { max: MATCH_LIMIT })}</p>}
          </div>
        </main>

        {parcel && (
          <aside className="detail-panel" aria-labelledby="detail-title" data-testid="detail-panel" data-map-overlay>
            {checking ? (
              <Suspense fallback={<Loading />}>
                <CheckTool parcel={selected} session={session} onClose={() => update((s) => ({ ...s, tool: null }))} onSignIn={() => setSignInOpen(true)} />
              </Suspense>
            ) : (
              <ParcelDetailPanel
                code={parcel}
                query={detail}
                inCompare={state.compare.includes(parcel)}
                compareFull={state.compare.length >= MAX_COMPARE}
                onClose={closeParcel}
                onCheck={() => update((s) => ({ ...s, tool: 'check' }))}
                onCompare={() => toggleCompare(parcel)}
                onZoom={() => setFitCode(parcel)}
              />
            )}
          </aside>
        )}
      </div>

      <CompareDialog
        open={tool === 'compare'}
        codes={state.compare}
        onClose={() => update((s) => ({ ...s, tool: null }))}
        onRemove={toggleCompare}
        onClear={() => update((s) => ({ ...s, compare: [] }))}
        onOpen={(code) => {
          update((s) => ({ ...s, tool: null, parcel: code }));
          setFitCode(code);
        }}
      />
      <SignInDialog open={signInOpen} onClose={() => setSignInOpen(false)} />
      <SettingsDialog
        open={settingsOpen}
        settings={basemap}
        onSave={(next) => {
          saveBasemapSettings(next);
          setBasemap(next);
          setOnlineFailed(false);
        }}
        onClose={() => setSettingsOpen(false)}
      />
    </div>
  );
}
