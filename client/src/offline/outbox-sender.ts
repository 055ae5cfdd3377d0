// Sends what the outbox holds, oldest first, when the network is back. Each send asks the server for
// the session first, so the CSRF token is fresh and the account is still the one that queued the item;
// what the server refuses stays in the outbox with its reason until someone dismisses it.
import { ApiError, NETWORK_ERROR } from '../lib/api';
import type { OutboxItem, OutboxProblem, OutboxStore } from './outbox';

/** How the sender reaches the server (lib/api in the browser; a supertest agent in the tests). */
export interface OutboxTransport {
  session(): Promise<{ user: { username: string } | null; csrfToken?: string }>;
  /** Rejects with an ApiError (status 0 = the server could not be reached). */
  post(path: string, body: unknown, csrfToken: string | undefined): Promise<unknown>;
}

export interface SentItem {
  item: OutboxItem;
  /** The server's answer (for a check record: `{ id, createdAt, report }`). */
  response: unknown;
}

export interface SendOutcome {
  sent: SentItem[];
  /** Every item still in the outbox, in its new state. */
  kept: OutboxItem[];
  /** False when the server could not be reached (what is left waits for the next try); null when nothing needed it. */
  reachable: boolean | null;
}

/** States a send attempt picks up; `refused` items wait for a person (retry or dismiss). */
const SENDABLE = new Set<OutboxItem['state']>(['queued', 'sending', 'needs-sign-in', 'other-account']);

const problemOf = (error: ApiError): OutboxProblem => ({ status: error.status, code: error.code, detail: error.detail });

/** The session ended (idle timeout, sign-out elsewhere) or its token no longer matches. */
const sessionGone = (error: ApiError) => error.status === 401 || error.code === 'CSRF_TOKEN_INVALID';

const unreachable = (error: unknown) => error instanceof ApiError && error.code === NETWORK_ERROR;

export async function sendOutbox(store: OutboxStore, transport: OutboxTransport): Promise<SendOutcome> {
  const items = await store.list();
  if (!items.some((item) => SENDABLE.has(item.state))) return { sent: [], kept: items, reachable: null };

  let session: Awaited<ReturnType<OutboxTransport['session']>>;
  try {
    session = await transport.session();
  } catch (error) {
    if (unreachable(error)) return { sent: [], kept: items, reachable: false };
    throw error;
  }

  const sent: SentItem[] = [];
  const kept: OutboxItem[] = [];
  let reachable = true;
  for (const item of items) {
    if (!reachable || !SENDABLE.has(item.state)) {
      kept.push(item);
      continue;
    }
    const user = session.user;
    if (!user || user.username !== item.username) {
      const next: OutboxItem = { ...item, state: user ? 'other-account' : 'needs-sign-in', problem: null };
      await store.put(next);
      kept.push(next);
      continue;
    }
    await store.put({ ...item, state: 'sending' });
    try {
      const response = await transport.post(item.path, item.body, session.csrfToken);
      await store.remove(item.id);
      sent.push({ item, response });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      let next: OutboxItem;
      if (unreachable(error)) {
        reachable = false;
        next = { ...item, state: 'queued', problem: null };
      } else if (sessionGone(error)) {
        next = { ...item, state: 'needs-sign-in', problem: problemOf(error) };
      } else if (error.status >= 500) {
        // The server is there but failing: try again next time rather than give up on the record.
        next = { ...item, state: 'queued', problem: problemOf(error) };
      } else {
        next = { ...item, state: 'refused', problem: problemOf(error) };
      }
      await store.put(next);
      kept.push(next);
    }
  }
  return { sent, kept, reachable };
}
