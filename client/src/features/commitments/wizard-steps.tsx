// Wizard steps 2–4: the project (investment project code checked as typed, optionally filled from the
// investment approval platform), the committed indicators (parcel requirement next to the committed
// value, only stricter allowed), and the deadlines (开工 < 竣工 < 达产).
import { useMutation } from '@tanstack/react-query';
import { INDICATORS, type ParcelIndicator } from '../../../../server/src/domain/indicators';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { errorDetail } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import { boundDigits, describeBound, formatNumber } from '../../lib/format';
import { formatLongDate } from '../sheet/long-date';
import { commitmentApi } from './commitment-api';
import { checkIndicatorDrafts, type IndicatorDraft, type IndicatorDrafts, type IndicatorRowCheck } from './committed-indicator-form';
import { daysBetween, type DeadlinesDraft, deadlineProblems, type ProjectDraft, projectProblems, startsInThePast, suggestedDeadlines } from './letter-wizard-model';
import { ProblemText } from './wizard-enterprise-step';

export function ProjectStep({ value, onChange, uscc, parcelIndustry }: { value: ProjectDraft; onChange(next: ProjectDraft): void; uscc: string; parcelIndustry: string | null }) {
  const { t } = useI18n();
  const problems = projectProblems(value);
  const lookup = useMutation({
    mutationFn: (code: string) => commitmentApi.project(code),
    onSuccess: (project) => onChange({ ...value, name: project.name, industryCode: project.industryCode.slice(0, 2) }),
  });
  const lookupNote = (() => {
    if (lookup.isSuccess) return lookup.data.uscc === uscc ? t('commitment.project.found') : t('commitment.project.otherEnterprise', { uscc: lookup.data.uscc });
    if (lookup.isError) {
      const code = lookup.error instanceof ApiError ? lookup.error.code : '';
      if (code === 'PLATFORM_NOT_CONFIGURED') return t('commitment.project.noPlatform');
      if (code === 'PROJECT_NOT_FOUND') return t('commitment.project.notFound');
      return errorDetail(lookup.error, t('common.networkError'));
    }
    return null;
  })();
  return (
    <fieldset className="wizard-step" data-testid="wizard-project">
      <legend>{t('commitment.wizard.step.project')}</legend>
      <label className="field">
        <span>{t('commitment.projectCode')} *</span>
        <span className="field-inline">
          <input
            name="projectCode"
            value={value.code}
            placeholder="2026-140702-39-03-000123"
            spellCheck={false}
            aria-invalid={problems.code !== undefined && value.code !== ''}
            onChange={(e) => onChange({ ...value, code: e.target.value })}
            data-testid="wizard-project-code"
          />
          <button type="button" className="button button-secondary" disabled={problems.code !== undefined || lookup.isPending} onClick={() => lookup.mutate(value.code.trim())}>
            {t('commitment.project.lookup')}
          </button>
        </span>
        {value.code !== '' ? <ProblemText problem={problems.code} id="project-code-problem" /> : <span className="fine-print">{t('commitment.project.codeHint')}</span>}
        {lookupNote && (
          <span className="fine-print" role="status">
            {lookupNote}
          </span>
        )}
      </label>
      <label className="field">
        <span>{t('commitment.project')} *</span>
        <input name="projectName" value={value.name} maxLength={200} onChange={(e) => onChange({ ...value, name: e.target.value })} data-testid="wizard-project-name" />
        {value.name !== '' && <ProblemText problem={problems.name} id="project-name-problem" />}
      </label>
      <label className="field">
        <span>{t('commitment.industryCode')}</span>
        <input name="industryCode" value={value.industryCode} maxLength={2} inputMode="numeric" placeholder={parcelIndustry ?? ''} onChange={(e) => onChange({ ...value, industryCode: e.target.value })} />
        <ProblemText problem={problems.industryCode} id="industry-problem" />
        <span className="fine-print">{t('commitment.project.industryHint')}</span>
      </label>
    </fieldset>
  );
}

function RowProblem({ row }: { row: IndicatorRowCheck }) {
  const { t } = useI18n();
  if (!row.problem) return null;
  const params: Record<string, string> = row.problem.range ? { min: formatNumber(row.problem.range[0]), max: formatNumber(row.problem.range[1]) } : {};
  return (
    <span className="field-problem" role="alert" data-problem={row.problem.reason}>
      {t(`commitment.indicatorProblem.${row.problem.reason}`, params)}
    </span>
  );
}

