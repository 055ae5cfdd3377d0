// A verification's per-indicator report (竣工验收 / 达产复核): committed bound, measured value, margin,
// verdict with its reason, and the plan features behind a failure, in the check tool's table.
import { useI18n } from '../../app/locale';
import { ResultsTable } from '../checks/results-table';
import type { VerificationResult } from './commitment-api';

export function VerificationReport({ results, testId }: { results: readonly VerificationResult[]; testId?: string }) {
  const { t } = useI18n();
  if (results.length === 0) return <p className="state state-empty">{t('commitment.verify.noResults')}</p>;
  const rows = results.map(({ evidence, ...result }) => ({ ...result, features: evidence.features, details: evidence.details }));
  return (
    <div className="table-scroll">
      <ResultsTable rows={rows} boundHeading="commitment.verify.committed" testId={testId} />
    </div>
  );
}
