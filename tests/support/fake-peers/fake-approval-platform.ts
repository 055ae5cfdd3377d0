// Stand-in for 工程建设项目审批管理系统: receives approval-item status events (docs/interfaces/approval-platform.md).
import { startFakeReceiver, type FakeReceiver } from './fake-receiver';

export const APPROVAL_PLATFORM_PATH = '/api/item-status-events';

export const startFakeApprovalPlatform = (): Promise<FakeReceiver> =>
  startFakeReceiver({ path: APPROVAL_PLATFORM_PATH, schema: 'approval-item-status/v1', recordMember: 'event', receiptPrefix: 'GCSP' });
