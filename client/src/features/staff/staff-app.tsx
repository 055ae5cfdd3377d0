// The staff area (工作台, /staff/…): import, drafts, review queue, publishing, constraint layers and
// exports for signed-in staff. Loaded as its own chunk; investors never download it.
import './staff.css';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { LocaleProvider, useI18n } from '../../app/locale';
import { useUrlLocale } from '../../app/use-url-locale';
import { ErrorState, Loading } from '../../components/query-state';
import { SignInDialog } from '../account/sign-in-dialog';
import { useSession } from '../../lib/session';
import { OfflineBanner } from '../../offline/offline-banner';
import { OfflineWriteLock } from '../../offline/offline-write-lock';
import type { Role } from '../../../../server/src/users/roles';
import { CommitmentsStaffScreens } from '../commitments/commitments-staff';
import { CasesStaffScreens } from '../cases/cases-staff';
import { EvaluationStaffScreens } from '../evaluation/evaluation-staff';
import { ConstraintLayersScreen } from './constraint-layers-screen';
import { ExportScreen } from './export-screen';
import { ImportWizard } from './import-wizard';
import { StaffHeader } from './staff-header';
import { StaffParcelPage } from './staff-parcel-page';
import { isStaffRole, type StaffTab, tabsFor } from './staff-permissions';
import { STAFF_KEY } from './staff-queries';
import { STAFF_TAB_LINKS } from './staff-tabs';
import { WorkflowList } from './workflow-list';

export default function StaffApp() {
  const [locale, switchLocale] = useUrlLocale();
  return (
    <LocaleProvider locale={locale}>
      <StaffGate onSwitchLocale={switchLocale} />
    </LocaleProvider>
  );
}

function StaffGate({ onSwitchLocale }: { onSwitchLocale(): void }) {
  const { t } = useI18n();
  const session = useSession();
  const client = useQueryClient();
  const [signInOpen, setSignInOpen] = useState(false);
  const user = session.data?.user ?? null;
  // undefined while the session is still being asked for; null when signed out.
  const username = session.isPending ? undefined : (user?.username ?? null);
  const lastUser = useRef<string | null | undefined>(undefined);

  // Another account sees other things (drafts, permissions): nothing cached for the last one stays.
  // Reset rather than remove: queries the new account's screens have just started refetch instead
  // of being dropped mid-flight.
  useEffect(() => {
    if (username === undefined) return;
    if (lastUser.current !== undefined && lastUser.current !== username) void client.resetQueries({ queryKey: STAFF_KEY });
    lastUser.current = username;
  }, [client, username]);
  useEffect(() => {
    document.title = `${t('staff.title')} · ${t('app.title')}`;
  }, [t]);

  let body;
  if (session.isPending) body = <Loading />;
  else if (session.isError) body = <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  else if (!user) {
    body = (
      <section className="staff-gate" aria-labelledby="gate-title">
        <h2 id="gate-title">{t('staff.gate.title')}</h2>
        <p>{t('staff.gate.signIn')}</p>
        <button type="button" className="button" onClick={() => setSignInOpen(true)} data-testid="staff-sign-in">
          {t('account.signIn')}
        </button>
      </section>
    );
  } else if (!isStaffRole(user.role)) {
    body = (
      <section className="staff-gate" aria-labelledby="gate-title">
        <h2 id="gate-title">{t('staff.gate.title')}</h2>
        <p role="alert">{t('staff.gate.notStaff')}</p>
      </section>
    );
  } else {
    body = <StaffScreens role={user.role} />;
  }

  return (
    <div className="app staff-app">
      <a className="skip-link" href="#staff-main">
        {t('staff.skipToContent')}
      </a>
      <StaffHeader tabs={user && isStaffRole(user.role) ? tabsFor(user.role) : []} onSwitchLocale={onSwitchLocale} onSignIn={() => setSignInOpen(true)} />
      <OfflineBanner />
      <main id="staff-main" className="staff-main" tabIndex={-1}>
        <OfflineWriteLock>{body}</OfflineWriteLock>
      </main>
      <SignInDialog open={signInOpen} onClose={() => setSignInOpen(false)} />
    </div>
  );
}

function Forbidden() {
  const { t } = useI18n();
  return (
    <p className="state state-error" role="alert">
      {t('staff.forbidden')}
    </p>
  );
}

function StaffScreens({ role }: { role: Role }) {
  const { t } = useI18n();
  const tabs = tabsFor(role);
  const guard = (tab: StaffTab, element: ReactNode) => (tabs.includes(tab) ? element : <Forbidden />);
  const first = STAFF_TAB_LINKS[tabs[0] ?? 'published'].path;
  return (
    <Routes>
      <Route index element={<Navigate to={first} replace />} />
      <Route path="import" element={guard('import', <ImportWizard />)} />
      <Route path="drafts" element={guard('drafts', <WorkflowList tab="drafts" role={role} key="drafts" />)} />
      <Route path="review" element={guard('review', <WorkflowList tab="review" role={role} key="review" />)} />
      <Route path="approved" element={guard('approved', <WorkflowList tab="approved" role={role} key="approved" />)} />
      <Route path="published" element={guard('published', <WorkflowList tab="published" role={role} key="published" />)} />
      <Route path="constraints" element={guard('constraints', <ConstraintLayersScreen role={role} />)} />
      <Route path="export" element={guard('export', <ExportScreen />)} />
      <Route path="parcels/:code" element={<StaffParcelPage role={role} />} />
      <Route path="commitments/*" element={guard('letters', <CommitmentsStaffScreens role={role} />)} />
      <Route path="cases/*" element={guard('cases', <CasesStaffScreens />)} />
      <Route path="evaluation/*" element={guard('evaluation', <EvaluationStaffScreens role={role} />)} />
      <Route
        path="*"
        element={
          <p className="state state-empty">
            {t('staff.notFound')} <NavLink to={first}>{t('staff.backToStart')}</NavLink>
          </p>
        }
      />
    </Routes>
  );
}
