// Everything an investor asks about one parcel: where, how big, what for, at what price, under
// which indicators, with which regional assessments and site conditions; plus share, check, compare
// and the printable sheet.
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { LAND_USES } from '../../../../server/src/domain/land-use';
import { INFRASTRUCTURE, SUPPLY_METHODS } from '../../../../server/src/domain/parcel-status';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { Fact } from '../../components/fact';
import { ErrorState, Loading } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import type { ParcelDetail as Parcel } from '../../lib/api-types';
import { formatM2, formatMu, formatNumber, formatWanYuan, m2ToMu } from '../../lib/format';
import { sheetPath } from '../sheet/sheet-path';
import { LinkedRecords } from '../commitments/linked-records';
import { ApplicablePolicies } from '../policies/applicable-policies';
import { AssessmentList } from './assessment-list';
import { IndicatorTable } from './indicator-table';
import { ShareBox } from './share-box';
import { StatusBadge } from './status-badge';

interface Props {
  code: string;
  query: UseQueryResult<Parcel>;
  inCompare: boolean;
  compareFull: boolean;
  onClose(): void;
  onCheck(): void;
  onCompare(): void;
  onZoom(): void;
}

function Body({ parcel, props }: { parcel: Parcel; props: Props }) {
  const { t, locale } = useI18n();
  const landUse = LAND_USES.find((l) => l.code === parcel.landUseCode);
  const supply = SUPPLY_METHODS.find((s) => s.code === parcel.supplyMethod);
  const infrastructure = parcel.infrastructure ?? [];
  const { area } = parcel;
  return (
    <>
      <header className="detail-header">
        <div>
          <p className="eyebrow">{t('detail.title')}</p>
          <h2 id="detail-title">{parcel.name}</h2>
          <p className="detail-code">{parcel.code}</p>
        </div>
        <button type="button" className="icon-button" onClick={props.onClose} aria-label={t('common.close')}>
          ×
        </button>
      </header>
      <div className="detail-actions">
        <button type="button" className="button" onClick={props.onCheck} data-testid="open-check">
          {t('detail.check')}
        </button>
        <button type="button" className="button button-secondary" aria-pressed={props.inCompare} disabled={!props.inCompare && props.compareFull} onClick={props.onCompare}>
          {props.inCompare ? t('list.comparing') : t('detail.compare')}
        </button>
        <button type="button" className="button button-secondary" onClick={props.onZoom}>
          {t('detail.zoomTo')}
        </button>
        <Link className="button button-secondary" to={sheetPath(parcel.code, locale)} data-testid="open-sheet">
          {t('detail.printSheet')}
        </Link>
      </div>
      <dl className="facts">
        <Fact label={t('detail.status')}>
          <StatusBadge status={parcel.status} />
        </Fact>
        <Fact label={t('detail.zone')}>{parcel.zone.name}</Fact>
        <Fact label={t('detail.division')}>
          {parcel.zone.cityName} {parcel.zone.countyName}
        </Fact>
        <Fact label={t('detail.location')}>{parcel.location}</Fact>
        <Fact label={t('detail.area')}>
          <span className="area-main">{formatMu(area.mu, locale)}</span> <span className="muted">({formatM2(area.m2)})</span>
          <span className="fine-print">{t('detail.areaNote', { srid: area.gkSrid })}</span>
        </Fact>
        {area.declaredM2 !== null && (
          <Fact label={t('detail.declaredArea')}>
            {formatM2(area.declaredM2)} <span className="muted">({formatMu(m2ToMu(area.declaredM2), locale)})</span>
            {area.declaredDiffPct !== null && (
              <span className={Math.abs(area.declaredDiffPct) >= 1 ? 'fine-print flag-warning-text' : 'fine-print'}>
                {t('detail.declaredDiff', { pct: `${area.declaredDiffPct > 0 ? '+' : ''}${formatNumber(area.declaredDiffPct, 3)}%` })}
              </span>
            )}
          </Fact>
        )}
        <Fact label={t('detail.landUse')}>{landUse ? labelOf(landUse, locale) : parcel.landUseCode}</Fact>
        <Fact label={t('detail.supplyMethod')}>{supply ? labelOf(supply, locale) : t('common.none')}</Fact>
        <Fact label={t('detail.transferTerm')}>{parcel.transferTermYears !== null ? t('detail.years', { n: parcel.transferTermYears }) : t('common.none')}</Fact>
        <Fact label={t('detail.reservePrice')}>{parcel.reservePriceWanYuan !== null ? formatWanYuan(parcel.reservePriceWanYuan, locale) : t('common.none')}</Fact>
        {parcel.listedOn && <Fact label={t('detail.listedOn')}>{parcel.listedOn}</Fact>}
      </dl>

      <section aria-labelledby="indicators-title">
        <h3 id="indicators-title">{t('detail.indicators')}</h3>
        <IndicatorTable indicators={parcel.indicators} />
      </section>

      <section aria-labelledby="planning-title">
        <h3 id="planning-title">{t('detail.planning')}</h3>
        <dl className="facts facts-compact">
          <Fact label={t('detail.heightLimit')}>{parcel.planning.heightLimitM !== null ? `≤ ${formatNumber(parcel.planning.heightLimitM)} m` : t('common.none')}</Fact>
          <Fact label={t('detail.setback')}>{parcel.planning.setbackM !== null ? `≥ ${formatNumber(parcel.planning.setbackM)} m` : t('common.none')}</Fact>
        </dl>
      </section>

      <section aria-labelledby="infra-title">
        <h3 id="infra-title">{t('detail.infrastructure')}</h3>
        {infrastructure.length === 0 ? (
          <p className="state state-empty">{t('detail.noInfrastructure')}</p>
        ) : (
          <ul className="tag-list">
            {INFRASTRUCTURE.filter((i) => infrastructure.includes(i.code)).map((i) => (
              <li key={i.code} className="tag">
                {labelOf(i, locale)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="assessments-title">
        <h3 id="assessments-title">{t('detail.assessments')}</h3>
        <AssessmentList assessments={parcel.assessments} />
      </section>

      <LinkedRecords parcel={parcel} />
      <ApplicablePolicies parcelCode={parcel.code} limit={5} headingLevel="h3" />

      <section aria-labelledby="share-title">
        <h3 id="share-title">{t('detail.share')}</h3>
        <ShareBox code={parcel.code} />
      </section>
    </>
  );
}

export function ParcelDetailPanel(props: Props) {
  const { t } = useI18n();
  const { query, code } = props;
  if (query.isPending) return <Loading />;
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="detail-error">
        <button type="button" className="icon-button detail-error-close" onClick={props.onClose} aria-label={t('common.close')}>
          ×
        </button>
        {notFound ? <p className="state state-empty" role="alert">{t('detail.notFound', { code })}</p> : <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      </div>
    );
  }
  return <Body parcel={query.data} props={props} />;
}
