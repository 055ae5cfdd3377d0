// A fake peer that receives outbox deliveries the way our interface documents ask a receiver to:
// it needs JSON with an Idempotency-Key equal to the body's messageId, keeps the FIRST body per key,
// and answers a repeated key with 200 and the same receipt (stored once).
import type { FakePeer, RecordedRequest } from './fake-peer';
import { startFakePeer } from './fake-peer';

export interface StoredMessage {
  idempotencyKey: string;
  body: Record<string, unknown>;
  receiptId: string;
  /** How many times it was received, the first included. */
  times: number;
}

export interface FakeReceiver extends FakePeer {
  /** The full URL to configure as the platform URL (POST target). */
  endpoint: string;
  /** Stored messages, one per Idempotency-Key, in order of first receipt. */
  stored: StoredMessage[];
  storedFor(key: string): StoredMessage | undefined;
  /** Answer a repeated key with 409 instead of 200 (both mean "already have it"). */
  answerDuplicatesWith(status: 200 | 409): void;
}

export interface ReceiverOptions {
  path: string;
  /** The envelope's expected `schema`, e.g. 'credit-record/v1'. */
  schema: string;
  /** The member of the envelope that holds the record ('record' or 'event'). */
  recordMember: string;
  receiptPrefix: string;
}

const problem = (status: number, error: string) => ({ status, body: { error } });

export async function startFakeReceiver(options: ReceiverOptions): Promise<FakeReceiver> {
  const stored: StoredMessage[] = [];
  let duplicateStatus: 200 | 409 = 200;

  const handle = (req: RecordedRequest) => {
    if (req.method !== 'POST' || req.path !== options.path) return problem(404, `no route ${req.method} ${req.path}`);
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return problem(415, 'JSON only');
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || key.length === 0) return problem(400, 'Idempotency-Key header required');
    const body = req.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object') return problem(400, 'body is not JSON');
    if (body.messageId !== key) return problem(422, 'messageId differs from Idempotency-Key');
    if (body.schema !== options.schema || body.source !== 'standard-land-atlas') return problem(422, 'unknown schema or source');
    if (typeof body[options.recordMember] !== 'object' || body[options.recordMember] === null) return problem(422, `${options.recordMember} missing`);
    const seen = stored.find((s) => s.idempotencyKey === key);
    if (seen) {
      seen.times += 1;
      return { status: duplicateStatus, body: { receiptId: seen.receiptId, duplicate: true } };
    }
    const receiptId = `${options.receiptPrefix}-${String(stored.length + 1).padStart(6, '0')}`;
    stored.push({ idempotencyKey: key, body, receiptId, times: 1 });
    return { status: 201, body: { receiptId } };
  };

  const peer = await startFakePeer(handle);
  return {
    ...peer,
    endpoint: `${peer.url}${options.path}`,
    stored,
    storedFor: (key) => stored.find((s) => s.idempotencyKey === key),
    answerDuplicatesWith(status) {
      duplicateStatus = status;
    },
  };
}
