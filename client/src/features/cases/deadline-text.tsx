// An item's deadline in words, from its DeadlineState: due date, working days left, overdue by, or
// the suspended clock.
import { useI18n } from '../../app/locale';
import { formatLongDate } from '../sheet/long-date';
import type { ItemView } from './case-api-types';
import { deadlineState } from './case-page-model';

export function DeadlineText({ item }: { item: ItemView }) {
  const { t, locale } = useI18n();
  const state = deadlineState(item);
  const date = (d: string) => formatLongDate(d, locale);
  let text: string;
  switch (state.kind) {
    case 'none':
      text = t('case.deadline.none');
      break;
    case 'stopped':
      return null;
    case 'running':
      text = t('case.deadline.remaining', { date: date(state.dueOn), days: state.remaining });
      break;
    case 'today':
      text = t('case.deadline.today', { date: date(state.dueOn) });
      break;
    case 'overdue':
      text = t('case.deadline.overdue', { date: date(state.dueOn), days: state.days });
      break;
    case 'suspended':
      text = t('case.deadline.suspended', { since: date(state.since), reason: state.reason });
      break;
    case 'finished':
      text = t(state.onTime ? 'case.deadline.onTime' : 'case.deadline.late', { date: date(state.dueOn), days: state.elapsed });
      break;
  }
  return (
    <p className={`case-deadline case-deadline-${state.kind}`} data-testid="item-deadline" data-kind={state.kind}>
      {state.kind === 'overdue' || (state.kind === 'finished' && !state.onTime) ? '⚠ ' : ''}
      {text}
      {item.deadline.suspendedWorkdays > 0 && state.kind !== 'suspended' ? ` · ${t('case.deadline.suspendedDays', { days: item.deadline.suspendedWorkdays })}` : ''}
      {item.deadline.estimate ? ` ${t('case.deadline.estimate')}` : ''}
    </p>
  );
}
