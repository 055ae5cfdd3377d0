import { describe, expect, it } from 'vitest';
import { renderCommitmentLetterPdf } from '../../../server/src/pdf';
import { CJK_FONT_PATH } from '../../../server/src/pdf/cjk-font';
import { HAS_POPPLER, POPPLER_MISSING, decodeQr, pdfFonts, pdfPages, renderPagePng, saveArtifact } from './poppler';
import { LETTER } from './sample-models';

describe.skipIf(!HAS_POPPLER)(`commitment letter PDF (skipped when ${POPPLER_MISSING})`, () => {
  it('prints the letter in Chinese as real text: title, parties, parcel, indicators, deadlines, page numbers', async () => {
    const pdf = await renderCommitmentLetterPdf(LETTER);
    saveArtifact('commitment-letter.pdf', pdf);
    const pages = pdfPages(pdf);
    const text = pages.join('\n');
    expect(pages[0]).toContain('企业投资项目标准地承诺书');
    expect(pages[0]).toContain('编号：CN-140105-2026-0007');
    expect(text).toContain('山西晋材新材料科技有限公司');
    expect(text).toContain('91140100MA0K3E4Y2D');
    expect(text).toContain('山西转型综合改革示范区管理委员会');
    expect(text).toContain('2026-140105-34-03-123456');
    expect(text).toContain('66,666.67 m²（100.00 亩）');
    expect(text).toMatch(/固定资产投资强度 ≥ 300 ≥ 320 万元\/亩 竣工验收/);
    expect(text).toMatch(/亩均税收 ≥ 15 ≥ 18 万元\/亩·年 达产复核/);
    expect(text).toContain('2028-06-30 前竣工并申请竣工验收');
    expect(text).toContain('违约信息推送至山西省信用信息共享平台');
    expect(text).toContain(LETTER.signature.sm3Digest);
    expect(text).toContain('3F9A 21C0 7B44 D1E8');
    expect(text).toContain('不是 GB/T 38540 规定的电子印章');
    pages.forEach((page, i) => expect(page).toContain(`第 ${i + 1} 页 共 ${pages.length} 页`));
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });

  it('embeds both WenQuanYi faces from the vendored TTC as subsets with a Unicode map, and no other font', async () => {
    expect(CJK_FONT_PATH.endsWith('/fixtures/fonts/wqy-microhei.ttc')).toBe(true);
    const fonts = pdfFonts(await renderCommitmentLetterPdf(LETTER));
    expect(fonts.map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['WenQuanYiMicroHei', 'WenQuanYiMicroHeiMono']);
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+WenQuanYiMicroHei(Mono)?\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('carries a QR code on page 1 that scans to the verification URL', async () => {
    const png = renderPagePng(await renderCommitmentLetterPdf(LETTER), 1);
    saveArtifact('commitment-letter-page1.png', png);
    expect(decodeQr(png)).toBe(LETTER.verifyUrl);
  });

  it('marks a draft, a revoked and a terminated letter on every page; a letter in force has no mark', async () => {
    const draftPdf = await renderCommitmentLetterPdf({ ...LETTER, mark: { kind: 'draft' } });
    saveArtifact('commitment-letter-draft.pdf', draftPdf);
    const draft = pdfPages(draftPdf);
    expect(draft[0]).toContain('草稿：本承诺书尚未经双方签署');
    // The diagonal watermark comes out one character per line.
    for (const page of draft.slice(1)) expect(page.replace(/\s+/g, '')).toContain('草稿');
    const terminated = pdfPages(await renderCommitmentLetterPdf({ ...LETTER, mark: { kind: 'terminated', note: '2026-10-08 经双方协商终止。' } })).join('\n');
    expect(terminated).toContain('已终止：本承诺书已终止履行。2026-10-08 经双方协商终止。');
    expect(pdfPages(await renderCommitmentLetterPdf({ ...LETTER, mark: { kind: 'revoked' } })).join('\n')).toContain('已撤销');
    const inForce = pdfPages(await renderCommitmentLetterPdf(LETTER)).join('\n');
    expect(inForce).not.toMatch(/草稿|已撤销|已终止/);
  });

  it('shows an unsigned party as 待签署 with dashes for time and fingerprint', async () => {
    const text = pdfPages(
      await renderCommitmentLetterPdf({ ...LETTER, mark: { kind: 'draft' }, signature: { ...LETTER.signature, authority: { signerName: '李华', signedAt: null, fingerprint: null } } }),
    ).join('\n');
    expect(text).toMatch(/签署人： 李华\n签署时间： —\n签名指纹： —\n待签署/);
    expect(text).toMatch(/签名指纹： 3F9A 21C0 7B44 D1E8\n已签署/);
  });
});

describe('commitment letter PDF bytes', () => {
  it('are identical for the same model (dates come from the model) and differ when it changes', async () => {
    const a = await renderCommitmentLetterPdf(LETTER);
    expect((await renderCommitmentLetterPdf(LETTER)).equals(a)).toBe(true);
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await renderCommitmentLetterPdf({ ...LETTER, generatedAt: new Date('2026-09-30T00:00:00Z') })).equals(a)).toBe(false);
  });
});
