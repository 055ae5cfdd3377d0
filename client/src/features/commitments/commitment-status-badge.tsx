// A letter's status as a mark and a word, never colour alone (草稿 ○, 企业已签署 ◐, 生效中 ●, 已履约 ✓,
// 已违约 ✗, 已终止 ⊘).
import { COMMITMENT_STATUSES, type CommitmentStatus } from '../../../../server/src/commitments/commitment-status';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';

const MARK: Record<CommitmentStatus, string> = { draft: '○', signed: '◐', in_force: '●', fulfilled: '✓', breached: '✗', terminated: '⊘' };

export function CommitmentStatusBadge({ status }: { status: CommitmentStatus }) {
  const { locale } = useI18n();
  const item = COMMITMENT_STATUSES.find((s) => s.code === status);
  return (
    <span className={`letter-status letter-status-${status}`} data-status={status}>
      <span aria-hidden="true">{MARK[status]} </span>
      {item ? labelOf(item, locale) : status}
    </span>
  );
}
