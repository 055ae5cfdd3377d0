import { describe, expect, it } from 'vitest';
import { renderEvaluationReportPdf } from '../../../server/src/pdf';
import { HAS_POPPLER, POPPLER_MISSING, compact, pdfPages, renderPagePng, saveArtifact } from './poppler';
import { REPORT } from './sample-models';

describe.skipIf(!HAS_POPPLER)(`quarterly evaluation report (skipped when ${POPPLER_MISSING})`, () => {
  it('prints scores, each metric as % with numerator/denominator, and 无数据 for an empty denominator', async () => {
    const pdf = await renderEvaluationReportPdf(REPORT);
    saveArtifact('evaluation-report.pdf', pdf);
    saveArtifact('evaluation-report-page1.png', renderPagePng(pdf, 1));
    const pages = pdfPages(pdf);
    const text = pages.join('\n');
    expect(pages[0]).toContain('线上线下融合评估报告');
    expect(pages[0]).toContain('山西省太原市 · 2026 年第三季度');
    expect(text).toContain('综合得分 86.4 分');
    expect(text).toContain('一致性得分 88.0 分');
    expect(compact(text)).toContain('及时性按承诺时限办结率90.3%318/352');
    expect(compact(text)).toContain('一致性承诺指标不弱于地块指标的比例无数据0/0');
    expect(compact(text)).toContain('事项平均办理时长3.64个工作日352件');
    pages.forEach((page, i) => expect(page).toContain(`第 ${i + 1} 页 共 ${pages.length} 页`));
  });

  it('draws the trend and region charts with Chinese axis titles, legend and region names', async () => {
    const text = pdfPages(await renderEvaluationReportPdf(REPORT)).join('\n');
    for (const label of ['得分（分）', '季度', '综合得分（分）', '2025Q4', '2026Q3', '完整性', '及时性', '山西转型综合改革示范区', '阳曲县']) expect(text).toContain(label);
    expect(text).toMatch(/小店区\s+91\.3/);
    expect(text).toMatch(/阳曲县\s+无数据/);
  });

  it('lists the worst regions, findings and improvement actions with status and whether the target was met', async () => {
    const text = pdfPages(await renderEvaluationReportPdf(REPORT)).join('\n');
    expect(compact(text)).toContain('清徐县70.2分按承诺时限办结率61.5%');
    expect(text).toContain('1. 清徐县施工许可事项超时 5 件');
    expect(compact(text)).toContain('晋源区政务服务中心2026-09-30已逾期未达成');
    expect(compact(text)).toContain('2026-08-31已完成已达成');
    expect(compact(text)).toContain('清徐县行政审批局2026-12-31进行中待评估');
  });

  it('continues the region chart in a second chart beyond 24 regions, keeping every region', async () => {
    const regionScores = Array.from({ length: 30 }, (_, i) => ({ region: `测试开发区${i + 1}号`, score: 60 + i }));
    const text = pdfPages(await renderEvaluationReportPdf({ ...REPORT, regionScores })).join('\n');
    for (const { region, score } of regionScores) expect(text).toMatch(new RegExp(`${region}\\s+${score}\\.0`));
    expect(text.match(/综合得分（分）/g)).toHaveLength(2);
  });

  it('renders an empty scope without failing: no data everywhere, no findings, no actions', async () => {
    const text = pdfPages(
      await renderEvaluationReportPdf({
        ...REPORT,
        overallScore: null,
        dimensionScores: { completeness: null, consistency: null, timeliness: null },
        metrics: [],
        trend: { quarters: ['2026Q3'], series: [{ name: '综合', values: [null] }] },
        regionScores: [],
        worstRegions: [],
        findings: [],
        actions: [],
      }),
    ).join('\n');
    expect(text).toContain('综合得分 无数据');
    expect(text).toContain('本期未发现问题。');
    expect(text).toContain('（本期无整改措施）');
  });
});
