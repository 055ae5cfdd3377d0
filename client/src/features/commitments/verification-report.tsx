// A verification's per-indicator report (竣工验收 / 达产复核): committed bound, measured value, margin,
// verdict with its reason, and the plan features behind a failure. The same columns and words as the
// check tool's results (check-results.tsx), which renders a whole CheckReport rather than these rows.
import { STRUCTURAL_CHECKS } from '../../../../server/src/checks';
import { INDICATORS } from '../../../../server/src/domain/indicators';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { boundDigits, describeBound, formatSigned, withUnit } from '../../lib/format';
import type { VerificationResult } from './commitment-api';

const ICON = { pass: '✓', fail: '✗', not_provided: '…', not_applicable: '–', error: '!' } as const;

function resultLabel(result: VerificationResult, locale: 'zh' | 'en'): string {
  const definition = INDICATORS.find((d) => d.key === result.key) ?? (result.key in STRUCTURAL_CHECKS ? STRUCTURAL_CHECKS[result.key as keyof typeof STRUCTURAL_CHECKS] : undefined);
  return definition ? labelOf(definition, locale) : result.labelZh;
}

export function VerificationReport({ results, testId }: { results: readonly VerificationResult[]; testId?: string }) {
  const { t, locale } = useI18n();
  if (results.length === 0) return <p className="state state-empty">{t('commitment.verify.noResults')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table results-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('detail.indicator')}</th>
            <th scope="col">{t('commitment.verify.committed')}</th>
            <th scope="col">{t('check.actual')}</th>
            <th scope="col">{t('check.margin')}</th>
            <th scope="col">{t('check.result')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => {
            const { unit } = result;
            const textValue = typeof result.required.value === 'string' ? result.required.value : null;
            const bound = describeBound({ ...result.required, textValue }, unit, locale, boundDigits(result.key));
            const features = [...new Set([...result.evidence.features, ...result.evidence.details.flatMap((d) => d.features)])];
            return (
              <tr key={result.key} className={`result result-${result.status}`} data-check={result.key} data-status={result.status}>
                <th scope="row">
                  {resultLabel(result, locale)}
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
    </div>
  );
}
