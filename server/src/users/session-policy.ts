// Session and lockout limits (security.md "Access": idle timeout 30 min, lockout after 5 failures
// for 15 min — 等保 2.0 level 3 expectations) and the clock they are measured with.

/** Injected so tests can move time forward; production uses the wall clock. */
export type Clock = () => Date;

export interface AuthPolicy {
  idleTimeoutMs: number;
  absoluteLifetimeMs: number;
  /** last_seen_at is written at most this often: sliding expiry without a write per request. */
  touchIntervalMs: number;
  maxFailedLogins: number;
  lockoutMs: number;
}

export const AUTH_POLICY: AuthPolicy = {
  idleTimeoutMs: 30 * 60_000,
  absoluteLifetimeMs: 12 * 60 * 60_000,
  touchIntervalMs: 60_000,
  maxFailedLogins: 5,
  lockoutMs: 15 * 60_000,
};

export interface AuthOptions {
  now?: Clock;
  policy?: Partial<AuthPolicy>;
}

export function resolveAuthOptions(options: AuthOptions = {}): { now: Clock; policy: AuthPolicy } {
  return { now: options.now ?? (() => new Date()), policy: { ...AUTH_POLICY, ...options.policy } };
}
