// The policy library (/policies, /policies/:id): public, no sign-in needed to read. Filters live in
// the URL; the chosen policy is in the path; signed-in enterprises and hall staff consult there too.
import './policies.css';
import { useEffect } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useI18n } from '../../app/locale';
import { PageShell } from '../../components/page-shell';
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
  return (
    <PageShell area="policies.title">
      <PoliciesScreen />
    </PageShell>
  );
}

function PoliciesScreen() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { id: idText } = useParams();
  const id = idText && /^\d{1,12}$/.test(idText) ? Number(idText) : null;
  const filters = readPolicyFilters(params);
  const role = useSession().data?.user?.role;
  const publishes = role !== undefined && (ROUTE_ROLES['POST /api/policies'] as readonly Role[]).includes(role);
  const query = params.toString();
  const listPath = `/policies${query ? `?${query}` : ''}`;

  useEffect(() => {
    document.title = `${t('policies.title')} · ${t('app.title')}`;
  }, [t]);

  return (
    <div className="policies-layout" data-detail={id !== null ? 'open' : 'closed'}>
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
    </div>
  );
}
