// 季度评估: pick a quarter and a scope (both in the URL); see the score, the metrics with their
// definitions and records, the trend and the regions compared (echarts, loaded lazily), the weakest
// regions, the findings and the improvement actions due, and download the quarterly report.
import { lazy, Suspense, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../app/locale';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { useZones } from '../../lib/queries';
import type { Role } from '../../../../server/src/users/roles';
import { ActionsPanel } from './actions-panel';
import { DrillDown } from './drill-down';
import { formatMetricValue, formatScore, quarterLabel, quarterOptions, readEvaluationParams, scopeGroups, worstRegionsOf } from './evaluation-format';
import { useMetrics, useRegions, useTrend } from './evaluation-queries';
import { FindingsPanel } from './findings-panel';
import { MetricTable } from './metric-table';
import { ScoreCards } from './score-cards';

const TrendChart = lazy(() => import('./trend-chart'));
const RegionChart = lazy(() => import('./region-chart'));

export default function EvaluationDashboard({ role }: { role: Role }) {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const now = useMemo(() => new Date(), []);
  const { quarter, scope } = readEvaluationParams(params, now);
  const selected = params.get('metric');
  const set = (patch: Record<string, string | null>) =>
    setParams(
      (p) => {
        const copy = new URLSearchParams(p);
        for (const [k, v] of Object.entries(patch)) {
          if (v === null) copy.delete(k);
          else copy.set(k, v);
        }
        return copy;
      },
      { replace: true },
    );

  const zones = useZones();
  const groups = scopeGroups(zones.data?.items ?? [], locale);
  const metrics = useMetrics(quarter, scope);
  const trend = useTrend(scope, quarter);
  const regions = useRegions(quarter, scope);
  const drilled = metrics.data?.metrics.find((m) => m.key === selected) ?? null;
  const reportBase = `/api/evaluation/reports/${quarter}`;
  const reportQuery = `?scope=${encodeURIComponent(scope)}`;

  return (
    <div className="evaluation-dashboard" data-testid="evaluation-dashboard">
      <div className="evaluation-toolbar">
        <label className="field">
          <span>{t('evaluation.quarter')}</span>
          <select value={quarter} onChange={(e) => set({ quarter: e.target.value, metric: null })} data-testid="quarter-select">
            {[...new Set([quarter, ...quarterOptions(now)])].map((q) => (
              <option key={q} value={q}>
                {quarterLabel(q, locale)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('evaluation.scope')}</span>
          <select value={scope} onChange={(e) => set({ scope: e.target.value, metric: null })} data-testid="scope-select">
            <option value={groups.province.code}>{groups.province.label}</option>
            {(
              [
                ['evaluation.cities', groups.cities],
                ['evaluation.counties', groups.counties],
                ['evaluation.zones', groups.zones],
              ] as const
            ).map(([label, options]) => (
              <optgroup key={label} label={t(label)}>
                {options.map((o) => (
                  <option key={o.code} value={o.code}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <nav className="evaluation-downloads" aria-label={t('evaluation.reports')}>
          <span className="muted">{t('evaluation.reports')}</span>
          <a className="button button-secondary" href={`${reportBase}.pdf${reportQuery}`} data-testid="report-pdf">
            {t('evaluation.download.pdf')}
          </a>
          <a className="button button-secondary" href={`${reportBase}.xlsx${reportQuery}`}>
            {t('evaluation.download.xlsx')}
          </a>
          <a className="button button-secondary" href={`${reportBase}.csv${reportQuery}`}>
            {t('evaluation.download.csv')}
          </a>
          <a className="button button-secondary" href={`${reportBase}${reportQuery}`} target="_blank" rel="noreferrer">
            {t('evaluation.download.json')}
          </a>
        </nav>
      </div>

      {metrics.isPending ? (
        <Loading />
      ) : metrics.isError ? (
        <ErrorState error={metrics.error} onRetry={() => void metrics.refetch()} />
      ) : (
        <>
          <h2>
            {metrics.data.scope.name} · {quarterLabel(metrics.data.quarter, locale)}
          </h2>
          <p className={metrics.data.provisional ? 'note note-warning' : 'muted'}>
            {metrics.data.provisional ? t('evaluation.provisional', { date: metrics.data.asOf }) : t('evaluation.asOf', { date: metrics.data.asOf })}
          </p>
          <ScoreCards data={metrics.data} />

          <div className="evaluation-grid">
            <section className="evaluation-panel" aria-labelledby="trend-title">
              <h3 id="trend-title">{t('evaluation.trend')}</h3>
              {trend.isPending ? (
                <Loading />
              ) : trend.isError ? (
                <ErrorState error={trend.error} onRetry={() => void trend.refetch()} />
              ) : trend.data.quarters.length === 0 ? (
                <Empty>{t('evaluation.noData')}</Empty>
              ) : (
                <Suspense fallback={<Loading label={t('evaluation.chartLoading')} />}>
                  <TrendChart quarters={trend.data.quarters} />
                </Suspense>
              )}
            </section>
            <section className="evaluation-panel" aria-labelledby="regions-title">
              <h3 id="regions-title">{t('evaluation.regions')}</h3>
              {regions.isPending ? (
                <Loading />
              ) : regions.isError ? (
                <ErrorState error={regions.error} onRetry={() => void regions.refetch()} />
              ) : regions.data.regions.length === 0 ? (
                <Empty>{t('evaluation.regionsNone')}</Empty>
              ) : (
                <>
                  <Suspense fallback={<Loading label={t('evaluation.chartLoading')} />}>
                    <RegionChart regions={regions.data.regions} />
                  </Suspense>
                  <h4>{t('evaluation.worstRegions')}</h4>
                  <ol data-testid="worst-regions">
                    {worstRegionsOf(regions.data.regions, metrics.data.metrics, locale).map((r) => (
                      <li key={r.code}>
                        <button type="button" className="link-button" onClick={() => set({ scope: r.code, metric: null })}>
                          {r.name}
                        </button>{' '}
                        {t('evaluation.points', { n: formatScore(r.overall, locale) })}
                        {r.weakest && <span className="muted"> · {t('evaluation.weakest', { name: r.weakest.name, value: formatMetricValue(r.weakest.value, r.weakest.unit, locale) })}</span>}
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </section>
          </div>

          <h3>{t('evaluation.metrics')}</h3>
          <MetricTable metrics={metrics.data.metrics} selected={selected} onDrill={(key) => set({ metric: key })} />
          {drilled && <DrillDown key={`${drilled.key}-${quarter}-${scope}`} metric={drilled} quarter={quarter} scope={scope} onClose={() => set({ metric: null })} />}

          <div className="evaluation-grid">
            <FindingsPanel role={role} quarter={quarter} scope={scope} metrics={metrics.data.metrics} />
            <ActionsPanel role={role} filter={{ quarter, scope }} metrics={metrics.data.metrics} />
          </div>
        </>
      )}
    </div>
  );
}
