// Every metric grouped by dimension: value, numerator / denominator, definition and formula, with a
// button that opens the records behind it.
import { Fragment } from 'react';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { DIMENSIONS } from '../../../../server/src/evaluation/metric';
import type { MetricResult } from './evaluation-api';
import { formatMetricValue, metricName } from './evaluation-format';

export function MetricTable({ metrics, selected, onDrill }: { metrics: readonly MetricResult[]; selected: string | null; onDrill(key: string): void }) {
  const { t, locale } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table metric-table" data-testid="metric-table">
        <thead>
          <tr>
            <th scope="col">{t('evaluation.col.metric')}</th>
            <th scope="col">{t('evaluation.col.value')}</th>
            <th scope="col">{t('evaluation.col.basis')}</th>
            <th scope="col">{t('evaluation.col.formula')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('evaluation.drill')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {DIMENSIONS.map((d) => (
            <Fragment key={d.code}>
              <tr className="metric-dimension">
                <th colSpan={5} scope="colgroup">
                  {labelOf(d, locale)}
                </th>
              </tr>
              {metrics
                .filter((m) => m.dimension === d.code)
                .map((m) => (
                  <tr key={m.key} aria-selected={m.key === selected} data-metric={m.key}>
                    <th scope="row">
                      {metricName(m, locale)}
                      {!m.scored && <span className="policy-tag">{t('evaluation.notScored')}</span>}
                      {m.better === 'lower' && m.scored && <span className="policy-tag">{t('evaluation.lowerBetter')}</span>}
                      {m.provinceWide && <span className="policy-tag">{t('evaluation.provinceWide')}</span>}
                      <span className="metric-definition">{locale === 'zh' ? m.definitionZh : m.definitionEn}</span>
                    </th>
                    <td className="metric-value">{formatMetricValue(m.value, m.unit, locale)}</td>
                    <td className="metric-value">
                      {m.numerator ?? '—'} / {m.denominator}
                    </td>
                    <td>{locale === 'zh' ? m.formulaZh : m.formulaEn}</td>
                    <td>
                      <button type="button" className="link-button" onClick={() => onDrill(m.key)} disabled={m.denominator === 0} data-testid={`drill-${m.key}`}>
                        {t('evaluation.drill')}
                      </button>
                    </td>
                  </tr>
                ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
