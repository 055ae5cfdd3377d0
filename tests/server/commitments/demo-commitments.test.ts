// The embedded demo ships signed letters made through the real services: they verify as authentic,
// and the demo enterprise finds one letter to sign and one waiting for the authority.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import type { Db } from '../../../server/src/db/db';
import { testApp } from '../../support/test-app';
import { ENGINES } from '../../support/test-db';

describe.each(ENGINES)('demo commitment letters on $name', (engine) => {
  let db: Db;
  let app: Express;
  beforeAll(async () => {
    db = await engine.open('demo');
    app = testApp(db);
  });
  afterAll(() => db?.close());

  it('has a letter for every transferred or under-construction demo parcel', async () => {
    const { rows } = await db.query<{ parcels: number; letters: number }>(
      `SELECT (SELECT count(*)::int FROM parcels WHERE status IN ('transferred', 'under_construction')) AS parcels,
              (SELECT count(*)::int FROM commitments) AS letters`,
    );
    expect(rows[0]!.letters).toBe(rows[0]!.parcels);
    expect(rows[0]!.letters).toBeGreaterThan(100);
  });

  it('leaves the demo enterprise one letter to sign and one for the authority to countersign', async () => {
    const res = await request(app).get('/api/commitments?uscc=91140100MA0K3C7A04&limit=100').expect(200);
    const statuses = res.body.items.map((i: { status: string }) => i.status).sort();
    expect(statuses.filter((s: string) => s !== 'in_force')).toEqual(['draft', 'signed']);
  });

  it('signs the rest with keys that verify as authentic', async () => {
    const { rows } = await db.query<{ id: string }>("SELECT id FROM commitments WHERE status = 'in_force' ORDER BY id LIMIT 3");
    for (const { id } of rows) {
      const res = await request(app).get(`/verify/${id}`).set('Accept', 'application/json').expect(200);
      expect(res.body.verdict).toBe('authentic');
    }
  });
});
