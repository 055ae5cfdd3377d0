// One policy: its facts, full text, attachments, the zones and parcels it applies to, the public
// questions and answers, and the consultation box for the signed-in account.
import { Link } from 'react-router';
import { useI18n } from '../../app/locale';
import { ErrorState, Loading } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import { ConsultationSection } from './consultation-section';
import { beijingMinute, categoryLabel, channelLabel, scopeDivisionLabel, validityLabel, validityRange } from './policy-labels';
import { usePolicy } from './policy-queries';

export function PolicyDetailView({ id, backTo }: { id: number; backTo: string }) {
  const { t, locale } = useI18n();
  const query = usePolicy(id);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <p className="state state-empty">{t('policies.notFound', { id })}</p>;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const p = query.data;
  const scope = scopeDivisionLabel(p.scopeDivision, locale);
  return (
    <article className="policy-detail" data-testid="policy-detail">
      <Link to={backTo} className="only-phone">
        ← {t('policies.back')}
      </Link>
      <p>
        <span className="policy-tag">{categoryLabel(p.category, locale)}</span>
        {p.exemptApplication && <span className="policy-tag policy-tag-exempt">{t('policies.exempt')}</span>}
        <span className={`policy-tag policy-tag-${p.validity}`}>{validityLabel(p.validity, locale)}</span>
      </p>
      <h2>{p.title}</h2>
      <dl className="policy-meta">
        <dt>{t('policies.issuer')}</dt>
        <dd>{p.issuer}</dd>
        {p.documentNo && (
          <>
            <dt>{t('policies.documentNo')}</dt>
            <dd>{p.documentNo}</dd>
          </>
        )}
        <dt>{t('policies.issuedOn')}</dt>
        <dd>{p.issuedOn}</dd>
        <dt>{t('policies.effective')}</dt>
        <dd>{validityRange(p, locale)}</dd>
        {(scope || p.zones.length > 0 || p.parcels.length > 0) && (
          <>
            <dt>{t('policies.scope')}</dt>
            <dd>{[scope, ...p.zones.map((z) => z.name)].filter(Boolean).join('、') || '—'}</dd>
          </>
        )}
        {p.contact && (
          <>
            <dt>{t('policies.contact')}</dt>
            <dd>{p.contact}</dd>
          </>
        )}
      </dl>
      {p.exemptApplication && <p className="note">{t('policies.exemptNote')}</p>}
      {p.summary && (
        <>
          <h3>{t('policies.summary')}</h3>
          <p>{p.summary}</p>
        </>
      )}
      <h3>{t('policies.fullText')}</h3>
      <div className="policy-full-text">{p.fullText}</div>
      <h3>{t('policies.attachments')}</h3>
      {p.attachments.length === 0 ? (
        <p className="muted">{t('policies.noAttachments')}</p>
      ) : (
        <ul>
          {p.attachments.map((a) => (
            <li key={a.url + a.name}>
              <a href={a.url} target="_blank" rel="noopener noreferrer">
                {a.name}
              </a>{' '}
              <span className="muted">{a.mediaType}</span>
            </li>
          ))}
        </ul>
      )}
      {p.parcels.length > 0 && (
        <>
          <h3>{t('policies.parcels')}</h3>
          <ul>
            {p.parcels.map((parcel) => (
              <li key={parcel.code}>
                <Link to={`/?parcel=${encodeURIComponent(parcel.code)}`}>
                  {parcel.code} {parcel.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('policies.faq')}</h3>
      {p.faq.length === 0 ? (
        <p className="muted">{t('policies.faqEmpty')}</p>
      ) : (
        p.faq.map((c) => (
          <div key={c.id} className="consultation">
            <p className="consultation-q">{c.question}</p>
            <p className="consultation-a">{c.answer}</p>
            {c.answeredAt && <p className="consultation-meta">{t('consult.answeredMeta', { channel: channelLabel(c.answeredChannel, locale), time: beijingMinute(c.answeredAt) })}</p>}
          </div>
        ))
      )}
      <ConsultationSection policyId={p.id} />
    </article>
  );
}
