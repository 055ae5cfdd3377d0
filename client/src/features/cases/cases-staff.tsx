// The agency-case part of the staff area: a nav row (代办工作台, 新建办件) under the staff tabs and
// the desk under /staff/cases. Mounted by staff-app.tsx with one route and one nav line; the case
// pages themselves live at /cases/:code (the same page the applicant and the QR code open).
import './cases.css';
import { Link, NavLink, Route, Routes } from 'react-router';
import { useI18n } from '../../app/locale';
import type { Role } from '../../../../server/src/users/roles';
import { CaseDesk } from './case-desk';

const WORKS_CASES: readonly Role[] = ['admin', 'agent'];

export function CasesStaffNav({ role }: { role: Role }) {
  const { t } = useI18n();
  if (!WORKS_CASES.includes(role)) return null;
  return (
    <nav className="cases-staff-nav" aria-label={t('case.area')}>
      <span className="cases-staff-nav-label">{t('case.area')}</span>
      <NavLink to="/staff/cases" className="cases-staff-tab" data-testid="staff-cases-desk">
        {t('case.desk')}
      </NavLink>
      <Link to="/cases/new" className="cases-staff-tab">
        {t('case.new')}
      </Link>
    </nav>
  );
}

export function CasesStaffScreens({ role }: { role: Role }) {
  const { t } = useI18n();
  return (
    <Routes>
      <Route
        index
        element={
          WORKS_CASES.includes(role) ? (
            <CaseDesk defaultView="mine" showMine />
          ) : (
            <p className="state state-error" role="alert">
              {t('staff.forbidden')}
            </p>
          )
        }
      />
    </Routes>
  );
}
