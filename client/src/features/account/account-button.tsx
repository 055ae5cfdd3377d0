// The header's account corner: "登录", or who is signed in and "退出". An enterprise's name opens a
// menu with its own letters (/enterprises/<uscc>) and cases (/cases), and "退出".
import { Link } from 'react-router';
import { ROLES } from '../../../../server/src/users/roles';
import { useI18n } from '../../app/locale';
import { HeaderMenu } from '../../components/header-menu';
import { useSession, useSignOut } from '../../lib/session';
import { enterprisePath } from '../commitments/commitment-api';

export function AccountButton({ onSignIn }: { onSignIn(): void }) {
  const { t, locale } = useI18n();
  const session = useSession();
  const signOut = useSignOut();
  const user = session.data?.user;
  if (!user) {
    return (
      <button type="button" className="topbar-button" onClick={onSignIn} disabled={session.isPending}>
        {t('account.signIn')}
      </button>
    );
  }
  const role = ROLES.find((r) => r.code === user.role);
  const name = user.displayName ?? user.username;
  const who = `${name} · ${role ? role[locale] : user.role}`;
  const signOutButton = (
    <button type="button" className="topbar-button" onClick={() => signOut.mutate(session.data?.csrfToken)} disabled={signOut.isPending}>
      {t('account.signOut')}
    </button>
  );
  if (user.role === 'enterprise' && user.uscc) {
    return (
      <HeaderMenu
        label={`${t('account.mine')} · ${who}`}
        testId="account-menu"
        summary={
          <>
            <span className="label-long header-menu-name">{name}</span>
            <span className="label-short">{t('account.mine')}</span>
          </>
        }
      >
        <Link to={enterprisePath(user.uscc)} data-testid="account-letters">
          {t('account.myLetters')}
        </Link>
        <Link to="/cases" data-testid="account-cases">
          {t('account.myCases')}
        </Link>
        {signOutButton}
      </HeaderMenu>
    );
  }
  return (
    <span className="account">
      <span className="account-name" title={who}>
        {name}
      </span>
      {signOutButton}
    </span>
  );
}
