// React's side of the map: creates one AtlasMap, feeds it props, and renders what sits over the
// map (hover tooltip). It never touches OpenLayers objects itself.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { useEffect, useRef, useState } from 'react';
import type { SitePlan } from '../../../server/src/checks/site-plan';
import { PARCEL_STATUSES } from '../../../server/src/domain/parcel-status';
import { labelOf } from '../app/i18n';
import { useI18n } from '../app/locale';
import type { Bbox } from '../lib/api-types';
import { formatMu } from '../lib/format';
import { AtlasMap, type HoveredParcel, type MapMode, type MapViewState } from './atlas-map';
import type { OnlineBasemap } from './online-basemap';
import type { TileMatch } from './parcel-match';
import type { DrawShape } from './plan-editor';

export interface MapViewProps {
  view: MapViewState | null;
  onViewChange(view: MapViewState, bbox: Bbox, parcelsShown: boolean): void;
  onSelectParcel(code: string): void;
  selectedGeometry: Polygon | MultiPolygon | null;
  /** Fit the view to this bbox once, then call onFitted. */
  fitTo: Bbox | null;
  onFitted(): void;
  zones: FeatureCollection | null;
  match: TileMatch | null;
  mode: MapMode;
  plan: SitePlan;
  drawing: DrawShape | null;
  offending: readonly string[];
  selectedPlanFeature: string | null;
  onPlanDrawn(geometry: Polygon): void;
  onPlanModified(id: string, geometry: Polygon | MultiPolygon): void;
  onSelectPlanFeature(id: string | null): void;
  online: OnlineBasemap | null;
  onOnlineBasemapFailed(): void;
  onLayerError(message: string): void;
}

/** What end-to-end tests may ask the map (window.__atlas). */
export interface AtlasTestHandle {
  pixelFor(lon: number, lat: number): [number, number] | null;
  view(): MapViewState;
}

declare global {
  interface Window {
    __atlas?: AtlasTestHandle;
  }
}

const MARGIN = 48;

/**
 * Room to leave when fitting: panels marked `data-map-overlay` that float over the map (the parcel
 * as a bottom sheet on a phone, a side sheet on a tablet) must not hide what was fitted.
 */
function overlayPadding(map: HTMLElement): [number, number, number, number] {
  const m = map.getBoundingClientRect();
  const padding: [number, number, number, number] = [MARGIN, MARGIN, MARGIN, MARGIN];
  for (const overlay of document.querySelectorAll('[data-map-overlay]')) {
    const r = overlay.getBoundingClientRect();
    const overlapX = Math.min(r.right, m.right) - Math.max(r.left, m.left);
    const overlapY = Math.min(r.bottom, m.bottom) - Math.max(r.top, m.top);
    if (overlapX <= 0 || overlapY <= 0) continue;
    if (overlapX > m.width * 0.6) padding[2] = Math.max(padding[2], m.bottom - r.top + MARGIN / 2);
    else if (r.left > m.left) padding[1] = Math.max(padding[1], m.right - r.left + MARGIN / 2);
    else padding[3] = Math.max(padding[3], r.right - m.left + MARGIN / 2);
  }
  return padding;
}

export function MapView(props: MapViewProps) {
  const { t, locale } = useI18n();
  const element = useRef<HTMLDivElement>(null);
  const atlas = useRef<AtlasMap | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const [hovered, setHovered] = useState<HoveredParcel | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const map = new AtlasMap(element.current, '/tiles/parcels.json', {
      onMoveEnd: (view, bbox, parcelsShown) => latest.current.onViewChange(view, bbox, parcelsShown),
      onHover: setHovered,
      onSelectParcel: (code) => latest.current.onSelectParcel(code),
      onSelectPlanFeature: (id) => latest.current.onSelectPlanFeature(id),
      onDrawn: (geometry) => latest.current.onPlanDrawn(geometry),
      onModified: (id, geometry) => latest.current.onPlanModified(id, geometry),
      onLayerError: (message) => latest.current.onLayerError(message),
      onOnlineBasemapFailed: () => latest.current.onOnlineBasemapFailed(),
    });
    atlas.current = map;
    window.__atlas = { pixelFor: (lon, lat) => map.pixelFor(lon, lat), view: () => map.viewState() };
    return () => {
      map.dispose();
      atlas.current = null;
      window.__atlas = undefined;
    };
  }, []);

  const { view, fitTo, onFitted } = props;
  useEffect(() => {
    if (view) atlas.current?.setView(view);
  }, [view]);
  useEffect(() => {
    if (!fitTo || !element.current) return;
    atlas.current?.fitBbox(fitTo, overlayPadding(element.current));
    onFitted();
  }, [fitTo, onFitted]);
  useEffect(() => atlas.current?.setSelection(props.selectedGeometry), [props.selectedGeometry]);
  useEffect(() => atlas.current?.setZones(props.zones), [props.zones]);
  useEffect(() => atlas.current?.setMatch(props.match), [props.match]);
  useEffect(() => {
    atlas.current?.setMode(props.mode);
    if (props.mode === 'plan') setHovered(null);
  }, [props.mode]);
  useEffect(() => atlas.current?.setPlan(props.plan), [props.plan]);
  useEffect(() => atlas.current?.setDrawing(props.drawing), [props.drawing, props.mode]);
  useEffect(() => atlas.current?.setOffending(props.offending), [props.offending]);
  useEffect(() => atlas.current?.setSelectedPlanFeature(props.selectedPlanFeature), [props.selectedPlanFeature]);
  useEffect(() => atlas.current?.setOnlineBasemap(props.online), [props.online]);

  const status = hovered ? PARCEL_STATUSES.find((s) => s.code === hovered.status) : undefined;
  return (
    <div className="map-frame">
      <div ref={element} className="map" tabIndex={0} role="region" aria-label={t('map.label')} />
      {hovered && (
        <div
          className={hovered.pixel[0] > (element.current?.clientWidth ?? 0) - 220 ? 'map-tooltip map-tooltip-left' : 'map-tooltip'}
          style={{ left: hovered.pixel[0], top: hovered.pixel[1] }}
          aria-hidden="true"
        >
          <strong>{hovered.code}</strong>
          <span>{status ? labelOf(status, locale) : hovered.status}</span>
          <span>{formatMu(hovered.areaMu, locale)}</span>
        </div>
      )}
    </div>
  );
}
