// 历史: a parcel's audit trail, newest first: who did what when, and field by field what changed.
import { useState } from 'react';
import { ROLES } from '../../../../server/src/users/roles';
import { useI18n } from '../../app/locale';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { actionLabel, diffRows, formatDateTime } from './history-diff';
import type { HistoryEntry } from './staff-api';
import { HISTORY_PAGE, useHistory } from './staff-queries';
import { Pager } from '../../components/pager';

function Entry({ entry }: { entry: HistoryEntry }) {
  const { t, locale } = useI18n();
  const role = ROLES.find((r) => r.code === entry.actorRole);
  const rows = diffRows(entry.changes, locale);
  return (
    <li className="timeline-entry" data-action={entry.action} data-testid="history-entry">
      <div className="timeline-head">
        <strong className="timeline-action">{actionLabel(entry.action, locale)}</strong>
        <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
        <span className="muted">
          {entry.actor}
          {role && ` · ${role[locale]}`}
        </span>
      </div>
      {rows.length === 0 ? (
        <p className="fine-print">{t('staff.history.noChanges')}</p>
      ) : (
        <table className="data-table diff-table">
          <thead>
            <tr>
              <th scope="col">{t('staff.history.field')}</th>
              <th scope="col">{t('staff.history.before')}</th>
              <th scope="col" aria-hidden="true" />
              <th scope="col">{t('staff.history.after')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.path} data-field={row.path}>
                <th scope="row">{row.label}</th>
                <td className="diff-before">{row.before}</td>
                <td aria-hidden="true">→</td>
                <td className="diff-after">{row.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}

export function HistoryView({ code }: { code: string }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const history = useHistory(code, page);
  if (history.isPending) return <Loading />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  const { items, total } = history.data;
  const pages = Math.max(1, Math.ceil(total / HISTORY_PAGE));
  return (
    <section className="staff-card history" aria-labelledby="history-title" aria-busy={history.isFetching || undefined}>
      <h3 id="history-title">{t('staff.history.title', { n: total })}</h3>
      {items.length === 0 ? (
        <Empty>{t('staff.history.empty')}</Empty>
      ) : (
        <ol className="timeline" data-testid="history">
          {items.map((entry) => (
            <Entry key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
      <Pager page={page} pages={pages} onPage={setPage} />
    </section>
  );
}
