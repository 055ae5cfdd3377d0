// An item's status as a mark and a word, never colour alone (待提交 ○, 材料准备 ◔, 已提交 ◑, 已受理 ●,
// 容缺受理 ◕, 已办结 ✓, 不予受理 ✗, 退回补正 ↩).
import { ITEM_STATUSES, type ItemStatus } from '../../../../server/src/cases/item-status';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';

const MARK: Record<ItemStatus, string> = {
  pending: '○', preparing: '◔', submitted: '◑', accepted: '●', accepted_with_deficiency: '◕', completed: '✓', rejected: '✗', returned: '↩',
};

export function ItemStatusBadge({ status }: { status: ItemStatus }) {
  const { locale } = useI18n();
  const item = ITEM_STATUSES.find((s) => s.code === status);
  return (
    <span className={`item-status item-status-${status}`} data-status={status}>
      <span aria-hidden="true">{MARK[status]} </span>
      {item ? labelOf(item, locale) : status}
    </span>
  );
}
