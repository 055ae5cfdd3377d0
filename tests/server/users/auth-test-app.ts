// Express apps with the session layer in front, over a fresh database: createApp does not mount
// the accounts routes until they are wired in server/src/app.ts.
import express, { type Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { errorHandler, notFoundHandler } from '../../../server/src/http/error-handler';
import { createLogger } from '../../../server/src/logger';
import type { Role } from '../../../server/src/users/roles';
import { sessionMiddleware } from '../../../server/src/users/session.middleware';
import { sessionRouter } from '../../../server/src/users/session.routes';
import type { AuthOptions } from '../../../server/src/users/session-policy';
import { usersRouter } from '../../../server/src/users/users.routes';
import { createUser } from '../../../server/src/users/users.service';
import { loadSmallCatalog } from '../../support/small-catalog';
import type { TestEngine } from '../../support/test-db';
import { testApp } from '../../support/test-app';

export const START = new Date('2026-03-02T01:00:00Z');

/** A clock that stands still until the test moves it. */
export function testClock(start = START) {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

/** The accounts routes only, with the clock and proxy setting a test chooses. */
export function authApp(db: Db, options: AuthOptions & { trustProxy?: boolean } = {}): Express {
  const app = express();
  if (options.trustProxy) app.set('trust proxy', true);
  app.set('query parser', 'simple');
  app.use(express.json());
  app.use(sessionMiddleware(db, options));
  app.use('/api/session', sessionRouter(db, options));
  app.use('/api/users', usersRouter(db, options));
  app.use('/api', notFoundHandler);
  app.use(errorHandler(createLogger('silent')));
  return app;
}

/**
 * The whole application (createApp, as a sub-app) behind the session layer, on the wall clock, so the
 * role matrix reaches every feature's routes. Once app.ts mounts the session layer itself, this can
 * be replaced by testApp(db).
 */
export function fullAuthApp(db: Db): Express {
  const app = express();
  app.set('query parser', 'simple');
  app.use(express.json({ limit: '5mb' }));
  app.use(sessionMiddleware(db));
  app.use('/api/session', sessionRouter(db));
  app.use('/api/users', usersRouter(db));
  app.use(testApp(db));
  app.use(errorHandler(createLogger('silent')));
  return app;
}

/** One account per role, with passwords that pass the policy. */
export const TEST_USERS: Record<Role, { username: string; password: string; uscc?: string }> = {
  admin: { username: 't-admin', password: 'Tadmin#2026x' },
  publisher: { username: 't-publisher', password: 'Tpublish#2026x' },
  reviewer: { username: 't-reviewer', password: 'Treview#2026x' },
  agent: { username: 't-agent', password: 'Tagent#2026x' },
  enterprise: { username: 't-enterprise', password: 'Tenterprise#2026x', uscc: '91140100MA0K3C7A04' },
  evaluator: { username: 't-evaluator', password: 'Tevaluate#2026x' },
};

export async function createTestUsers(db: Db): Promise<void> {
  for (const [role, u] of Object.entries(TEST_USERS)) {
    await createUser(db, { ...u, role: role as Role }, { actor: 'system', actorRole: null, requestId: null });
  }
}

export interface AuthContext {
  db: Db;
  app: Express;
  clock: ReturnType<typeof testClock>;
}

/** A fresh database with the small catalog and one account per role, for one describe block. */
export function authContext(
  engine: TestEngine,
  build: (db: Db, clock: ReturnType<typeof testClock>) => Express = (db, clock) => authApp(db, { now: clock.now }),
): AuthContext {
  const ctx = {} as AuthContext;
  beforeAll(async () => {
    ctx.db = await engine.open('empty');
    await ctx.db.transaction(loadSmallCatalog);
    await createTestUsers(ctx.db);
    ctx.clock = testClock();
    ctx.app = build(ctx.db, ctx.clock);
  });
  afterAll(() => ctx.db?.close());
  return ctx;
}

export interface SignedIn {
  cookie: string;
  csrfToken: string;
}

/** The `sla_sid=…` pair of a response's Set-Cookie, ready for a Cookie header. */
export function sessionCookieOf(res: request.Response): string | undefined {
  const setCookie = res.headers['set-cookie'] as unknown as string[] | undefined;
  return setCookie?.find((c) => c.startsWith('sla_sid='))?.split(';')[0];
}

export async function signIn(app: Express, role: Role): Promise<SignedIn> {
  const { username, password } = TEST_USERS[role];
  const res = await request(app).post('/api/session').send({ username, password }).expect(200);
  const cookie = sessionCookieOf(res);
  if (!cookie) throw new Error('no session cookie');
  return { cookie, csrfToken: res.body.csrfToken as string };
}
