// 一致性 metrics on hand-made records; the expected shares are counted by hand in the comments.
import { describe, expect, it } from 'vitest';
import type { AppliedLimitRecord, CaseTimelineRecord, CatalogItemRecord, CommitmentRecord } from '../../../server/src/evaluation/evaluation-records';
import {
  caseStatusConsistency,
  commitmentIndicatorConsistency,
  itemChannelConsistency,
  parcelPublicationConsistency,
} from '../../../server/src/evaluation/metrics/consistency';
import { at, CTX, JZ, LF } from './eval-fixtures';

describe('K1 items with the same limits on every channel', () => {
  const item = (code: string): CatalogItemRecord => ({ code, nameZh: code, textFields: {}, legalLimitDays: 20, committedLimitDays: 5, materialCount: 1, channels: ['ONLINE_PORTAL', 'HALL_WINDOW'] });
  const applied = (itemCode: string, channel: string, committed: number, legal: number, openedAt = '2026-07-15T02:00:00Z'): AppliedLimitRecord => ({
    ...JZ, itemCode, caseCode: `${itemCode}-${channel}-${committed}`, channel, openedAt: at(openedAt), committedLimitDays: committed, legalLimitDays: legal,
  });

  it('counts 3 of 4: YDGH applied 5 days online but 7 at the hall; one channel only or no case is consistent', () => {
    const out = itemChannelConsistency(
      [item('XMBA'), item('YDGH'), item('GCGH'), item('SGXK')],
      [
        applied('XMBA', 'ONLINE_PORTAL', 1, 2),
        applied('XMBA', 'HALL_WINDOW', 1, 2),
        applied('YDGH', 'ONLINE_PORTAL', 5, 20),
        applied('YDGH', 'HALL_WINDOW', 7, 20),
        // Outside the quarter: does not count either way.
        applied('GCGH', 'ONLINE_PORTAL', 9, 20, '2026-06-15T02:00:00Z'),
        applied('GCGH', 'HALL_WINDOW', 5, 20),
      ],
      CTX,
    );
    expect(out).toMatchObject({ numerator: 3, denominator: 4, value: 0.75 });
    expect(out.rows.map((r) => [r.id, r.passed])).toEqual([['XMBA', true], ['YDGH', false], ['GCGH', true], ['SGXK', true]]);
    expect(out.rows[1]?.noteZh).toBe('渠道不一致：政务服务网 承诺/法定 5/20 日；大厅窗口 承诺/法定 7/20 日');
    expect(out.rows[3]?.noteZh).toBe('本季度无办件，目录单一来源');
  });
});

describe('K2 case status the same on every channel at every event', () => {
  const ev = (id: number, channel: string, from: string | null, to: string, occurredAt: string, itemId = 1) => ({
    id, itemId, itemCode: 'YDGH', channel, fromStatus: from, toStatus: to, occurredAt: at(occurredAt),
  });
  const timeline = (caseCode: string, current: Record<number, string>, transitions: CaseTimelineRecord['transitions']): CaseTimelineRecord => ({
    ...LF, caseCode, currentStatus: current, transitions,
  });

  it('counts 1 of 3: a hall step the online channel did not see, and a record that disagrees with its last step, break the chain', () => {
    const out = caseStatusConsistency(
      [
        timeline('T1', { 1: 'completed' }, [
          ev(1, 'ONLINE_PORTAL', 'pending', 'submitted', '2026-07-02T02:00:00Z'),
          ev(2, 'HALL_WINDOW', 'submitted', 'accepted', '2026-07-03T02:00:00Z'),
          ev(3, 'HALL_WINDOW', 'accepted', 'completed', '2026-07-10T02:00:00Z'),
        ]),
        // The hall accepted it on 3 July (typed in later); on 4 July the online channel still showed 已提交.
        timeline('T2', { 1: 'returned' }, [
          ev(4, 'ONLINE_PORTAL', 'pending', 'submitted', '2026-07-02T02:00:00Z'),
          ev(6, 'ONLINE_PORTAL', 'submitted', 'returned', '2026-07-04T02:00:00Z'),
          ev(5, 'HALL_WINDOW', 'submitted', 'accepted', '2026-07-03T02:00:00Z'),
        ]),
        // Only Q2 activity: not in this quarter's denominator.
        timeline('T3', { 1: 'submitted' }, [ev(7, 'ONLINE_PORTAL', 'pending', 'submitted', '2026-05-02T02:00:00Z')]),
        timeline('T4', { 1: 'preparing' }, [ev(8, 'ONLINE_PORTAL', 'pending', 'submitted', '2026-07-02T02:00:00Z')]),
      ],
      CTX,
    );
    expect(out).toMatchObject({ numerator: 1, denominator: 3 });
    expect(out.value).toBeCloseTo(1 / 3, 12);
    expect(out.rows.map((r) => [r.id, r.passed])).toEqual([['T1', true], ['T2', false], ['T4', false]]);
    expect(out.rows[1]?.noteZh).toBe('YDGH 在政务服务网按“已提交”办理，其时状态已为“已受理”');
    expect(out.rows[2]?.noteZh).toBe('YDGH 记录状态“材料准备”与最后一次办理结果“已提交”不符');
  });
});

