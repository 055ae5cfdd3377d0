// The zip limits counted by hand, exercised with small limits so the tests stay small.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ZIP_LIMITS } from '../../../server/src/imports/limits';
import { readZip } from '../../../server/src/imports/read-zip';

const zip = (files: Record<string, Uint8Array>, level: 0 | 9 = 9) => Buffer.from(zipSync(files, { level }));

describe('readZip', () => {
  it('reads entries into buffers and skips macOS resource forks and folders', async () => {
    const result = await readZip(zip({ 'd/a.shp': new Uint8Array([1, 2, 3]), '__MACOSX/d/._a.shp': new Uint8Array(5) }));
    expect(result.ok && [...result.entries.keys()]).toEqual(['d/a.shp']);
    expect(result.ok && [...(result.entries.get('d/a.shp') ?? [])]).toEqual([1, 2, 3]);
  });

  it('skips the index and metadata files ArcGIS writes beside a Shapefile', async () => {
    const result = await readZip(
      zip({ 'a.shp': new Uint8Array([1]), 'a.sbn': new Uint8Array(4), 'a.SBX': new Uint8Array(4), 'a.shp.xml': new Uint8Array(4), 'a.qix': new Uint8Array(4) }),
    );
    expect(result.ok && [...result.entries.keys()]).toEqual(['a.shp']);
  });

  it('stops at the total inflated size, counted across entries', async () => {
    const limits = { ...ZIP_LIMITS, maxTotalBytes: 3000, ratioFloorBytes: 10_000 };
    const files = { 'a.dbf': new Uint8Array(2000).fill(7), 'a.shp': new Uint8Array(2000).fill(9) };
    expect(await readZip(zip(files, 0), limits)).toMatchObject({ ok: false, code: 'ZIP_BOMB' });
  });

  it('applies the ratio only above the floor, so a small blank-padded DBF passes', async () => {
    const files = { 'a.dbf': new Uint8Array(200_000).fill(0x20) };
    expect(await readZip(zip(files))).toMatchObject({ ok: true });
    expect(await readZip(zip(files), { ...ZIP_LIMITS, ratioFloorBytes: 1000 })).toMatchObject({ ok: false, code: 'ZIP_BOMB' });
  });

  it('calls a non-zip ZIP_INVALID', async () => {
    expect(await readZip(Buffer.from('PK\x03\x04 not really a zip'))).toMatchObject({ ok: false, code: 'ZIP_INVALID' });
  });

  it.each(['a\\b.shp', '/abs.shp', 'C:/x.shp'])('refuses the entry name %s', async (name) => {
    expect(await readZip(zip({ [name]: new Uint8Array(3) }))).toMatchObject({ ok: false, code: 'ZIP_ENTRY_FORBIDDEN' });
  });
});
