// The case's timeline: every step, when it happened (Beijing time), through which channel, by whom
// (hidden on the public page) and for whom.
import { CASE_EVENT_KINDS } from '../../../../server/src/cases/case-events';
import { CHANNELS } from '../../../../server/src/cases/channels';
import { ITEM_STATUSES, type ItemStatus } from '../../../../server/src/cases/item-status';
import { formatBeijingTime } from '../../../../server/src/pdf/format';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { Empty } from '../../components/query-state';
import type { CaseView, EventView } from './case-api-types';

export function CaseTimeline({ view }: { view: CaseView }) {
  const { t, locale } = useI18n();
  if (view.timeline.length === 0) return <Empty>{t('case.timelineEmpty')}</Empty>;
  const itemName = (code: string | null) => {
    const item = view.items.find((i) => i.itemCode === code);
    return item ? (locale === 'zh' ? item.nameZh : item.nameEn) : t('case.event.wholeCase');
  };
  const status = (s: ItemStatus | null) => {
    const found = ITEM_STATUSES.find((x) => x.code === s);
    return found ? labelOf(found, locale) : '';
  };
  const text = (e: EventView) => {
    switch (e.kind) {
      case 'transition':
        return t('case.event.transition', { item: itemName(e.itemCode), from: status(e.fromStatus), to: status(e.toStatus) });
      case 'suspended':
      case 'resumed':
      case 'evaluated':
        return t(`case.event.${e.kind}`, { item: itemName(e.itemCode) });
      default: {
        const kind = CASE_EVENT_KINDS.find((k) => k.code === e.kind);
        return kind ? labelOf(kind, locale) : e.kind;
      }
    }
  };
  return (
    <ol className="case-timeline" data-testid="case-timeline">
      {[...view.timeline].reverse().map((e) => {
        const channel = CHANNELS.find((c) => c.code === e.channel);
        return (
          <li key={e.id} data-kind={e.kind}>
            <time dateTime={e.occurredAt}>{formatBeijingTime(new Date(e.occurredAt))}</time>
            <span className="case-timeline-text">{text(e)}</span>
            <span className="cell-sub">
              {channel ? labelOf(channel, locale) : e.channel}
              {e.actor ? ` · ${e.actor}` : ''}
              {e.onBehalfOf ? ` · ${t('case.event.onBehalf')}` : ''}
              {e.reason ? ` · ${t('case.item.reason', { reason: e.reason })}` : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
