// Wizard step 1: the enterprise by its unified social credit code, checked digit by digit as it is
// typed (GB 32100-2015), then looked up: a registered enterprise shows who it is, an unknown one is
// registered with its details. Before going on, the credit record is looked up and shown (guide: the
// credit platform provides look-up to the commitment system before a new commitment is accepted);
// a 失信 record has to be acknowledged explicitly.
import { Link } from 'react-router';
import { useI18n } from '../../app/locale';
import { ErrorState, Loading } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import { enterprisePath } from './commitment-api';
import { useEnterprise, useEnterpriseCredit } from './commitment-queries';
import { CreditStanding } from './credit-records';
import { checkUsccInput, type FieldProblem, type NewEnterpriseDraft, newEnterpriseProblems } from './letter-wizard-model';

export interface EnterpriseStepValue {
  uscc: string;
  newEnterprise: NewEnterpriseDraft;
  creditAcknowledged: boolean;
}

/** What the step found out: whether the wizard may go on, and with a new or a registered enterprise. */
interface EnterpriseStepState {
  ready: boolean;
  registered: boolean;
  name: string | null;
}

export function useEnterpriseStep(value: EnterpriseStepValue): EnterpriseStepState & {
  check: ReturnType<typeof checkUsccInput>;
  enterprise: ReturnType<typeof useEnterprise>;
  credit: ReturnType<typeof useEnterpriseCredit>;
  notRegistered: boolean;
} {
  const check = checkUsccInput(value.uscc);
  const code = check.state === 'valid' ? check.code : null;
  const enterprise = useEnterprise(code);
  const notRegistered = enterprise.isError && enterprise.error instanceof ApiError && enterprise.error.code === 'ENTERPRISE_NOT_FOUND';
  const credit = useEnterpriseCredit(code, enterprise.isSuccess);
  const broken = credit.data?.summary.standing === 'broken';
  let ready = false;
  if (code && enterprise.isSuccess && credit.isSuccess) ready = !broken || value.creditAcknowledged;
  if (code && notRegistered) ready = Object.keys(newEnterpriseProblems(value.newEnterprise)).length === 0;
  return { check, enterprise, credit, notRegistered, ready, registered: enterprise.isSuccess, name: enterprise.data?.name ?? (notRegistered ? value.newEnterprise.name.trim() : null) };
}

export function ProblemText({ problem, id }: { problem: FieldProblem | undefined; id: string }) {
  const { t } = useI18n();
  if (!problem) return null;
  return (
    <span className="field-problem" id={id} role="alert">
      {t(`commitment.problem.${problem}`)}
    </span>
  );
}

const NEW_FIELDS: { key: keyof NewEnterpriseDraft; required: boolean }[] = [
  { key: 'name', required: true },
  { key: 'legalRepresentative', required: true },
  { key: 'contactName', required: false },
  { key: 'contactPhone', required: false },
  { key: 'address', required: false },
];

export function EnterpriseStep({ value, onChange, state }: { value: EnterpriseStepValue; onChange(next: EnterpriseStepValue): void; state: ReturnType<typeof useEnterpriseStep> }) {
  const { t } = useI18n();
  const { check, enterprise, credit, notRegistered } = state;
  const problems = newEnterpriseProblems(value.newEnterprise);
  return (
    <fieldset className="wizard-step" data-testid="wizard-enterprise">
      <legend>{t('commitment.wizard.step.enterprise')}</legend>
      <label className="field">
        <span>{t('commitment.uscc')}</span>
        <input
          name="uscc"
          value={value.uscc}
          maxLength={24}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={check.state === 'invalid'}
          aria-describedby="uscc-feedback"
          onChange={(e) => onChange({ ...value, uscc: e.target.value, creditAcknowledged: false })}
          data-testid="wizard-uscc"
        />
        <span id="uscc-feedback" className={check.state === 'invalid' ? 'field-problem' : 'fine-print'} data-uscc-state={check.state}>
          {check.state === 'empty' && t('commitment.uscc.hint')}
          {check.state === 'invalid' && t(`commitment.uscc.${check.reason}`)}
          {check.state === 'valid' && `✓ ${t('commitment.uscc.valid')}`}
        </span>
      </label>

      {check.state === 'valid' && enterprise.isPending && <Loading label={t('commitment.wizard.lookingUp')} />}
      {check.state === 'valid' && enterprise.isError && !notRegistered && <ErrorState error={enterprise.error} onRetry={() => void enterprise.refetch()} />}
      {enterprise.isSuccess && (
        <div className="wizard-found" data-testid="wizard-enterprise-found">
          <p>
            {t('commitment.wizard.registered')} <Link to={enterprisePath(enterprise.data.uscc)}>{enterprise.data.name}</Link>
          </p>
          <p className="fine-print">
            {enterprise.data.legalRepresentative && `${t('commitment.legalRepresentative')}：${enterprise.data.legalRepresentative} · `}
            {enterprise.data.address}
          </p>
        </div>
      )}
      {notRegistered && (
        <div className="wizard-new" data-testid="wizard-enterprise-new">
          <p className="note">{t('commitment.wizard.notRegistered')}</p>
          {NEW_FIELDS.map(({ key, required }) => (
            <label key={key} className="field">
              <span>
                {t(`commitment.field.${key}`)}
                {required && <span aria-hidden="true"> *</span>}
              </span>
              <input
                name={key}
                required={required}
                value={value.newEnterprise[key]}
                aria-invalid={problems[key] !== undefined && value.newEnterprise[key] !== ''}
                onChange={(e) => onChange({ ...value, newEnterprise: { ...value.newEnterprise, [key]: e.target.value } })}
                data-testid={`wizard-new-${key}`}
              />
              {value.newEnterprise[key] !== '' && <ProblemText problem={problems[key]} id={`new-${key}-problem`} />}
            </label>
          ))}
          <p className="fine-print">{t('commitment.wizard.noCreditYet')}</p>
        </div>
      )}

      {enterprise.isSuccess && (
        <section className="credit-check" aria-labelledby="credit-check-title" data-testid="wizard-credit">
          <h4 id="credit-check-title">{t('commitment.wizard.creditCheck')}</h4>
          {credit.isPending ? (
            <Loading label={t('commitment.wizard.creditLoading')} />
          ) : credit.isError ? (
            <ErrorState error={credit.error} onRetry={() => void credit.refetch()} />
          ) : (
            <>
              <CreditStanding kept={credit.data.summary.kept} broken={credit.data.summary.broken} />
              {credit.data.records.slice(0, 3).map((r) => (
                <p key={r.id} className="fine-print">
                  {r.kind === 'broken' ? '✗' : '✓'} {r.reason}（{r.commitmentId}）
                </p>
              ))}
              {credit.data.summary.standing === 'broken' && (
                <label className="checkbox credit-ack">
                  <input type="checkbox" checked={value.creditAcknowledged} onChange={(e) => onChange({ ...value, creditAcknowledged: e.target.checked })} data-testid="wizard-credit-ack" />
                  <span>{t('commitment.wizard.creditAck')}</span>
                </label>
              )}
            </>
          )}
          <p className="fine-print">{t('commitment.wizard.creditWhy')}</p>
        </section>
      )}
    </fieldset>
  );
}
