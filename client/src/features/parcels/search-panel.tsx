// Search and filters. Every change goes to the URL (the list, the map and a shared link follow it);
// typed fields commit after a short pause.
import { useId, useMemo } from 'react';
import { INDICATORS, type IndicatorKey } from '../../../../server/src/domain/indicators';
import { LAND_USES, type LandUseCode } from '../../../../server/src/domain/land-use';
import { PARCEL_STATUSES, type ParcelStatus } from '../../../../server/src/domain/parcel-status';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { EMPTY_FILTERS, hasActiveFilters, type IndicatorRange, NUMERIC_INDICATORS, type ParcelFilters, type Sort, SORTS } from '../../app/url-state';
import type { Zone } from '../../lib/api-types';
import { unitLabel } from '../../lib/format';
import { useDraft } from './use-draft';
import { ZoneSelect } from '../../components/zone-select';

interface Props {
  filters: ParcelFilters;
  sort: Sort;
  zones: readonly Zone[];
  onChange(filters: ParcelFilters): void;
  onSort(sort: Sort): void;
}

function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

const numberText = (value: number | null) => (value === null ? '' : String(value));
const textNumber = (text: string): number | null => {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? n : null;
};

/** Cities, each followed by its counties, from the zones that have parcels. */
function divisionOptions(zones: readonly Zone[]): { code: string; name: string; county: boolean }[] {
  const cities = new Map<string, { name: string; counties: Map<string, string> }>();
  for (const z of zones) {
    const city = cities.get(z.cityCode) ?? { name: z.cityName, counties: new Map() };
    city.counties.set(z.countyCode, z.countyName);
    cities.set(z.cityCode, city);
  }
  return [...cities.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([code, city]) => [
      { code, name: city.name, county: false },
      ...[...city.counties.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([c, name]) => ({ code: c, name, county: true })),
    ]);
}

function NumberField({ label, value, onCommit }: { label: string; value: number | null; onCommit(value: number | null): void }) {
  const [draft, setDraft] = useDraft(numberText(value), (text) => onCommit(textNumber(text)));
  return (
    <label className="field field-number">
      <span>{label}</span>
      <input type="number" inputMode="decimal" min={0} step="any" value={draft} onChange={(e) => setDraft(e.target.value)} />
    </label>
  );
}

function IndicatorRangeRow({ range, onChange, onRemove }: { range: IndicatorRange; onChange(range: IndicatorRange): void; onRemove(): void }) {
  const { t, locale } = useI18n();
  const definition = INDICATORS.find((i) => i.key === range.key);
  const unit = definition ? unitLabel(definition.unit, locale) : '';
  return (
    <fieldset className="indicator-range">
      <legend className="visually-hidden">{definition ? labelOf(definition, locale) : range.key}</legend>
      <label className="field">
        <span>{t('search.indicatorKey')}</span>
        <select value={range.key} onChange={(e) => onChange({ ...range, key: e.target.value as IndicatorKey })}>
          {NUMERIC_INDICATORS.map((key) => {
            const d = INDICATORS.find((i) => i.key === key);
            return (
              <option key={key} value={key}>
                {d ? labelOf(d, locale) : key}
              </option>
            );
          })}
        </select>
      </label>
      <div className="range-pair">
        <NumberField label={`${t('search.min')}${unit ? ` (${unit})` : ''}`} value={range.min} onCommit={(min) => onChange({ ...range, min })} />
        <NumberField label={`${t('search.max')}${unit ? ` (${unit})` : ''}`} value={range.max} onCommit={(max) => onChange({ ...range, max })} />
      </div>
      <button type="button" className="link-button" onClick={onRemove}>
        {t('common.remove')}
      </button>
    </fieldset>
  );
}

