// The current filter in a few words, shown above the list ("挂牌中 · 二类工业用地 · 50–200 亩"), so a
// list reached from a shared link or on a phone says what it is a list of.
import { INDICATORS } from '../../../../server/src/domain/indicators';
import { LAND_USES } from '../../../../server/src/domain/land-use';
import { PARCEL_STATUSES } from '../../../../server/src/domain/parcel-status';
import { labelOf, type Locale, translate } from '../../app/i18n';
import type { ParcelFilters } from '../../app/url-state';
import type { Zone } from '../../lib/api-types';
import { formatNumber, unitLabel } from '../../lib/format';

function range(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${formatNumber(min)}–${formatNumber(max)}`;
  return min !== null ? `≥ ${formatNumber(min)}` : `≤ ${formatNumber(max ?? 0)}`;
}

function withUnitText(text: string, unit: string): string {
  if (unit === '') return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

export function filterSummary(filters: ParcelFilters, zones: readonly Zone[], locale: Locale): string[] {
  const parts: string[] = [];
  if (filters.q !== '') parts.push(`“${filters.q}”`);
  for (const code of filters.zones) parts.push(zones.find((z) => z.code === code)?.name ?? code);
  if (filters.division) {
    const zone = zones.find((z) => z.cityCode === filters.division || z.countyCode === filters.division);
    parts.push(zone ? (zone.cityCode === filters.division ? zone.cityName : zone.countyName) : filters.division);
  }
  const statuses = PARCEL_STATUSES.filter((s) => filters.statuses.includes(s.code)).map((s) => labelOf(s, locale));
  if (statuses.length > 0) parts.push(statuses.join(locale === 'zh' ? '、' : ', '));
  const landUses = LAND_USES.filter((l) => filters.landUses.includes(l.code)).map((l) => labelOf(l, locale));
  if (landUses.length > 0) parts.push(landUses.join(locale === 'zh' ? '、' : ', '));
  if (filters.areaMuMin !== null || filters.areaMuMax !== null) parts.push(`${range(filters.areaMuMin, filters.areaMuMax)} ${translate(locale, 'unit.mu')}`);
  for (const r of filters.indicators) {
    const definition = INDICATORS.find((d) => d.key === r.key);
    if (!definition) continue;
    parts.push(`${labelOf(definition, locale)} ${withUnitText(range(r.min, r.max), unitLabel(definition.unit, locale))}`);
  }
  if (filters.inView) parts.push(translate(locale, 'search.inView'));
  return parts;
}
