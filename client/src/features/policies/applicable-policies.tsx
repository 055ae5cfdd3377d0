// "适用政策": the policies in force that apply to a parcel (linked to it, to its zone or covering its
// division), for the parcel panel and the hall. Links open the policy library.
import './policies.css';
import { Link } from 'react-router';
import { useI18n } from '../../app/locale';
import { ErrorState, Loading } from '../../components/query-state';
import { useApplicablePolicies } from './policy-queries';
import { categoryLabel } from './policy-labels';

interface Props {
  parcelCode: string;
  /** How many to list before "see all"; default 5. */
  limit?: number;
  /** Heading level inside the host panel; default h3. */
  headingLevel?: 'h2' | 'h3' | 'h4';
}

export function ApplicablePolicies({ parcelCode, limit = 5, headingLevel: Heading = 'h3' }: Props) {
  const { t, locale } = useI18n();
  const query = useApplicablePolicies(parcelCode, limit);
  const all = `/policies?parcel=${encodeURIComponent(parcelCode)}&validity=current`;
  return (
    <section className="applicable-policies" aria-label={t('policies.applicable.title')} data-testid="applicable-policies">
      <Heading>{t('policies.applicable.title')}</Heading>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <p className="state state-empty">
          {t('policies.applicable.empty')} <Link to="/policies">{t('policies.applicable.browse')}</Link>
        </p>
      ) : (
        <>
          <ul className="policy-mini-list">
            {query.data.items.map((p) => (
              <li key={p.id}>
                <span className="policy-tag">{categoryLabel(p.category, locale)}</span>
                {p.exemptApplication && <span className="policy-tag policy-tag-exempt">{t('policies.exempt')}</span>}
                <Link to={`/policies/${p.id}`} className="policy-mini-title">
                  {p.title}
                </Link>
                <span className="policy-mini-meta">
                  {p.issuer} · {p.issuedOn}
                </span>
              </li>
            ))}
          </ul>
          {query.data.total > query.data.items.length && (
            <Link to={all} className="policy-mini-more">
              {t('policies.applicable.all', { n: query.data.total })}
            </Link>
          )}
        </>
      )}
    </section>
  );
}
