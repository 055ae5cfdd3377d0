// The overall score and the three dimension scores, each with its weight.
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { DIMENSIONS } from '../../../../server/src/evaluation/metric';
import type { MetricsResponse } from './evaluation-api';
import { formatScore, scoreBand } from './evaluation-format';

export function ScoreCards({ data }: { data: MetricsResponse }) {
  const { t, locale } = useI18n();
  const overall = data.score.overall;
  return (
    <div className="score-cards" data-testid="score-cards">
      <div className={`score-card score-${scoreBand(overall)}`}>
        <span className="score-card-value" data-testid="score-overall">
          {formatScore(overall, locale)}
        </span>
        <span className="score-card-label">{t('evaluation.overall')}</span>
      </div>
      {DIMENSIONS.map((d) => {
        const dim = data.score.dimensions.find((x) => x.dimension === d.code);
        const score = dim?.score ?? null;
        return (
          <div key={d.code} className={`score-card score-${scoreBand(score)}`}>
            <span className="score-card-value">{formatScore(score, locale)}</span>
            <span className="score-card-label">
              {labelOf(d, locale)} · {t('evaluation.weight', { w: dim?.weight ?? 0 })}
            </span>
          </div>
        );
      })}
    </div>
  );
}
