// Who is signed in, even offline. /api/session is never cached (it carries the CSRF token), so a page
// reloaded without a network cannot ask; the last answer is kept for this tab (sessionStorage, cleared
// when the server says nobody is signed in) so an agent can still queue a check record. The offline
// banner, on every screen, keeps it current; the outbox asks the server again before sending anything.
import { useEffect } from 'react';
import { type SessionUser, useSession } from '../lib/session';

const STORAGE_KEY = 'atlas.account';

function remembered(): SessionUser | null {
  try {
    const text = sessionStorage.getItem(STORAGE_KEY);
    return text ? (JSON.parse(text) as SessionUser) : null;
  } catch {
    return null;
  }
}

function remember(user: SessionUser | null): void {
  try {
    if (user) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(user));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // No storage (private mode): offline queuing then needs the session loaded in this page.
  }
}

/** The session's user; while the server cannot be asked, the one it last named in this tab. */
export function useKnownAccount(): SessionUser | null {
  const session = useSession();
  const answered = session.data !== undefined;
  const user = session.data?.user ?? null;
  useEffect(() => {
    if (answered) remember(user);
  }, [answered, user]);
  return answered ? user : remembered();
}
