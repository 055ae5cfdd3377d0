// Retry spacing for outbox deliveries: exponential, capped, with jitter so that many messages failing
// together (a peer outage) do not all come back in the same second.

export interface BackoffPolicy {
  /** Delay after the first failed attempt, before jitter. */
  baseMs: number;
  /** No wait is longer than this. */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 30_000, capMs: 60 * 60_000 };

/**
 * Delay before attempt `attempts + 1`, after `attempts` failed ones (≥ 1): base·2^(attempts−1),
 * capped, then scaled into [½, 1] of that by `random` ("equal jitter"), so the wait still grows.
 */
export function backoffDelayMs(attempts: number, policy: BackoffPolicy = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempts, 1) - 1, 40);
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + (ceiling / 2) * Math.min(Math.max(random(), 0), 1));
}
