// 山西省信用信息共享平台 (provincial credit information sharing platform): each commitment outcome
// becomes a 守信 (kept) or 失信 (broken) record on the enterprise, keyed by USCC (guide §6; domain.md
// §3.2). The interface itself is not published, so ours is documented in docs/interfaces/credit-platform.md.
import { z } from 'zod';
import type { ClaimedMessage } from '../outbox/outbox.repository';
import type { OutboxTarget } from '../outbox/outbox-target';
import { authHeaders, idText, instant, receiptOf, SOURCE_SYSTEM, usccText } from './envelope';

export const CREDIT_RECORD_KINDS = {
  kept: { zh: '守信', en: 'commitment kept' },
  broken: { zh: '失信', en: 'commitment broken' },
} as const;

/** What the commitments feature enqueues on topic 'credit-record' (messageId = recordId). */
export const creditRecordPayload = z.object({
  recordId: idText,
  uscc: usccText,
  enterpriseName: z.string().min(1).max(200),
  kind: z.enum(['kept', 'broken']),
  commitmentId: idText,
  parcelCode: z.string().min(1).max(50),
  indicatorKey: z.string().min(1).max(60).nullish(),
  committedValue: z.number().finite().nullish(),
  actualValue: z.number().finite().nullish(),
  margin: z.number().finite().nullish(),
  reason: z.string().min(1).max(2000),
  decidedAt: instant,
});
export type CreditRecordPayload = z.input<typeof creditRecordPayload>;

export const CREDIT_RECORD_SCHEMA = 'credit-record/v1';

export function creditRecordEnvelope(message: Pick<ClaimedMessage, 'messageId' | 'payload'>, sentAt: Date) {
  const p = creditRecordPayload.parse(message.payload);
  return {
    source: SOURCE_SYSTEM,
    schema: CREDIT_RECORD_SCHEMA,
    messageId: message.messageId,
    sentAt: sentAt.toISOString(),
    record: {
      recordId: p.recordId,
      subject: { uscc: p.uscc, name: p.enterpriseName },
      kind: p.kind,
      kindZh: CREDIT_RECORD_KINDS[p.kind].zh,
      basis: {
        commitmentId: p.commitmentId,
        parcelCode: p.parcelCode,
        indicatorKey: p.indicatorKey ?? null,
        committedValue: p.committedValue ?? null,
        actualValue: p.actualValue ?? null,
        margin: p.margin ?? null,
      },
      reason: p.reason,
      decidedAt: p.decidedAt,
    },
  };
}

export function creditPlatformTarget(settings: { url: string; token?: string; timeoutMs?: number }): OutboxTarget {
  return {
    url: settings.url,
    headers: authHeaders(settings.token),
    ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}),
    encode: creditRecordEnvelope,
    receiptOf,
  };
}
