// npm start rebuilds the client when a source changed; a server folder the client imports but the
// staleness check does not watch would leave a stale bundle after an edit there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_SOURCES } from '../../client/build-if-stale';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

describe('client build staleness', () => {
  it('watches every server folder the client imports', () => {
    const imported = new Set(
      files('client/src').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/from '(?:\.\.\/)+server\/src\/([a-z-]+)/g)].map((m) => `server/src/${m[1]}`)),
    );
    expect([...imported].filter((dir) => !CLIENT_SOURCES.includes(dir))).toEqual([]);
  });
});
