import type { Db } from '../../server/src/db/db';
import { createApp } from '../../server/src/app';
import { createLogger } from '../../server/src/logger';
import { TEST_SIGNING_MASTER_KEY } from './signing-key';

export function testApp(db: Db) {
  return createApp({ db, config: { PUBLIC_URL: undefined }, log: createLogger('silent'), signingMasterKey: TEST_SIGNING_MASTER_KEY });
}
