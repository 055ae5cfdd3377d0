// 及时性 metrics on hand-made records. Working days are counted by hand on the 2026 calendar:
// weekends off, 25 Sep (中秋) and 1–7 Oct (国庆) off, Sunday 20 Sep and Saturday 10 Oct worked.
import { describe, expect, it } from 'vitest';
import type { CaseItemRecord, CreditRecord, PublishRecord, SharedEventRecord } from '../../../server/src/evaluation/evaluation-records';
import {
  creditDeliveredWithinDay,
  itemAverageWorkdays,
  itemP90Workdays,
  itemsWithinLimit,
  overdueOpenItems,
  parcelPublishAverageWorkdays,
  parcelPublishWithinLimit,
  sharedDataFreshness,
} from '../../../server/src/evaluation/metrics/timeliness';
import { at, CTX, JZ, LF, quarter } from './eval-fixtures';

const item = (id: number, over: Partial<CaseItemRecord>): CaseItemRecord => ({
  ...JZ, id, caseCode: `DB${id}`, itemCode: 'YDGH', itemName: '建设用地规划许可证核发', committedLimitDays: 5,
  acceptedOn: null, completedOn: null, closedOn: null, suspensions: [], ...over,
});

const ITEMS: CaseItemRecord[] = [
  // A: 2, 3, 6 July → 3 working days; due 8 July → on time.
  item(1, { acceptedOn: '2026-07-01', completedOn: '2026-07-06' }),
  // B: 2–13 July → 8 working days, due 8 July → late.
  item(2, { acceptedOn: '2026-07-01', completedOn: '2026-07-13' }),
  // C: 8 working days minus 6–8 July suspended (3) → 5; due moves to 13 July → on time.
  item(3, { acceptedOn: '2026-07-01', completedOn: '2026-07-13', suspensions: [{ from: '2026-07-06', to: '2026-07-08' }] }),
  // D: accepted Thu 24 Sep; 25 Sep holiday, weekend; 28, 29, 30 Sep → 3 working days, limit 3 → on time.
  item(4, { acceptedOn: '2026-09-24', completedOn: '2026-09-30', committedLimitDays: 3 }),
  // E: completed in Q2.
  item(5, { acceptedOn: '2026-06-22', completedOn: '2026-06-29' }),
  // F: completed in Q4; open on 30 Sep with its due date 10 Oct (29, 30 Sep, 8, 9, 10 Oct) → not overdue.
  item(6, { ...LF, acceptedOn: '2026-09-28', completedOn: '2026-10-09' }),
  // G: due 8 Sep, still open on 30 Sep → overdue.
  item(7, { ...LF, acceptedOn: '2026-09-01' }),
  // H: same, but suspended since 7 Sep: the clock stands still → not overdue.
  item(8, { acceptedOn: '2026-09-01', suspensions: [{ from: '2026-09-07', to: null }] }),
  // I: rejected on 10 Sep → no longer open.
  item(9, { acceptedOn: '2026-09-01', closedOn: '2026-09-10' }),
  // Never accepted.
  item(10, {}),
];

