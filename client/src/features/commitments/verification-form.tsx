// 竣工验收 / 达产复核 of a letter in force: the stage, the figures its committed indicators need, the
// as-built site plan (completion; read like the check tool's upload), a rectification deadline when the
// check fails, and the per-indicator report the server answers with. Earlier verifications are listed
// with their reports.
import { useState } from 'react';
import { STRUCTURAL_CHECKS } from '../../../../server/src/checks';
import { INDICATORS } from '../../../../server/src/domain/indicators';
import { todayInBeijing } from '../../../../server/src/calendar/iso-date';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { errorDetail } from '../../components/query-state';
import { formatDateTime } from '../staff/history-diff';
import { type FiguresDraft, figuresFromDraft } from '../checks/figures';
import { FiguresFieldset } from '../checks/figures-fieldset';
import { type PlanRead, PlanFileField } from '../checks/plan-file-field';
import type { CommitmentView, Verification } from './commitment-api';
import type { useLetterActions } from './commitment-queries';
import { addDays } from './letter-wizard-model';
import { nextStage, type Stage, stageFigures, stageStates, verifyRefusal } from './verification-model';
import { VerificationReport } from './verification-report';

type VerifyMutation = ReturnType<typeof useLetterActions>['verify'];

function missingLabel(key: string, locale: 'zh' | 'en'): string {
  const item = INDICATORS.find((i) => i.key === key) ?? (key in STRUCTURAL_CHECKS ? STRUCTURAL_CHECKS[key as keyof typeof STRUCTURAL_CHECKS] : undefined);
  return item ? labelOf(item, locale) : key;
}

export function VerificationForm({ letter, verify }: { letter: CommitmentView; verify: VerifyMutation }) {
  const { t, locale } = useI18n();
  const states = stageStates(letter);
  const [stage, setStage] = useState<Stage>(nextStage(letter) ?? 'output');
  const [figures, setFigures] = useState<FiguresDraft>({});
  const [plan, setPlan] = useState<PlanRead | null>(null);
  const [rectifyBy, setRectifyBy] = useState('');
  const [note, setNote] = useState('');
  const today = todayInBeijing();
  const names = stageFigures(letter, stage);
  const state = states[stage];
  const refusal = verify.isError ? verifyRefusal(verify.error) : null;
  const needsPlan = stage === 'completion' && plan === null;

  const submit = () => {
    verify.mutate({
      version: letter.version,
      body: {
        stage,
        figures: figuresFromDraft(figures),
        note: note.trim(),
        ...(stage === 'completion' && plan ? { sitePlan: plan.plan, planSrid: 4490 } : {}),
        ...(rectifyBy ? { rectifyBy } : {}),
      },
    });
  };

  return (
    <form
      className="verify-form"
      data-testid="verify-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset className="field-row">
        <legend>{t('commitment.verify.stage')}</legend>
        {(['completion', 'output'] as const).map((s) => (
          <label key={s} className="checkbox">
            <input type="radio" name="stage" value={s} checked={stage === s} disabled={!states[s].open} onChange={() => setStage(s)} />
            <span>
              {t(`commitment.stage.${s}`)}
              {states[s].passed && <span className="muted"> {t('commitment.verify.passedAlready')}</span>}
              {!states[s].open && !states[s].passed && <span className="muted"> {t('commitment.verify.afterCompletion')}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      {state.failures > 0 && (
        <p className="note note-warning" role="note" data-testid="verify-breach-warning">
          {t('commitment.verify.secondAttempt')}
        </p>
      )}
      {stage === 'completion' && (
        <PlanFileField
          label={t('commitment.verify.sitePlan')}
          testId="verify-plan"
          onPlan={setPlan}
          describeRead={(read) => (
            <p className="fine-print" role="status" data-testid="verify-plan-read">
              {t('commitment.verify.planRead', { n: read.plan.features.length, srid: read.srid })}
            </p>
          )}
        />
      )}
      {names.length > 0 && <FiguresFieldset names={names} figures={figures} onChange={setFigures} />}
      <label className="field">
        <span>{t('commitment.verify.rectifyBy')}</span>
        <input type="date" min={addDays(today, 1)} value={rectifyBy} onChange={(e) => setRectifyBy(e.target.value)} data-testid="verify-rectify-by" aria-describedby="rectify-hint" />
        <span id="rectify-hint" className="fine-print">
          {t('commitment.verify.rectifyHint')}
        </span>
      </label>
      <label className="field">
        <span>{t('commitment.verify.note')}</span>
        <textarea rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {refusal?.kind === 'needs_rectify_by' && (
        <div className="state state-error" role="alert" data-testid="verify-needs-rectify">
          <p>{t('commitment.verify.failedNeedsDate')}</p>
          <VerificationReport results={refusal.results} />
        </div>
      )}
      {refusal?.kind === 'incomplete' && (
        <p className="state state-error" role="alert" data-testid="verify-incomplete">
          {t('commitment.verify.incomplete', { list: refusal.missing.map((k) => missingLabel(k, locale)).join(locale === 'zh' ? '、' : ', ') })}
        </p>
      )}
      {refusal?.kind === 'stale' && (
        <p className="state state-error" role="alert">
          {t('commitment.error.stale')}
        </p>
      )}
      {refusal?.kind === 'other' && (
        <p className="state state-error" role="alert">
          {errorDetail(refusal.error, t('common.networkError'))}
        </p>
      )}
      <div className="dialog-actions">
        {needsPlan && <span className="fine-print">{t('commitment.verify.planRequired')}</span>}
        <button type="submit" className="button" disabled={verify.isPending || needsPlan} data-testid="verify-submit">
          {verify.isPending ? t('commitment.verify.running') : t('commitment.verify.submit')}
        </button>
      </div>
    </form>
  );
}

export function VerificationHistory({ verifications }: { verifications: readonly Verification[] }) {
  const { t, locale } = useI18n();
  if (verifications.length === 0) return <p className="state state-empty">{t('commitment.verify.none')}</p>;
  const newestFirst = [...verifications].sort((a, b) => b.verifiedAt.localeCompare(a.verifiedAt));
  return (
    <ol className="verification-list" data-testid="verification-history">
      {newestFirst.map((v, index) => (
        <li key={v.id} data-stage={v.stage} data-passed={v.passed}>
          <details open={index === 0}>
            <summary>
              <span className={`result-badge result-badge-${v.passed ? 'pass' : 'fail'}`}>
                {v.passed ? '✓' : '✗'} {t(v.passed ? 'commitment.verify.passed' : 'commitment.verify.failed')}
              </span>{' '}
              {t('commitment.verify.attempt', { stage: t(`commitment.stage.${v.stage}`), n: v.attempt })} · {formatDateTime(v.verifiedAt, locale)}
              {v.rectifyBy && <span className="muted"> · {t('commitment.verify.rectifyUntil', { date: v.rectifyBy })}</span>}
            </summary>
            {v.note && <p className="fine-print">{v.note}</p>}
            <VerificationReport results={v.results} />
          </details>
        </li>
      ))}
    </ol>
  );
}
