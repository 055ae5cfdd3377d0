// Indicator results as a table: each indicator with its bound, the actual value, the margin and a
// verdict that reads without colour (✓ / ✗ and a word), with the reason and the plan features behind
// a failure. The check tool's report (check-results.tsx) and a letter's verification report
// (commitments/verification-report.tsx) both show their rows with it.
import { type CheckResult, type ResultStatus, STRUCTURAL_CHECKS } from '../../../../server/src/checks';
import { INDICATORS } from '../../../../server/src/domain/indicators';
import { labelOf, type MessageId } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { boundDigits, describeBound, formatSigned, withUnit } from '../../lib/format';

export type ResultRow = Pick<CheckResult, 'key' | 'labelZh' | 'required' | 'actual' | 'unit' | 'status' | 'reason' | 'margin' | 'features' | 'details'> & {
  /** False for advisory checks (overlaps), marked as such; rows are deciding ones unless said. */
  blocking?: boolean;
};

const ICON: Record<ResultStatus, string> = { pass: '✓', fail: '✗', not_provided: '…', not_applicable: '–', error: '!' };

interface Props {
  rows: readonly ResultRow[];
  /** The bound column's heading: the parcel's requirement, or the letter's committed value. */
  boundHeading?: MessageId;
  testId?: string;
}

export function ResultsTable({ rows, boundHeading = 'check.required', testId }: Props) {
  const { t, locale } = useI18n();
  return (
    <table className="data-table results-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('detail.indicator')}</th>
          <th scope="col">{t(boundHeading)}</th>
          <th scope="col">{t('check.actual')}</th>
          <th scope="col">{t('check.margin')}</th>
          <th scope="col">{t('check.result')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const { unit } = row;
          const textValue = typeof row.required.value === 'string' ? row.required.value : null;
          const bound = describeBound({ ...row.required, textValue }, unit, locale, boundDigits(row.key));
          const features = [...new Set([...row.features, ...row.details.flatMap((d) => d.features)])];
          const definition = INDICATORS.find((d) => d.key === row.key) ?? (row.key in STRUCTURAL_CHECKS ? STRUCTURAL_CHECKS[row.key as keyof typeof STRUCTURAL_CHECKS] : undefined);
          return (
            <tr key={row.key} className={`result result-${row.status}`} data-check={row.key} data-status={row.status}>
              <th scope="row">
                {definition ? labelOf(definition, locale) : row.labelZh}
                {row.blocking === false && <span className="muted">{t('check.advisory')}</span>}
                {features.length > 0 && row.status !== 'pass' && <span className="fine-print">{t('check.offending', { ids: features.join(', ') })}</span>}
              </th>
              <td title={bound.words}>{bound.symbol}</td>
              <td>{row.actual === null ? '—' : withUnit(row.actual, unit, locale)}</td>
              <td>{row.margin === null ? '—' : withUnit(formatSigned(row.margin), unit, locale)}</td>
              <td>
                <span className={`result-badge result-badge-${row.status}`}>
                  <span aria-hidden="true">{ICON[row.status]} </span>
                  {t(`resultStatus.${row.status}`)}
                </span>
                {row.status !== 'pass' && <span className="fine-print">{t(`reason.${row.reason}`)}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
