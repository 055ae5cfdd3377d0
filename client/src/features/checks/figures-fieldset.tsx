// The project figures a set of indicators needs (investment, output, tax …), typed as text and kept as
// a draft until sent: the check tool and a letter's verification ask for them the same way.
import { useI18n } from '../../app/locale';
import type { FigureName, FiguresDraft } from './figures';

interface Props {
  names: readonly FigureName[];
  figures: FiguresDraft;
  onChange(figures: FiguresDraft): void;
}

export function FiguresFieldset({ names, figures, onChange }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="figures">
      <legend>{t('check.figures')}</legend>
      {names.map((name) => (
        <label key={name} className="field">
          <span>{t(`figure.${name}`)}</span>
          <input
            name={name}
            type={name === 'emissionStandard' ? 'text' : 'number'}
            min={0}
            step="any"
            inputMode={name === 'emissionStandard' ? 'text' : 'decimal'}
            value={figures[name] ?? ''}
            onChange={(e) => onChange({ ...figures, [name]: e.target.value })}
            data-testid={`figure-${name}`}
          />
        </label>
      ))}
    </fieldset>
  );
}
