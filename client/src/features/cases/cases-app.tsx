// The agency-case pages as one chunk: the enterprise's cases or the agent desk (/cases), the new-case
// form (/cases/new?parcel=…) and a case (/cases/:code, the page its QR code opens).
import './cases.css';
import { Link, matchPath, useLocation, useSearchParams } from 'react-router';
import { useI18n } from '../../app/locale';
import { PageShell } from '../../components/page-shell';
import { Loading } from '../../components/query-state';
import { OfflineWriteLock } from '../../offline/offline-write-lock';
import { CaseDesk } from './case-desk';
import { CaseLookup } from './case-lookup';
import { CasePage } from './case-page';
import { isCaseStaff } from './case-page-model';
import { useViewer } from './case-queries';
import { NewCaseForm } from './new-case-form';

export default function CasesApp() {
  return (
    <PageShell area="case.area" links={<PortalLink />}>
      <div className="cases-app">
        <Page />
      </div>
    </PageShell>
  );
}

function PortalLink() {
  const { t } = useI18n();
  return (
    <Link className="topbar-button" to="/cases" data-testid="cases-home">
      {t('case.portal')}
    </Link>
  );
}

function Page() {
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const { viewer, ready } = useViewer();
  if (matchPath('/cases/new', pathname)) {
    return (
      <OfflineWriteLock note="offline.pageLocked">
        <NewCaseForm parcelCode={params.get('parcel') ?? ''} />
      </OfflineWriteLock>
    );
  }
  const one = matchPath('/cases/:code', pathname);
  if (one?.params.code) return <CasePage code={one.params.code} key={one.params.code} />;
  if (!ready) return <Loading />;
  if (!viewer) return <CaseLookup />;
  return <CaseDesk defaultView={isCaseStaff(viewer) ? 'mine' : 'all'} showMine={isCaseStaff(viewer)} />;
}
