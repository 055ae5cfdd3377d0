// The exact text a signed document's SM3 digest is computed over. Two parties that hold the same
// data must produce the same bytes, whatever order their objects' keys happen to be in.
//
// The rule (the same as RFC 8785 "JSON Canonicalization Scheme" for the values we accept):
// - object keys sorted by UTF-16 code units (JavaScript's default string order) at every level;
// - no whitespace between tokens;
// - strings and numbers exactly as JSON.stringify prints them (ECMAScript Number::toString,
//   so 1.50 → 1.5, 1e21 → 1e+21, -0 → 0);
// - then encoded as UTF-8 for hashing.
// Rejected, rather than silently dropped or changed as JSON.stringify would: undefined (also as an
// object value), functions, symbols, bigint, NaN/±Infinity, strings with lone surrogates (they
// have no UTF-8 form), objects that are not plain (Date, Map, class instances: convert first) and
// cycles.

export const CANONICAL_JSON_REASONS = {
  UNSUPPORTED_TYPE: 'CANONICAL_JSON_UNSUPPORTED_TYPE',
  NON_FINITE_NUMBER: 'CANONICAL_JSON_NON_FINITE_NUMBER',
  LONE_SURROGATE: 'CANONICAL_JSON_LONE_SURROGATE',
  NOT_PLAIN_OBJECT: 'CANONICAL_JSON_NOT_PLAIN_OBJECT',
  CYCLE: 'CANONICAL_JSON_CYCLE',
} as const;
export type CanonicalJsonReason = (typeof CANONICAL_JSON_REASONS)[keyof typeof CANONICAL_JSON_REASONS];

export class CanonicalJsonError extends Error {
  constructor(
    readonly reason: CanonicalJsonReason,
    /** Where the value sits, e.g. `$.indicators[2].value`. */
    readonly path: string,
  ) {
    super(`${reason} at ${path}`);
    this.name = 'CanonicalJsonError';
  }
}

const LONE_SURROGATE = /\p{Cs}/u;

export function canonicalJson(value: unknown): string {
  return serialise(value, '$', new Set());
}

function serialise(value: unknown, path: string, ancestors: Set<object>): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new CanonicalJsonError(CANONICAL_JSON_REASONS.NON_FINITE_NUMBER, path);
    return JSON.stringify(value);
  }
  if (typeof value === 'string') return serialiseString(value, path);
  if (typeof value !== 'object') throw new CanonicalJsonError(CANONICAL_JSON_REASONS.UNSUPPORTED_TYPE, path);
  if (ancestors.has(value)) throw new CanonicalJsonError(CANONICAL_JSON_REASONS.CYCLE, path);
  ancestors.add(value);
  const text = Array.isArray(value) ? serialiseArray(value, path, ancestors) : serialiseObject(value, path, ancestors);
  ancestors.delete(value);
  return text;
}

function serialiseString(value: string, path: string): string {
  if (LONE_SURROGATE.test(value)) throw new CanonicalJsonError(CANONICAL_JSON_REASONS.LONE_SURROGATE, path);
  return JSON.stringify(value);
}

function serialiseArray(items: unknown[], path: string, ancestors: Set<object>): string {
  // Index loop, not map: map skips holes, and a hole is an undefined that must be rejected.
  const parts: string[] = [];
  for (let i = 0; i < items.length; i++) parts.push(serialise(items[i], `${path}[${i}]`, ancestors));
  return `[${parts.join(',')}]`;
}

function serialiseObject(value: object, path: string, ancestors: Set<object>): string {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new CanonicalJsonError(CANONICAL_JSON_REASONS.NOT_PLAIN_OBJECT, path);
  }
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .sort()
    .map((key) => `${serialiseString(key, path)}:${serialise(record[key], `${path}.${key}`, ancestors)}`);
  return `{${members.join(',')}}`;
}
