// The demo year of agency cases (server/src/demo/demo-cases.ts) as the embedded demo loads it: four
// quarters of data with real differences between zones, consistent with the API's own rules.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listApprovalItems } from '../../../server/src/approval-items/approval-items.repository';
import { validateCaseCode } from '../../../server/src/cases/case-code';
import { dueDateOf } from '../../../server/src/cases/deadlines';
import { checkTransition, type ItemStatus } from '../../../server/src/cases/item-status';
import type { Db } from '../../../server/src/db/db';
import { planDemoCases } from '../../../server/src/demo/demo-case-plan';
import { testApp } from '../../support/test-app';
import { ENGINES } from '../../support/test-db';

describe.each(ENGINES)('demo agency cases on $name', (engine) => {
  let db: Db;
  beforeAll(async () => {
    db = await engine.open('demo');
  });
  afterAll(() => db?.close());

  it('opens cases across 2025-10 … 2026-11 in every zone, with valid codes', async () => {
    const { rows } = await db.query<{ code: string; zone: string; createdAt: Date }>(
      `SELECT c.code, p.zone_code AS zone, c.created_at AS "createdAt" FROM cases c JOIN parcels p ON p.code = c.parcel_code`,
    );
    expect(rows.length).toBeGreaterThan(150);
    expect(new Set(rows.map((r) => r.zone)).size).toBe(10);
    expect(rows.every((r) => validateCaseCode(r.code).valid)).toBe(true);
    const dates = rows.map((r) => new Date(r.createdAt).toISOString()).sort();
    expect(dates[0]! >= '2025-09-30T16:00:00.000Z').toBe(true);
    expect(dates.at(-1)! <= '2026-11-30T16:00:00.000Z').toBe(true);
  });

  it('finishes items in each of the five quarters, and 临汾 (hall-only) far later than 晋中 (online)', async () => {
    const { rows } = await db.query<{ zone: string; quarter: string; finished: number; onTime: number; online: number; cases: number }>(
      `SELECT p.zone_code AS zone, to_char(ci.completed_on, 'YYYY"Q"Q') AS quarter, count(*)::int AS finished,
              count(*) FILTER (WHERE ci.completed_on <= ci.due_on)::int AS "onTime",
              count(DISTINCT c.code) FILTER (WHERE c.origin_channel IN ('ONLINE_PORTAL', 'SELF_SERVICE_KIOSK'))::int AS online,
              count(DISTINCT c.code)::int AS cases
       FROM case_items ci JOIN cases c ON c.code = ci.case_code JOIN parcels p ON p.code = c.parcel_code
       WHERE ci.status = 'completed' GROUP BY 1, 2`,
    );
    expect(new Set(rows.map((r) => r.quarter))).toEqual(new Set(['2025Q4', '2026Q1', '2026Q2', '2026Q3', '2026Q4']));
    const share = (zone: string, key: 'onTime' | 'online', of: 'finished' | 'cases') => {
      const zr = rows.filter((r) => r.zone === zone);
      return zr.reduce((s, r) => s + r[key], 0) / zr.reduce((s, r) => s + r[of], 0);
    };
    expect(share('G140702', 'onTime', 'finished')).toBeGreaterThan(0.85);
    expect(share('S141002', 'onTime', 'finished')).toBeLessThan(0.4);
    expect(share('S141002', 'online', 'cases')).toBe(0);
  });

  it('keeps every stored deadline equal to the calendar’s and every step allowed by the transition table', async () => {
    const items = await db.query<{ id: number; acceptedOn: string; limit: number; dueOn: string }>(
      `SELECT ci.id::int AS id, ci.accepted_on::text AS "acceptedOn", ci.committed_limit_days AS limit, ci.due_on::text AS "dueOn"
       FROM case_items ci WHERE ci.accepted_on IS NOT NULL AND ci.suspended_workdays = 0 AND ci.suspended_since IS NULL
         AND NOT EXISTS (SELECT 1 FROM case_item_suspensions s WHERE s.case_item_id = ci.id)`,
    );
    expect(items.rows.length).toBeGreaterThan(500);
    for (const r of items.rows) expect(r.dueOn, `item ${r.id}`).toBe(dueDateOf(r.acceptedOn, r.limit, []));
    const steps = await db.query<{ from: ItemStatus; to: ItemStatus; role: string }>(
      `SELECT DISTINCT from_status AS from, to_status AS to, actor_role AS role FROM case_events WHERE kind = 'transition'`,
    );
    for (const s of steps.rows) {
      const actor = s.role === 'enterprise' ? 'applicant' : 'staff';
      expect(checkTransition(s.from, s.to, actor), `${s.from} → ${s.to} by ${actor}`).toEqual({ allowed: true });
    }
  });

  it('reuses what the government holds, except where a hall still takes paper copies', async () => {
    const { rows } = await db.query<{ zone: string; reused: number; shareable: number }>(
      `SELECT p.zone_code AS zone, count(*) FILTER (WHERE m.source = t.source)::int AS reused, count(*)::int AS shareable
       FROM case_item_materials m JOIN material_types t ON t.code = m.material_type AND t.source = 'e-licence'
       JOIN case_items ci ON ci.id = m.case_item_id JOIN cases c ON c.code = ci.case_code JOIN parcels p ON p.code = c.parcel_code
       GROUP BY 1`,
    );
    const share = (zone: string) => {
      const r = rows.find((x) => x.zone === zone);
      return r ? r.reused / r.shareable : NaN;
    };
    expect(share('G140702')).toBe(1);
    expect(share('S141002')).toBeLessThan(0.6);
  });

  it('serves demo cases to the demo agent’s desk and the demo enterprise’s portal', async () => {
    const app = testApp(db);
    const mine = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases WHERE assigned_agent = 'agent'`);
    expect(mine.rows[0]?.n).toBeGreaterThan(5);
    const own = await db.query<{ code: string }>(`SELECT code FROM cases WHERE uscc = '91140100MA0K3C7A04' ORDER BY code LIMIT 1`);
    expect(own.rows).toHaveLength(1);
    const view = await request(app).get(`/api/cases/${own.rows[0]?.code}`).expect(200);
    expect(view.body.items.length).toBeGreaterThan(0);
    expect(view.body.timeline.length).toBeGreaterThan(1);
  });

  it('is the same plan every time (seeded, no clock)', async () => {
    const catalog = await listApprovalItems(db);
    const parcels = [{ code: '140702-2025-0009', zoneCode: 'G140702', countyCode: '140702', cityName: '晋中市', status: 'transferred' as const, listedOn: '2025-06-01' }];
    const applicants = new Map([[parcels[0]!.code, { uscc: '91140700MA0L12B82Q', name: '演示', contactName: '王', contactPhone: '13800000000', username: 'ent-x', commitmentId: null, commitmentStatus: null, projectCode: '2025-140702-39-03-000001', projectName: '演示项目' }]]);
    expect(planDemoCases(parcels, applicants, catalog)).toEqual(planDemoCases(parcels, applicants, catalog));
  });
});
