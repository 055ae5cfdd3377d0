// The parcel's control indicators in the editor: one row per indicator with its comparator, value(s)
// and the unit from the shared catalogue (read-only), checked as typed by the same rule the API
// applies (indicatorProblem); indicators the land use requires for publishing are marked and can be
// added in one go.
import { useState } from 'react';
import { COMPARATORS, type Comparator, INDICATOR_PLAUSIBLE_RANGE, indicatorDefinition, type IndicatorKey, requiredIndicatorKeys } from '../../../../server/src/domain/indicators';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { formatNumber, unitLabel, withUnit } from '../../lib/format';
import { addableIndicators, type IndicatorCheck, type IndicatorDraft, missingRequired, newIndicatorDraft } from './editor-model';

interface Props {
  landUseCode: string;
  value: IndicatorDraft[];
  checks: IndicatorCheck[];
  disabled: boolean;
  onChange(value: IndicatorDraft[]): void;
}

function problemText(check: IndicatorCheck | undefined, t: (id: 'staff.problem.NOT_A_NUMBER') => string): string | null {
  if (!check || check.ok) return null;
  return 'rule' in check ? check.rule : t('staff.problem.NOT_A_NUMBER');
}

function IndicatorRow({ draft, check, required, onChange, onRemove }: { draft: IndicatorDraft; check: IndicatorCheck | undefined; required: boolean; onChange(d: IndicatorDraft): void; onRemove(): void }) {
  const { t, locale } = useI18n();
  const definition = indicatorDefinition(draft.key);
  const [lo, hi] = INDICATOR_PLAUSIBLE_RANGE[draft.key];
  const unit = unitLabel(definition.unit, locale);
  const problem = problemText(check, t);
  const problemId = `indicator-problem-${draft.key}`;
  const aria = problem ? { 'aria-invalid': true, 'aria-describedby': problemId } : {};
  const text = definition.valueType === 'text';
  const id = (part: string) => `indicator-${draft.key}-${part}`;
  return (
    <li className="indicator-row" data-indicator={draft.key} data-invalid={problem ? 'true' : undefined}>
      <div className="indicator-row-head">
        <strong id={id('label')}>{labelOf(definition, locale)}</strong>
        {required && <span className="flag flag-required">{t('staff.indicators.required')}</span>}
        <button type="button" className="link-button" onClick={onRemove} aria-label={t('staff.indicators.remove', { name: labelOf(definition, locale) })}>
          {t('common.remove')}
        </button>
      </div>
      <div className="indicator-fields" role="group" aria-labelledby={id('label')}>
        <label className="field">
          <span>{t('staff.indicators.comparator')}</span>
          <select value={draft.comparator} disabled={text} onChange={(e) => onChange({ ...draft, comparator: e.target.value as Comparator })} data-testid={id('comparator')}>
            {(text ? (['eq'] as const) : COMPARATORS).map((c) => (
              <option key={c} value={c}>
                {t(`comparator.${c}`)}
              </option>
            ))}
          </select>
        </label>
        {text ? (
          <label className="field field-wide">
            <span>{t('staff.indicators.textValue')}</span>
            <input value={draft.textValue} onChange={(e) => onChange({ ...draft, textValue: e.target.value })} maxLength={200} {...aria} data-testid={id('text')} />
          </label>
        ) : (
          <>
            <label className="field">
              <span>{draft.comparator === 'range' ? t('staff.indicators.lower') : t('staff.indicators.value')}</span>
              <input value={draft.value} inputMode="decimal" onChange={(e) => onChange({ ...draft, value: e.target.value })} {...aria} data-testid={id('value')} />
            </label>
            {draft.comparator === 'range' && (
              <label className="field">
                <span>{t('staff.indicators.upper')}</span>
                <input value={draft.valueMax} inputMode="decimal" onChange={(e) => onChange({ ...draft, valueMax: e.target.value })} {...aria} data-testid={id('max')} />
              </label>
            )}
          </>
        )}
        <label className="field field-unit">
          <span>{t('staff.indicators.unit')}</span>
          <output data-testid={id('unit')}>{unit === '' ? t('staff.indicators.noUnit') : unit}</output>
        </label>
        {!text && (
          <label className="field">
            <span>{t('staff.indicators.areaBase')}</span>
            <select value={draft.areaBase} onChange={(e) => onChange({ ...draft, areaBase: e.target.value === 'net' ? 'net' : 'gross' })}>
              <option value="gross">{t('staff.areaBase.gross')}</option>
              <option value="net">{t('staff.areaBase.net')}</option>
            </select>
          </label>
        )}
      </div>
      {draft.key === 'floorAreaRatio' && (
        <label className="checkbox">
          <input type="checkbox" checked={draft.doubleCountTallStoreys} onChange={(e) => onChange({ ...draft, doubleCountTallStoreys: e.target.checked })} />
          <span>{t('staff.indicators.doubleCount')}</span>
        </label>
      )}
      {draft.key === 'adminFacilityShare' && (
        <label className="checkbox">
          <input type="checkbox" checked={draft.ofFloorArea} onChange={(e) => onChange({ ...draft, ofFloorArea: e.target.checked })} />
          <span>{t('staff.indicators.ofFloorArea')}</span>
        </label>
      )}
      {!text && <span className="fine-print">{t('staff.indicators.plausible', { range: `${formatNumber(lo)}–${withUnit(hi, definition.unit, locale)}` })}</span>}
      {problem && (
        <span id={problemId} className="field-problem" role="alert">
          {problem}
        </span>
      )}
    </li>
  );
}

