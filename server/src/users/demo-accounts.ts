// One account per role for the embedded demo (documented in DEMO_ACCOUNTS.md, whose table
// tests/server/users/demo-accounts.test.ts compares with this list). Known passwords must never
// exist on a real server, so nothing is created unless the engine is the embedded PGlite.
import { SYSTEM_ACTOR } from '../audit/audit-context';
import type { Db } from '../db/db';
import type { NewUser } from './user';
import { createUser } from './users.service';
import { findUserByUsername } from './users.repository';

export const DEMO_ACCOUNTS: readonly (NewUser & { password: string })[] = [
  { username: 'admin', role: 'admin', password: 'Admin-2026!demo', displayName: '系统管理员（演示）' },
  { username: 'publisher', role: 'publisher', password: 'Publish-2026!demo', displayName: '山西省自然资源厅（演示）' },
  { username: 'reviewer', role: 'reviewer', password: 'Review-2026!demo', displayName: '审核员（演示）' },
  { username: 'agent', role: 'agent', password: 'Agent-2026!demo', displayName: '政务服务大厅代办员（演示）' },
  { username: 'enterprise', role: 'enterprise', password: 'Enterprise-2026!demo', displayName: '山西示范制造有限公司（演示）', uscc: '91140100MA0K3C7A04' },
  { username: 'evaluator', role: 'evaluator', password: 'Evaluate-2026!demo', displayName: '第三方评估机构（演示）' },
];

/** Creates the demo accounts that do not exist yet; returns the usernames created. */
export async function createDemoAccounts(db: Db): Promise<string[]> {
  if (db.engine !== 'pglite') return [];
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    if (await findUserByUsername(db, account.username)) continue;
    await createUser(db, account, { actor: SYSTEM_ACTOR, actorRole: null, requestId: null });
    created.push(account.username);
  }
  return created;
}
