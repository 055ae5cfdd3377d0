// The agent desk (代办工作台) and an enterprise's own cases: views (mine, due soon, overdue, all),
// filters by item status, zone and text, paged; the state lives in the URL.
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CHANNELS } from '../../../../server/src/cases/channels';
import { ITEM_STATUSES } from '../../../../server/src/cases/item-status';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { Pager } from '../../components/pager';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { ZoneSelect } from '../../components/zone-select';
import { formatNumber } from '../../lib/format';
import { formatLongDate } from '../sheet/long-date';
import { casePath } from './case-api';
import { DESK_VIEWS, deskQuery, type DeskFilters, type DeskView, pageCount, readDeskFilters, writeDeskFilters } from './case-desk-model';
import { useCaseList, useZoneNames } from './case-queries';

export function CaseDesk({ defaultView, showMine }: { defaultView: DeskView; showMine: boolean }) {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = readDeskFilters(params, defaultView);
  const query = useCaseList(deskQuery(filters));
  const zones = useZoneNames();
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);
  useEffect(() => {
    document.title = `${t(showMine ? 'case.desk' : 'case.portal')} · ${t('app.title')}`;
  }, [t, showMine]);

  const set = (change: Partial<DeskFilters>) => {
    const next = writeDeskFilters({ ...filters, page: 1, ...change }, defaultView);
    const lang = params.get('lang');
    if (lang) next.set('lang', lang);
    setParams(next);
  };
  const search = (e: FormEvent) => {
    e.preventDefault();
    set({ q: q.trim() });
  };
  const views = DESK_VIEWS.filter((v) => showMine || v !== 'mine');

  let body;
  if (query.isPending) body = <Loading />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0) body = <Empty>{t('case.list.empty')}</Empty>;
  else {
    body = (
      <div className="table-scroll">
        <table className="data-table case-table" data-testid="case-table">
          <thead>
            <tr>
              <th scope="col">{t('case.project')}</th>
              <th scope="col">{t('case.enterprise')}</th>
              <th scope="col">{t('case.parcel')}</th>
              <th scope="col">{t('case.list.items')}</th>
              <th scope="col">{t('case.list.nextDue')}</th>
              <th scope="col">{t('case.agent')}</th>
            </tr>
          </thead>
          <tbody>
            {query.data.items.map((c) => {
              const channel = CHANNELS.find((x) => x.code === c.originChannel);
              return (
                <tr key={c.code} data-case={c.code} data-overdue={c.items.overdue > 0 || undefined}>
                  <th scope="row">
                    <Link to={casePath(c.code)} className="cell-main">
                      {c.projectName}
                    </Link>
                    <span className="cell-sub">
                      {c.code} · {channel ? labelOf(channel, locale) : c.originChannel}
                    </span>
                  </th>
                  <td>{c.enterpriseName}</td>
                  <td>
                    {c.parcelCode}
                    <span className="cell-sub">{c.zoneName}</span>
                  </td>
                  <td>
                    {t('case.list.itemsValue', { completed: c.items.completed, total: c.items.total })}
                    {c.items.overdue > 0 && <span className="cell-sub case-overdue">⚠ {t('case.list.overdueItems', { n: c.items.overdue })}</span>}
                  </td>
                  <td>{c.nextDueOn ? formatLongDate(c.nextDueOn, locale) : t('common.none')}</td>
                  <td>{c.assignedAgentName ?? c.assignedAgent ?? t('case.agentNone')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section className="cases-section" aria-labelledby="desk-heading" aria-busy={query.isFetching || undefined} data-testid="case-desk">
      <header className="section-bar">
        <h2 id="desk-heading">{t(showMine ? 'case.desk' : 'case.portal')}</h2>
        {query.data && (
          <p className="muted" aria-live="polite" data-testid="case-total" data-total={query.data.total}>
            {t('case.list.total', { total: formatNumber(query.data.total, 0) })}
          </p>
        )}
        <Link className="button" to="/cases/new" data-testid="new-case">
          {t('case.new')}
        </Link>
      </header>
      <nav className="case-views" aria-label={t('case.desk')}>
        {views.map((v) => (
          <button key={v} type="button" className={`chip${filters.view === v ? ' chip-active' : ''}`} aria-pressed={filters.view === v} onClick={() => set({ view: v })} data-testid={`case-view-${v}`}>
            {t(`case.view.${v}`)}
          </button>
        ))}
      </nav>
      <div className="field-row case-filters">
        <label className="field">
          <span>{t('case.filter.status')}</span>
          <select value={filters.status ?? ''} onChange={(e) => set({ status: (e.target.value || null) as DeskFilters['status'] })} data-testid="case-filter-status">
            <option value="">{t('common.all')}</option>
            {ITEM_STATUSES.map((s) => (
              <option key={s.code} value={s.code}>
                {labelOf(s, locale)}
              </option>
            ))}
          </select>
        </label>
        <ZoneSelect zones={zones.data?.items ?? []} value={filters.zone} onChange={(zone) => set({ zone })} />
        <form className="field-inline" onSubmit={search}>
          <label className="field">
            <span>{t('case.filter.q')}</span>
            <input value={q} onChange={(e) => setQ(e.target.value)} maxLength={100} data-testid="case-filter-q" />
          </label>
          <button type="submit" className="button button-secondary">
            {t('case.filter.search')}
          </button>
        </form>
      </div>
      {body}
      <Pager page={filters.page} pages={query.data ? pageCount(query.data.total) : 1} onPage={(page) => set({ page })} />
    </section>
  );
}
