// One deadline reminder: level mark (⚠ missed, ⏰ within 7 days, ◷ within 30), milestone, due date and
// the days left in words.
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import type { Reminder } from './commitment-api';
import { daysLeftMessage, milestoneLabel } from './reminder-order';

const MARK = { missed: '⚠', within7: '⏰', within30: '◷' } as const;

export function ReminderChip({ reminder }: { reminder: Reminder }) {
  const { t, locale } = useI18n();
  const days = daysLeftMessage(reminder.daysLeft);
  return (
    <span className={`reminder reminder-${reminder.level}`} data-level={reminder.level} data-milestone={reminder.milestone}>
      <span aria-hidden="true">{MARK[reminder.level]} </span>
      {t('commitment.reminder.text', { milestone: labelOf(milestoneLabel(reminder.milestone), locale), due: reminder.due })}
      {' · '}
      <strong>{t(days.id, { n: days.n })}</strong>
    </span>
  );
}
