// Sign in with an account (企业 to save check records; staff roles for their own work). Investors
// who only browse never need this.
import { useState } from 'react';
import { useI18n } from '../../app/locale';
import { Dialog } from '../../components/dialog';
import { errorDetail } from '../../components/query-state';
import { useSignIn } from '../../lib/session';

export function SignInDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('account.signIn')} open={open} onClose={onClose}>
      <SignInForm onDone={onClose} />
    </Dialog>
  );
}

function SignInForm({ onDone }: { onDone(): void }) {
  const { t } = useI18n();
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  return (
    <form
      className="settings-form"
      onSubmit={(e) => {
        e.preventDefault();
        signIn.mutate({ username: username.trim(), password }, { onSuccess: onDone });
      }}
    >
      <p className="fine-print">{t('account.why')}</p>
      <label className="field">
        <span>{t('account.username')}</span>
        <input name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('account.password')}</span>
        <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      {signIn.isError && (
        <p className="state state-error" role="alert">
          {errorDetail(signIn.error, t('common.networkError'))}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button" disabled={signIn.isPending}>
          {signIn.isPending ? t('common.loading') : t('account.signIn')}
        </button>
      </div>
    </form>
  );
}
