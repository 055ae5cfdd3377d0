// The evaluation area's two list screens: every finding, and every improvement action by status.
import { useState } from 'react';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { ErrorState, Loading } from '../../components/query-state';
import { ACTION_STATUSES } from '../../../../server/src/improvement-actions/action-status';
import type { Role } from '../../../../server/src/users/roles';
import { ActionsPanel } from './actions-panel';
import { useMetrics } from './evaluation-queries';
import { FindingsPanel } from './findings-panel';
import { quarterAt } from '../../../../server/src/evaluation/quarter';

/** The metric definitions (names, units) the lists label targets with. */
function useMetricDefinitions() {
  return useMetrics(quarterAt(new Date()).code, '14');
}

export function FindingsScreen({ role }: { role: Role }) {
  const definitions = useMetricDefinitions();
  if (definitions.isPending) return <Loading />;
  if (definitions.isError) return <ErrorState error={definitions.error} onRetry={() => void definitions.refetch()} />;
  return <FindingsPanel role={role} metrics={definitions.data.metrics} />;
}

export function ActionsScreen({ role }: { role: Role }) {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState('');
  const definitions = useMetricDefinitions();
  if (definitions.isPending) return <Loading />;
  if (definitions.isError) return <ErrorState error={definitions.error} onRetry={() => void definitions.refetch()} />;
  return (
    <>
      <label className="field field-inline">
        <span>{t('action.filterStatus')}</span>
        <select value={status} onChange={(e) => setStatus(e.target.value)} data-testid="action-status-filter">
          <option value="">{t('common.all')}</option>
          {ACTION_STATUSES.map((s) => (
            <option key={s.code} value={s.code}>
              {labelOf(s, locale)}
            </option>
          ))}
        </select>
      </label>
      <ActionsPanel role={role} filter={status ? { status } : {}} metrics={definitions.data.metrics} />
    </>
  );
}
