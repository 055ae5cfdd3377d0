// The check report as a table: each indicator with required vs actual, margin and a verdict that
// reads without colour (✓ / ✗ and a word).
import { type CheckReport, type CheckResult, type ResultStatus, STRUCTURAL_CHECKS } from '../../../../server/src/checks';
import { INDICATORS } from '../../../../server/src/domain/indicators';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { boundDigits, describeBound, formatM2, formatSigned, withUnit } from '../../lib/format';

const ICON: Record<ResultStatus, string> = { pass: '✓', fail: '✗', not_provided: '…', not_applicable: '–', error: '!' };

function ResultLabel({ result }: { result: CheckResult }) {
  const { t, locale } = useI18n();
  const definition = INDICATORS.find((d) => d.key === result.key) ?? (result.key in STRUCTURAL_CHECKS ? STRUCTURAL_CHECKS[result.key as keyof typeof STRUCTURAL_CHECKS] : undefined);
  const label = definition ? labelOf(definition, locale) : result.labelZh;
  return (
    <>
      {label}
      {!result.blocking && <span className="muted">{t('check.advisory')}</span>}
    </>
  );
}

export function CheckResults({ report }: { report: CheckReport }) {
  const { t, locale } = useI18n();
  const { areas } = report;
  return (
    <div className="check-results">
      <p className={`verdict verdict-${report.verdict}`} role="status" aria-live="polite" data-verdict={report.verdict}>
        {t(`verdict.${report.verdict}`)}
      </p>
      <p className="fine-print">
        {t('check.areas', {
          parcel: formatM2(areas.parcelM2),
          footprint: areas.buildingFootprintM2 === null ? '—' : formatM2(areas.buildingFootprintM2),
          floor: areas.totalFloorAreaM2 === null ? '—' : formatM2(areas.totalFloorAreaM2),
        })}
      </p>
      <table className="data-table results-table">
        <thead>
          <tr>
            <th scope="col">{t('detail.indicator')}</th>
            <th scope="col">{t('check.required')}</th>
            <th scope="col">{t('check.actual')}</th>
            <th scope="col">{t('check.margin')}</th>
            <th scope="col">{t('check.result')}</th>
          </tr>
        </thead>
        <tbody>
          {report.results.map((result) => {
            const { unit } = result;
            const textValue = typeof result.required.value === 'string' ? result.required.value : null;
            const bound = describeBound({ ...result.required, textValue }, unit, locale, boundDigits(result.key));
            const features = [...new Set([...result.features, ...result.details.flatMap((d) => d.features)])];
            return (
              <tr key={result.key} className={`result result-${result.status}`} data-check={result.key} data-status={result.status}>
                <th scope="row">
                  <ResultLabel result={result} />
                  {features.length > 0 && result.status !== 'pass' && <span className="fine-print">{t('check.offending', { ids: features.join(', ') })}</span>}
                </th>
                <td title={bound.words}>{bound.symbol}</td>
                <td>{result.actual === null ? '—' : withUnit(result.actual, unit, locale)}</td>
                <td>{result.margin === null ? '—' : withUnit(formatSigned(result.margin), unit, locale)}</td>
                <td>
                  <span className={`result-badge result-badge-${result.status}`}>
                    <span aria-hidden="true">{ICON[result.status]} </span>
                    {t(`resultStatus.${result.status}`)}
                  </span>
                  {result.status !== 'pass' && <span className="fine-print">{t(`reason.${result.reason}`)}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {report.warnings.length > 0 && (
        <section aria-label={t('check.warnings')}>
          <h4>{t('check.warnings')}</h4>
          <ul className="warnings">
            {report.warnings.map((w, i) => (
              <li key={`${w.code}-${i}`}>
                {t(`warning.${w.code}`)}
                {w.features.length > 0 && <span className="muted"> ({w.features.join(', ')})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
