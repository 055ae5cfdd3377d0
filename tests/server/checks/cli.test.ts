import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, runCli } from '../../../server/src/checks/cli';
import { parcelFromFeature } from '../../../server/src/checks/parcel-feature';
import { FIXTURE_ROOT } from './fixture-cases';

const file = (name: string, part: string) => join(FIXTURE_ROOT, name, part);

async function run(argv: string[]) {
  let output = '';
  const code = await runCli(argv, {
    loadParcel: async (parcelCode) =>
      parcelCode === 'FX-setback-fail' ? parcelFromFeature(JSON.parse(await readFile(file('setback-fail', 'parcel.geojson'), 'utf8'))) : null,
    write: (text) => {
      output += text;
    },
  });
  return { code, output };
}

describe('parseCliArgs', () => {
  it('reads the options', () => {
    expect(parseCliArgs(['--parcel', 'JZ-01', '--plan', 'p.geojson', '--figures', 'f.json', '--plan-srid', '4547', '--json'])).toEqual({
      parcel: 'JZ-01', parcelFile: undefined, plan: 'p.geojson', figures: 'f.json', planSrid: 4547, json: true,
    });
  });

  it.each([
    [['--parcel', 'JZ-01']],
    [['--plan', 'p.geojson']],
    [['--parcel', 'a', '--parcel-file', 'b', '--plan', 'p']],
    [['--parcel', 'a', '--plan', 'p', '--plan-srid', 'zone38']],
    [['--parcel', 'a', '--plan', 'p', '--colour']],
  ])('rejects %j', (argv) => {
    expect(parseCliArgs(argv)).toHaveProperty('error');
  });
});

describe('runCli', () => {
  it('looks the parcel up by code, prints the table and exits 1 on a failed verdict', async () => {
    const { code, output } = await run(['--parcel', 'FX-setback-fail', '--plan', file('setback-fail', 'plan.geojson'), '--figures', file('setback-fail', 'figures.json')]);
    expect(code).toBe(1);
    expect(output).toContain('结论：不通过');
  });

  it('exits 0 on a pass and prints JSON on request', async () => {
    const { code, output } = await run(['--parcel-file', file('rectangle-pass', 'parcel.geojson'), '--plan', file('rectangle-pass', 'plan.geojson'), '--figures', file('rectangle-pass', 'figures.json'), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(output)).toMatchObject({ parcelCode: 'FX-rectangle-pass', verdict: 'pass' });
  });

  it('exits 2 on an input error, an unknown parcel or a missing file', async () => {
    expect((await run(['--parcel-file', file('gk-ambiguous-no-stated', 'parcel.geojson'), '--plan', file('gk-ambiguous-no-stated', 'plan.geojson')])).code).toBe(2);
    expect((await run(['--parcel', 'NOPE', '--plan', file('rectangle-pass', 'plan.geojson')])).output).toBe('parcel NOPE not found\n');
    expect((await run(['--parcel', 'FX-setback-fail', '--plan', '/nonexistent/plan.geojson'])).code).toBe(2);
  });

  it('accepts a stated CRS', async () => {
    const { code } = await run(['--parcel-file', file('gk-ambiguous-no-stated', 'parcel.geojson'), '--plan', file('gk-ambiguous-no-stated', 'plan.geojson'), '--figures', file('gk-ambiguous-no-stated', 'figures.json'), '--plan-srid', '4547']);
    expect(code).toBe(0);
  });
});
