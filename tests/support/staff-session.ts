// Signs a test in as a staff member through the real session API: an account is created directly,
// then POST /api/session gives the cookie and the CSRF token every write must carry.
import type { Express } from 'express';
import request from 'supertest';
import type { Db } from '../../server/src/db/db';
import type { Role } from '../../server/src/users/roles';
import { createUser } from '../../server/src/users/users.service';
import { findUserByUsername } from '../../server/src/users/users.repository';

export const TEST_PASSWORD = 'Shanxi-Test-2026!';

export interface Session {
  agent: ReturnType<typeof request.agent>;
  csrf: string;
  /** A request builder with the session cookie and the CSRF header set. */
  post(url: string): request.Test;
  patch(url: string): request.Test;
  delete(url: string): request.Test;
  get(url: string): request.Test;
}

/** `uscc` makes an enterprise account of that enterprise. */
export async function signIn(app: Express, db: Db, role: Role, username = `test-${role}`, uscc?: string): Promise<Session> {
  if (!(await findUserByUsername(db, username))) {
    await createUser(db, { username, role, password: TEST_PASSWORD, displayName: `测试${role}`, ...(uscc ? { uscc } : {}) }, { actor: 'system', actorRole: null, requestId: null });
  }
  const agent = request.agent(app);
  const res = await agent.post('/api/session').send({ username, password: TEST_PASSWORD }).expect(200);
  const csrf = res.body.csrfToken as string;
  return {
    agent,
    csrf,
    post: (url) => agent.post(url).set('X-CSRF-Token', csrf),
    patch: (url) => agent.patch(url).set('X-CSRF-Token', csrf),
    delete: (url) => agent.delete(url).set('X-CSRF-Token', csrf),
    get: (url) => agent.get(url),
  };
}
