// What an evaluation covers (评估范围): the province ('14'), a city (4-digit GB/T 2260 prefix, e.g.
// '1407'), a county (6 digits, e.g. '140702') or one development zone (its code, e.g. 'G140702').
// Records carry their zone and division code, so membership is a pure test. Pure.

export type ScopeKind = 'province' | 'city' | 'county' | 'zone';

export interface Scope {
  kind: ScopeKind;
  code: string;
}

export const SCOPE_PATTERN = /^(14(\d{2}(\d{2})?)?|[A-Z]\d{6})$/;
export const PROVINCE: Scope = { kind: 'province', code: '14' };

/** The scope a code names, or null when it is none of the four forms (a 6-digit city code like 140700 is read as a county). */
export function parseScope(code: string): Scope | null {
  if (!SCOPE_PATTERN.test(code)) return null;
  if (/^[A-Z]/.test(code)) return { kind: 'zone', code };
  if (code.length === 2) return PROVINCE;
  if (code.length === 4) return { kind: 'city', code };
  return { kind: 'county', code };
}

/** Where a record lies: its county division code (6 digits) and its development zone, if any. */
export interface Located {
  divisionCode: string;
  zoneCode: string | null;
}

export function inScope(scope: Scope, record: Located): boolean {
  if (scope.kind === 'zone') return record.zoneCode === scope.code;
  return record.divisionCode.startsWith(scope.code);
}

/** SQL filter parameters: a division prefix or a zone code (one of them null). */
export function scopeParams(scope: Scope): [string | null, string | null] {
  return scope.kind === 'zone' ? [null, scope.code] : [scope.code, null];
}

/** The kind of region one level down, used for the region comparison (a zone has none). */
export function childKind(scope: Scope): ScopeKind | null {
  switch (scope.kind) {
    case 'province':
      return 'city';
    case 'city':
      return 'county';
    case 'county':
      return 'zone';
    case 'zone':
      return null;
  }
}
