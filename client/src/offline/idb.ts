// The little of IndexedDB the outbox needs, as promises: open a database, run one request in a
// transaction and resolve when the transaction has committed (not merely when the request succeeded).

/** Opens `name` at `version`; `upgrade` creates the object stores of a new or older database. */
export function openDatabase(name: string, version: number, upgrade: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`cannot open IndexedDB ${name}`));
    request.onblocked = () => reject(new Error(`IndexedDB ${name} is blocked by another tab`));
  });
}

/** Runs `run` on one object store and resolves with its request's result once the transaction commits. */
export function inStore<T>(db: IDBDatabase, store: string, mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(store, mode);
    const request = run(transaction.objectStore(store));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error ?? request.error ?? new Error(`IndexedDB ${store}: transaction failed`));
    transaction.onabort = () => reject(transaction.error ?? new Error(`IndexedDB ${store}: transaction aborted`));
  });
}
