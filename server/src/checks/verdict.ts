// The overall verdict from the blocking results: an error means the report cannot be trusted,
// then any failure fails, then any missing input leaves it incomplete.
import type { CheckResult, Verdict } from './report';

export function verdictOf(results: readonly CheckResult[]): Verdict {
  const blocking = results.filter((r) => r.blocking);
  if (blocking.some((r) => r.status === 'error')) return 'error';
  if (blocking.some((r) => r.status === 'fail')) return 'fail';
  if (blocking.some((r) => r.status === 'not_provided')) return 'incomplete';
  return 'pass';
}
