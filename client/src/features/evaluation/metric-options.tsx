// The metrics as <option>s, named in the screen's language: the finding form and the action form
// pick a metric from the same list.
import { useI18n } from '../../app/locale';
import type { MetricResult } from './evaluation-api';
import { metricName } from './evaluation-format';

export function MetricOptions({ metrics }: { metrics: readonly MetricResult[] }) {
  const { locale } = useI18n();
  return metrics.map((m) => (
    <option key={m.key} value={m.key}>
      {metricName(m, locale)}
    </option>
  ));
}
