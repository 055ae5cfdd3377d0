import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { calendarRouter } from '../../../server/src/calendar/calendar.routes';
import { errorHandler } from '../../../server/src/http/error-handler';
import { createLogger } from '../../../server/src/logger';

function calendarApp(now = '2026-06-15T04:00:00Z') {
  const app = express();
  app.set('query parser', 'simple');
  app.use('/api/calendar', calendarRouter(() => new Date(now)));
  app.use(errorHandler(createLogger('silent')));
  return app;
}

const app = calendarApp();

async function problem(url: string, status: number) {
  const res = await request(app).get(url);
  expect(res.status).toBe(status);
  expect(res.type).toBe('application/problem+json');
  return JSON.parse(res.text) as Record<string, unknown>;
}

describe('GET /api/calendar/add-workdays', () => {
  it('puts 5 working days after 2026-09-29 on 2026-10-12', async () => {
    const res = await request(app).get('/api/calendar/add-workdays?from=2026-09-29&days=5');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ date: '2026-10-12', from: '2026-09-29', days: 5 });
  });

  it('counts backwards for negative days', async () => {
    const res = await request(app).get('/api/calendar/add-workdays?from=2026-10-12&days=-5');
    expect(res.body).toEqual({ date: '2026-09-29', from: '2026-10-12', days: -5 });
  });

  it.each([
    ['from=2026-9-29&days=5', 'INVALID_DATE', 'from'],
    ['from=2026-02-30&days=5', 'INVALID_DATE', 'from'],
    ['days=5', 'MISSING_PARAMETER', 'from'],
    ['from=2026-09-29', 'MISSING_PARAMETER', 'days'],
    ['from=2026-09-29&days=1.5', 'INVALID_PARAMETER', 'days'],
    ['from=2026-09-29&days=1001', 'INVALID_PARAMETER', 'days'],
    ['from=2026-09-29&days=-1001', 'INVALID_PARAMETER', 'days'],
    ['from=2026-09-29&from=2026-09-30&days=5', 'INVALID_PARAMETER', 'from'],
    ['from=2026-09-29&days=5&tz=utc', 'UNKNOWN_PARAMETER', 'tz'],
  ])('answers ?%s with 400 %s naming %s', async (query, code, param) => {
    expect(await problem(`/api/calendar/add-workdays?${query}`, 400)).toMatchObject({ status: 400, code, param });
  });

  it('answers a deadline that runs into an uncovered year with 422 CALENDAR_NOT_COVERED', async () => {
    const body = await problem('/api/calendar/add-workdays?from=2026-12-30&days=5', 422);
    expect(body).toMatchObject({
      code: 'CALENDAR_NOT_COVERED',
      year: 2027,
      date: '2027-01-01',
      coveredYears: [2020, 2021, 2022, 2023, 2024, 2025, 2026],
    });
  });
});

describe('GET /api/calendar/workdays-between', () => {
  it('counts the working days after from up to and including to', async () => {
    const res = await request(app).get('/api/calendar/workdays-between?from=2026-09-29&to=2026-10-12');
    expect(res.body).toEqual({ workdays: 5, from: '2026-09-29', to: '2026-10-12' });
  });

  it('is negative when to is earlier', async () => {
    const res = await request(app).get('/api/calendar/workdays-between?from=2026-10-12&to=2026-09-29');
    expect(res.body.workdays).toBe(-5);
  });

  it('rejects a missing or malformed date', async () => {
    expect(await problem('/api/calendar/workdays-between?from=2026-09-29', 400)).toMatchObject({ code: 'MISSING_PARAMETER', param: 'to' });
    expect(await problem('/api/calendar/workdays-between?from=2026-09-29&to=tomorrow', 400)).toMatchObject({ code: 'INVALID_DATE', param: 'to' });
  });

  it('answers 422 when the range reaches an uncovered year', async () => {
    expect(await problem('/api/calendar/workdays-between?from=2019-12-30&to=2020-01-03', 422)).toMatchObject({ code: 'CALENDAR_NOT_COVERED', year: 2019 });
  });
});

describe('GET /api/calendar/day/:date', () => {
  it('gives the kind of day and the holiday name', async () => {
    expect((await request(app).get('/api/calendar/day/2026-10-01')).body).toEqual({ date: '2026-10-01', kind: 'holiday', name: '国庆节' });
    expect((await request(app).get('/api/calendar/day/2026-10-10')).body).toEqual({ date: '2026-10-10', kind: 'makeup_workday', name: '国庆节' });
    expect((await request(app).get('/api/calendar/day/2026-10-14')).body).toEqual({ date: '2026-10-14', kind: 'workday' });
  });

  it('rejects an impossible date, query parameters, and an uncovered year', async () => {
    expect(await problem('/api/calendar/day/2026-13-01', 400)).toMatchObject({ code: 'INVALID_DATE', param: 'date' });
    expect(await problem('/api/calendar/day/2026-10-01?lang=en', 400)).toMatchObject({ code: 'UNKNOWN_PARAMETER', param: 'lang' });
    expect(await problem('/api/calendar/day/2027-01-01', 422)).toMatchObject({ code: 'CALENDAR_NOT_COVERED', year: 2027 });
  });
});

describe('GET /api/calendar/coverage', () => {
  it('lists the covered years and whether next year is published yet', async () => {
    const res = await request(app).get('/api/calendar/coverage');
    expect(res.body).toEqual({ years: [2020, 2021, 2022, 2023, 2024, 2025, 2026], coversThisYear: true, coversNextYear: false });
  });

  it('reads "this year" in Beijing, where 2026 starts at 16:00 UTC on Dec 31', async () => {
    const before = await request(calendarApp('2025-12-31T15:59:59Z')).get('/api/calendar/coverage');
    expect(before.body).toMatchObject({ coversThisYear: true, coversNextYear: true });
    const after = await request(calendarApp('2025-12-31T16:00:00Z')).get('/api/calendar/coverage');
    expect(after.body).toMatchObject({ coversThisYear: true, coversNextYear: false });
  });
});
