// The A4 parcel sheet itself (地块单): what a hall agent hands an applicant. One page: the parcel's
// facts beside its map, the indicators, the regional assessments with their validity, the site
// conditions, where to ask, the print date, and a QR code that opens the same record online.
import type { MultiPolygon, Polygon } from 'geojson';
import { ASSESSMENT_CONCLUSIONS, ASSESSMENT_TYPES } from '../../../../server/src/domain/assessments';
import { INFRASTRUCTURE } from '../../../../server/src/domain/parcel-status';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import type { ParcelAssessment, ParcelDetail } from '../../lib/api-types';
import { IndicatorTable } from '../parcels/indicator-table';
import { parcelUrl } from '../parcels/share-box';
import { useQrCode } from '../parcels/use-qr-code';
import { formatLongDate, localIsoDate } from './long-date';
import { MapSnapshot, type MapState } from './map-snapshot';
import { parcelFacts } from './parcel-facts';

interface Props {
  parcel: ParcelDetail;
  zone: Polygon | MultiPolygon | null;
  onMapState(state: MapState): void;
}

function AssessmentRow({ assessment }: { assessment: ParcelAssessment }) {
  const { t, locale } = useI18n();
  const type = ASSESSMENT_TYPES.find((a) => a.code === assessment.type);
  const conclusion = ASSESSMENT_CONCLUSIONS.find((c) => c.code === assessment.conclusion);
  return (
    <tr className={assessment.expired ? 'sheet-expired' : undefined}>
      <th scope="row">{type ? labelOf(type, locale) : assessment.type}</th>
      <td>{conclusion ? labelOf(conclusion, locale) : assessment.conclusion}</td>
      <td>{t(assessment.scope === 'zone' ? 'detail.assessmentScopeZone' : 'detail.assessmentScopeParcel')}</td>
      <td>{assessment.documentNo ?? t('common.none')}</td>
      <td>
        {assessment.validUntil ?? t('common.none')}
        {assessment.expired && <strong className="sheet-flag"> {t('detail.expired')}</strong>}
      </td>
    </tr>
  );
}

function Assessments({ assessments }: { assessments: readonly ParcelAssessment[] }) {
  const { t } = useI18n();
  if (assessments.length === 0) return <p className="sheet-empty">{t('detail.noAssessments')}</p>;
  return (
    <table className="sheet-table">
      <thead>
        <tr>
          <th scope="col">{t('sheet.assessment')}</th>
          <th scope="col">{t('sheet.conclusion')}</th>
          <th scope="col">{t('sheet.scope')}</th>
          <th scope="col">{t('sheet.documentNo')}</th>
          <th scope="col">{t('sheet.validUntil')}</th>
        </tr>
      </thead>
      <tbody>
        {assessments.map((a) => (
          <AssessmentRow key={`${a.scope}-${a.type}`} assessment={a} />
        ))}
      </tbody>
    </table>
  );
}

export function ParcelSheet({ parcel, zone, onMapState }: Props) {
  const { t, locale } = useI18n();
  const url = parcelUrl(parcel.code);
  const qr = useQrCode(url);
  const infrastructure = INFRASTRUCTURE.filter((i) => parcel.infrastructure?.includes(i.code)).map((i) => labelOf(i, locale));
  return (
    <article className="sheet" aria-labelledby="sheet-title" data-testid="sheet">
      <header className="sheet-header">
        <div>
          <p className="sheet-kicker">
            {t('app.title')} · {t('sheet.title')}
          </p>
          <h1 id="sheet-title">{parcel.name}</h1>
        </div>
        <p className="sheet-code">{parcel.code}</p>
      </header>

      <div className="sheet-top">
        <dl className="sheet-facts">
          {parcelFacts(parcel, locale).map((fact) => (
            <div key={fact.id} className="sheet-fact">
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
        <MapSnapshot parcel={parcel} zone={zone} onState={onMapState} />
      </div>

      <section className="sheet-section" aria-labelledby="sheet-indicators">
        <h2 id="sheet-indicators">{t('detail.indicators')}</h2>
        <IndicatorTable indicators={parcel.indicators} />
      </section>

      <section className="sheet-section" aria-labelledby="sheet-assessments">
        <h2 id="sheet-assessments">{t('detail.assessments')}</h2>
        <Assessments assessments={parcel.assessments} />
      </section>

      <section className="sheet-section sheet-infrastructure" aria-labelledby="sheet-infrastructure">
        <h2 id="sheet-infrastructure">{t('detail.infrastructure')}</h2>
        <p>{infrastructure.length > 0 ? infrastructure.join(locale === 'zh' ? '、' : ', ') : t('detail.noInfrastructure')}</p>
      </section>

      <footer className="sheet-footer">
        <div className="sheet-footer-text">
          <p className="sheet-consult">{t('sheet.consult', { zone: parcel.zone.name })}</p>
          <p>{t('sheet.printedOn', { date: formatLongDate(localIsoDate(new Date()), locale) })}</p>
          <p className="sheet-url">{url}</p>
        </div>
        <figure className="sheet-qr">
          {qr && <img src={qr} alt={t('detail.qr', { code: parcel.code })} data-testid="sheet-qr" />}
          <figcaption>{t('sheet.qrCaption')}</figcaption>
        </figure>
      </footer>
    </article>
  );
}
