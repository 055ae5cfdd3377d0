// The policy library's filters: keyword, categories, zone, validity, 免申即享. Every change is a URL change.
import { type FormEvent, useEffect, useState } from 'react';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { ZoneSelect } from '../../components/zone-select';
import { useZones } from '../../lib/queries';
import { POLICY_CATEGORIES, POLICY_VALIDITY, type PolicyValidity } from '../../../../server/src/policies/policy-categories';
import { EMPTY_POLICY_FILTERS, type PolicyFilters } from './policy-api';

export function PolicySearchForm({ filters, onChange }: { filters: PolicyFilters; onChange(next: PolicyFilters): void }) {
  const { t, locale } = useI18n();
  const zones = useZones();
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);
  const set = (patch: Partial<PolicyFilters>) => onChange({ ...filters, ...patch, page: 1 });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    set({ q });
  };
  return (
    <form className="search-panel" role="search" onSubmit={submit} aria-label={t('policies.search')}>
      <label className="field">
        <span>{t('policies.q')}</span>
        <input type="search" name="q" value={q} maxLength={100} placeholder={t('policies.qPlaceholder')} onChange={(e) => setQ(e.target.value)} onBlur={() => q !== filters.q && set({ q })} />
      </label>
      <fieldset className="chips">
        <legend>{t('policies.category')}</legend>
        {POLICY_CATEGORIES.map((c) => (
          <label key={c.code} className="chip">
            <input
              type="checkbox"
              checked={filters.categories.includes(c.code)}
              onChange={(e) => set({ categories: e.target.checked ? [...filters.categories, c.code] : filters.categories.filter((x) => x !== c.code) })}
            />
            <span>{labelOf(c, locale)}</span>
          </label>
        ))}
      </fieldset>
      <ZoneSelect zones={zones.data?.items ?? []} value={filters.zone} onChange={(zone) => set({ zone })} />
      <label className="field">
        <span>{t('policies.validity')}</span>
        <select value={filters.validity ?? ''} onChange={(e) => set({ validity: (e.target.value || null) as PolicyValidity | null })}>
          <option value="">{t('common.all')}</option>
          {POLICY_VALIDITY.map((v) => (
            <option key={v.code} value={v.code}>
              {labelOf(v, locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={filters.exempt} onChange={(e) => set({ exempt: e.target.checked })} />
        {t('policies.exemptOnly')}
      </label>
      {filters.parcel && (
        <p className="note">
          {t('policies.parcelFilter', { code: filters.parcel })}{' '}
          <button type="button" className="link-button" onClick={() => set({ parcel: null })}>
            {t('policies.clearParcel')}
          </button>
        </p>
      )}
      <div className="field-row-end">
        <button type="button" className="button button-secondary" onClick={() => onChange(EMPTY_POLICY_FILTERS)}>
          {t('policies.reset')}
        </button>
        <button type="submit" className="button">
          {t('policies.search')}
        </button>
      </div>
    </form>
  );
}
