// 发布政策: the form staff who may publish policies (users/route-roles.ts) fill in on the library page.
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { errorDetail } from '../../components/query-state';
import { postJson } from '../../lib/api';
import { useZones } from '../../lib/queries';
import { useSession } from '../../lib/session';
import { POLICY_CATEGORIES } from '../../../../server/src/policies/policy-categories';
import type { PolicyInput } from '../../../../server/src/policies/policy';
import type { PolicyDetail } from './policy-api';
import { OfflineWriteLock } from '../../offline/offline-write-lock';

const EMPTY = {
  title: '', category: 'subsidy', issuer: '', documentNo: '', issuedOn: '', effectiveFrom: '', effectiveUntil: '', scopeDivision: '',
  summary: '', fullText: '', exemptApplication: false, contact: '', attachmentName: '', attachmentUrl: '', zoneCodes: [] as string[],
};

/** The API body from the form's fields; empty optional fields are left out. Pure. */
export function policyBodyOf(f: typeof EMPTY): PolicyInput {
  return {
    title: f.title,
    category: f.category as PolicyInput['category'],
    issuer: f.issuer,
    issuedOn: f.issuedOn,
    effectiveFrom: f.effectiveFrom || f.issuedOn,
    fullText: f.fullText,
    summary: f.summary,
    contact: f.contact,
    exemptApplication: f.exemptApplication,
    zoneCodes: f.zoneCodes,
    ...(f.documentNo.trim() ? { documentNo: f.documentNo.trim() } : {}),
    ...(f.effectiveUntil ? { effectiveUntil: f.effectiveUntil } : {}),
    ...(f.scopeDivision ? { scopeDivision: f.scopeDivision } : {}),
    ...(f.attachmentUrl.trim() ? { attachments: [{ name: f.attachmentName.trim() || f.attachmentUrl.trim(), url: f.attachmentUrl.trim(), mediaType: 'text/html' }] } : {}),
  };
}

export function PolicyForm() {
  const { t, locale } = useI18n();
  const csrf = useSession().data?.csrfToken;
  const client = useQueryClient();
  const navigate = useNavigate();
  const zones = useZones();
  const [f, setF] = useState(EMPTY);
  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) => setF((prev) => ({ ...prev, [key]: value }));
  const create = useMutation({
    mutationFn: () => postJson<PolicyDetail>('/api/policies', policyBodyOf(f), csrf),
    onSuccess: (p) => {
      void client.invalidateQueries({ queryKey: ['policies'] });
      setF(EMPTY);
      navigate(`/policies/${p.id}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const text = (key: 'title' | 'issuer' | 'documentNo' | 'contact' | 'attachmentName' | 'attachmentUrl', label: string, required = false) => (
    <label className="field">
      <span>{label}</span>
      <input required={required} value={f[key]} onChange={(e) => set(key, e.target.value)} />
    </label>
  );
  const date = (key: 'issuedOn' | 'effectiveFrom' | 'effectiveUntil', label: string, required = false) => (
    <label className="field">
      <span>{label}</span>
      <input type="date" required={required} value={f[key]} onChange={(e) => set(key, e.target.value)} />
    </label>
  );
  return (
    <details className="policy-new">
      <summary className="link-button">{t('policies.new')}</summary>
      <OfflineWriteLock note="offline.writeDisabled">
        <form className="policy-form consult-form" onSubmit={submit} data-testid="policy-form">
          {text('title', t('policies.field.title'), true)}
          <label className="field">
            <span>{t('policies.category')}</span>
            <select value={f.category} onChange={(e) => set('category', e.target.value)}>
              {POLICY_CATEGORIES.map((c) => (
                <option key={c.code} value={c.code}>
                  {labelOf(c, locale)}
                </option>
              ))}
            </select>
          </label>
          {text('issuer', t('policies.issuer'), true)}
          {text('documentNo', t('policies.documentNo'))}
          <div className="field-row">
            {date('issuedOn', t('policies.issuedOn'), true)}
            {date('effectiveFrom', t('policies.field.effectiveFrom'))}
            {date('effectiveUntil', t('policies.field.effectiveUntil'))}
          </div>
          <label className="field">
            <span>{t('policies.scope')}</span>
            <select value={f.scopeDivision} onChange={(e) => set('scopeDivision', e.target.value)}>
              <option value="">{t('policies.field.linkedOnly')}</option>
              <option value="14">{t('policies.scopeProvince')}</option>
              {[...new Map((zones.data?.items ?? []).map((z) => [z.cityCode.slice(0, 4), z.cityName])).entries()].map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('policies.zones')}</span>
            <select multiple data-testid="policy-zones" value={f.zoneCodes} onChange={(e) => set('zoneCodes', [...e.target.selectedOptions].map((o) => o.value))}>
              {(zones.data?.items ?? []).map((z) => (
                <option key={z.code} value={z.code}>
                  {z.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('policies.summary')}</span>
            <textarea maxLength={1000} value={f.summary} onChange={(e) => set('summary', e.target.value)} />
          </label>
          <label className="field">
            <span>{t('policies.fullText')}</span>
            <textarea required maxLength={100_000} value={f.fullText} onChange={(e) => set('fullText', e.target.value)} />
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={f.exemptApplication} onChange={(e) => set('exemptApplication', e.target.checked)} />
            {t('policies.exempt')}
          </label>
          {text('contact', t('policies.contact'))}
          <div className="field-row">
            {text('attachmentName', t('policies.field.attachmentName'))}
            {text('attachmentUrl', t('policies.field.attachmentUrl'))}
          </div>
          <button type="submit" className="button" disabled={create.isPending}>
            {t('policies.publish')}
          </button>
          {create.isError && (
            <p className="state state-error" role="alert">
              {errorDetail(create.error, t('common.networkError'))}
            </p>
          )}
        </form>
      </OfflineWriteLock>
    </details>
  );
}
