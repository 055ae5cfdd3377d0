// The outbox (待发送): writes made while offline, kept in the browser until they can be sent. Only one
// write is queued today — saving a check record at the hall (POST /api/parcels/:code/checks?save=true);
// every other write is refused while offline (OfflineWriteLock).
import { inStore, openDatabase } from './idb';

export const OUTBOX_KINDS = ['check-record'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/**
 * - `queued`: waits for the network;
 * - `sending`: on its way (left over if the page closed mid-way: sent again);
 * - `needs-sign-in`: the session has ended; kept until someone signs in and sends it again, or drops it;
 * - `other-account`: another account is signed in now; it is only ever sent as the account that made it;
 * - `refused`: the server said no (the parcel was withdrawn, the role may not save…): kept, with the
 *   server's reason, until dismissed.
 */
export type OutboxState = 'queued' | 'sending' | 'needs-sign-in' | 'other-account' | 'refused';

export interface OutboxProblem {
  status: number;
  code: string;
  detail: string;
}

export interface OutboxItem {
  id: number;
  kind: OutboxKind;
  /** What it is about, for the list: the parcel's code and name. */
  subject: { code: string; name: string };
  /** The POST it stands for: a same-origin path and its JSON body. */
  path: string;
  body: unknown;
  /** The account that made it. */
  username: string;
  queuedAt: string;
  state: OutboxState;
  problem: OutboxProblem | null;
}

export type NewOutboxItem = Omit<OutboxItem, 'id' | 'state' | 'problem'>;

export interface OutboxStore {
  /** Oldest first. */
  list(): Promise<OutboxItem[]>;
  add(item: NewOutboxItem): Promise<OutboxItem>;
  put(item: OutboxItem): Promise<void>;
  remove(id: number): Promise<void>;
}

const DB_NAME = 'atlas-offline';
const STORE = 'outbox';

/** The outbox in this browser's IndexedDB (database `atlas-offline`, store `outbox`). */
export function indexedDbOutbox(): OutboxStore {
  let opened: Promise<IDBDatabase> | null = null;
  const db = () => {
    opened ??= openDatabase(DB_NAME, 1, (database) => {
      if (!database.objectStoreNames.contains(STORE)) database.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
    });
    return opened;
  };
  return {
    async list() {
      const items = await inStore(await db(), STORE, 'readonly', (store) => store.getAll() as IDBRequest<OutboxItem[]>);
      return items.sort((a, b) => a.id - b.id);
    },
    async add(item) {
      const record = { ...item, state: 'queued' as const, problem: null };
      const id = await inStore(await db(), STORE, 'readwrite', (store) => store.add(record));
      return { ...record, id: Number(id) };
    },
    async put(item) {
      await inStore(await db(), STORE, 'readwrite', (store) => store.put(item));
    },
    async remove(id) {
      await inStore(await db(), STORE, 'readwrite', (store) => store.delete(id));
    },
  };
}
