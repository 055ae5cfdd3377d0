// The header's account corner: "登录", or who is signed in and "退出".
import { ROLES } from '../../../../server/src/users/roles';
import { useI18n } from '../../app/locale';
import { useSession, useSignOut } from '../../lib/session';

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
  return (
    <span className="account">
      <span className="account-name" title={role ? role[locale] : user.role}>
        {user.displayName ?? user.username}
      </span>
      <button type="button" className="topbar-button" onClick={() => signOut.mutate(session.data?.csrfToken)} disabled={signOut.isPending}>
        {t('account.signOut')}
      </button>
    </span>
  );
}
