// The commitment part of the staff area: the two screens under /staff/commitments/… (承诺书, 履约提醒),
// reached by their tabs in the staff area's row (staff-tabs.ts). Mounted by staff-app.tsx with one route.
import './commitments.css';
import { Route, Routes } from 'react-router';
import { useI18n } from '../../app/locale';
import type { Role } from '../../../../server/src/users/roles';
import { seesReminders } from './commitment-permissions';
import { LettersScreen } from './letters-screen';
import { RemindersScreen } from './reminders-screen';

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
