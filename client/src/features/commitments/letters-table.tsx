// Letters as a table: project and letter number, parcel, (enterprise,) status and the three deadlines;
// each row opens its letter. The staff list (letters-screen.tsx) and an enterprise's page both use it.
import { Link } from 'react-router';
import { useI18n } from '../../app/locale';
import { formatLongDate } from '../sheet/long-date';
import { type CommitmentSummary, type EnterpriseLetter, enterprisePath, letterPath, parcelPath } from './commitment-api';
import { CommitmentStatusBadge } from './commitment-status-badge';

type LetterRow = EnterpriseLetter & Partial<Pick<CommitmentSummary, 'uscc' | 'enterpriseName'>>;

interface Props {
  letters: readonly LetterRow[];
  /** The staff list names each letter's enterprise; an enterprise's own page does not need to. */
  withEnterprise?: boolean;
  className?: string;
  testId: string;
}

export function LettersTable({ letters, withEnterprise = false, className = 'data-table', testId }: Props) {
  const { t, locale } = useI18n();
  return (
    <div className="table-scroll">
      <table className={className} data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('commitment.letter')}</th>
            <th scope="col">{t('commitment.parcel')}</th>
            {withEnterprise && <th scope="col">{t('commitment.enterprise')}</th>}
            <th scope="col">{t('commitment.status')}</th>
            <th scope="col">{t('commitment.deadlines')}</th>
          </tr>
        </thead>
        <tbody>
          {letters.map((c) => (
            <tr key={c.id} data-letter={c.id} data-status={c.status}>
              <th scope="row">
                <Link to={letterPath(c.id)}>{c.projectName}</Link>
                <span className="fine-print">{c.id}</span>
              </th>
              <td>
                <Link to={parcelPath(c.parcelCode)}>{c.parcelCode}</Link>
                <span className="fine-print">{c.parcelName}</span>
              </td>
              {withEnterprise && <td>{c.uscc ? <Link to={enterprisePath(c.uscc)}>{c.enterpriseName}</Link> : '—'}</td>}
              <td>
                <CommitmentStatusBadge status={c.status} />
              </td>
              <td>
                <span className="fine-print">
                  {t('commitment.deadlinesShort', { start: formatLongDate(c.startBy, locale), complete: formatLongDate(c.completeBy, locale), output: formatLongDate(c.outputBy, locale) })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
