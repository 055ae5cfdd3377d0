// The staff area's header: title, the way back to the public map, language and account, and one row
// with every tab this role may use (parcels, commitments, cases, evaluation), a divider between groups.
import { useEffect, useRef } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useI18n } from '../../app/locale';
import { LanguageButton } from '../../components/language-button';
import { AccountButton } from '../account/account-button';
import type { StaffTab } from './staff-permissions';
import { groupedTabs, STAFF_TAB_GROUP_LABELS, STAFF_TAB_LINKS } from './staff-tabs';

interface Props {
  tabs: readonly StaffTab[];
  onSwitchLocale(): void;
  onSignIn(): void;
}

export function StaffHeader({ tabs, onSwitchLocale, onSignIn }: Props) {
  const { t } = useI18n();
  return (
    <header className="staff-header">
      <div className="topbar">
        <div className="brand">
          <h1>
            <Link to="/staff" className="brand-link">
              {t('app.title')} · {t('staff.title')}
            </Link>
          </h1>
        </div>
        <nav className="topbar-actions" aria-label={t('staff.title')}>
          <Link className="topbar-button" to="/">
            {t('staff.backToMap')}
          </Link>
          <LanguageButton onSwitch={onSwitchLocale} />
          <AccountButton onSignIn={onSignIn} />
        </nav>
      </div>
      {tabs.length > 0 && <StaffTabs tabs={tabs} />}
    </header>
  );
}

function StaffTabs({ tabs }: { tabs: readonly StaffTab[] }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const row = useRef<HTMLElement>(null);
  // On a narrow screen the row scrolls sideways: keep the current tab in sight.
  useEffect(() => {
    row.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [pathname]);
  return (
    <nav className="staff-tabs" aria-label={t('staff.tabsLabel')} ref={row}>
      {groupedTabs(tabs).map(({ group, tabs: inGroup }) => (
        <div key={group} className="staff-tab-group" role="group" aria-label={t(STAFF_TAB_GROUP_LABELS[group])} data-group={group}>
          {inGroup.map((tab) => {
            const link = STAFF_TAB_LINKS[tab];
            return (
              <NavLink key={tab} to={link.path} end={link.end} className="staff-tab" data-testid={link.testId}>
                {t(link.label)}
              </NavLink>
            );
          })}
        </div>
      ))}
    </nav>
  );
}
