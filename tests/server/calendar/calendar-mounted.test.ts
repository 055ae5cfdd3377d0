import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { smallCatalogApp } from '../../support/small-catalog';
import { ENGINES } from '../../support/test-db';

describe('the agent desk deadline calculator in the application', () => {
  const ctx = smallCatalogApp(ENGINES[0]!);

  it('adds working days across the 2026 National Day holiday', async () => {
    const res = await request(ctx.app).get('/api/calendar/add-workdays?from=2026-09-29&days=5').expect(200);
    expect(res.body.date).toBe('2026-10-12');
    const between = await request(ctx.app).get('/api/calendar/workdays-between?from=2026-09-29&to=2026-10-12').expect(200);
    expect(between.body.workdays).toBe(5);
  });

  it('refuses a year the calendar does not cover with 422', async () => {
    const res = await request(ctx.app).get('/api/calendar/add-workdays?from=2031-01-05&days=3').expect(422);
    expect(res.body.code).toBe('CALENDAR_NOT_COVERED');
  });
});
