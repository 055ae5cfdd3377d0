// Stand-in for 山西省信用信息共享平台: receives credit records (docs/interfaces/credit-platform.md).
import { startFakeReceiver, type FakeReceiver } from './fake-receiver';

export const CREDIT_PLATFORM_PATH = '/api/credit-records';

export const startFakeCreditPlatform = (): Promise<FakeReceiver> =>
  startFakeReceiver({ path: CREDIT_PLATFORM_PATH, schema: 'credit-record/v1', recordMember: 'record', receiptPrefix: 'SXCR' });
