// Service channels (办理渠道, domain.md §4): every case event records the one it came through, so the
// evaluation can compare online and hall service (issue #8). Migration 0007's CHECKs mirror this list.
import type { Role } from '../users/roles';

export const CHANNELS = [
  { code: 'ONLINE_PORTAL', labelZh: '政务服务网', labelEn: 'Online portal' },
  { code: 'HALL_WINDOW', labelZh: '大厅窗口', labelEn: 'Service-hall window' },
  { code: 'SELF_SERVICE_KIOSK', labelZh: '自助终端', labelEn: 'Self-service kiosk' },
  { code: 'AGENT_ONSITE', labelZh: '代办员上门', labelEn: 'Agent on site' },
] as const;

export type Channel = (typeof CHANNELS)[number]['code'];
export const CHANNEL_CODES = CHANNELS.map((c) => c.code) as readonly Channel[];

/**
 * The channels each role acts through, the first being its default: an enterprise acts online or at a
 * kiosk by itself; an agent records at the window or on site, on the applicant's behalf.
 */
export const ROLE_CHANNELS: Partial<Record<Role, readonly Channel[]>> = {
  enterprise: ['ONLINE_PORTAL', 'SELF_SERVICE_KIOSK'],
  agent: ['HALL_WINDOW', 'AGENT_ONSITE'],
  admin: ['HALL_WINDOW', 'AGENT_ONSITE', 'ONLINE_PORTAL', 'SELF_SERVICE_KIOSK'],
};

export function channelLabel(channel: Channel): { labelZh: string; labelEn: string } {
  const c = CHANNELS.find((x) => x.code === channel);
  return { labelZh: c?.labelZh ?? channel, labelEn: c?.labelEn ?? channel };
}

/** How an applicant confirmed a case an agent recorded for it (全代办: nothing is filed without the applicant's consent). */
export const CONFIRMATION_METHODS = [
  { code: 'online_account', labelZh: '企业账号在线提交', labelEn: 'Submitted with the enterprise account' },
  { code: 'signature_pad', labelZh: '窗口电子签名确认', labelEn: 'Signed on the hall signature pad' },
  { code: 'paper_form', labelZh: '纸质委托书签字', labelEn: 'Signed paper authorisation' },
  { code: 'sms_code', labelZh: '短信验证码确认', labelEn: 'Confirmed by SMS code' },
] as const;
export type ConfirmationMethod = (typeof CONFIRMATION_METHODS)[number]['code'];
export const CONFIRMATION_METHOD_CODES = CONFIRMATION_METHODS.map((c) => c.code) as readonly ConfirmationMethod[];