export function IndicatorsStep({ indicators, value, onChange }: { indicators: readonly ParcelIndicator[]; value: IndicatorDrafts; onChange(next: IndicatorDrafts): void }) {
  const { t, locale } = useI18n();
  const check = checkIndicatorDrafts(indicators, value);
  const set = (key: ParcelIndicator['key'], patch: IndicatorDraft) => onChange({ ...value, [key]: { ...value[key], ...patch } });
  return (
    <fieldset className="wizard-step" data-testid="wizard-indicators">
      <legend>{t('commitment.wizard.step.indicators')}</legend>
      <p className="fine-print">{t('commitment.wizard.indicatorsHint')}</p>
      <div className="table-scroll">
        <table className="data-table committed-table">
          <thead>
            <tr>
              <th scope="col">{t('detail.indicator')}</th>
              <th scope="col">{t('commitment.parcelRequirement')}</th>
              <th scope="col">{t('commitment.committedValue')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => {
              const row = check.rows.find((r) => r.key === indicator.key) as IndicatorRowCheck;
              const definition = INDICATORS.find((d) => d.key === indicator.key);
              const label = definition ? labelOf(definition, locale) : indicator.key;
              const required = describeBound(indicator, definition?.unit ?? indicator.unit, locale, boundDigits(indicator.key));
              const draft = value[indicator.key] ?? {};
              const input = (field: 'value' | 'valueMax', placeholder: number | null, aria: string) => (
                <input
                  className="number-input"
                  inputMode="decimal"
                  value={draft[field] ?? ''}
                  placeholder={placeholder === null ? '' : String(placeholder)}
                  aria-label={aria}
                  aria-invalid={row.problem !== null}
                  onChange={(e) => set(indicator.key, { [field]: e.target.value })}
                  data-testid={`commit-${indicator.key}-${field}`}
                />
              );
              return (
                <tr key={indicator.key} data-indicator={indicator.key} data-invalid={row.problem !== null} className={row.problem ? 'row-invalid' : undefined}>
                  <th scope="row">{label}</th>
                  <td title={required.words}>{required.symbol}</td>
                  <td>
                    {!row.editable ? (
                      <span className="muted">{t('commitment.wizard.fixed')}</span>
                    ) : indicator.comparator === 'range' ? (
                      <span className="range-pair">
                        {input('value', indicator.value, `${label} ${t('search.min')}`)}–{input('valueMax', indicator.valueMax, `${label} ${t('search.max')}`)}
                      </span>
                    ) : (
                      <>
                        <span aria-hidden="true">{indicator.comparator === 'min' ? '≥ ' : '≤ '}</span>
                        {input('value', indicator.value, label)}
                      </>
                    )}
                    {row.stricter && !row.problem && <span className="fine-print stricter-note">{t('commitment.stricter')}</span>}
                    <RowProblem row={row} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}

export function DeadlinesStep({ value, onChange, today }: { value: DeadlinesDraft; onChange(next: DeadlinesDraft): void; today: string }) {
  const { t, locale } = useI18n();
  const problems = deadlineProblems(value);
  const fields: (keyof DeadlinesDraft)[] = ['startBy', 'completeBy', 'outputBy'];
  return (
    <fieldset className="wizard-step" data-testid="wizard-deadlines">
      <legend>{t('commitment.wizard.step.deadlines')}</legend>
      {fields.map((key) => (
        <label key={key} className="field">
          <span>{t(`commitment.field.${key}`)} *</span>
          <input type="date" name={key} value={value[key]} onChange={(e) => onChange({ ...value, [key]: e.target.value })} data-testid={`wizard-${key}`} />
          <ProblemText problem={problems[key]} id={`${key}-problem`} />
          {!problems[key] && value[key] && (
            <span className="fine-print">{t('commitment.wizard.inDays', { date: formatLongDate(value[key], locale), n: daysBetween(today, value[key]) })}</span>
          )}
        </label>
      ))}
      {startsInThePast(value, today) && <p className="note note-warning">{t('commitment.wizard.startInPast')}</p>}
      <button type="button" className="button button-secondary" onClick={() => onChange(suggestedDeadlines(today))}>
        {t('commitment.wizard.suggest')}
      </button>
    </fieldset>
  );
}
