// 报部格式 TXT details beyond the good fixtures: tolerated variations and refused ones.
import { describe, expect, it } from 'vitest';
import { readImport } from '../../../server/src/imports/read-import';
import { expectFailure, expectOk, gkAreaM2 } from './helpers';

const HEAD = ['[属性描述]', '坐标系=2000国家大地坐标系', '几度分带=3'];
const txt = (...lines: string[]) => ({ name: 'a.txt', bytes: Buffer.from(lines.join('\n'), 'utf8') });

/** A 100 m square (or any rectangle) as point lines, zone-38 prefix, ring number `ring`. */
function square(e: number, n: number, size: number, ring: number, firstLabel = 1): string[] {
  const corners = [[e, n], [e + size, n], [e + size, n + size], [e, n + size], [e, n]];
  return corners.map(([x = 0, y = 0], i) => `J${i === 4 ? firstLabel : firstLabel + i},${ring},${y},${x}`);
}

describe('报部 TXT reader', () => {
  it('tolerates missing and extra header fields and an [扩展信息] section', async () => {
    const result = expectOk(
      await readImport(txt('[扩展信息]', '备注=测试', ...HEAD, '带号=38', '[地块坐标]', '5,1.0000,A-1,@', ...square(38_388_000, 4_172_000, 100, 1), '5,1,A-2,名称,面,J-50-1,工业用地,100101,旱地,改造前,改造后,额外,@', ...square(38_388_200, 4_172_000, 100, 1))),
    );
    expect(result.features.map((f) => f.properties)).toEqual([
      { declaredAreaM2: 10_000, code: 'A-1' },
      { declaredAreaM2: 10_000, code: 'A-2', name: '名称', mapSheet: 'J-50-1', landUseName: '工业用地', landUseCode: '100101' },
    ]);
  });

  it('makes ring 2 a hole when it lies inside ring 1, and a second part when it does not', async () => {
    const result = expectOk(
      await readImport(txt(...HEAD, '带号=38', '[地块坐标]', '15,,H,@', ...square(38_388_000, 4_172_000, 100, 1), ...square(38_388_040, 4_172_040, 20, 2, 6), ...square(38_388_500, 4_172_000, 50, 3, 11))),
    );
    const geometry = result.features[0]?.geometry ?? null;
    expect(geometry?.coordinates.map((polygon) => polygon.length)).toEqual([2, 1]);
    expect(gkAreaM2(geometry, 4547)).toBeCloseTo(100 * 100 - 20 * 20 + 50 * 50, 0);
  });

  it('warns when 界址点数 matches neither count with nor without closing points', async () => {
    const result = expectOk(await readImport(txt(...HEAD, '带号=38', '[地块坐标]', '7,,C,@', ...square(38_388_000, 4_172_000, 100, 1))));
    expect(result.issues.map((i) => [i.feature, i.code, i.severity])).toEqual([[1, 'POINT_COUNT_MISMATCH', 'warning']]);
  });

  it('asks for the CRS when eastings have no prefix and there is no 带号, and accepts an override', async () => {
    const lines = [...HEAD, '[地块坐标]', '5,,D,@', ...square(388_000, 4_172_000, 100, 1)];
    expect(expectFailure(await readImport(txt(...lines)))).toMatchObject({ status: 422, code: 'AMBIGUOUS_CRS' });
    expect(expectOk(await readImport(txt(...lines), { crs: 4547 })).detected).toMatchObject({ crs: 4547, crsSource: 'override' });
  });

  it('reports swapped X and Y under a stated zone', async () => {
    const swapped = square(388_000, 4_172_000, 100, 1).map((line) => {
      const [label, ring, x, y] = line.split(',');
      return [label, ring, y, x].join(',');
    });
    expect(expectFailure(await readImport(txt(...HEAD, '带号=38', '[地块坐标]', '5,,S,@', ...swapped)))).toMatchObject({ code: 'AXIS_SWAPPED' });
  });

  it.each([
    ['坐标系=1980西安坐标系', 'UNSUPPORTED_CRS'],
    ['几度分带=6', 'UNSUPPORTED_CRS'],
    ['带号=39', 'UNSUPPORTED_CRS'],
  ])('refuses %s', async (line, code) => {
    expect(expectFailure(await readImport(txt('[属性描述]', line, ...(line.startsWith('带号') ? [] : ['带号=38']), '[地块坐标]', '5,,X,@', ...square(38_388_000, 4_172_000, 100, 1))))).toMatchObject({ code });
  });

  it('refuses a malformed point line and points before any header with the line number', async () => {
    const bad = expectFailure(await readImport(txt(...HEAD, '[地块坐标]', '5,,X,@', 'J1,1,abc,38388000')));
    expect(bad).toMatchObject({ status: 400, code: 'TXT_INVALID' });
    expect(bad.message).toContain('第6行');
    expect(expectFailure(await readImport(txt(...HEAD, '[地块坐标]', 'J1,1,4172000,38388000')))).toMatchObject({ code: 'TXT_INVALID' });
  });

  it('flags a 点/线 record as MIXED_TYPES', async () => {
    const result = expectOk(await readImport(txt(...HEAD, '带号=38', '[地块坐标]', '5,,P,,面,@', ...square(38_388_000, 4_172_000, 100, 1), '5,,L,,线,@', ...square(38_388_200, 4_172_000, 100, 1))));
    expect(result.issues.map((i) => [i.feature, i.code])).toEqual([[2, 'MIXED_TYPES']]);
  });
});
