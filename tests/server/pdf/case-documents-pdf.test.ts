import { describe, expect, it } from 'vitest';
import { renderCaseReceiptPdf, renderCaseResultNoticePdf } from '../../../server/src/pdf';
import { HAS_POPPLER, POPPLER_MISSING, compact, decodeQr, pdfPages, renderPagePng, saveArtifact } from './poppler';
import { NOTICE, RECEIPT } from './sample-models';

describe.skipIf(!HAS_POPPLER)(`agency case receipt and result notice (skipped when ${POPPLER_MISSING})`, () => {
  it('receipt: case, parties, channel, items with working-day limits and 容缺 date, held vs missing materials, hall contact', async () => {
    const pdf = await renderCaseReceiptPdf(RECEIPT);
    saveArtifact('case-receipt.pdf', pdf);
    const pages = pdfPages(pdf);
    const text = pages.join('\n');
    expect(pages[0]).toContain('受理回执');
    expect(text).toContain('QDB-140105-2026-00042-K');
    expect(text).toContain('申请企业 山西晋材新材料科技有限公司');
    expect(text).toContain('统一社会信用代码 91140100MA0K3E4Y2D');
    expect(text).toContain('投资项目代码 2026-140105-34-03-123456');
    expect(text).toContain('受理渠道 大厅窗口');
    expect(text).toContain('赵丽娟 0351-5601234');
    // Rows read cell by cell; wrapped cells make the spacing depend on column widths.
    expect(compact(text)).toContain('3建设工程规划许可示范区规划和自然资源局容缺受理5个工作日2026-10-142026-10-12');
    expect(compact(text)).toContain('1企业投资项目备案示范区行政审批局已办结1个工作日2026-09-30—');
    expect(compact(text)).toContain('营业执照电子证照库（数据共享）');
    expect(compact(text)).toContain('建设工程设计方案（总平面图）2026-10-12容缺：建设工程规划许可办结前补交');
    expect(text).toContain('0351-5600000');
    pages.forEach((page, i) => expect(page).toContain(`第 ${i + 1} 页 共 ${pages.length} 页`));
  });

  it('receipt and notice carry the same QR code, which scans to the case page', async () => {
    const receipt = renderPagePng(await renderCaseReceiptPdf(RECEIPT), 1);
    const notice = renderPagePng(await renderCaseResultNoticePdf(NOTICE), 1);
    saveArtifact('case-receipt-page1.png', receipt);
    saveArtifact('case-result-notice-page1.png', notice);
    expect(decodeQr(receipt)).toBe(RECEIPT.caseUrl);
    expect(decodeQr(notice)).toBe(NOTICE.caseUrl);
  });

  it('notice: per-item result, document number, finished date, on time or late, and a summary count', async () => {
    const pdf = await renderCaseResultNoticePdf(NOTICE);
    saveArtifact('case-result-notice.pdf', pdf);
    const text = pdfPages(pdf).join('\n');
    expect(text).toContain('办理结果通知书');
    expect(text).toContain('本案件共 4 个事项，已办结 3 个，其中在承诺时限内办结 2 个。');
    expect(compact(text)).toContain('2建设用地规划许可示范区规划和自然资源局准予许可地字第140105202600031号2026-10-09按时');
    expect(compact(text)).toContain('建字第140105202600057号2026-10-16超时');
    expect(compact(text)).toContain('4施工许可示范区住房和城乡建设局办理中———');
  });

  it('prints placeholders instead of an empty table when a case has no items or materials yet', async () => {
    const text = pdfPages(await renderCaseReceiptPdf({ ...RECEIPT, items: [], materials: { held: [], toSupply: [] } })).join('\n');
    expect(text).toContain('（暂无办理事项）');
    expect(text).toContain('（材料已齐全）');
  });
});
