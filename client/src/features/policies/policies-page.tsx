// The policy library (/policies, /policies/:id): public, no sign-in needed to read. Filters live in
// the URL; the chosen policy is in the path; signed-in enterprises and hall staff consult there too.
import './policies.css';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { isLocale, type Locale } from '../../app/i18n';
import { LocaleProvider, storedLocale, storeLocale, useI18n } from '../../app/locale';
import { AccountButton } from '../account/account-button';
import { SignInDialog } from '../account/sign-in-dialog';
import { readPolicyFilters, writePolicyFilters } from './policy-api';
import { ConsultationSection } from './consultation-section';
import { PolicyDetailView } from './policy-detail-view';
import { PolicyList } from './policy-list';
import { PolicyForm } from './policy-form';
import { PolicySearchForm } from './policy-search-form';
import { useSession } from '../../lib/session';
import { ROUTE_ROLES } from '../../../../server/src/users/route-roles';
import type { Role } from '../../../../server/src/users/roles';

export default function PoliciesPage() {
  const [params, setParams] = useSearchParams();
  const lang = params.get('lang');
  const [locale, setLocale] = useState<Locale>(() => (isLocale(lang) ? lang : storedLocale()));
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);
  const switchLocale = () => {
    const next: Locale = locale === 'zh' ? 'en' : 'zh';
    storeLocale(next);
    setLocale(next);
    setParams(
      (p) => {
        const copy = new URLSearchParams(p);
        if (next === 'zh') copy.delete('lang');
        else copy.set('lang', next);
        return copy;
      },
      { replace: true },
    );
  };
  return (
    <LocaleProvider locale={locale}>
      <PoliciesScreen onSwitchLocale={switchLocale} />
    </LocaleProvider>
  );
}

function PoliciesScreen({ onSwitchLocale }: { onSwitchLocale(): void }) {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { id: idText } = useParams();
  const id = idText && /^\d{1,12}$/.test(idText) ? Number(idText) : null;
  const filters = readPolicyFilters(params);
  const [signInOpen, setSignInOpen] = useState(false);
  const role = useSession().data?.user?.role;
  const publishes = role !== undefined && (ROUTE_ROLES['POST /api/policies'] as readonly Role[]).includes(role);
  const query = params.toString();
  const listPath = `/policies${query ? `?${query}` : ''}`;

  useEffect(() => {
    document.title = `${t('policies.title')} · ${t('app.title')}`;
  }, [t]);

  return (
    <div className="app policies-app">
      <header className="topbar">
        <div className="brand">
          <h1>
            <Link to="/policies" className="brand-link">
              {t('app.title')} · {t('policies.title')}
            </Link>
          </h1>
          <span className="brand-sub">{t('policies.subtitle')}</span>
        </div>
        <nav className="topbar-actions" aria-label={t('policies.title')}>
          <Link className="topbar-button" to="/">
            {t('policies.backToMap')}
          </Link>
          <button type="button" className="topbar-button" onClick={onSwitchLocale} aria-label={t('app.languageLabel')} lang={locale === 'zh' ? 'en' : 'zh-CN'}>
            {t('app.language')}
          </button>
          <AccountButton onSignIn={() => setSignInOpen(true)} />
        </nav>
      </header>
      <main className="policies-layout" data-detail={id !== null ? 'open' : 'closed'}>
        <div className="policies-list-column">
          {publishes && <PolicyForm />}
          <PolicySearchForm filters={filters} onChange={(next) => navigate(`/policies${id !== null ? `/${id}` : ''}?${writePolicyFilters(next, params)}`)} />
          <PolicyList
            filters={filters}
            selected={id}
            linkFor={(pid) => `/policies/${pid}${query ? `?${query}` : ''}`}
            onPage={(page) => navigate(`?${writePolicyFilters({ ...filters, page }, params)}`)}
          />
        </div>
        <div className="policies-detail-column">
          {id !== null ? (
            <PolicyDetailView id={id} backTo={listPath} />
          ) : (
            <>
              <p className="state state-empty">{t('policies.choose')}</p>
              {role !== undefined && <ConsultationSection policyId={null} />}
            </>
          )}
        </div>
      </main>
      <SignInDialog open={signInOpen} onClose={() => setSignInOpen(false)} />
    </div>
  );
}
