import { describe, expect, it } from 'vitest';
import { createA4Document, finishDocument } from '../../../server/src/pdf/a4-document';
import { decoratePages } from '../../../server/src/pdf/page-decorations';
import { drawTable } from '../../../server/src/pdf/table';
import { documentTitle } from '../../../server/src/pdf/text-blocks';
import { HAS_POPPLER, POPPLER_MISSING, pdfPages, saveArtifact } from './poppler';

const ROWS = Array.from({ length: 90 }, (_, i) => [
  `第${i + 1}行`,
  i % 7 === 0 ? '示范区规划和自然资源局、住房和城乡建设局联合办理（并联审批，较长的文字会在单元格内换行）' : '示范区行政审批局',
  `${(i % 5) + 1} 个工作日`,
]);

async function longTablePdf(): Promise<Buffer> {
  const doc = createA4Document({ title: '长表格', generatedAt: new Date('2026-01-01T00:00:00Z') });
  documentTitle(doc, '长表格测试');
  drawTable(doc, {
    columns: [
      { header: '行号', weight: 1 },
      { header: '办理部门', weight: 4 },
      { header: '承诺时限', weight: 1.2, align: 'center' },
    ],
    rows: ROWS,
  });
  doc.text('表格之后的文字');
  decoratePages(doc, { headerLeft: '测试' });
  return finishDocument(doc);
}

describe.skipIf(!HAS_POPPLER)(`table across pages (skipped when ${POPPLER_MISSING})`, () => {
  it('continues on new pages, repeats the header row on each, and keeps every row once and in order', async () => {
    const pdf = await longTablePdf();
    saveArtifact('long-table.pdf', pdf);
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page).toContain('行号 办理部门 承诺时限');
    const found = pages.join('\n').match(/第\d+行/g) ?? [];
    expect(found).toEqual(ROWS.map((r) => r[0]));
    // Every page ends with its own rows: the last row of page 1 is not repeated on page 2.
    const lastOnFirst = pages[0]?.match(/第\d+行/g)?.at(-1);
    expect(pages[1]).not.toContain(`${lastOnFirst} `);
    expect(pages.at(-1)).toContain('表格之后的文字');
    pages.forEach((page, i) => expect(page).toContain(`第 ${i + 1} 页 共 ${pages.length} 页`));
  });
});
