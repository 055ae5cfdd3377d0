// security.md "Data integrity": the audit log is append-only, hash-chained and verifiable.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditRowHash, type AuditRowContent } from '../../../server/src/audit/audit-hash';
import { appendAudit, type AuditEntry } from '../../../server/src/audit/audit-log';
import { verifyAuditChain } from '../../../server/src/audit/verify-audit-chain';
import type { Db } from '../../../server/src/db/db';
import { ENGINES } from '../../support/test-db';

const entry = (n: number): AuditEntry => ({
  actor: 'admin',
  actorRole: 'admin',
  action: 'parcel.updated',
  entityType: 'parcel',
  entityId: `140702-2025-${String(n).padStart(4, '0')}`,
  before: { status: 'reserve', version: n },
  after: { status: 'published', version: n + 1, note: '已发布 “标准地”', area: { m2: 66_666.67, mu: 100.0000005 }, tags: ['a', 'b'] },
  requestId: `req-${n}`,
  at: new Date(Date.UTC(2026, 2, 2, 1, 0, n, 123)),
});

describe.each(ENGINES)('audit chain on $name', (engine) => {
  const opened: Db[] = [];
  const freshDb = async (rows = 0) => {
    const db = await engine.open('empty');
    opened.push(db);
    for (let i = 1; i <= rows; i++) await db.transaction((tx) => appendAudit(tx, entry(i)));
    return db;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((db) => db.close()));
  });
  /** What an attacker with owner rights could do: switch the guards off, edit, switch them on. */
  const tamper = (db: Db, statement: string) =>
    db.exec(`ALTER TABLE audit_log DISABLE TRIGGER USER; ${statement}; ALTER TABLE audit_log ENABLE TRIGGER USER`);

  it('verifies an empty log and a written one, reading back exactly what was hashed', async () => {
    const db = await freshDb();
    expect(await verifyAuditChain(db)).toEqual({ ok: true, rows: 0, headHash: '0'.repeat(64) });
    for (let i = 1; i <= 3; i++) await db.transaction((tx) => appendAudit(tx, entry(i)));
    const result = await verifyAuditChain(db);
    expect(result).toMatchObject({ ok: true, rows: 3 });
    const { rows } = await db.query<{ hash: string }>('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1');
    expect(result.ok && result.headHash).toBe(rows[0]?.hash);
  });

  it('writes nothing when the surrounding transaction rolls back', async () => {
    const db = await freshDb(1);
    await expect(
      db.transaction(async (tx) => {
        await appendAudit(tx, entry(2));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: 1 });
    await db.transaction((tx) => appendAudit(tx, entry(2)));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: 2 });
  });

  describe('in the database', () => {
    let db: Db;
    beforeAll(async () => {
      db = await engine.open('empty');
      for (let i = 1; i <= 2; i++) await db.transaction((tx) => appendAudit(tx, entry(i)));
    });
    afterAll(() => db?.close());

    it.each([
      ['UPDATE', `UPDATE audit_log SET actor = 'nobody' WHERE id = 1`],
      ['DELETE', 'DELETE FROM audit_log WHERE id = 1'],
      ['TRUNCATE', 'TRUNCATE audit_log'],
      ['moving the head', `UPDATE audit_head SET last_id = 0, last_hash = repeat('0', 64)`],
      ['deleting the head', 'DELETE FROM audit_head'],
      ['a row that does not extend the chain', `INSERT INTO audit_log (id, at, actor, action, entity_type, prev_hash, hash)
        VALUES (5, now(), 'x', 'x', 'x', repeat('0', 64), repeat('1', 64))`],
    ])('refuses %s', async (_what, statement) => {
      await expect(db.query(statement)).rejects.toThrow(/append-only|changes only by appending|does not extend the chain/);
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: 2 });
    });
  });

  it('reports the first row whose content was changed', async () => {
    const db = await freshDb(4);
    await tamper(db, `UPDATE audit_log SET after = jsonb_set(after, '{status}', '"withdrawn"') WHERE id = 3`);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, rows: 2, firstBrokenId: 3, reason: 'HASH_MISMATCH' });
  });

  it('reports a changed row whose hash was recomputed at the next row, which names the old hash', async () => {
    const db = await freshDb(4);
    const { rows } = await db.query<Omit<AuditRowContent, 'at'> & { at: Date }>(
      `SELECT id::int, at, actor, actor_role AS "actorRole", action, entity_type AS "entityType", entity_id AS "entityId",
              before, after, request_id AS "requestId", prev_hash AS "prevHash" FROM audit_log WHERE id = 2`,
    );
    const forged = { ...(rows[0] as Omit<AuditRowContent, 'at'> & { at: Date }), after: { status: 'withdrawn' } };
    const hash = auditRowHash({ ...forged, at: new Date(forged.at).toISOString() });
    await tamper(db, `UPDATE audit_log SET after = '{"status":"withdrawn"}', hash = '${hash}' WHERE id = 2`);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, rows: 2, firstBrokenId: 3, reason: 'PREV_HASH_MISMATCH' });
  });

  it('reports a removed row where the gap is', async () => {
    const db = await freshDb(4);
    await tamper(db, 'DELETE FROM audit_log WHERE id = 2');
    expect(await verifyAuditChain(db)).toEqual({ ok: false, rows: 1, firstBrokenId: 3, reason: 'ID_GAP' });
  });

  it('reports rows cut from the end against the head', async () => {
    const db = await freshDb(4);
    await tamper(db, 'DELETE FROM audit_log WHERE id >= 3');
    expect(await verifyAuditChain(db)).toEqual({ ok: false, rows: 2, firstBrokenId: 3, reason: 'HEAD_MISMATCH' });
  });

  it('keeps one chain under 20 parallel appends', async () => {
    const db = await freshDb(1);
    await Promise.all(Array.from({ length: 20 }, (_, i) => db.transaction((tx) => appendAudit(tx, entry(100 + i)))));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: 21 });
    const { rows } = await db.query<{ n: number; ids: number }>('SELECT count(DISTINCT prev_hash)::int AS n, max(id)::int AS ids FROM audit_log');
    expect(rows[0]).toEqual({ n: 21, ids: 21 });
  });
});
