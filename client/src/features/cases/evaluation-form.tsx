// 好差评: five levels (非常满意 … 非常不满意) and an optional comment, given once by the applicant.
import { type FormEvent, useState } from 'react';
import { EVALUATION_SCORES } from '../../../../server/src/cases/case-events';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { errorDetail } from '../../components/query-state';

export function EvaluationForm({ pending, error, onSend }: { pending: boolean; error: unknown; onSend(input: { score: number; comment: string }): void }) {
  const { t, locale } = useI18n();
  const [score, setScore] = useState(5);
  const [comment, setComment] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSend({ score, comment: comment.trim() });
  };
  return (
    <form className="case-evaluation" onSubmit={submit} data-testid="evaluation-form">
      <fieldset>
        <legend>{t('case.evaluation.score')}</legend>
        {EVALUATION_SCORES.map((s) => (
          <label key={s.score} className="checkbox">
            <input type="radio" name="score" value={s.score} checked={score === s.score} onChange={() => setScore(s.score)} />
            {labelOf(s, locale)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('case.evaluation.comment')}</span>
        <textarea value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} rows={2} />
      </label>
      <button type="submit" className="button" disabled={pending}>
        {t('case.evaluation.send')}
      </button>
      {error !== null && error !== undefined && (
        <p className="note note-error" role="alert">
          {errorDetail(error, t('common.networkError'))}
        </p>
      )}
    </form>
  );
}

export function EvaluationGiven({ score }: { score: number }) {
  const { t, locale } = useI18n();
  const level = EVALUATION_SCORES.find((s) => s.score === score);
  return <p className="muted">{t('case.evaluation.given', { score: level ? labelOf(level, locale) : String(score) })}</p>;
}
