// The regions one level down compared by overall score (echarts bar chart; loaded lazily).
import { useMemo } from 'react';
import { useI18n } from '../../app/locale';
import type { RegionRow } from './evaluation-api';
import { regionOption } from './chart-options';
import { useECharts } from './use-echarts';

export default function RegionChart({ regions }: { regions: readonly RegionRow[] }) {
  const { t, locale } = useI18n();
  const option = useMemo(() => regionOption(regions, locale), [regions, locale]);
  const ref = useECharts(option);
  const height = Math.max(160, regions.length * 28 + 40);
  return <div ref={ref} className="evaluation-chart" style={{ height }} role="img" aria-label={t('evaluation.regions')} data-testid="region-chart" />;
}
