// One parcel on the hall screen: its map on one side; on the other its key facts, the indicators
// with their bounds in words, the regional assessments, or the live check ("项目能否落地"), which
// is the investor view's own check tool, shown larger.
import type { UseQueryResult } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/locale';
import { ErrorState, Loading } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import type { ParcelDetail } from '../../lib/api-types';
import { useZones } from '../../lib/queries';
import { MapView } from '../../map/map-view';
import { zoneFeatureCollection } from '../../map/zone-features';
import { planMapProps, useCheckSession } from '../checks/use-check-session';
import { LinkedRecords } from '../commitments/linked-records';
import { ApplicablePolicies } from '../policies/applicable-policies';
import { AssessmentList } from '../parcels/assessment-list';
import { IndicatorTable } from '../parcels/indicator-table';
import { StatusBadge } from '../parcels/status-badge';
import { parcelFacts } from '../sheet/parcel-facts';
import { sheetPath } from '../sheet/sheet-path';

// The check engine loads only when the agent opens the check.
const CheckTool = lazy(() => import('../checks/check-tool'));

interface Props {
  code: string;
  query: UseQueryResult<ParcelDetail>;
  checking: boolean;
  onBack(): void;
  onCheck(open: boolean): void;
  onSelect(code: string): void;
  onSignIn(): void;
}

const ignore = () => undefined;

function Facts({ parcel }: { parcel: ParcelDetail }) {
  const { t, locale } = useI18n();
  // Code and status are in the heading already.
  const facts = parcelFacts(parcel, locale).filter((f) => f.id !== 'code' && f.id !== 'status');
  return (
    <section aria-labelledby="hall-facts-title">
      <h3 id="hall-facts-title">{t('hall.facts')}</h3>
      <dl className="hall-facts">
        {facts.map((fact) => (
          <div key={fact.id} className={`hall-fact hall-fact-${fact.id}`}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ParcelInfo({ parcel, onCheck }: { parcel: ParcelDetail; onCheck(): void }) {
  const { t, locale } = useI18n();
  return (
    <>
      <header className="hall-parcel-head">
        <h2 id="hall-parcel-title">{parcel.name}</h2>
        <p className="hall-parcel-code">
          {parcel.code} <StatusBadge status={parcel.status} />
        </p>
      </header>
      <div className="hall-actions">
        <button type="button" className="button" onClick={onCheck} data-testid="hall-check">
          {t('hall.check')}
        </button>
        <Link className="button button-secondary" to={sheetPath(parcel.code, locale)} data-testid="open-sheet">
          {t('detail.printSheet')}
        </Link>
      </div>
      <Facts parcel={parcel} />
      <section aria-labelledby="hall-indicators-title">
        <h3 id="hall-indicators-title">{t('detail.indicators')}</h3>
        <IndicatorTable indicators={parcel.indicators} />
      </section>
      <section aria-labelledby="hall-assessments-title">
        <h3 id="hall-assessments-title">{t('detail.assessments')}</h3>
        <AssessmentList assessments={parcel.assessments} />
      </section>
      <LinkedRecords parcel={parcel} variant="hall" />
      <ApplicablePolicies parcelCode={parcel.code} limit={5} headingLevel="h3" />
    </>
  );
}

export function HallParcel({ code, query, checking, onBack, onCheck, onSelect, onSignIn }: Props) {
  const { t } = useI18n();
  const zones = useZones();
  const session = useCheckSession(code);
  const parcel = query.data && query.data.code === code ? query.data : null;
  const inCheck = checking && parcel !== null;
  const zonesCollection = useMemo<FeatureCollection | null>(() => (zones.data ? zoneFeatureCollection(zones.data.items) : null), [zones.data]);
  const [layerError, setLayerError] = useState<string | null>(null);
  // Zoom to each parcel as it is chosen, once it has arrived.
  const [fitCode, setFitCode] = useState<string | null>(code);
  useEffect(() => setFitCode(code), [code]);
  const onFitted = useCallback(() => setFitCode(null), []);

  const { drawing, setDrawing } = session;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && drawing && !document.querySelector('dialog[open]')) setDrawing(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [drawing, setDrawing]);

  let panel;
  if (query.isPending) panel = <Loading />;
  else if (query.isError) {
    panel =
      query.error instanceof ApiError && query.error.status === 404 ? (
        <p className="state state-empty" role="alert">
          {t('detail.notFound', { code })}
        </p>
      ) : (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      );
  } else if (!parcel) panel = <Loading />;
  else if (inCheck) {
    panel = (
      <Suspense fallback={<Loading />}>
        <CheckTool parcel={parcel} session={session} onClose={() => onCheck(false)} onSignIn={onSignIn} />
      </Suspense>
    );
  } else panel = <ParcelInfo parcel={parcel} onCheck={() => onCheck(true)} />;

  return (
    <div className="hall-parcel" data-checking={inCheck}>
      <div className="hall-map">
        <MapView
          view={null}
          onViewChange={ignore}
          onSelectParcel={onSelect}
          selectedGeometry={parcel?.geometry ?? null}
          fitTo={parcel && fitCode === parcel.code ? parcel.bbox : null}
          onFitted={onFitted}
          zones={zonesCollection}
          match={null}
          {...planMapProps(session, inCheck)}
          online={null}
          onOnlineBasemapFailed={ignore}
          onLayerError={setLayerError}
        />
        {layerError && (
          <p className="note note-error hall-map-note" role="alert">
            {t('map.layerError', { detail: layerError })}
          </p>
        )}
      </div>
      <section className="hall-panel" aria-labelledby={inCheck ? 'detail-title' : 'hall-parcel-title'} data-testid="hall-panel">
        <button type="button" className="button button-secondary hall-back" onClick={onBack}>
          ← {t('hall.backToResults')}
        </button>
        {panel}
      </section>
    </div>
  );
}
