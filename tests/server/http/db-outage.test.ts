import net from 'node:net';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { openPg } from '../../../server/src/db/pg-db';
import { ENGINES } from '../../support/test-db';
import { testApp } from '../../support/test-app';
import { adminQuery, pgTemplateName, withDatabase } from '../../support/templates';

/** A TCP relay to PostgreSQL that the test can cut and restore, standing in for a database restart. */
function relay(target: URL) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const start = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server?.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server ? server.close(() => resolve()) : resolve();
    });
  return { start, stop, port: () => port };
}

describe('database outage', () => {
  it('answers 503 problem+json, not 500, when the embedded database is closed', async () => {
    const pglite = ENGINES.find((e) => e.name === 'pglite');
    const db = await pglite!.open('empty');
    const app = testApp(db);
    await request(app).get('/api/parcels').expect(200);
    await db.close();
    const res = await request(app).get('/api/parcels').expect(503);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('DB_UNAVAILABLE');
  });

  const url = process.env.TEST_DATABASE_URL;
  describe.skipIf(!url)('on PostgreSQL', () => {
    const proxy = url ? relay(new URL(url)) : undefined;
    afterAll(() => proxy?.stop());

    it('answers 503 while PostgreSQL is unreachable and recovers when it returns', async () => {
      await proxy!.start();
      const name = `sla_t_outage_${process.pid}`;
      await adminQuery(url!, `CREATE DATABASE ${name} TEMPLATE ${pgTemplateName('empty')}`);
      const through = new URL(withDatabase(url!, name));
      through.hostname = '127.0.0.1';
      through.port = String(proxy!.port());
      const db = await openPg({ connectionString: through.toString(), statementTimeoutMs: 5000 });
      const app = testApp(db);
      try {
        await request(app).get('/api/parcels').expect(200);
        await proxy!.stop();
        const down = await request(app).get('/api/parcels').expect(503);
        expect(down.body.code).toBe('DB_UNAVAILABLE');
        expect(down.headers['retry-after']).toBe('5');
        await proxy!.start();
        await request(app).get('/api/parcels').expect(200);
      } finally {
        await db.close();
        await adminQuery(url!, `DROP DATABASE IF EXISTS ${name}`);
      }
    });
  });
});
