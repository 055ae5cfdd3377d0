import { describe, expect, it } from 'vitest';
import { CANONICAL_JSON_REASONS, CanonicalJsonError, canonicalJson } from '../../../server/src/signatures/canonical-json';

function reasonOf(value: unknown): { reason: string; path: string } | undefined {
  try {
    canonicalJson(value);
    return undefined;
  } catch (error) {
    if (error instanceof CanonicalJsonError) return { reason: error.reason, path: error.path };
    throw error;
  }
}

describe('canonicalJson', () => {
  it('sorts keys at every level and leaves out whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('gives the same text whatever the key insertion order', () => {
    expect(canonicalJson({ x: 1, y: { p: 2, q: 3 } })).toBe(canonicalJson({ y: { q: 3, p: 2 }, x: 1 }));
  });

  it('sorts keys by UTF-16 code units, so upper case comes before lower case and Chinese last', () => {
    expect(canonicalJson({ 投资强度: 1, b: 2, B: 3, a10: 4, a2: 5 })).toBe('{"B":3,"a10":4,"a2":5,"b":2,"投资强度":1}');
  });

  it('prints numbers as JavaScript does', () => {
    expect(canonicalJson([1.5, 1.0, -0, 1e21, 0.1 + 0.2, 250])).toBe('[1.5,1,0,1e+21,0.30000000000000004,250]');
  });

  it('keeps non-ASCII text literal and escapes control characters', () => {
    expect(canonicalJson({ name: '太原"综改区"\n' })).toBe('{"name":"太原\\"综改区\\"\\n"}');
  });

  it('rejects undefined, also as an object value or an array hole', () => {
    expect(reasonOf(undefined)).toEqual({ reason: CANONICAL_JSON_REASONS.UNSUPPORTED_TYPE, path: '$' });
    expect(reasonOf({ a: { b: undefined } })).toEqual({ reason: CANONICAL_JSON_REASONS.UNSUPPORTED_TYPE, path: '$.a.b' });
    expect(reasonOf([1, , 3])).toEqual({ reason: CANONICAL_JSON_REASONS.UNSUPPORTED_TYPE, path: '$[1]' });
  });

  it('rejects functions, symbols and bigints', () => {
    expect(reasonOf({ f: () => 1 })?.reason).toBe(CANONICAL_JSON_REASONS.UNSUPPORTED_TYPE);
    expect(reasonOf([Symbol('s')])?.reason).toBe(CANONICAL_JSON_REASONS.UNSUPPORTED_TYPE);
    expect(reasonOf({ n: 10n })?.reason).toBe(CANONICAL_JSON_REASONS.UNSUPPORTED_TYPE);
  });

  it.each([NaN, Infinity, -Infinity])('rejects the non-finite number %s', (n) => {
    expect(reasonOf({ investmentIntensity: n })).toEqual({ reason: CANONICAL_JSON_REASONS.NON_FINITE_NUMBER, path: '$.investmentIntensity' });
  });

  it('rejects a lone surrogate, which has no UTF-8 form, in a value or a key', () => {
    expect(reasonOf(['\ud800'])?.reason).toBe(CANONICAL_JSON_REASONS.LONE_SURROGATE);
    expect(reasonOf({ '\udc00': 1 })?.reason).toBe(CANONICAL_JSON_REASONS.LONE_SURROGATE);
    expect(canonicalJson('😀')).toBe('"😀"');
  });

  it('rejects objects that are not plain, such as Date and Map', () => {
    expect(reasonOf({ at: new Date(0) })).toEqual({ reason: CANONICAL_JSON_REASONS.NOT_PLAIN_OBJECT, path: '$.at' });
    expect(reasonOf(new Map())?.reason).toBe(CANONICAL_JSON_REASONS.NOT_PLAIN_OBJECT);
    expect(canonicalJson(Object.assign(Object.create(null) as object, { a: 1 }))).toBe('{"a":1}');
  });

  it('rejects cycles but accepts a shared (non-cyclic) object twice', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(reasonOf(loop)).toEqual({ reason: CANONICAL_JSON_REASONS.CYCLE, path: '$.self' });
    const shared = { v: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"v":1},{"v":1}]');
  });
});
