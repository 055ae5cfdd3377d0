import { execFileSync, execFile } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { ENGINES } from '../../support/test-db';
import { testApp } from '../../support/test-app';
import { loadSmallCatalog, SMALL } from '../../support/small-catalog';

const run = promisify(execFile);

function hasOgrinfo(): boolean {
  try {
    execFileSync('ogrinfo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// GDAL's OAPIF driver is the independent client: it follows our links, pages with `next` and reads
// numberMatched, so a feature lost or duplicated by paging shows up here.
describe.skipIf(!hasOgrinfo())('GDAL OAPIF reads the OGC API end to end', () => {
  let db: Db;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    db = await ENGINES[0]!.open('empty');
    await db.transaction(loadSmallCatalog);
    server = testApp(db).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ogc`;
  });
  afterAll(async () => {
    server?.close();
    await db?.close();
  });

  it('lists the collections as layers', async () => {
    const { stdout } = await run('ogrinfo', ['-ro', '-q', `OAPIF:${base}`]);
    expect(stdout).toMatch(/parcels/);
    expect(stdout).toMatch(/zones/);
  });

  it('reads every parcel with Chinese attribute values intact, paging two at a time', async () => {
    const { stdout } = await run('ogrinfo', ['-ro', '-al', '-oo', 'PAGE_SIZE=2', `OAPIF:${base}`, 'parcels'], {
      env: { ...process.env, GDAL_HTTP_TIMEOUT: '20' },
    });
    expect(stdout).toMatch(/Feature Count: 3/);
    const codes = [...stdout.matchAll(/code \(String\) = (\S+)/g)].map((m) => m[1]);
    const published = SMALL.parcels.filter((p) => p.properties?.workflowState === 'published');
    expect(codes).toEqual(published.map((p) => p.properties?.code));
    for (const p of published) expect(stdout).toContain(`name (String) = ${p.properties?.name}`);
    expect(stdout).toContain('statusZh (String) = 挂牌中');
    expect(stdout).toMatch(/MULTIPOLYGON \(\(\(112\.7/);
  });
});
