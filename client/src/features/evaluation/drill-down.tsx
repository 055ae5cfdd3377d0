// The records behind one metric: each passed or not, with the note the metric wrote, paged.
import { useState } from 'react';
import { useI18n } from '../../app/locale';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { Pager } from '../../components/pager';
import type { MetricResult } from './evaluation-api';
import { metricName } from './evaluation-format';
import { useDrill } from './evaluation-queries';

const PAGE = 20;

export function DrillDown({ metric, quarter, scope, onClose }: { metric: MetricResult; quarter: string; scope: string; onClose(): void }) {
  const { t, locale } = useI18n();
  const [passed, setPassed] = useState<boolean | undefined>(undefined);
  const [page, setPage] = useState(1);
  const query = useDrill(metric.key, quarter, scope, passed, page, PAGE);
  const name = metricName(metric, locale);
  const choose = (value: boolean | undefined) => {
    setPassed(value);
    setPage(1);
  };
  return (
    <section className="evaluation-panel" aria-labelledby="drill-title" data-testid="drill-down">
      <div className="field-row">
        <h3 id="drill-title">{t('evaluation.drillTitle', { name })}</h3>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <div className="chips" role="group">
        {([
          [undefined, 'evaluation.drillAll'],
          [false, 'evaluation.drillFailed'],
          [true, 'evaluation.drillPassed'],
        ] as const).map(([value, label]) => (
          <button key={label} type="button" className={`button button-secondary${passed === value ? ' button-active' : ''}`} aria-pressed={passed === value} onClick={() => choose(value)}>
            {t(label)}
          </button>
        ))}
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty>{t('evaluation.drillEmpty')}</Empty>
      ) : (
        <>
          <p className="muted">{t('evaluation.drillCount', { n: query.data.total })}</p>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('evaluation.col.record')}</th>
                  <th scope="col">{t('evaluation.col.region')}</th>
                  <th scope="col">{t('evaluation.col.result')}</th>
                  <th scope="col">{t('evaluation.col.note')}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.label}</th>
                    <td>{r.zoneCode ?? '—'}</td>
                    <td className={r.passed ? 'result-pass' : 'result-fail'}>{r.passed ? t('evaluation.passed') : t('evaluation.failed')}</td>
                    <td>{r.noteZh}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pages={Math.ceil(query.data.total / PAGE)} onPage={setPage} />
        </>
      )}
    </section>
  );
}
