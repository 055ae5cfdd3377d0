import { describe, expect, it } from 'vitest';
import { backoffDelayMs, DEFAULT_BACKOFF } from '../../../server/src/outbox/backoff';

const MINUTE = 60_000;

describe('outbox backoff', () => {
  it('doubles from 30 s after each failed attempt (no jitter at random = 1)', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelayMs(n, DEFAULT_BACKOFF, () => 1))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000,
    ]);
  });

  it('never waits longer than one hour, however many attempts failed', () => {
    expect(backoffDelayMs(8, DEFAULT_BACKOFF, () => 1)).toBe(60 * MINUTE);
    expect(backoffDelayMs(1000, DEFAULT_BACKOFF, () => 1)).toBe(60 * MINUTE);
  });

  it('jitters between half and all of the delay, so a crowd of failures spreads out', () => {
    expect(backoffDelayMs(3, DEFAULT_BACKOFF, () => 0)).toBe(60_000);
    expect(backoffDelayMs(3, DEFAULT_BACKOFF, () => 0.5)).toBe(90_000);
    const spread = new Set(Array.from({ length: 50 }, () => backoffDelayMs(5)));
    expect(spread.size).toBeGreaterThan(10);
    expect(Math.min(...spread)).toBeGreaterThanOrEqual(240_000);
    expect(Math.max(...spread)).toBeLessThanOrEqual(480_000);
  });

  it('still grows with jitter: the shortest wait after n+1 failures is the longest after n', () => {
    for (let n = 1; n < 7; n++) expect(backoffDelayMs(n + 1, DEFAULT_BACKOFF, () => 0)).toBe(backoffDelayMs(n, DEFAULT_BACKOFF, () => 1));
  });

  it('treats attempts below 1 as the first', () => {
    expect(backoffDelayMs(0, { baseMs: 1000, capMs: 10_000 }, () => 1)).toBe(1000);
  });
});
