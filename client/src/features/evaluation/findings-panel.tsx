// Findings of a quarter and scope (and the regions inside it), the form the evaluator and staff record
// them with, and — for staff who may — the way to turn one into an improvement action.
import { type FormEvent, useState } from 'react';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { Empty, ErrorState, errorDetail, Loading } from '../../components/query-state';
import { FINDING_SEVERITIES } from '../../../../server/src/evaluation/finding';
import type { Role } from '../../../../server/src/users/roles';
import type { Finding, MetricResult } from './evaluation-api';
import { metricName, quarterLabel } from './evaluation-format';
import { addsFindings, createsActions } from './evaluation-permissions';
import { useAddFinding, useFindings } from './evaluation-queries';
import { ActionForm } from './action-form';
import { MetricOptions } from './metric-options';
import { beijingMinute } from '../policies/policy-labels';

interface Props {
  role: Role;
  quarter?: string;
  scope?: string;
  metrics: readonly MetricResult[];
}

export function FindingsPanel({ role, quarter, scope, metrics }: Props) {
  const { t } = useI18n();
  const query = useFindings(quarter, scope);
  const [actionFor, setActionFor] = useState<number | null>(null);
  return (
    <section className="evaluation-panel" aria-labelledby="findings-title" data-testid="findings-panel">
      <h3 id="findings-title">{t('finding.title')}</h3>
      {addsFindings(role) && quarter && scope && <FindingForm quarter={quarter} scope={scope} metrics={metrics} />}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty>{t('finding.none')}</Empty>
      ) : (
        query.data.items.map((f) => (
          <div key={f.id}>
            <FindingItem finding={f} metrics={metrics} />
            {createsActions(role) && (
              <button type="button" className="link-button" onClick={() => setActionFor(actionFor === f.id ? null : f.id)}>
                {t('finding.createAction')}
              </button>
            )}
            {actionFor === f.id && <ActionForm finding={f} metrics={metrics} onDone={() => setActionFor(null)} />}
          </div>
        ))
      )}
    </section>
  );
}

function FindingItem({ finding, metrics }: { finding: Finding; metrics: readonly MetricResult[] }) {
  const { t, locale } = useI18n();
  const severity = FINDING_SEVERITIES.find((s) => s.code === finding.severity);
  const metric = metrics.find((m) => m.key === finding.metricKey);
  return (
    <div className="finding-item" data-testid="finding">
      <h4>
        <span className={`severity-${finding.severity}`}>【{severity ? labelOf(severity, locale) : finding.severity}】</span>
        {finding.title}
      </h4>
      <p>{finding.description}</p>
      <p className="muted">
        {t('finding.meta', { quarter: quarterLabel(finding.quarter, locale), scope: finding.scope, by: finding.createdBy })}
        {metric ? ` · ${metricName(metric, locale)}` : ''} · {beijingMinute(finding.createdAt)}
      </p>
    </div>
  );
}

function FindingForm({ quarter, scope, metrics }: { quarter: string; scope: string; metrics: readonly MetricResult[] }) {
  const { t, locale } = useI18n();
  const add = useAddFinding();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [metricKey, setMetricKey] = useState('');
  const [severity, setSeverity] = useState('medium');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { quarter, scope, metricKey: metricKey || null, severity, title, description },
      {
        onSuccess: () => {
          setTitle('');
          setDescription('');
        },
      },
    );
  };
  return (
    <details>
      <summary className="link-button">{t('finding.add')}</summary>
      <form className="evaluation-form" onSubmit={submit} data-testid="finding-form">
        <label className="field">
          <span>{t('finding.field.title')}</span>
          <input required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('finding.field.description')}</span>
          <textarea required maxLength={5000} value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <div className="field-row">
          <label className="field">
            <span>{t('finding.field.metric')}</span>
            <select value={metricKey} onChange={(e) => setMetricKey(e.target.value)}>
              <option value="">{t('finding.noMetric')}</option>
              <MetricOptions metrics={metrics} />
            </select>
          </label>
          <label className="field">
            <span>{t('finding.field.severity')}</span>
            <select value={severity} onChange={(e) => setSeverity(e.target.value)}>
              {FINDING_SEVERITIES.map((s) => (
                <option key={s.code} value={s.code}>
                  {labelOf(s, locale)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <button type="submit" className="button" disabled={add.isPending}>
          {t('common.save')}
        </button>
        {add.isSuccess && <p className="state state-success">{t('finding.saved')}</p>}
        {add.isError && (
          <p className="state state-error" role="alert">
            {errorDetail(add.error, t('common.networkError'))}
          </p>
        )}
      </form>
    </details>
  );
}
