// Opening a case from a parcel (/cases/new?parcel=…): the enterprise online for itself, or an agent
// at the hall for the applicant with its confirmation; the standard-land chain is preselected.
import { type FormEvent, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { CHANNELS, CONFIRMATION_METHODS, ROLE_CHANNELS, type Channel, type ConfirmationMethod } from '../../../../server/src/cases/channels';
import { STANDARD_LAND_BUNDLE } from '../../../../server/src/approval-items/approval-item';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { ErrorState, Loading, errorDetail } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import { useSessionExpiryCheck } from '../../lib/session';
import { caseApi, casePath } from './case-api';
import { isCaseStaff } from './case-page-model';
import { useCatalog, useParcelLetters, useViewer } from './case-queries';

export function NewCaseForm({ parcelCode }: { parcelCode: string }) {
  const { t, locale } = useI18n();
  const { viewer, csrf, ready } = useViewer();
  const catalog = useCatalog();
  const navigate = useNavigate();
  const onSessionError = useSessionExpiryCheck();
  const staff = isCaseStaff(viewer);
  const idempotencyKey = useMemo(() => `case-${crypto.randomUUID()}`, []);
  const [form, setForm] = useState({
    uscc: '', parcelCode, commitmentId: '', projectName: '', projectCode: '', contactName: '', contactPhone: '',
    channel: 'HALL_WINDOW' as Channel, confirmedBy: '', method: 'signature_pad' as ConfirmationMethod,
  });
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const letters = useParcelLetters(form.parcelCode.trim());
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));

  if (!ready || catalog.isPending) return <Loading />;
  if (!viewer || (viewer.role !== 'enterprise' && !staff)) {
    return (
      <p className="state state-empty" role="alert">
        {t('case.new.signIn')}
      </p>
    );
  }
  if (catalog.isError) return <ErrorState error={catalog.error} onRetry={() => void catalog.refetch()} />;
  const bundle = catalog.data.bundles.find((b) => b.code === STANDARD_LAND_BUNDLE);
  const bundleItems = bundle?.items ?? [];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    setError(null);
    const optional = (v: string) => (v.trim() ? v.trim() : undefined);
    const chosen = bundleItems.filter((c) => !excluded.has(c));
    const body = {
      parcelCode: form.parcelCode.trim(),
      commitmentId: optional(form.commitmentId),
      projectName: optional(form.projectName),
      projectCode: optional(form.projectCode),
      contactName: form.contactName.trim(),
      contactPhone: form.contactPhone.trim(),
      ...(excluded.size === 0 ? { bundle: STANDARD_LAND_BUNDLE } : { items: chosen }),
      ...(staff ? { uscc: form.uscc.trim(), channel: form.channel, confirmation: { confirmedBy: form.confirmedBy.trim(), method: form.method } } : {}),
    };
    try {
      const view = await caseApi.open(body, csrf, idempotencyKey);
      navigate(casePath(view.code));
    } catch (err) {
      onSessionError(err);
      setError(err);
      setPending(false);
    }
  };
  const problemParam = error instanceof ApiError ? (error.extra.param as string | undefined) : undefined;
  const field = (key: keyof typeof form, label: string, extra: { required?: boolean; placeholder?: string; testid?: string } = {}) => (
    <label className="field">
      <span>{label}</span>
      <input value={form[key]} onChange={set(key)} required={extra.required} placeholder={extra.placeholder} aria-invalid={problemParam === key || undefined} data-testid={extra.testid} />
    </label>
  );

  return (
    <section className="cases-section new-case" aria-labelledby="new-case-heading">
      <h2 id="new-case-heading">{t('case.new.title')}</h2>
      {staff && <p className="note">{t('case.new.agentNote')}</p>}
      <form onSubmit={submit} className="new-case-form" data-testid="new-case-form">
        {staff && field('uscc', t('case.uscc'), { required: true, placeholder: '91140100MA0K3C7A04', testid: 'new-case-uscc' })}
        {field('parcelCode', t('case.parcel'), { required: true, placeholder: '140702-2025-0001', testid: 'new-case-parcel' })}
        {(letters.data?.items.length ?? 0) > 0 ? (
          <label className="field">
            <span>{t('case.new.commitmentId')}</span>
            <select
              value={form.commitmentId}
              onChange={(e) => {
                const letter = letters.data?.items.find((l) => l.id === e.target.value);
                setForm((f) => ({ ...f, commitmentId: e.target.value, ...(letter && staff ? { uscc: letter.uscc } : {}), ...(letter && !f.projectName ? { projectName: letter.projectName } : {}) }));
              }}
              data-testid="new-case-letter"
            >
              <option value="">{t('common.none')}</option>
              {letters.data?.items
                .filter((l) => staff || l.uscc === viewer.uscc)
                .map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.id} · {l.enterpriseName} · {l.projectName}
                  </option>
                ))}
            </select>
          </label>
        ) : (
          field('commitmentId', t('case.new.commitmentId'), { placeholder: 'CL2026000012' })
        )}
        {field('projectName', t('case.new.projectName'))}
        {field('projectCode', t('case.new.projectCode'), { placeholder: '2026-140702-39-03-000123' })}
        {field('contactName', t('case.new.contactName'), { required: true, testid: 'new-case-contact' })}
        {field('contactPhone', t('case.new.contactPhone'), { required: true, testid: 'new-case-phone' })}
        {staff && (
          <>
            <label className="field">
              <span>{t('case.new.channel')}</span>
              <select value={form.channel} onChange={set('channel')}>
                {(ROLE_CHANNELS.agent ?? []).map((c) => {
                  const ch = CHANNELS.find((x) => x.code === c);
                  return (
                    <option key={c} value={c}>
                      {ch ? labelOf(ch, locale) : c}
                    </option>
                  );
                })}
              </select>
            </label>
            {field('confirmedBy', t('case.new.confirmedBy'), { required: true, testid: 'new-case-confirmed-by' })}
            <label className="field">
              <span>{t('case.new.confirmation')}</span>
              <select value={form.method} onChange={set('method')}>
                {CONFIRMATION_METHODS.filter((m) => m.code !== 'online_account').map((m) => (
                  <option key={m.code} value={m.code}>
                    {labelOf(m, locale)}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <fieldset className="new-case-items">
          <legend>{t('case.new.bundleStandard', { n: bundleItems.length })}</legend>
          {bundleItems.map((code) => {
            const item = catalog.data.items.find((i) => i.code === code);
            return (
              <label key={code} className="checkbox">
                <input
                  type="checkbox"
                  checked={!excluded.has(code)}
                  onChange={(e) =>
                    setExcluded((s) => {
                      const next = new Set(s);
                      if (e.target.checked) next.delete(code);
                      else next.add(code);
                      return next;
                    })
                  }
                />
                {item ? (locale === 'zh' ? item.nameZh : item.nameEn) : code}
              </label>
            );
          })}
        </fieldset>
        <button type="submit" className="button" disabled={pending || excluded.size === bundleItems.length} data-testid="new-case-submit">
          {t('case.new.create')}
        </button>
        {error !== null && (
          <p className="note note-error" role="alert" data-testid="new-case-error">
            {errorDetail(error, t('common.networkError'))}
          </p>
        )}
      </form>
    </section>
  );
}
