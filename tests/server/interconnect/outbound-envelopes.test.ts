// The request bodies sent to the credit and engineering-approval platforms, as documented in
// docs/interfaces/ (pure mapping; the HTTP side is in tests/server/outbox/outbox-delivery.test.ts).
import { describe, expect, it } from 'vitest';
import { approvalItemStatusEnvelope } from '../../../server/src/interconnect/approval-platform';
import { creditRecordEnvelope } from '../../../server/src/interconnect/credit-platform';
import { approvalItemStatus, creditRecord } from '../outbox/outbox-fixtures';

const SENT_AT = new Date('2026-07-01T02:00:00.000Z');

describe('credit platform envelope', () => {
  it('wraps a 守信 record with explicit nulls for the indicator fields it lacks', () => {
    const payload = creditRecord('42', {
      kind: 'kept',
      indicatorKey: undefined,
      committedValue: undefined,
      actualValue: undefined,
      margin: undefined,
      reason: '按期竣工并通过对标验收',
      decidedAt: '2026-06-30',
    });
    expect(creditRecordEnvelope({ messageId: '42', payload }, SENT_AT)).toEqual({
      source: 'standard-land-atlas',
      schema: 'credit-record/v1',
      messageId: '42',
      sentAt: '2026-07-01T02:00:00.000Z',
      record: {
        recordId: '42',
        subject: { uscc: '91140100MA0K2Y1X5F', name: '山西智造装备有限公司' },
        kind: 'kept',
        kindZh: '守信',
        basis: { commitmentId: 'C-2026-0007', parcelCode: '140702-2025-0001', indicatorKey: null, committedValue: null, actualValue: null, margin: null },
        reason: '按期竣工并通过对标验收',
        decidedAt: '2026-06-30',
      },
    });
  });

  it('turns numeric ids into strings', () => {
    const body = creditRecordEnvelope({ messageId: '7', payload: { ...creditRecord('x'), recordId: 7, commitmentId: 3 } }, SENT_AT);
    expect(body.record.recordId).toBe('7');
    expect(body.record.basis.commitmentId).toBe('3');
  });

  it.each([
    ['a wrong USCC check digit', { uscc: '91140100MA0K2Y1X5A' }, 'uscc'],
    ['an unknown kind', { kind: 'neutral' }, 'kind'],
    ['a time without offset', { decidedAt: '2026-07-01T09:30:00' }, 'decidedAt'],
    ['an empty reason', { reason: '' }, 'reason'],
  ])('refuses %s', (_what, change, path) => {
    expect(() => creditRecordEnvelope({ messageId: 'm', payload: { ...creditRecord('m'), ...change } }, SENT_AT)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: [path] })] }),
    );
  });
});

describe('engineering approval platform envelope', () => {
  it('carries the item status event keyed by project code and case item', () => {
    expect(approvalItemStatusEnvelope({ messageId: 'DB140702202600012G/SGXK/v9', payload: approvalItemStatus({ reason: '材料齐全' }) }, SENT_AT)).toEqual({
      source: 'standard-land-atlas',
      schema: 'approval-item-status/v1',
      messageId: 'DB140702202600012G/SGXK/v9',
      sentAt: '2026-07-01T02:00:00.000Z',
      event: {
        projectCode: '2026-140105-34-03-123456',
        uscc: '91140100MA0K2Y1X5F',
        caseCode: 'DB140702202600012G',
        itemCode: 'SGXK',
        itemName: '建筑工程施工许可证核发',
        status: 'accepted',
        statusAt: '2026-07-02T10:00:00+08:00',
        channel: 'HALL_WINDOW',
        reason: '材料齐全',
      },
    });
  });

  it('refuses a project code the investment platform would not have assigned', () => {
    expect(() => approvalItemStatusEnvelope({ messageId: 'm', payload: approvalItemStatus({ projectCode: '2026-140105-34-09-123456' }) }, SENT_AT)).toThrow(
      'investment project code',
    );
  });
});