describe('K3 sampled parcels identical in catalog, OGC API and tiles', () => {
  it('counts 2 of 3 and names what differs', () => {
    const out = parcelPublicationConsistency([
      { ...JZ, code: 'p1', differences: [] },
      { ...JZ, code: 'p2', differences: [] },
      { ...LF, code: 'p3', differences: [{ field: 'status', catalog: 'listed', ogc: 'listed', tile: 'published' }] },
    ]);
    expect(out).toMatchObject({ numerator: 2, denominator: 3 });
    expect(out.rows[2]?.noteZh).toBe('status：目录 listed，OGC listed，瓦片 published');
  });
});

describe('K4 commitments never weaker than the parcel', () => {
  const c = (id: string, signedAt: string, committed: CommitmentRecord['committed'], parcel: CommitmentRecord['parcel'], closedAt: string | null = null): CommitmentRecord => ({
    ...JZ, id, parcelCode: `${id}-parcel`, signedAt: at(signedAt), closedAt: closedAt === null ? null : at(closedAt), committed, parcel,
  });
  const min = (key: string, value: number) => ({ key, comparator: 'min' as const, value, valueMax: null, textValue: null });
  const max = (key: string, value: number) => ({ key, comparator: 'max' as const, value, valueMax: null, textValue: null });
  const range = (key: string, value: number, valueMax: number) => ({ key, comparator: 'range' as const, value, valueMax, textValue: null });

  it('counts 1 of 3: a looser FAR range and a missing tax commitment fail; later and closed letters are left out', () => {
    const out = commitmentIndicatorConsistency(
      [
        c('CL1', '2026-05-01T00:00:00Z', [min('investmentIntensity', 320), max('greenRatio', 15)], [min('investmentIntensity', 300), max('greenRatio', 15)]),
        c('CL2', '2026-07-10T00:00:00Z', [range('floorAreaRatio', 0.8, 2.5)], [range('floorAreaRatio', 1.0, 2.5)]),
        c('CL3', '2026-07-10T00:00:00Z', [min('investmentIntensity', 300)], [min('investmentIntensity', 300), min('taxPerMu', 15)]),
        c('CL4', '2026-10-05T00:00:00Z', [], [min('taxPerMu', 15)]),
        c('CL5', '2026-01-01T00:00:00Z', [], [min('taxPerMu', 15)], '2026-06-01T00:00:00Z'),
      ],
      CTX,
    );
    expect(out).toMatchObject({ numerator: 1, denominator: 3 });
    expect(out.rows.map((r) => [r.id, r.passed, r.noteZh])).toEqual([
      ['CL1', true, '2 项指标均不低于地块指标'],
      ['CL2', false, '容积率承诺值弱于地块指标'],
      ['CL3', false, '亩均税收未承诺'],
    ]);
  });
});
