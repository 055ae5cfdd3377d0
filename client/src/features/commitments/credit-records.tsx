// Credit records (信用记录): 守信 (kept) or 失信 (broken), with the indicator, committed and actual values
// and the margin; and the one-line standing the approval side decides on.
import { Link } from 'react-router';
import { INDICATORS } from '../../../../server/src/domain/indicators';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { formatNumber, formatSigned } from '../../lib/format';
import { formatDateTime } from '../staff/history-diff';
import { type EnterpriseCreditRecord, letterPath } from './commitment-api';

/** An enterprise's credit record, or a letter's own (which needs no letter number or parcel). */
export type CreditRow = Omit<EnterpriseCreditRecord, 'commitmentId' | 'parcelCode'> & { commitmentId?: string };

const num = (v: number | null) => (v === null ? '—' : formatNumber(v, 2));

export function CreditKind({ kind }: { kind: 'kept' | 'broken' }) {
  const { t } = useI18n();
  return (
    <span className={`credit-kind credit-kind-${kind}`} data-kind={kind}>
      <span aria-hidden="true">{kind === 'kept' ? '✓ ' : '✗ '}</span>
      {t(`commitment.credit.${kind}`)}
    </span>
  );
}

export function CreditTable({ records, showLetter = false }: { records: readonly CreditRow[]; showLetter?: boolean }) {
  const { t, locale } = useI18n();
  if (records.length === 0) return <p className="state state-empty">{t('commitment.credit.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="credit-records">
        <thead>
          <tr>
            <th scope="col">{t('commitment.credit.kind')}</th>
            {showLetter && <th scope="col">{t('commitment.letter')}</th>}
            <th scope="col">{t('detail.indicator')}</th>
            <th scope="col">{t('commitment.credit.values')}</th>
            <th scope="col">{t('commitment.credit.reason')}</th>
            <th scope="col">{t('commitment.credit.decidedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => {
            const indicator = INDICATORS.find((i) => i.key === r.indicatorKey);
            return (
              <tr key={r.id} data-record={r.id}>
                <td>
                  <CreditKind kind={r.kind} />
                  <span className="fine-print">{r.id}</span>
                </td>
                {showLetter && <td>{r.commitmentId ? <Link to={letterPath(r.commitmentId)}>{r.commitmentId}</Link> : '—'}</td>}
                <td>{indicator ? labelOf(indicator, locale) : (r.indicatorKey ?? '—')}</td>
                <td>
                  {r.indicatorKey
                    ? t('commitment.credit.valuesText', { committed: num(r.committedValue), actual: num(r.actualValue), margin: r.margin === null ? '—' : formatSigned(r.margin) })
                    : '—'}
                </td>
                <td>{r.reason}</td>
                <td>{formatDateTime(r.decidedAt, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function CreditStanding({ kept, broken }: { kept: number; broken: number }) {
  const { t } = useI18n();
  const standing = broken > 0 ? 'broken' : 'good';
  return (
    <p className={`credit-standing credit-standing-${standing}`} data-standing={standing} data-testid="credit-standing">
      <span aria-hidden="true">{standing === 'good' ? '✓ ' : '⚠ '}</span>
      {t(`commitment.credit.standing.${standing}`)} · {t('commitment.credit.counts', { kept, broken })}
    </p>
  );
}
