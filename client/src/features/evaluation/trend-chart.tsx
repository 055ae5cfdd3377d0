// The score over quarters, overall and per dimension (echarts line chart; loaded lazily).
import { useMemo } from 'react';
import { useI18n } from '../../app/locale';
import type { TrendResponse } from './evaluation-api';
import { trendOption } from './chart-options';
import { useECharts } from './use-echarts';

export default function TrendChart({ quarters }: { quarters: TrendResponse['quarters'] }) {
  const { t, locale } = useI18n();
  const option = useMemo(() => trendOption(quarters, locale), [quarters, locale]);
  const ref = useECharts(option);
  return <div ref={ref} className="evaluation-chart" role="img" aria-label={t('evaluation.trend')} data-testid="trend-chart" />;
}