describe('T1–T4 case items', () => {
  it('T1: 3 of the 4 items completed in Q3 met their committed limit', () => {
    const out = itemsWithinLimit(ITEMS, CTX);
    expect(out).toMatchObject({ numerator: 3, denominator: 4, value: 0.75 });
    expect(out.rows.map((r) => [r.id, r.passed, r.value])).toEqual([['1', true, 3], ['2', false, 8], ['3', true, 5], ['4', true, 3]]);
    expect(out.rows[1]?.noteZh).toBe('2026-07-01 受理，2026-07-13 办结，用时 8 个工作日，承诺 5 日（应于 2026-07-08 前）');
  });

  it('T2: the mean is (3 + 8 + 5 + 3) / 4 = 4.75 working days', () => {
    expect(itemAverageWorkdays(ITEMS, CTX)).toMatchObject({ numerator: 19, denominator: 4, value: 4.75 });
  });

  it('T3: P90 by nearest rank of [3, 3, 5, 8] is the ⌈3.6⌉ = 4th value, 8', () => {
    const out = itemP90Workdays(ITEMS, CTX);
    expect(out).toMatchObject({ numerator: null, denominator: 4, value: 8 });
    expect(out.rows[0]?.value).toBe(8);
  });

  it('T4: of F, G and H open on 30 Sep only G is overdue (16 working days past 8 Sep)', () => {
    const out = overdueOpenItems(ITEMS, CTX);
    expect(out).toMatchObject({ numerator: 1, denominator: 3 });
    expect(out.rows.map((r) => [r.id, r.passed])).toEqual([['6', false], ['7', true], ['8', false]]);
    expect(out.rows[0]?.noteZh).toBe('剩余 3 个工作日（2026-10-10 到期）');
    expect(out.rows[1]?.noteZh).toBe('应于 2026-09-08 办结，已超期 16 个工作日');
    expect(out.rows[2]?.noteZh).toBe('暂停计时（自 2026-09-07）');
  });

  it('a running quarter looks at today: on 9 Oct (2026Q4) F has just been completed, G and H are still open', () => {
    const ctx = { ...CTX, quarter: quarter('2026Q4'), asOf: '2026-10-09', asOfInstant: at('2026-10-09T04:00:00Z') };
    expect(overdueOpenItems(ITEMS, ctx)).toMatchObject({ numerator: 1, denominator: 2 });
    expect(itemsWithinLimit(ITEMS, ctx)).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('gives no data for no items, without dividing by zero', () => {
    expect(itemsWithinLimit([], CTX).value).toBeNull();
    expect(itemAverageWorkdays([], CTX)).toMatchObject({ numerator: 0, denominator: 0, value: null });
    expect(itemP90Workdays([], CTX)).toMatchObject({ numerator: null, denominator: 0, value: null });
    expect(overdueOpenItems([], CTX).value).toBeNull();
  });
});

describe('T5, T6 approval to publication of parcels', () => {
  const pub = (code: string, approvedOn: string, publishedOn: string): PublishRecord => ({ ...JZ, code, name: code, approvedOn, publishedOn });
  const PUBLISHES = [
    pub('p1', '2026-07-01', '2026-07-03'), // 2 working days
    pub('p2', '2026-07-01', '2026-07-13'), // 8
    pub('p3', '2026-09-24', '2026-10-09'), // published in Q4
    pub('p4', '2026-09-24', '2026-09-30'), // 3 (25 Sep is a holiday)
  ];

  it('T5: 2 of 3 within 5 working days; T6: (2 + 8 + 3) / 3', () => {
    expect(parcelPublishWithinLimit(PUBLISHES, CTX)).toMatchObject({ numerator: 2, denominator: 3 });
    const avg = parcelPublishAverageWorkdays(PUBLISHES, CTX);
    expect(avg).toMatchObject({ numerator: 13, denominator: 3 });
    expect(avg.value).toBeCloseTo(13 / 3, 12);
    expect(parcelPublishWithinLimit(PUBLISHES, { ...CTX, thresholds: { ...CTX.thresholds, publishLimitWorkdays: 1 } }).numerator).toBe(0);
  });
});

describe('T7 credit records delivered within a day', () => {
  const credit = (id: string, decidedAt: string, deliveredAt: string | null): CreditRecord => ({ ...JZ, id, decidedAt: at(decidedAt), deliveredAt: deliveredAt === null ? null : at(deliveredAt) });

  it('counts 2 of 4: late and never delivered fail, a young undelivered record waits, the quarter starts at Beijing midnight', () => {
    const out = creditDeliveredWithinDay(
      [
        credit('R1', '2026-07-10T02:00:00Z', '2026-07-10T03:00:00Z'),
        credit('R2', '2026-07-10T02:00:00Z', '2026-07-12T02:00:00Z'),
        credit('R3', '2026-08-01T00:00:00Z', null),
        credit('R4', '2026-09-30T10:00:00Z', null),
        credit('R5', '2026-06-30T15:00:00Z', '2026-06-30T15:30:00Z'),
        credit('R6', '2026-06-30T16:30:00Z', '2026-06-30T17:00:00Z'),
      ],
      CTX,
    );
    expect(out).toMatchObject({ numerator: 2, denominator: 4, value: 0.5 });
    expect(out.rows.map((r) => [r.id, r.passed, r.value])).toEqual([['R1', true, 1], ['R2', false, 48], ['R3', false, null], ['R6', true, 0.5]]);
  });
});

describe('T8 status changes shared within a day', () => {
  const ev = (id: number, occurredAt: string, recordedAt: string): SharedEventRecord => ({
    ...JZ, id, caseCode: 'DB1', itemCode: 'YDGH', channel: 'HALL_WINDOW', occurredAt: at(occurredAt), recordedAt: at(recordedAt),
  });

  it('counts 2 of 3: a hall step typed in two days later is stale', () => {
    const out = sharedDataFreshness(
      [ev(1, '2026-07-02T02:00:00Z', '2026-07-02T02:00:05Z'), ev(2, '2026-07-02T02:00:00Z', '2026-07-04T02:00:00Z'), ev(3, '2026-07-02T02:00:00Z', '2026-07-03T01:00:00Z')],
      CTX,
    );
    expect(out).toMatchObject({ numerator: 2, denominator: 3 });
    expect(out.rows.map((r) => r.value)).toEqual([0, 48, 23]);
  });
});
