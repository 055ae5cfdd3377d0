// The printable parcel sheet at /parcels/:code/sheet: an A4 preview on screen with "print / save as
// PDF" (window.print()), and a print stylesheet that puts the sheet alone on one page.
import './sheet.css';
import type { MultiPolygon, Polygon } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { LocaleProvider, useI18n } from '../../app/locale';
import { useUrlLocale } from '../../app/use-url-locale';
import { ErrorState, Loading } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import { useParcel, useZones } from '../../lib/queries';
import type { MapState } from './map-snapshot';
import { ParcelSheet } from './parcel-sheet';

export default function SheetPage() {
  const { code = '' } = useParams();
  const [locale] = useUrlLocale();
  return (
    <LocaleProvider locale={locale}>
      <Sheet code={code} />
    </LocaleProvider>
  );
}

function Sheet({ code }: { code: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const query = useParcel(code);
  const zones = useZones();
  const [mapState, setMapState] = useState<MapState>('drawing');
  const parcel = query.data && query.data.code === code ? query.data : null;
  const zone = useMemo<Polygon | MultiPolygon | null>(
    () => zones.data?.items.find((z) => z.code === parcel?.zone.code)?.geometry ?? null,
    [zones.data, parcel?.zone.code],
  );

  // The title is also the file name a "save as PDF" suggests.
  useEffect(() => {
    document.title = parcel ? `${t('sheet.title')} ${parcel.code} ${parcel.name}` : `${t('sheet.title')} · ${t('app.title')}`;
  }, [parcel, t]);

  // Back to wherever the sheet was opened from; a sheet opened directly goes to its parcel.
  const back = () => (location.key !== 'default' ? void navigate(-1) : void navigate(`/?parcel=${encodeURIComponent(code)}`));

  let body;
  if (query.isPending) body = <Loading />;
  else if (query.isError) {
    body =
      query.error instanceof ApiError && query.error.status === 404 ? (
        <p className="state state-empty" role="alert">
          {t('detail.notFound', { code })}
        </p>
      ) : (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      );
  } else if (!parcel || zones.isPending) body = <Loading />;
  else body = <ParcelSheet key={parcel.code} parcel={parcel} zone={zone} onMapState={setMapState} />;

  const printable = parcel !== null && !zones.isPending && mapState !== 'drawing';
  return (
    <div className="sheet-page" data-map={parcel && !zones.isPending ? mapState : undefined}>
      <nav className="sheet-toolbar" aria-label={t('sheet.title')}>
        <button type="button" className="button button-secondary" onClick={back}>
          ← {t('sheet.back')}
        </button>
        <button type="button" className="button" disabled={!printable} onClick={() => window.print()} data-testid="print-sheet">
          {printable || !parcel ? t('sheet.print') : t('sheet.preparingMap')}
        </button>
      </nav>
      {body}
    </div>
  );
}
