// React's side of the staff map: creates one StaffMap, feeds it props, reports back through
// callbacks. Used by the import preview, the parcel editor and the review view.
import type { FeatureCollection } from 'geojson';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../app/locale';
import type { Bbox } from '../../lib/api-types';
import type { PreviewShape } from '../../map/import-preview-layer';
// Brings the type of window.__atlas, the map's handle for tests.
import type {} from '../../map/map-view';
import type { Outline, OutlineTool } from '../../map/outline-editor';
import { StaffMap } from '../../map/staff-map';

export interface StaffMapViewProps {
  label: string;
  zones: FeatureCollection | null;
  /** Fits the view whenever a new bbox arrives. */
  fitTo: Bbox | null;
  preview?: readonly PreviewShape[] | null;
  previewSelected?: number | null;
  onSelectPreview?(index: number | null): void;
  outline?: Outline | null;
  tool?: OutlineTool | null;
  snapping?: boolean;
  snapTargets?: readonly Outline[];
  onOutlineLive?(geometry: Outline): void;
  onOutlineChanged?(geometry: Outline): void;
  /** A parcel of the tiles was clicked (not while editing or previewing). */
  onSelectParcel?(code: string): void;
}

const NO_TARGETS: readonly Outline[] = [];

export function StaffMapView(props: StaffMapViewProps) {
  const { t } = useI18n();
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<StaffMap | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const [layerError, setLayerError] = useState<string | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const staffMap = new StaffMap(element.current, '/tiles/parcels.json', {
      onLayerError: setLayerError,
      onSelectParcel: (code) => latest.current.onSelectParcel?.(code),
      onSelectPreview: (index) => latest.current.onSelectPreview?.(index),
      onOutlineLive: (geometry) => latest.current.onOutlineLive?.(geometry),
      onOutlineChanged: (geometry) => latest.current.onOutlineChanged?.(geometry),
    });
    map.current = staffMap;
    window.__atlas = { pixelFor: (lon, lat) => staffMap.pixelFor(lon, lat), view: () => staffMap.viewState() };
    return () => {
      staffMap.dispose();
      map.current = null;
      window.__atlas = undefined;
    };
  }, []);

  useEffect(() => {
    if (props.fitTo) map.current?.fitBbox(props.fitTo);
  }, [props.fitTo]);
  useEffect(() => map.current?.setZones(props.zones), [props.zones]);
  useEffect(() => map.current?.setPreview(props.preview ?? null), [props.preview]);
  useEffect(() => map.current?.setPreviewSelected(props.previewSelected ?? null), [props.previewSelected]);
  useEffect(() => map.current?.setOutline(props.outline ?? null), [props.outline]);
  useEffect(() => map.current?.setOutlineTool(props.tool ?? null), [props.tool]);
  useEffect(() => map.current?.setSnapping(props.snapping ?? true), [props.snapping]);
  useEffect(() => map.current?.setSnapTargets(props.snapTargets ?? NO_TARGETS), [props.snapTargets]);

  // While drawing: Backspace drops the last corner, Esc abandons the drawing.
  const drawing = props.tool === 'draw';
  useEffect(() => {
    if (!drawing) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement) return;
      if (event.key === 'Backspace') {
        event.preventDefault();
        map.current?.removeLastPoint();
      } else if (event.key === 'Escape') {
        map.current?.abortDrawing();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [drawing]);

  return (
    <div className="map-frame">
      <div ref={element} className="map" tabIndex={0} role="region" aria-label={props.label} />
      {layerError && (
        <p className="note note-error staff-map-note" role="alert">
          {t('map.layerError', { detail: layerError })}
        </p>
      )}
    </div>
  );
}
