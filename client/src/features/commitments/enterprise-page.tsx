// An enterprise (/enterprises/:uscc): who it is (personal fields only for staff and itself), its
// commitment letters, and its credit history — the full record for staff and the enterprise, the
// counts of 守信 / 失信 records for everyone else.
import { useEffect } from 'react';
import { useI18n } from '../../app/locale';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import type { EnterpriseView } from './commitment-api';
import { seesEnterpriseRecords } from './commitment-permissions';
import { useAccount, useEnterprise, useEnterpriseCredit } from './commitment-queries';
import { CreditStanding, CreditTable } from './credit-records';
import { LettersTable } from './letters-table';

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
  const { t } = useI18n();
  if (enterprise.commitments.length === 0) return <p className="state state-empty">{t('commitment.noLetters')}</p>;
  return <LettersTable letters={enterprise.commitments} testId="enterprise-letters" />;
}
