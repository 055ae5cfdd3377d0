// A parcel's control indicators: label, the bound as a symbol ("≥ 300 万元/亩", "1.0–2.5") and in words.
import { INDICATORS, type ParcelIndicator } from '../../../../server/src/domain/indicators';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { boundDigits, describeBound } from '../../lib/format';

export function IndicatorTable({ indicators }: { indicators: readonly ParcelIndicator[] }) {
  const { t, locale } = useI18n();
  if (indicators.length === 0) return <p className="state state-empty">{t('detail.noIndicators')}</p>;
  return (
    <table className="data-table indicator-table">
      <thead>
        <tr>
          <th scope="col">{t('detail.indicator')}</th>
          <th scope="col">{t('detail.requirement')}</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((indicator) => {
          const definition = INDICATORS.find((d) => d.key === indicator.key);
          const bound = describeBound(indicator, definition?.unit ?? indicator.unit, locale, boundDigits(indicator.key));
          return (
            <tr key={indicator.key} data-indicator={indicator.key}>
              <th scope="row">{definition ? labelOf(definition, locale) : indicator.key}</th>
              <td>
                <span className="bound">{bound.symbol}</span>
                <span className="bound-words">{bound.words}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
