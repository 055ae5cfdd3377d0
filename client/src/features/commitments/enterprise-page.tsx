// An enterprise (/enterprises/:uscc): who it is (personal fields only for staff and itself), its
// commitment letters, and its credit history — the full record for staff and the enterprise, the
// counts of 守信 / 失信 records for everyone else.
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/locale';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import { formatLongDate } from '../sheet/long-date';
import { type EnterpriseView, letterPath, parcelPath } from './commitment-api';
import { seesEnterpriseRecords } from './commitment-permissions';
import { useAccount, useEnterprise, useEnterpriseCredit } from './commitment-queries';
import { CommitmentStatusBadge } from './commitment-status-badge';
import { CreditStanding, CreditTable } from './credit-records';

export function EnterprisePage({ uscc }: { uscc: string }) {
  const { t } = useI18n();
  const query = useEnterprise(uscc);
  useEffect(() => {
    document.title = `${query.data?.name ?? t('commitment.enterprise')} · ${t('app.title')}`;
  }, [query.data, t]);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.code === 'USCC_INVALID') return <Empty>{t('commitment.enterpriseInvalid', { uscc })}</Empty>;
    if (query.error instanceof ApiError && query.error.status === 404) return <Empty>{t('commitment.enterpriseNotFound', { uscc })}</Empty>;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <Enterprise enterprise={query.data} />;
}

function Enterprise({ enterprise: e }: { enterprise: EnterpriseView }) {
  const { t } = useI18n();
  const { account, ready } = useAccount();
  const full = seesEnterpriseRecords(account, e.uscc, 'GET /api/enterprises/:uscc/credit');
  const credit = useEnterpriseCredit(e.uscc, ready && full);
  return (
    <article className="letter-page" aria-labelledby="enterprise-title" data-testid="enterprise-page">
      <header className="letter-head">
        <div>
          <p className="eyebrow">{t('commitment.enterprise')}</p>
          <h2 id="enterprise-title">{e.name}</h2>
          <p className="letter-sub">
            <code>{e.uscc}</code>
          </p>
        </div>
      </header>
      <div className="letter-grid">
        <div className="letter-main">
          <section className="letter-section" aria-labelledby="enterprise-letters-title">
            <h3 id="enterprise-letters-title">{t('commitment.enterpriseLetters', { n: e.commitments.length })}</h3>
            <EnterpriseLetters enterprise={e} />
          </section>
          <section className="letter-section" aria-labelledby="enterprise-credit-title">
            <h3 id="enterprise-credit-title">{t('commitment.credit.history')}</h3>
            <CreditStanding kept={e.credit.kept} broken={e.credit.broken} />
            {!full ? (
              <p className="fine-print">{t('commitment.credit.restricted')}</p>
            ) : credit.isPending ? (
              <Loading />
            ) : credit.isError ? (
              <ErrorState error={credit.error} onRetry={() => void credit.refetch()} />
            ) : (
              <CreditTable records={credit.data.records} showLetter />
            )}
          </section>
        </div>
        <aside className="letter-side">
          <section className="letter-section" aria-labelledby="enterprise-facts-title">
            <h3 id="enterprise-facts-title">{t('commitment.enterpriseFacts')}</h3>
            <dl className="facts facts-compact">
              <div className="fact">
                <dt>{t('commitment.address')}</dt>
                <dd>{e.address || '—'}</dd>
              </div>
              {e.legalRepresentative !== undefined && (
                <div className="fact">
                  <dt>{t('commitment.legalRepresentative')}</dt>
                  <dd>{e.legalRepresentative}</dd>
                </div>
              )}
              <div className="fact">
                <dt>{t('commitment.contact')}</dt>
                <dd>
                  {e.contactName ?? ''} {e.contactPhone || '—'}
                </dd>
              </div>
            </dl>
            {e.legalRepresentative === undefined && <p className="fine-print">{t('commitment.masked')}</p>}
          </section>
        </aside>
      </div>
    </article>
  );
}

function EnterpriseLetters({ enterprise }: { enterprise: EnterpriseView }) {
  const { t, locale } = useI18n();
  if (enterprise.commitments.length === 0) return <p className="state state-empty">{t('commitment.noLetters')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="enterprise-letters">
        <thead>
          <tr>
            <th scope="col">{t('commitment.letter')}</th>
            <th scope="col">{t('commitment.parcel')}</th>
            <th scope="col">{t('commitment.status')}</th>
            <th scope="col">{t('commitment.deadlines')}</th>
          </tr>
        </thead>
        <tbody>
          {enterprise.commitments.map((c) => (
            <tr key={c.id} data-letter={c.id}>
              <th scope="row">
                <Link to={letterPath(c.id)}>{c.projectName}</Link>
                <span className="fine-print">{c.id}</span>
              </th>
              <td>
                <Link to={parcelPath(c.parcelCode)}>{c.parcelCode}</Link>
                <span className="fine-print">{c.parcelName}</span>
              </td>
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
