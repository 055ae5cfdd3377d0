// A parcel's key facts as labelled text, in the order the hall screen and the printed sheet show
// them: where, how big (m² and 亩), what for, in which state, how and at what price it is supplied.
// Pure: labels come from the dictionary and the shared code lists, numbers from lib/format.
import { LAND_USES } from '../../../../server/src/domain/land-use';
import { PARCEL_STATUSES, SUPPLY_METHODS } from '../../../../server/src/domain/parcel-status';
import { labelOf, type Locale, type MessageId, type MessageParams, translate } from '../../app/i18n';
import type { ParcelDetail } from '../../lib/api-types';
import { formatM2, formatMu, formatNumber, formatWanYuan } from '../../lib/format';

export type FactId = 'code' | 'zone' | 'division' | 'location' | 'area' | 'landUse' | 'status' | 'supplyMethod' | 'transferTerm' | 'reservePrice' | 'listedOn' | 'planning';

export interface Fact {
  id: FactId;
  label: string;
  value: string;
}

/** Height limit and setback in one line, "≤ 30 m；≥ 9 m", or null when neither is set. */
function planningText(parcel: ParcelDetail, locale: Locale): string | null {
  const { heightLimitM, setbackM } = parcel.planning;
  const parts = [
    heightLimitM !== null ? `${translate(locale, 'detail.heightLimit')} ≤ ${formatNumber(heightLimitM)} m` : null,
    setbackM !== null ? `${translate(locale, 'detail.setback')} ≥ ${formatNumber(setbackM)} m` : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(locale === 'zh' ? '；' : '; ') : null;
}

export function parcelFacts(parcel: ParcelDetail, locale: Locale): Fact[] {
  const t = (id: MessageId, params?: MessageParams) => translate(locale, id, params);
  const none = t('common.none');
  const landUse = LAND_USES.find((l) => l.code === parcel.landUseCode);
  const status = PARCEL_STATUSES.find((s) => s.code === parcel.status);
  const supply = SUPPLY_METHODS.find((s) => s.code === parcel.supplyMethod);
  const planning = planningText(parcel, locale);
  const facts: (Fact | null)[] = [
    { id: 'code', label: t('detail.code'), value: parcel.code },
    { id: 'zone', label: t('detail.zone'), value: parcel.zone.name },
    { id: 'division', label: t('detail.division'), value: `${parcel.zone.cityName} ${parcel.zone.countyName}` },
    { id: 'location', label: t('detail.location'), value: parcel.location },
    { id: 'area', label: t('detail.area'), value: `${formatM2(parcel.area.m2)} / ${formatMu(parcel.area.mu, locale)}` },
    { id: 'landUse', label: t('detail.landUse'), value: landUse ? labelOf(landUse, locale) : parcel.landUseCode },
    { id: 'status', label: t('detail.status'), value: status ? labelOf(status, locale) : parcel.status },
    { id: 'supplyMethod', label: t('detail.supplyMethod'), value: supply ? labelOf(supply, locale) : none },
    { id: 'transferTerm', label: t('detail.transferTerm'), value: parcel.transferTermYears !== null ? t('detail.years', { n: parcel.transferTermYears }) : none },
    { id: 'reservePrice', label: t('detail.reservePrice'), value: parcel.reservePriceWanYuan !== null ? formatWanYuan(parcel.reservePriceWanYuan, locale) : none },
    parcel.listedOn ? { id: 'listedOn', label: t('detail.listedOn'), value: parcel.listedOn } : null,
    planning ? { id: 'planning', label: t('detail.planning'), value: planning } : null,
  ];
  return facts.filter((f): f is Fact => f !== null);
}
