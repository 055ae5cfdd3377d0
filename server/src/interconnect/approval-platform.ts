// 工程建设项目审批管理系统 (engineering construction project approval system): every status change of
// an approval item in an agency case is pushed there, so the item shows the same status on every
// channel (guide: one submission, results on every channel). Interface: docs/interfaces/approval-platform.md.
import { z } from 'zod';
import type { ClaimedMessage } from '../outbox/outbox.repository';
import type { OutboxTarget } from '../outbox/outbox-target';
import { authHeaders, instant, projectCodeText, receiptOf, SOURCE_SYSTEM, usccText } from './envelope';

/** What the agency-cases feature enqueues on topic 'approval-item-status'. */
export const approvalItemStatusPayload = z.object({
  caseCode: z.string().min(1).max(60),
  itemCode: z.string().min(1).max(60),
  itemName: z.string().min(1).max(200),
  /** The case item's status code as the cases feature defines it (e.g. 'accepted'). */
  status: z.string().min(1).max(60),
  statusAt: instant,
  projectCode: projectCodeText,
  uscc: usccText,
  /** Where the change was made: online, hall window, self-service terminal … */
  channel: z.string().min(1).max(30),
  reason: z.string().max(2000).nullish(),
});
export type ApprovalItemStatusPayload = z.input<typeof approvalItemStatusPayload>;

export const APPROVAL_ITEM_STATUS_SCHEMA = 'approval-item-status/v1';

export function approvalItemStatusEnvelope(message: Pick<ClaimedMessage, 'messageId' | 'payload'>, sentAt: Date) {
  const p = approvalItemStatusPayload.parse(message.payload);
  return {
    source: SOURCE_SYSTEM,
    schema: APPROVAL_ITEM_STATUS_SCHEMA,
    messageId: message.messageId,
    sentAt: sentAt.toISOString(),
    event: {
      projectCode: p.projectCode,
      uscc: p.uscc,
      caseCode: p.caseCode,
      itemCode: p.itemCode,
      itemName: p.itemName,
      status: p.status,
      statusAt: p.statusAt,
      channel: p.channel,
      reason: p.reason ?? null,
    },
  };
}

export function approvalPlatformTarget(settings: { url: string; token?: string; timeoutMs?: number }): OutboxTarget {
  return {
    url: settings.url,
    headers: authHeaders(settings.token),
    ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}),
    encode: approvalItemStatusEnvelope,
    receiptOf,
  };
}
