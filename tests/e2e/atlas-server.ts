// The real server, in-process, on a fresh copy of the demo database, serving the built client:
// what `npm start` runs, minus the start-up script.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { buildClientIfStale } from '../../client/build-if-stale';
import { createApp } from '../../server/src/app';
import type { Db } from '../../server/src/db/db';
import { createLogger } from '../../server/src/logger';
import { createDemoAccounts } from '../../server/src/users/demo-accounts';
import { TEST_SIGNING_MASTER_KEY } from '../support/signing-key';
import { ENGINES } from '../support/test-db';

export interface AtlasServer {
  url: string;
  db: Db;
  close(): Promise<void>;
}

export async function startAtlasServer(): Promise<AtlasServer> {
  // The app decides at creation whether dist/client exists, so build first.
  await buildClientIfStale({ log: () => undefined });
  const engine = ENGINES[0];
  if (!engine) throw new Error('no test database engine');
  const db = await engine.open('demo');
  // The accounts `npm start` creates with the embedded demo (a cached template may predate them).
  await createDemoAccounts(db);
  // The key the demo template's letters were signed with, so letters can be signed on in the browser.
  const app = createApp({ db, config: { PUBLIC_URL: undefined }, log: createLogger('silent'), signingMasterKey: TEST_SIGNING_MASTER_KEY });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
