// 编制承诺书 (/commitments/new?parcel=…): the letter wizard reached from a transferred parcel. Steps:
// enterprise (USCC + credit look-up) → project → committed indicators → deadlines → review → create
// the draft, which the enterprise then signs and the authority countersigns on the letter page.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { todayInBeijing } from '../../../../server/src/calendar/iso-date';
import { INDICATORS } from '../../../../server/src/domain/indicators';
import { PARCEL_STATUSES } from '../../../../server/src/domain/parcel-status';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import type { ParcelDetail } from '../../lib/api-types';
import { boundDigits, describeBound, formatMu } from '../../lib/format';
import { useParcel } from '../../lib/queries';
import { formatLongDate } from '../sheet/long-date';
import { commitmentApi, letterPath, parcelPath } from './commitment-api';
import { LETTER_PARCEL_STATUSES } from '../../../../server/src/commitments/commitment-status';
import { canDraftLetter, isActiveLetter } from './commitment-permissions';
import { COMMITMENTS_KEY, useAccount, useParcelLetters } from './commitment-queries';
import { checkIndicatorDrafts, type IndicatorDrafts } from './committed-indicator-form';
import { deadlineProblems, type DeadlinesDraft, letterRequest, type ProjectDraft, projectProblems, suggestedDeadlines, WIZARD_STEPS, type WizardStep } from './letter-wizard-model';
import { EnterpriseStep, type EnterpriseStepValue, useEnterpriseStep } from './wizard-enterprise-step';
import { DeadlinesStep, IndicatorsStep, ProjectStep } from './wizard-steps';
import { OfflineWriteLock } from '../../offline/offline-write-lock';

export function LetterWizard({ parcelCode }: { parcelCode: string }) {
  const { t, locale } = useI18n();
  const { account, ready } = useAccount();
  const parcel = useParcel(parcelCode);
  const letters = useParcelLetters(parcelCode);
  useEffect(() => {
    document.title = `${t('commitment.wizard.title')} ${parcelCode} · ${t('app.title')}`;
  }, [parcelCode, t]);

  let body;
  if (!ready || parcel.isPending || letters.isPending) body = <Loading />;
  else if (!account) body = <Empty>{t('commitment.wizard.signIn')}</Empty>;
  else if (parcel.isError) body = parcel.error instanceof ApiError && parcel.error.status === 404 ? <Empty>{t('detail.notFound', { code: parcelCode })}</Empty> : <ErrorState error={parcel.error} onRetry={() => void parcel.refetch()} />;
  else if (letters.isError) body = <ErrorState error={letters.error} onRetry={() => void letters.refetch()} />;
  else {
    const active = letters.data.items.find((l) => isActiveLetter(l.status));
    const status = PARCEL_STATUSES.find((s) => s.code === parcel.data.status);
    if (active) {
      body = (
        <Empty>
          {t('commitment.wizard.hasActive')} <Link to={letterPath(active.id)}>{active.id}</Link>
        </Empty>
      );
    } else if (!LETTER_PARCEL_STATUSES.includes(parcel.data.status)) {
      body = <Empty>{t('commitment.wizard.notTransferred', { status: status ? labelOf(status, locale) : parcel.data.status })}</Empty>;
    } else if (!canDraftLetter(account, parcel.data.status, false)) body = <Empty>{t('commitment.wizard.notAllowed')}</Empty>;
    else {
      body = (
        <OfflineWriteLock note="offline.pageLocked">
          <WizardForm parcel={parcel.data} />
        </OfflineWriteLock>
      );
    }
  }
  return (
    <section className="letter-page wizard" aria-labelledby="wizard-title">
      <header className="letter-head">
        <div>
          <p className="eyebrow">{t('commitment.wizard.title')}</p>
          <h2 id="wizard-title">
            {parcel.data ? (
              <Link to={parcelPath(parcelCode)}>
                {parcel.data.code} {parcel.data.name}
              </Link>
            ) : (
              parcelCode
            )}
          </h2>
          {parcel.data && (
            <p className="letter-sub">
              {parcel.data.zone.name} · {formatMu(parcel.data.area.mu, locale)}
            </p>
          )}
        </div>
      </header>
      {body}
    </section>
  );
}

