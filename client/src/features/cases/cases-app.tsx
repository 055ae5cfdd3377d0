// The agency-case pages as one chunk: the enterprise's cases or the agent desk (/cases), the new-case
// form (/cases/new?parcel=…) and a case (/cases/:code, the page its QR code opens).
import { matchPath, useLocation, useSearchParams } from 'react-router';
import { Loading } from '../../components/query-state';
import { CaseDesk } from './case-desk';
import { CaseLookup } from './case-lookup';
import { CasePage } from './case-page';
import { isCaseStaff } from './case-page-model';
import { useViewer } from './case-queries';
import { CasesShell } from './cases-shell';
import { NewCaseForm } from './new-case-form';

export default function CasesApp() {
  return (
    <CasesShell>
      <Page />
    </CasesShell>
  );
}

function Page() {
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const { viewer, ready } = useViewer();
  if (matchPath('/cases/new', pathname)) return <NewCaseForm parcelCode={params.get('parcel') ?? ''} />;
  const one = matchPath('/cases/:code', pathname);
  if (one?.params.code) return <CasePage code={one.params.code} key={one.params.code} />;
  if (!ready) return <Loading />;
  if (!viewer) return <CaseLookup />;
  return <CaseDesk defaultView={isCaseStaff(viewer) ? 'mine' : 'all'} showMine={isCaseStaff(viewer)} />;
}
