// Audit actions written by accounts and sessions (security.md "Access"; 等保 2.0 安全审计 asks for
// logins, failed logins, lockouts and account changes to be recorded).
export const USER_AUDIT_ACTIONS = {
  USER_CREATED: 'user.created',
  LOGIN: 'session.login',
  LOGIN_FAILED: 'session.login_failed',
  /** The failure that locked the account. */
  ACCOUNT_LOCKED: 'user.locked',
  /** An attempt refused because the account is locked. */
  LOGIN_REFUSED_LOCKED: 'session.login_refused_locked',
  LOGOUT: 'session.logout',
} as const;