export function IndicatorsForm({ landUseCode, value, checks, disabled, onChange }: Props) {
  const { t, locale } = useI18n();
  const required = new Set<IndicatorKey>(requiredIndicatorKeys(landUseCode));
  const missing = missingRequired(landUseCode, value);
  const addable = addableIndicators(value);
  const replace = (index: number, next: IndicatorDraft) => onChange(value.map((d, i) => (i === index ? next : d)));
  return (
    <fieldset className="staff-card indicators-form" disabled={disabled}>
      <legend>{t('detail.indicators')}</legend>
      {missing.length > 0 && (
        <div className="note note-warning" role="status" data-testid="missing-indicators">
          {t('staff.indicators.missing', { list: missing.map((k) => labelOf(indicatorDefinition(k), locale)).join(locale === 'zh' ? '、' : ', ') })}{' '}
          <button type="button" className="button button-secondary button-small" onClick={() => onChange([...value, ...missing.map(newIndicatorDraft)])} data-testid="add-required">
            {t('staff.indicators.addRequired', { n: missing.length })}
          </button>
        </div>
      )}
      {value.length === 0 ? (
        <p className="state state-empty">{t('detail.noIndicators')}</p>
      ) : (
        <ul className="indicator-rows">
          {value.map((draft, i) => (
            <IndicatorRow
              key={draft.key}
              draft={draft}
              check={checks[i]}
              required={required.has(draft.key)}
              onChange={(next) => replace(i, next)}
              onRemove={() => onChange(value.filter((_, j) => j !== i))}
            />
          ))}
        </ul>
      )}
      {addable.length > 0 && <AddIndicator addable={addable} onAdd={(key) => onChange([...value, newIndicatorDraft(key)])} />}
    </fieldset>
  );
}

function AddIndicator({ addable, onAdd }: { addable: readonly IndicatorKey[]; onAdd(key: IndicatorKey): void }) {
  const { t, locale } = useI18n();
  const [chosen, setChosen] = useState<IndicatorKey | ''>('');
  const key = chosen !== '' && addable.includes(chosen) ? chosen : addable[0];
  return (
    <div className="add-indicator">
      <label className="field">
        <span>{t('staff.indicators.add')}</span>
        <select value={key} onChange={(e) => setChosen(e.target.value as IndicatorKey)} data-testid="add-indicator-key">
          {addable.map((k) => (
            <option key={k} value={k}>
              {labelOf(indicatorDefinition(k), locale)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button-secondary" onClick={() => key && onAdd(key)}>
        {t('staff.indicators.addButton')}
      </button>
    </div>
  );
}
