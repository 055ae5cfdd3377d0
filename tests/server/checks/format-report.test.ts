import { describe, expect, it } from 'vitest';
import { formatInputError, formatReport } from '../../../server/src/checks/format-report';
import { runChecks } from '../../../server/src/checks/run-checks';
import { loadFixtureCases } from './fixture-cases';

const fixtures = loadFixtureCases();
const reportFor = (name: string) => {
  const fixture = fixtures.find((f) => f.name === name);
  if (!fixture) throw new Error(`no fixture ${name}`);
  const outcome = runChecks(fixture.parcel, fixture.plan, fixture.figures, fixture.options);
  if (!outcome.ok) throw new Error(outcome.error.code);
  return outcome.report;
};

describe('formatReport', () => {
  it('prints the verdict, areas in m² and 亩, and one row per result with Chinese labels', () => {
    const text = formatReport(reportFor('setback-fail'));
    expect(text).toContain('宗地 FX-setback-fail    结论：不通过');
    expect(text).toContain('用地面积 40000.00 m²（60.00 亩）');
    expect(text).toMatch(/建筑退界 +\| ≥ 10 m +\| 8 m +\| 不通过 \| -2 +\| BELOW_MIN \| B2/);
    expect(text).toMatch(/容积率 +\| 1–2\.5 +\| 1\.15 +\| 通过/);
  });

  it('aligns columns by display width, counting Chinese characters as two', () => {
    const rows = formatReport(reportFor('rectangle-pass')).split('\n').filter((line) => line.includes(' | '));
    const width = (s: string) => [...s].reduce((w, c) => w + (/[\u2e80-\ua4cf\uff00-\uff60]/.test(c) ? 2 : 1), 0);
    const firstBar = rows.map((row) => width(row.slice(0, row.indexOf(' | '))));
    expect(new Set(firstBar).size).toBe(1);
  });

  it('marks advisory results and lists warnings', () => {
    const text = formatReport(reportFor('overlapping-buildings'));
    expect(text).toContain('建筑物基底互不重叠（提示）');
    expect(text).toContain('[BUILDING_OVERLAP] buildings B1 and B2 overlap by 1800.00 m²（B1, B2）');
  });

  it('shows missing values as a dash', () => {
    expect(formatReport(reportFor('missing-figures'))).toMatch(/亩均税收 +\| ≥ 15 万元\/亩·年 \| — +\| 未提供/);
  });
});

describe('formatInputError', () => {
  it('names the code, the features and the CRS choices', () => {
    expect(formatInputError({ code: 'AMBIGUOUS_CRS', message: 'state the CM', features: [], candidates: [4546, 4547] })).toBe(
      '输入有误 [AMBIGUOUS_CRS] state the CM\n可选坐标系：EPSG:4546、EPSG:4547\n',
    );
    expect(formatInputError({ code: 'PLAN_UNKNOWN_KIND', message: 'T1: unknown kind', features: ['T1'] })).toBe('输入有误 [PLAN_UNKNOWN_KIND] T1: unknown kind（T1）\n');
  });
});
