// React's side of the sheet's map: creates one ParcelSnapshotMap off screen, waits for its image
// and shows that <img> in its place; reports whether the map is ready for printing.
import type { MultiPolygon, Polygon } from 'geojson';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../app/locale';
import { Loading } from '../../components/query-state';
import type { ParcelDetail } from '../../lib/api-types';
import { ParcelSnapshotMap } from './parcel-snapshot-map';

export type MapState = 'drawing' | 'ready' | 'failed';

interface Props {
  parcel: ParcelDetail;
  zone: Polygon | MultiPolygon | null;
  onState(state: MapState): void;
}

export function MapSnapshot({ parcel, zone, onState }: Props) {
  const { t } = useI18n();
  const work = useRef<HTMLDivElement>(null);
  const [image, setImage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const latestOnState = useRef(onState);
  latestOnState.current = onState;

  useEffect(() => {
    if (!work.current) return;
    let cancelled = false;
    setImage(null);
    setProblem(null);
    latestOnState.current('drawing');
    const map = new ParcelSnapshotMap(work.current, { geometry: parcel.geometry, bbox: parcel.bbox, zone, tileJsonUrl: '/tiles/parcels.json' });
    map
      .snapshot()
      .then(
        (url) => {
          if (cancelled) return;
          setImage(url);
          latestOnState.current('ready');
        },
        (err: unknown) => {
          if (cancelled) return;
          setProblem(err instanceof Error ? err.message : String(err));
          latestOnState.current('failed');
        },
      )
      .finally(() => map.dispose());
    return () => {
      cancelled = true;
      map.dispose();
    };
  }, [parcel.geometry, parcel.bbox, zone]);

  return (
    <figure className="sheet-map">
      {image ? (
        <img src={image} alt={t('sheet.mapAlt', { code: parcel.code })} data-testid="sheet-map" />
      ) : problem ? (
        <p className="state state-error">{t('sheet.mapFailed', { detail: problem })}</p>
      ) : (
        <Loading label={t('sheet.preparingMap')} />
      )}
      <figcaption>{t('settings.basemapNote')}</figcaption>
      {/* The live map the image is taken from: laid out (OpenLayers needs a size) but out of sight. */}
      <div ref={work} className="sheet-map-work" aria-hidden="true" />
    </figure>
  );
}
