// security.md "Access": every write route needs a session and a role. For each entry of ROUTE_ROLES
// (with its sample request in route-samples.ts), through the whole application: anonymous → 401
// AUTH_REQUIRED, a role not listed → 403 ROLE_FORBIDDEN, a listed role passes the guard.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ROLE_CODES } from '../../../server/src/users/roles';
import { ROUTE_ROLES, type GuardedRoute } from '../../../server/src/users/route-roles';
import { ENGINES } from '../../support/test-db';
import { authContext, fullAuthApp, signIn, type SignedIn } from './auth-test-app';
import { ROUTE_SAMPLES } from './route-samples';

const ROUTES = Object.keys(ROUTE_ROLES) as GuardedRoute[];

describe.each(ENGINES)('role × route matrix on $name', (engine) => {
  const ctx = authContext(engine, fullAuthApp);

  const send = (route: GuardedRoute, who?: SignedIn) => {
    const sample = ROUTE_SAMPLES[route];
    let req = request(ctx.app)[sample.method](sample.path);
    if (who) req = req.set('Cookie', who.cookie).set('X-CSRF-Token', who.csrfToken);
    return sample.body ? req.send(sample.body()) : req;
  };

  describe.each(ROUTES)('%s', (route) => {
    const allowed: readonly string[] = ROUTE_ROLES[route];

    it('refuses an anonymous request with 401 AUTH_REQUIRED', async () => {
      const res = await send(route);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('AUTH_REQUIRED');
    });

    it.each(ROLE_CODES.map((role) => [role, allowed.includes(role)] as const))('%s: allowed = %s', async (role, isAllowed) => {
      const res = await send(route, await signIn(ctx.app, role));
      if (isAllowed) {
        expect([401, 403], `${route} as ${role}: ${JSON.stringify(res.body)}`).not.toContain(res.status);
      } else {
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({ code: 'ROLE_FORBIDDEN', role });
      }
    });
  });
});
