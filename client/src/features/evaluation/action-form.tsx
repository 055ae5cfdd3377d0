// A new improvement action from a finding: the target (metric, value, quarter), measures, owner and
// deadline. Shares are typed as percentages and sent as 0–1.
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../app/locale';
import { errorDetail } from '../../components/query-state';
import { parseQuarter, shiftQuarter } from '../../../../server/src/evaluation/quarter';
import type { Finding, MetricResult } from './evaluation-api';
import { useCreateAction } from './evaluation-queries';
import { MetricOptions } from './metric-options';

export function ActionForm({ finding, metrics, onDone }: { finding: Finding; metrics: readonly MetricResult[]; onDone(): void }) {
  const { t } = useI18n();
  const create = useCreateAction();
  const q = parseQuarter(finding.quarter);
  const [metricKey, setMetricKey] = useState(finding.metricKey ?? metrics[0]?.key ?? '');
  const [target, setTarget] = useState('');
  const [targetQuarter, setTargetQuarter] = useState(q ? shiftQuarter(q, 1).code : finding.quarter);
  const [measures, setMeasures] = useState('');
  const [owner, setOwner] = useState('');
  const [deadline, setDeadline] = useState('');
  const metric = metrics.find((m) => m.key === metricKey);
  const ratio = metric?.unit !== 'workdays';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = Number(target);
    create.mutate(
      { findingId: finding.id, metricKey, targetValue: ratio ? value / 100 : value, targetQuarter, measures, owner, deadline },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="evaluation-form" onSubmit={submit} data-testid="action-form">
      <strong>{t('action.new')}</strong>
      <span className="muted">
        {t('action.finding')}：{finding.title}
      </span>
      <div className="field-row">
        <label className="field">
          <span>{t('finding.field.metric')}</span>
          <select value={metricKey} onChange={(e) => setMetricKey(e.target.value)} required>
            <MetricOptions metrics={metrics} />
          </select>
        </label>
        <label className="field">
          <span>{ratio ? t('action.targetPercent') : t('action.targetWorkdays')}</span>
          <input type="number" required min={0} max={ratio ? 100 : 1000} step="any" value={target} onChange={(e) => setTarget(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('action.targetQuarter')}</span>
          <input required pattern="\d{4}Q[1-4]" value={targetQuarter} onChange={(e) => setTargetQuarter(e.target.value)} />
        </label>
      </div>
      <label className="field">
        <span>{t('action.measures')}</span>
        <textarea required maxLength={5000} value={measures} onChange={(e) => setMeasures(e.target.value)} />
      </label>
      <div className="field-row">
        <label className="field">
          <span>{t('action.owner')}</span>
          <input required maxLength={100} value={owner} onChange={(e) => setOwner(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('action.deadline')}</span>
          <input type="date" required value={deadline} onChange={(e) => setDeadline(e.target.value)} />
        </label>
      </div>
      <div className="field-row-end">
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button" disabled={create.isPending}>
          {t('action.save')}
        </button>
      </div>
      {create.isError && (
        <p className="state state-error" role="alert">
          {errorDetail(create.error, t('common.networkError'))}
        </p>
      )}
    </form>
  );
}