function newKey(): string {
  return `letter-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function WizardForm({ parcel }: { parcel: ParcelDetail }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { csrf } = useAccount();
  const today = todayInBeijing();
  const [step, setStep] = useState<WizardStep>('enterprise');
  const [enterprise, setEnterprise] = useState<EnterpriseStepValue>({
    uscc: '',
    newEnterprise: { name: '', legalRepresentative: '', contactName: '', contactPhone: '', address: '' },
    creditAcknowledged: false,
  });
  const [project, setProject] = useState<ProjectDraft>({ code: '', name: '', industryCode: '' });
  const [indicators, setIndicators] = useState<IndicatorDrafts>({});
  const [deadlines, setDeadlines] = useState<DeadlinesDraft>(() => suggestedDeadlines(today));
  // One key for this wizard: a retried click after a lost answer returns the same letter.
  const idempotencyKey = useMemo(newKey, []);

  const enterpriseState = useEnterpriseStep(enterprise);
  const indicatorCheck = checkIndicatorDrafts(parcel.indicators, indicators);
  const stepOk: Record<WizardStep, boolean> = {
    enterprise: enterpriseState.ready,
    project: Object.keys(projectProblems(project)).length === 0,
    indicators: indicatorCheck.valid,
    deadlines: Object.keys(deadlineProblems(deadlines)).length === 0,
    review: true,
  };
  const index = WIZARD_STEPS.indexOf(step);
  const reachable = (i: number) => WIZARD_STEPS.slice(0, i).every((s) => stepOk[s]);

  const create = useMutation({
    mutationFn: () => {
      const uscc = enterpriseState.check.state === 'valid' ? enterpriseState.check.code : enterprise.uscc;
      const body = letterRequest({
        parcelCode: parcel.code,
        uscc,
        newEnterprise: enterpriseState.registered ? null : enterprise.newEnterprise,
        project,
        deadlines,
        overrides: indicatorCheck.overrides,
      });
      return commitmentApi.create(body, csrf, idempotencyKey);
    },
    onSuccess: (letter) => {
      void client.invalidateQueries({ queryKey: COMMITMENTS_KEY });
      void navigate(letterPath(letter.id));
    },
  });

  const createError = create.error instanceof ApiError ? create.error : null;
  const serverProblems = createError?.code === 'COMMITMENT_WEAKER_THAN_PARCEL' && Array.isArray(createError.extra.problems) ? (createError.extra.problems as { key: string; message: string }[]) : [];

  return (
    <div className="wizard-body">
      <ol className="wizard-steps" aria-label={t('commitment.wizard.steps')}>
        {WIZARD_STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} data-done={i < index && stepOk[s]}>
            <button type="button" className="link-button" disabled={!reachable(i)} onClick={() => setStep(s)} data-testid={`wizard-goto-${s}`}>
              {i + 1}. {t(`commitment.wizard.step.${s}`)}
            </button>
          </li>
        ))}
      </ol>
      <form
        className="wizard-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (step === 'review') create.mutate();
          else if (stepOk[step]) setStep(WIZARD_STEPS[index + 1] as WizardStep);
        }}
      >
        {step === 'enterprise' && <EnterpriseStep value={enterprise} onChange={setEnterprise} state={enterpriseState} />}
        {step === 'project' && <ProjectStep value={project} onChange={setProject} uscc={enterprise.uscc.trim().toUpperCase()} parcelIndustry={parcel.industryCode} />}
        {step === 'indicators' && <IndicatorsStep indicators={parcel.indicators} value={indicators} onChange={setIndicators} />}
        {step === 'deadlines' && <DeadlinesStep value={deadlines} onChange={setDeadlines} today={today} />}
        {step === 'review' && (
          <fieldset className="wizard-step" data-testid="wizard-review">
            <legend>{t('commitment.wizard.step.review')}</legend>
            <dl className="facts facts-compact">
              <div className="fact">
                <dt>{t('commitment.enterprise')}</dt>
                <dd>
                  {enterpriseState.name} <code>{enterprise.uscc.trim().toUpperCase()}</code>
                  {!enterpriseState.registered && <span className="fine-print">{t('commitment.wizard.willRegister')}</span>}
                </dd>
              </div>
              <div className="fact">
                <dt>{t('commitment.project')}</dt>
                <dd>
                  {project.name} <code>{project.code}</code>
                </dd>
              </div>
              <div className="fact">
                <dt>{t('commitment.deadlines')}</dt>
                <dd>
                  {t('commitment.deadlinesShort', { start: formatLongDate(deadlines.startBy, locale), complete: formatLongDate(deadlines.completeBy, locale), output: formatLongDate(deadlines.outputBy, locale) })}
                </dd>
              </div>
              <div className="fact">
                <dt>{t('commitment.indicators')}</dt>
                <dd>
                  {indicatorCheck.overrides.length === 0
                    ? t('commitment.wizard.atParcelBounds')
                    : indicatorCheck.overrides.map((o) => {
                        const definition = INDICATORS.find((d) => d.key === o.key);
                        const parcelIndicator = parcel.indicators.find((p) => p.key === o.key);
                        if (!definition || !parcelIndicator) return null;
                        const bound = describeBound({ ...parcelIndicator, value: o.value ?? null, valueMax: o.valueMax ?? parcelIndicator.valueMax }, definition.unit, locale, boundDigits(o.key));
                        return (
                          <span key={o.key} className="fine-print">
                            {labelOf(definition, locale)} {bound.symbol}
                          </span>
                        );
                      })}
                </dd>
              </div>
            </dl>
            <p className="fine-print">{t('commitment.wizard.afterCreate')}</p>
          </fieldset>
        )}

        {create.isError && (
          <div className="state state-error" role="alert" data-testid="wizard-error">
            <p>{createError?.code === 'COMMITMENT_EXISTS' ? t('commitment.wizard.hasActive') : (createError?.detail ?? String(create.error))}</p>
            {serverProblems.length > 0 && (
              <ul>
                {serverProblems.map((p) => (
                  <li key={p.key}>{p.message}</li>
                ))}
              </ul>
            )}
          </div>
        )}

        <div className="dialog-actions">
          {index > 0 && (
            <button type="button" className="button button-secondary" onClick={() => setStep(WIZARD_STEPS[index - 1] as WizardStep)}>
              {t('commitment.wizard.back')}
            </button>
          )}
          {step !== 'review' ? (
            <button type="submit" className="button" disabled={!stepOk[step]} data-testid="wizard-next">
              {t('commitment.wizard.next')}
            </button>
          ) : (
            <button type="submit" className="button" disabled={create.isPending || !WIZARD_STEPS.every((s) => stepOk[s])} data-testid="wizard-create">
              {create.isPending ? t('common.loading') : t('commitment.wizard.create')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
