// Where and how one topic's messages are sent: built by the platform adapters in server/src/interconnect/.
import type { OutboxTopic } from './outbox';
import type { ClaimedMessage } from './outbox.repository';

export interface OutboxTarget {
  /** The peer endpoint that receives this topic's messages (POST). */
  url: string;
  /** Extra headers, e.g. the shared token. */
  headers?: Record<string, string>;
  /** Overrides the delivery's default timeout. */
  timeoutMs?: number;
  /** The request body: the platform's envelope around the stored payload. May throw on a malformed payload. */
  encode(message: ClaimedMessage, sentAt: Date): unknown;
  /** The peer's acknowledgement id in a 2xx answer, when it sends one. */
  receiptOf?(body: unknown): string | undefined;
}

/** Only configured topics are delivered; the others' messages wait as pending. */
export type OutboxTargets = Partial<Record<OutboxTopic, OutboxTarget>>;

export const configuredTopics = (targets: OutboxTargets): OutboxTopic[] =>
  (Object.keys(targets) as OutboxTopic[]).filter((t) => targets[t] !== undefined);
