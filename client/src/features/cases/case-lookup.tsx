// For a visitor without an account: open a case by its code (as printed on the receipt).
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { validateCaseCode } from '../../../../server/src/cases/case-code';
import { useI18n } from '../../app/locale';
import { casePath } from './case-api';

export function CaseLookup() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validateCaseCode(code);
    if (!checked.valid) {
      setInvalid(true);
      return;
    }
    navigate(casePath(checked.code));
  };
  return (
    <section className="cases-section case-lookup" aria-labelledby="lookup-heading">
      <h2 id="lookup-heading">{t('case.lookup')}</h2>
      <p className="muted">{t('case.lookupHint')}</p>
      <form className="field-row" onSubmit={submit}>
        <label className="field">
          <span>{t('case.code')}</span>
          <input value={code} onChange={(e) => (setCode(e.target.value), setInvalid(false))} placeholder="DB140702202600012G" aria-invalid={invalid} data-testid="case-lookup-code" />
        </label>
        <button type="submit" className="button">
          {t('case.open')}
        </button>
      </form>
      {invalid && (
        <p className="note note-error" role="alert">
          {t('case.notFound', { code })}
        </p>
      )}
    </section>
  );
}
