// The three peer platforms as configured by environment variables (config.ts): the outbox targets for
// the outbound topics and the investment platform for look-ups. An unset URL means "not configured":
// that topic's messages wait as pending, and look-ups answer 503 PLATFORM_NOT_CONFIGURED.
import type { Config } from '../config';
import type { OutboxTopic } from '../outbox/outbox';
import type { OutboxTargets } from '../outbox/outbox-target';
import { approvalPlatformTarget } from './approval-platform';
import { creditPlatformTarget } from './credit-platform';
import type { InvestmentPlatformSettings } from './investment-platform';

export interface Interconnect {
  targets: OutboxTargets;
  investment?: InvestmentPlatformSettings;
}

export const NO_INTERCONNECT: Interconnect = { targets: {} };

/** Which platform receives each topic, and the env var that configures it (shown by GET /api/outbox). */
export const TOPIC_PLATFORMS: Record<OutboxTopic, { zh: string; en: string; env: string }> = {
  'credit-record': { zh: '山西省信用信息共享平台', en: 'Shanxi credit information sharing platform', env: 'CREDIT_PLATFORM_URL' },
  'approval-item-status': { zh: '工程建设项目审批管理系统', en: 'Engineering construction project approval system', env: 'APPROVAL_PLATFORM_URL' },
};

export type InterconnectConfig = Partial<
  Pick<Config, 'CREDIT_PLATFORM_URL' | 'APPROVAL_PLATFORM_URL' | 'INVESTMENT_PLATFORM_URL' | 'INTERCONNECT_TOKEN' | 'INTERCONNECT_TIMEOUT_MS'>
>;

export function interconnectFromConfig(config: InterconnectConfig): Interconnect {
  const common = {
    ...(config.INTERCONNECT_TOKEN ? { token: config.INTERCONNECT_TOKEN } : {}),
    ...(config.INTERCONNECT_TIMEOUT_MS ? { timeoutMs: config.INTERCONNECT_TIMEOUT_MS } : {}),
  };
  return {
    targets: {
      ...(config.CREDIT_PLATFORM_URL ? { 'credit-record': creditPlatformTarget({ url: config.CREDIT_PLATFORM_URL, ...common }) } : {}),
      ...(config.APPROVAL_PLATFORM_URL ? { 'approval-item-status': approvalPlatformTarget({ url: config.APPROVAL_PLATFORM_URL, ...common }) } : {}),
    },
    ...(config.INVESTMENT_PLATFORM_URL ? { investment: { baseUrl: config.INVESTMENT_PLATFORM_URL, ...common } } : {}),
  };
}
