// Improvement actions with their target, owner, deadline, status on today (逾期 computed) and, once
// the target quarter has data, whether the target was met; owners report progress here.
import { useI18n } from '../../app/locale';
import { Empty, ErrorState, errorDetail, Loading } from '../../components/query-state';
import { labelOf } from '../../app/i18n';
import { ApiError } from '../../lib/api';
import { ACTION_STATUSES } from '../../../../server/src/improvement-actions/action-status';
import type { Role } from '../../../../server/src/users/roles';
import type { ImprovementAction, MetricResult } from './evaluation-api';
import { formatMetricValue, metricName, quarterLabel } from './evaluation-format';
import { updatesActions } from './evaluation-permissions';
import { useActions, useUpdateAction } from './evaluation-queries';

export function ActionsPanel({ role, filter, metrics }: { role: Role; filter: { quarter?: string; scope?: string; status?: string }; metrics: readonly MetricResult[] }) {
  const { t } = useI18n();
  const query = useActions(filter);
  return (
    <section className="evaluation-panel" aria-labelledby="actions-title" data-testid="actions-panel">
      <h3 id="actions-title">{t('action.title')}</h3>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty>{t('action.none')}</Empty>
      ) : (
        query.data.items.map((a) => <ActionItem key={a.id} action={a} metrics={metrics} canUpdate={updatesActions(role)} />)
      )}
    </section>
  );
}

function ActionItem({ action: a, metrics, canUpdate }: { action: ImprovementAction; metrics: readonly MetricResult[]; canUpdate: boolean }) {
  const { t, locale } = useI18n();
  const update = useUpdateAction();
  const metric = metrics.find((m) => m.key === a.metricKey);
  const unit = metric?.unit ?? 'ratio';
  const name = metric ? metricName(metric, locale) : a.metricKey;
  const sign = metric?.better === 'lower' ? '≤' : '≥';
  const status = ACTION_STATUSES.find((s) => s.code === a.status);
  const result = a.result;
  const stale = update.error instanceof ApiError && update.error.status === 412;
  return (
    <div className="action-item" data-testid="action">
      <h4>
        {name} {sign} {formatMetricValue(a.targetValue, unit, locale)}（{quarterLabel(a.targetQuarter, locale)}，{a.scope}）
      </h4>
      <p>{a.measures}</p>
      <p className="muted">
        {t('action.owner')}：{a.owner} · {t('action.deadline')}：{a.deadline} · {t('action.finding')}：{a.findingTitle}
      </p>
      <p>
        {t('action.status')}：<span className={`action-status-${a.status}`}>{status ? labelOf(status, locale) : a.status}</span> · {t('action.result')}：
        {result === null || result.met === null ? (
          <span>
            {result ? `${formatMetricValue(result.value, unit, locale)} · ` : ''}
            {t('action.pending')}
          </span>
        ) : (
          <span className={result.met ? 'result-pass' : 'result-fail'}>
            {formatMetricValue(result.value, unit, locale)} {result.met ? t('action.met') : t('action.notMet')}
            {result.final ? '' : t('action.provisional')}
          </span>
        )}
      </p>
      {canUpdate && a.storedStatus !== 'done' && (
        <div className="field-row">
          {a.storedStatus === 'planned' && (
            <button type="button" className="button button-secondary" disabled={update.isPending} onClick={() => update.mutate({ id: a.id, version: a.version, status: 'in_progress' })}>
              {t('action.start')}
            </button>
          )}
          <button type="button" className="button button-secondary" disabled={update.isPending} onClick={() => update.mutate({ id: a.id, version: a.version, status: 'done' })}>
            {t('action.done')}
          </button>
        </div>
      )}
      {update.isError && (
        <p className="state state-error" role="alert">
          {stale ? t('action.stale') : errorDetail(update.error, t('common.networkError'))}
        </p>
      )}
    </div>
  );
}
