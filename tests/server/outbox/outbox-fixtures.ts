// Sample outbox payloads in the shapes the commitments and agency-case features enqueue.
import type { ApprovalItemStatusPayload } from '../../../server/src/interconnect/approval-platform';
import type { CreditRecordPayload } from '../../../server/src/interconnect/credit-platform';

export const creditRecord = (recordId: string, overrides: Partial<CreditRecordPayload> = {}): CreditRecordPayload => ({
  recordId,
  uscc: '91140100MA0K2Y1X5F',
  enterpriseName: '山西智造装备有限公司',
  kind: 'broken',
  commitmentId: 'C-2026-0007',
  parcelCode: '140702-2025-0001',
  indicatorKey: 'investmentIntensity',
  committedValue: 300,
  actualValue: 262.5,
  margin: -37.5,
  reason: '竣工验收时固定资产投资强度低于承诺值',
  decidedAt: '2026-07-01T09:30:00+08:00',
  ...overrides,
});

export const approvalItemStatus = (overrides: Partial<ApprovalItemStatusPayload> = {}): ApprovalItemStatusPayload => ({
  caseCode: 'DB140702202600012G',
  itemCode: 'SGXK',
  itemName: '建筑工程施工许可证核发',
  status: 'accepted',
  statusAt: '2026-07-02T10:00:00+08:00',
  projectCode: '2026-140105-34-03-123456',
  uscc: '91140100MA0K2Y1X5F',
  channel: 'HALL_WINDOW',
  ...overrides,
});
