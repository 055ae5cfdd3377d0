// The outbox sender against the real server (Express app on PGlite, and PostGIS when configured): a
// check record queued offline is saved under the account that queued it, with a fresh CSRF token;
// an ended session, another account, a refusal and an unreachable server each keep the item, in the
// state the hall screen explains.
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorOf, NETWORK_ERROR } from '../../client/src/lib/api';
import type { NewOutboxItem, OutboxItem, OutboxStore } from '../../client/src/offline/outbox';
import { type OutboxTransport, sendOutbox } from '../../client/src/offline/outbox-sender';
import { smallCatalogApp } from '../support/small-catalog';
import { signIn } from '../support/staff-session';
import { ENGINES } from '../support/test-db';

const CODE = '140702-2025-0001';
const rect = (x: number, y: number, w: number, h: number) => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]],
});
// A 100 m × 100 m, 7-storey workshop inside the parcel (EPSG:4547 metres, see small-catalog.ts).
const body = {
  plan: { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'W1', geometry: rect(387_010, 4_172_010, 100, 100), properties: { kind: 'building', floors: 7, height_m: 28 } }] },
  figures: {},
  planSrid: 4547,
};

/** The outbox as the browser keeps it, in memory: the same contract as the IndexedDB store. */
function memoryStore(): OutboxStore & { items: OutboxItem[] } {
  let next = 1;
  const items: OutboxItem[] = [];
  return {
    items,
    list: async () => items.map((i) => ({ ...i })),
    add: async (item) => {
      const added: OutboxItem = { ...item, id: next++, state: 'queued', problem: null };
      items.push(added);
      return { ...added };
    },
    put: async (item) => {
      items.splice(items.findIndex((i) => i.id === item.id), 1, { ...item });
    },
    remove: async (id) => {
      items.splice(items.findIndex((i) => i.id === id), 1);
    },
  };
}

const record = (username: string, code = CODE): NewOutboxItem => ({
  kind: 'check-record',
  subject: { code, name: '晋中开发区标准地2025-01号' },
  path: `/api/parcels/${code}/checks?save=true`,
  body,
  username,
  queuedAt: '2026-03-02T08:00:00.000Z',
});

/** lib/api's behaviour over a supertest agent: problem+json → ApiError, no connection → NETWORK_ERROR. */
function agentTransport(agent: ReturnType<typeof request.agent>): OutboxTransport {
  const settle = async (test: request.Test) => {
    let res: request.Response;
    try {
      res = await test;
    } catch (err) {
      throw new ApiError(0, NETWORK_ERROR, err instanceof Error ? err.message : String(err));
    }
    if (res.status >= 400) throw apiErrorOf(res.status, '', res.text);
    return res.body as unknown;
  };
  return {
    session: async () => (await settle(agent.get('/api/session'))) as { user: { username: string } | null; csrfToken?: string },
    post: (path, payload, csrfToken) => settle(agent.post(path).set('X-CSRF-Token', csrfToken ?? '').send(payload as object)),
  };
}

describe.each(ENGINES)('outbox sender on $name', (engine) => {
  const ctx = smallCatalogApp(engine);

  it('saves a queued check record as the account that queued it, and empties the outbox', async () => {
    const session = await signIn(ctx.app, ctx.db, 'agent', 'hall-agent');
    const store = memoryStore();
    await store.add(record('hall-agent'));
    const outcome = await sendOutbox(store, agentTransport(session.agent));
    expect(outcome.reachable).toBe(true);
    expect(outcome.sent).toHaveLength(1);
    expect(store.items).toEqual([]);
    const id = (outcome.sent[0]?.response as { id: number }).id;
    const saved = await request(ctx.app).get(`/api/parcels/${CODE}/checks/${id}`).expect(200);
    expect(saved.body).toMatchObject({ createdBy: 'hall-agent', verdict: 'incomplete' });
  });

  it('keeps the item as needs-sign-in once the session has ended, and sends it after signing in again', async () => {
    const session = await signIn(ctx.app, ctx.db, 'agent', 'hall-agent');
    await session.delete('/api/session').expect(204);
    const store = memoryStore();
    await store.add(record('hall-agent'));
    const outcome = await sendOutbox(store, agentTransport(session.agent));
    expect(outcome.sent).toEqual([]);
    expect(store.items.map((i) => i.state)).toEqual(['needs-sign-in']);

    const again = await signIn(ctx.app, ctx.db, 'agent', 'hall-agent');
    const retried = await sendOutbox(store, agentTransport(again.agent));
    expect(retried.sent).toHaveLength(1);
    expect(store.items).toEqual([]);
  });

  it('never sends an item as another account', async () => {
    const other = await signIn(ctx.app, ctx.db, 'agent', 'other-agent');
    const store = memoryStore();
    await store.add(record('hall-agent'));
    const before = await request(ctx.app).get(`/api/parcels/${CODE}/checks`).expect(200);
    await sendOutbox(store, agentTransport(other.agent));
    expect(store.items.map((i) => i.state)).toEqual(['other-account']);
    const after = await request(ctx.app).get(`/api/parcels/${CODE}/checks`).expect(200);
    expect(after.body.total).toBe(before.body.total);
  });

  it('keeps what the server refuses with its reason, and still sends the rest', async () => {
    const session = await signIn(ctx.app, ctx.db, 'agent', 'hall-agent');
    const store = memoryStore();
    await store.add(record('hall-agent', '140702-2099-9999'));
    await store.add(record('hall-agent'));
    const outcome = await sendOutbox(store, agentTransport(session.agent));
    expect(outcome.sent.map((s) => s.item.subject.code)).toEqual([CODE]);
    expect(store.items).toHaveLength(1);
    expect(store.items[0]).toMatchObject({ state: 'refused', problem: { status: 404, code: 'PARCEL_NOT_FOUND' } });
    // A refused item waits for a person: the next send leaves it alone.
    const next = await sendOutbox(store, agentTransport(session.agent));
    expect(next.sent).toEqual([]);
    expect(store.items[0]?.state).toBe('refused');
  });

  it('refuses a role that may not save, as refused rather than needs-sign-in', async () => {
    const evaluator = await signIn(ctx.app, ctx.db, 'evaluator', 'third-party');
    const store = memoryStore();
    await store.add(record('third-party'));
    await sendOutbox(store, agentTransport(evaluator.agent));
    expect(store.items[0]).toMatchObject({ state: 'refused', problem: { status: 403, code: 'ROLE_FORBIDDEN' } });
  });

  it('leaves everything queued when the server cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const store = memoryStore();
    await store.add(record('hall-agent'));
    const outcome = await sendOutbox(store, agentTransport(request.agent(`http://127.0.0.1:${port}`)));
    expect(outcome.reachable).toBe(false);
    expect(store.items.map((i) => i.state)).toEqual(['queued']);
  });
});
