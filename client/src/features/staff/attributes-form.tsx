// The parcel's attributes in the editor: name, place, land use, supply terms, infrastructure and
// planning conditions, with units in the labels and each field's problem under it.
import type { ReactNode } from 'react';
import { LAND_USES, type LandUseCode } from '../../../../server/src/domain/land-use';
import { INFRASTRUCTURE, SUPPLY_METHODS, type SupplyMethod } from '../../../../server/src/domain/parcel-status';
import { labelOf, type MessageId } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import type { AttributeField, AttributesDraft, FieldProblem } from './editor-model';
import { FieldProblemText } from './field-problem';

interface Props {
  value: AttributesDraft;
  problems: Partial<Record<AttributeField, FieldProblem>>;
  disabled: boolean;
  onChange(value: AttributesDraft): void;
}

function Field({ field, label, problem, children }: { field: string; label: string; problem: FieldProblem | undefined; children: ReactNode }) {
  return (
    <label className="field" data-field={field} data-invalid={problem ? 'true' : undefined}>
      <span>{label}</span>
      {children}
      <FieldProblemText id={`problem-${field}`} problem={problem} />
    </label>
  );
}

type TextField = Exclude<AttributeField, 'landUseCode' | 'supplyMethod' | 'infrastructure'>;

const TEXT_FIELDS: readonly { field: TextField; label: MessageId; numeric: boolean }[] = [
  { field: 'industryCode', label: 'staff.field.industryCode', numeric: false },
  { field: 'declaredAreaM2', label: 'staff.field.declaredAreaM2Unit', numeric: true },
  { field: 'transferTermYears', label: 'staff.field.transferTermYearsUnit', numeric: true },
  { field: 'reservePriceWanYuan', label: 'staff.field.reservePriceUnit', numeric: true },
  { field: 'planningHeightLimitM', label: 'staff.field.planningHeightLimitMUnit', numeric: true },
  { field: 'planningSetbackM', label: 'staff.field.planningSetbackMUnit', numeric: true },
];

export function AttributesForm({ value, problems, disabled, onChange }: Props) {
  const { t, locale } = useI18n();
  const set = <K extends AttributeField>(field: K, v: AttributesDraft[K]) => onChange({ ...value, [field]: v });
  const described = (field: AttributeField) => (problems[field] ? { 'aria-invalid': true, 'aria-describedby': `problem-${field}` } : {});
  return (
    <fieldset className="staff-card attributes-form" disabled={disabled}>
      <legend>{t('staff.editor.attributes')}</legend>
      <Field field="name" label={t('staff.field.name')} problem={problems.name}>
        <input name="name" value={value.name} onChange={(e) => set('name', e.target.value)} required maxLength={200} {...described('name')} data-testid="edit-name" />
      </Field>
      <Field field="location" label={t('staff.field.location')} problem={problems.location}>
        <input name="location" value={value.location} onChange={(e) => set('location', e.target.value)} maxLength={500} {...described('location')} />
      </Field>
      <div className="field-row">
        <Field field="landUseCode" label={t('staff.field.landUseCode')} problem={problems.landUseCode}>
          <select name="landUseCode" value={value.landUseCode} onChange={(e) => set('landUseCode', e.target.value as LandUseCode)}>
            {LAND_USES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.code} {labelOf(l, locale)}
              </option>
            ))}
          </select>
        </Field>
        <Field field="supplyMethod" label={t('staff.field.supplyMethod')} problem={problems.supplyMethod}>
          <select name="supplyMethod" value={value.supplyMethod} onChange={(e) => set('supplyMethod', e.target.value as SupplyMethod)}>
            {SUPPLY_METHODS.map((m) => (
              <option key={m.code} value={m.code}>
                {labelOf(m, locale)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="field-grid">
        {TEXT_FIELDS.map(({ field, label, numeric }) => (
          <Field key={field} field={field} label={t(label)} problem={problems[field]}>
            <input
              name={field}
              value={value[field]}
              inputMode={numeric ? 'decimal' : 'numeric'}
              onChange={(e) => set(field, e.target.value)}
              {...described(field)}
              data-testid={`edit-${field}`}
            />
          </Field>
        ))}
      </div>
      <fieldset className="chips">
        <legend>{t('staff.field.infrastructure')}</legend>
        {INFRASTRUCTURE.map((item) => {
          const checked = value.infrastructure.includes(item.code);
          return (
            <label key={item.code} className="chip">
              <input
                type="checkbox"
                checked={checked}
                onChange={() =>
                  set(
                    'infrastructure',
                    INFRASTRUCTURE.map((i) => i.code).filter((c) => (c === item.code ? !checked : value.infrastructure.includes(c))),
                  )
                }
              />
              <span>{labelOf(item, locale)}</span>
            </label>
          );
        })}
      </fieldset>
    </fieldset>
  );
}
