import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

interface Started {
  child: ChildProcess;
  url: string;
  log: string[];
}

/** Runs `npm start`'s entry point as a real process and waits for its "ready" line. */
function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log.join('')}`)), 150_000);
    const onData = (chunk: Buffer) => {
      log.push(chunk.toString());
      const m = /ready at (http:\/\/localhost:\d+)\//.exec(log.join(''));
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: (m[1] as string).replace('localhost', '127.0.0.1'), log });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${log.join('')}`));
    });
  });
}

function stop(s: Started): Promise<void> {
  return new Promise((resolve) => {
    if (s.child.exitCode !== null) return resolve();
    s.child.removeAllListeners('exit');
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
  });
}

const json = async (url: string) => (await fetch(url)).json() as Promise<Record<string, unknown>>;

describe('npm start on a bare machine (embedded database)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sla-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migrates and loads the demo data on first start, then reuses it without reloading', async () => {
    const first = await start({ DATA_DIR: dataDir });
    let total: unknown;
    try {
      expect(first.log.join('')).toMatch(/embedded PGlite/);
      expect(first.log.join('')).toMatch(/demo data loaded/);
      const health = await json(`${first.url}/api/health`);
      expect(health.engine).toBe('pglite');
      total = (await json(`${first.url}/api/parcels?limit=1`)).total;
      expect(total).toBeGreaterThanOrEqual(300);
    } finally {
      await stop(first);
    }
    const second = await start({ DATA_DIR: dataDir });
    try {
      expect(second.log.join('')).not.toMatch(/demo data loaded|migrations applied/);
      expect((await json(`${second.url}/api/parcels?limit=1`)).total).toBe(total);
    } finally {
      await stop(second);
    }
  }, 300_000);

  it('fails fast with a clear message, not a stack trace, when DATABASE_URL is unreachable', async () => {
    const err = await start({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/exited with 1/);
    expect((err as Error).message).toMatch(/Start-up failed: .*ECONNREFUSED/);
    expect((err as Error).message).not.toMatch(/\n\s+at /);
  }, 60_000);
});
