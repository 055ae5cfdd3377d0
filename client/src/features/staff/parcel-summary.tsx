// A parcel as a reviewer checks it: the record's attributes, indicators and planning conditions,
// read-only, next to its outline on the map.
import { LAND_USES } from '../../../../server/src/domain/land-use';
import { INFRASTRUCTURE, SUPPLY_METHODS } from '../../../../server/src/domain/parcel-status';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { Fact } from '../../components/fact';
import { formatM2, formatMu, formatNumber, formatWanYuan, m2ToMu } from '../../lib/format';
import { IndicatorTable } from '../parcels/indicator-table';
import { GeometryEditor } from './geometry-editor';
import type { StaffParcelDetail } from './staff-api';

export function ParcelSummary({ parcel }: { parcel: StaffParcelDetail }) {
  const { t, locale } = useI18n();
  const none = t('common.none');
  const landUse = LAND_USES.find((l) => l.code === parcel.landUseCode);
  const supply = SUPPLY_METHODS.find((s) => s.code === parcel.supplyMethod);
  const infrastructure = INFRASTRUCTURE.filter((i) => (parcel.infrastructure ?? []).includes(i.code));
  return (
    <div className="editor-grid">
      <div className="editor-form">
        <section className="staff-card" aria-labelledby="facts-title">
          <h3 id="facts-title">{t('staff.editor.attributes')}</h3>
          <dl className="facts">
            <Fact label={t('detail.zone')}>
              {parcel.zone.name} <span className="muted">({parcel.zone.cityName} {parcel.zone.countyName})</span>
            </Fact>
            <Fact label={t('detail.location')}>{parcel.location || none}</Fact>
            <Fact label={t('detail.area')}>
              <span className="area-main">{formatMu(parcel.area.mu, locale)}</span> <span className="muted">({formatM2(parcel.area.m2)})</span>
            </Fact>
            <Fact label={t('detail.declaredArea')}>{parcel.area.declaredM2 === null ? none : `${formatM2(parcel.area.declaredM2)} (${formatMu(m2ToMu(parcel.area.declaredM2), locale)})`}</Fact>
            <Fact label={t('detail.landUse')}>{landUse ? `${landUse.code} ${labelOf(landUse, locale)}` : parcel.landUseCode}</Fact>
            <Fact label={t('staff.field.industryCode')}>{parcel.industryCode ?? none}</Fact>
            <Fact label={t('detail.supplyMethod')}>{supply ? labelOf(supply, locale) : none}</Fact>
            <Fact label={t('detail.transferTerm')}>{parcel.transferTermYears === null ? none : t('detail.years', { n: parcel.transferTermYears })}</Fact>
            <Fact label={t('detail.reservePrice')}>{parcel.reservePriceWanYuan === null ? none : formatWanYuan(parcel.reservePriceWanYuan, locale)}</Fact>
            <Fact label={t('detail.heightLimit')}>{parcel.planning.heightLimitM === null ? none : `≤ ${formatNumber(parcel.planning.heightLimitM)} m`}</Fact>
            <Fact label={t('detail.setback')}>{parcel.planning.setbackM === null ? none : `≥ ${formatNumber(parcel.planning.setbackM)} m`}</Fact>
            <Fact label={t('detail.infrastructure')}>{infrastructure.length === 0 ? none : infrastructure.map((i) => labelOf(i, locale)).join(locale === 'zh' ? '、' : ', ')}</Fact>
          </dl>
        </section>
        <section className="staff-card" aria-labelledby="indicators-title">
          <h3 id="indicators-title">{t('detail.indicators')}</h3>
          <IndicatorTable indicators={parcel.indicators} />
        </section>
      </div>
      <div className="editor-side">
        <GeometryEditor parcel={parcel} geometry={parcel.geometry} editable={false} onChange={() => undefined} />
      </div>
    </div>
  );
}
