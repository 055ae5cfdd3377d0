import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditRowHash, canonicalJson, GENESIS_HASH, type AuditRowContent } from '../../../server/src/audit/audit-hash';
import { formatVerification } from '../../../server/src/audit/format-verification';

const row: AuditRowContent = {
  id: 1,
  at: '2026-03-02T01:00:00.000Z',
  actor: 'admin',
  actorRole: 'admin',
  action: 'user.created',
  entityType: 'user',
  entityId: 'zhang.wei',
  before: null,
  after: { username: 'zhang.wei', role: 'publisher' },
  requestId: 'r-1',
  prevHash: GENESIS_HASH,
};

describe('canonicalJson', () => {
  it('sorts keys at every level and leaves arrays in order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('drops undefined members as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: '标准地' })).toBe('{"b":"标准地"}');
  });
});

describe('auditRowHash', () => {
  it('is SM3 (GB/T 32905 test vector "abc")', () => {
    expect(createHash('sm3').update('abc').digest('hex')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(auditRowHash(row)).toBe(createHash('sm3').update(canonicalJson(row)).digest('hex'));
  });

  it('does not depend on the order of keys in before/after', () => {
    expect(auditRowHash({ ...row, after: { role: 'publisher', username: 'zhang.wei' } })).toBe(auditRowHash(row));
  });

  it.each([
    ['actor', { actor: 'reviewer' }],
    ['after', { after: { username: 'zhang.wei', role: 'admin' } }],
    ['prevHash', { prevHash: '1'.repeat(64) }],
    ['id', { id: 2 }],
  ])('changes when %s changes', (_field, change) => {
    expect(auditRowHash({ ...row, ...change })).not.toBe(auditRowHash(row));
  });
});

describe('formatVerification', () => {
  it('prints the head hash of an intact log and the broken row of a tampered one', () => {
    expect(formatVerification({ ok: true, rows: 3, headHash: 'ab' })).toBe('audit log intact: 3 rows, head sm3:ab\n');
    expect(formatVerification({ ok: false, rows: 1, firstBrokenId: 2, reason: 'HASH_MISMATCH' })).toMatch(/TAMPERED: HASH_MISMATCH at row 2/);
  });
});
