// The header's way into the staff area, shown only to signed-in staff roles.
import { Link } from 'react-router';
import { useI18n } from '../../app/locale';
import { useSession } from '../../lib/session';
import { isStaffRole } from './staff-permissions';

export function StaffLink() {
  const { t } = useI18n();
  const role = useSession().data?.user?.role;
  if (!isStaffRole(role)) return null;
  return (
    <Link className="topbar-button" to="/staff" data-testid="open-staff">
      {t('staff.title')}
    </Link>
  );
}
