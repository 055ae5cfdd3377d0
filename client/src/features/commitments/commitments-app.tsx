// The commitment pages, loaded as one chunk: the letter wizard (/commitments/new?parcel=…), a letter
// (/commitments/:id) and an enterprise with its letters and credit history (/enterprises/:uscc).
import { matchPath, useLocation, useSearchParams } from 'react-router';
import { useI18n } from '../../app/locale';
import { Empty } from '../../components/query-state';
import './commitments.css';
import { PageShell } from '../../components/page-shell';
import { EnterprisePage } from './enterprise-page';
import { LetterPage } from './letter-page';
import { LetterWizard } from './letter-wizard';

export default function CommitmentsApp() {
  return (
    <PageShell area="commitment.area">
      <div className="commitments-app">
        <Page />
      </div>
    </PageShell>
  );
}

function Page() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  if (matchPath('/commitments/new', pathname)) {
    const parcel = params.get('parcel');
    return parcel ? <LetterWizard parcelCode={parcel} key={parcel} /> : <Empty>{t('commitment.wizard.noParcel')}</Empty>;
  }
  const letter = matchPath('/commitments/:id', pathname);
  if (letter?.params.id) return <LetterPage id={letter.params.id} key={letter.params.id} />;
  const enterprise = matchPath('/enterprises/:uscc', pathname);
  if (enterprise?.params.uscc) return <EnterprisePage uscc={enterprise.params.uscc} key={enterprise.params.uscc} />;
  return <Empty>{t('staff.notFound')}</Empty>;
}