export function SearchPanel({ filters, sort, zones, onChange, onSort }: Props) {
  const { t, locale } = useI18n();
  const id = useId();
  const [q, setQ] = useDraft(filters.q, (value) => onChange({ ...filters, q: value.trim() }));
  const divisions = useMemo(() => divisionOptions(zones), [zones]);
  const set = (patch: Partial<ParcelFilters>) => onChange({ ...filters, ...patch });
  // A range row needs a bound before it can be a filter; a new row starts at the first indicator's floor.
  const addIndicator = () => {
    const key = NUMERIC_INDICATORS.find((k) => !filters.indicators.some((r) => r.key === k)) ?? 'investmentIntensity';
    set({ indicators: [...filters.indicators, { key, min: 0, max: null }] });
  };
  const moreOpen = filters.landUses.length > 0 || filters.areaMuMin !== null || filters.areaMuMax !== null || filters.indicators.length > 0;

  return (
    <form className="search-panel" role="search" aria-labelledby={`${id}-title`} onSubmit={(e) => e.preventDefault()}>
      <h2 id={`${id}-title`} className="panel-title">
        {t('search.title')}
      </h2>
      <label className="field">
        <span>{t('search.q')}</span>
        <input type="search" value={q} placeholder={t('search.qPlaceholder')} onChange={(e) => setQ(e.target.value)} maxLength={100} />
      </label>
      <div className="field-row">
        <ZoneSelect zones={zones} value={filters.zones[0] ?? null} onChange={(code) => set({ zones: code ? [code] : [] })} />
        <label className="field">
          <span>{t('search.division')}</span>
          <select value={filters.division ?? ''} onChange={(e) => set({ division: e.target.value || null })}>
            <option value="">{t('common.all')}</option>
            {divisions.map((d) => (
              <option key={d.code} value={d.code}>
                {d.county ? `\u3000${d.name}` : d.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="chips">
        <legend>{t('search.status')}</legend>
        {PARCEL_STATUSES.map((s) => (
          <label key={s.code} className="chip">
            <input type="checkbox" checked={filters.statuses.includes(s.code)} onChange={() => set({ statuses: toggle<ParcelStatus>(filters.statuses, s.code) })} />
            <span>{labelOf(s, locale)}</span>
          </label>
        ))}
      </fieldset>
      <details className="more-filters" open={moreOpen || undefined}>
        <summary>{t('search.more')}</summary>
        <fieldset className="chips">
          <legend>{t('search.landUse')}</legend>
          {LAND_USES.map((l) => (
            <label key={l.code} className="chip">
              <input type="checkbox" checked={filters.landUses.includes(l.code)} onChange={() => set({ landUses: toggle<LandUseCode>(filters.landUses, l.code) })} />
              <span>{labelOf(l, locale)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="range">
          <legend>{t('search.area')}</legend>
          <div className="range-pair">
            <NumberField label={t('search.min')} value={filters.areaMuMin} onCommit={(areaMuMin) => set({ areaMuMin })} />
            <NumberField label={t('search.max')} value={filters.areaMuMax} onCommit={(areaMuMax) => set({ areaMuMax })} />
          </div>
        </fieldset>
        <fieldset className="range">
          <legend>{t('search.indicators')}</legend>
          {filters.indicators.map((range, index) => (
            <IndicatorRangeRow
              key={`${range.key}-${index}`}
              range={range}
              onChange={(next) => set({ indicators: filters.indicators.map((r, i) => (i === index ? next : r)) })}
              onRemove={() => set({ indicators: filters.indicators.filter((_, i) => i !== index) })}
            />
          ))}
          <button type="button" className="link-button" onClick={addIndicator}>
            + {t('search.addIndicator')}
          </button>
        </fieldset>
      </details>
      <div className="field-row field-row-end">
        <label className="checkbox">
          <input type="checkbox" checked={filters.inView} onChange={(e) => set({ inView: e.target.checked })} />
          <span>{t('search.inView')}</span>
        </label>
        <label className="field field-inline">
          <span>{t('search.sort')}</span>
          <select value={sort} onChange={(e) => onSort(e.target.value as Sort)}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {(hasActiveFilters(filters) || filters.inView) && (
        <button type="button" className="button button-secondary" onClick={() => onChange(EMPTY_FILTERS)}>
          {t('search.reset')}
        </button>
      )}
    </form>
  );
}
