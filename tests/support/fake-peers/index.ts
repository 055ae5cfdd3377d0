// Fake peer platforms for tests (real HTTP servers on 127.0.0.1). Typical use:
//   const credit = await startFakeCreditPlatform();
//   const interconnect = interconnectTo({ credit });            // pass to createApp or deliverDueMessages
//   await deliverDueMessages(db, interconnect.targets);
//   expect(credit.stored).toHaveLength(1);
//   await credit.close();
import { interconnectFromConfig, type Interconnect } from '../../../server/src/interconnect/interconnect';
import type { FakeInvestmentPlatform } from './fake-investment-platform';
import type { FakeReceiver } from './fake-receiver';

export * from './fake-approval-platform';
export * from './fake-credit-platform';
export * from './fake-investment-platform';
export * from './fake-peer';
export * from './fake-receiver';

/** The Interconnect the server would build from env vars pointing at these fakes. */
export function interconnectTo(peers: {
  credit?: FakeReceiver;
  approval?: FakeReceiver;
  investment?: FakeInvestmentPlatform;
  token?: string;
  timeoutMs?: number;
}): Interconnect {
  return interconnectFromConfig({
    ...(peers.credit ? { CREDIT_PLATFORM_URL: peers.credit.endpoint } : {}),
    ...(peers.approval ? { APPROVAL_PLATFORM_URL: peers.approval.endpoint } : {}),
    ...(peers.investment ? { INVESTMENT_PLATFORM_URL: peers.investment.url } : {}),
    ...(peers.token ? { INTERCONNECT_TOKEN: peers.token } : {}),
    ...(peers.timeoutMs ? { INTERCONNECT_TIMEOUT_MS: peers.timeoutMs } : {}),
  });
}
