// The commitment part of the staff area: a nav row (承诺书, 履约提醒) under the staff tabs and the two
// screens under /staff/commitments/… . Mounted by staff-app.tsx with one route and one nav line.
import './commitments.css';
import { NavLink, Route, Routes } from 'react-router';
import { useI18n } from '../../app/locale';
import type { Role } from '../../../../server/src/users/roles';
import { seesReminders } from './commitment-permissions';
import { LettersScreen } from './letters-screen';
import { RemindersScreen } from './reminders-screen';

export function CommitmentsStaffNav({ role }: { role: Role }) {
  const { t } = useI18n();
  return (
    <nav className="commitments-staff-nav" aria-label={t('commitment.area')}>
      <span className="commitments-staff-nav-label">{t('commitment.area')}</span>
      <NavLink to="/staff/commitments" end className="commitments-staff-tab" data-testid="staff-commitments-letters">
        {t('commitment.list.title')}
      </NavLink>
      {seesReminders({ role, uscc: null }) && (
        <NavLink to="/staff/commitments/reminders" className="commitments-staff-tab" data-testid="staff-commitments-reminders">
          {t('commitment.reminders.title')}
        </NavLink>
      )}
    </nav>
  );
}

export function CommitmentsStaffScreens({ role }: { role: Role }) {
  const { t } = useI18n();
  return (
    <Routes>
      <Route index element={<LettersScreen />} />
      <Route
        path="reminders"
        element={
          seesReminders({ role, uscc: null }) ? (
            <RemindersScreen />
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
