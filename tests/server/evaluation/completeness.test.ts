// 完整性 metrics on hand-made records; the expected shares are counted by hand in the comments.
import { describe, expect, it } from 'vitest';
import type { CaseMaterialsRecord, CatalogItemRecord, ParcelRecord } from '../../../server/src/evaluation/evaluation-records';
import { caseMaterialsReused, itemCatalogComplete, parcelRecordComplete } from '../../../server/src/evaluation/metrics/completeness';
import { at, CTX, JZ, LF } from './eval-fixtures';

const INDUSTRIAL = ['investmentIntensity', 'floorAreaRatio', 'buildingCoverage', 'greenRatio', 'adminFacilityShare', 'taxPerMu'];
const LOGISTICS = INDUSTRIAL.filter((k) => k !== 'taxPerMu');
const parcel = (code: string, over: Partial<ParcelRecord>): ParcelRecord => ({
  ...JZ, code, name: code, landUseCode: '100101', geometryComplete: true, indicatorKeys: INDUSTRIAL, validAssessments: 1, infrastructure: ['water'], ...over,
});

describe('C1 published parcels with complete records', () => {
  it('needs geometry, the land use\'s indicators, a valid assessment and infrastructure: 1 of 5', () => {
    const out = parcelRecordComplete([
      parcel('a', {}),
      parcel('b', { indicatorKeys: INDUSTRIAL.filter((k) => k !== 'taxPerMu') }),
      // Logistics land needs no tax indicator, but this one has no valid assessment.
      parcel('c', { landUseCode: '110101', indicatorKeys: LOGISTICS, validAssessments: 0 }),
      parcel('d', { landUseCode: '110101', indicatorKeys: LOGISTICS, validAssessments: 2, infrastructure: [] }),
      parcel('e', { geometryComplete: false }),
    ]);
    expect(out).toMatchObject({ numerator: 1, denominator: 5, value: 0.2 });
    expect(out.rows.map((r) => [r.id, r.passed])).toEqual([['a', true], ['b', false], ['c', false], ['d', false], ['e', false]]);
    expect(out.rows[1]?.noteZh).toBe('缺少指标：亩均税收');
    expect(out.rows[2]?.noteZh).toBe('无有效区域评估');
  });

  it('has no data, not a division by zero, when nothing is published', () => {
    expect(parcelRecordComplete([])).toEqual({ numerator: 0, denominator: 0, value: null, rows: [] });
  });
});

describe('C2 catalog items complete and offered on both channels', () => {
  const item = (code: string, over: Partial<CatalogItemRecord>): CatalogItemRecord => ({
    code,
    nameZh: code,
    textFields: { nameZh: code, departmentZh: '部门', legalBasis: '依据', resultZh: '结果', feeNoteZh: '不收费' },
    legalLimitDays: 20,
    committedLimitDays: 5,
    materialCount: 2,
    channels: ['ONLINE_PORTAL', 'HALL_WINDOW'],
    ...over,
  });

  it('counts 1 of 4: a blank fee note, online only and a committed limit over the legal one fail', () => {
    const out = itemCatalogComplete([
      item('XMBA', {}),
      item('GDBZ', { textFields: { nameZh: 'GDBZ', departmentZh: '部门', legalBasis: '依据', resultZh: '结果', feeNoteZh: '  ' } }),
      item('X3', { channels: ['ONLINE_PORTAL'] }),
      item('X4', { committedLimitDays: 25 }),
    ]);
    expect(out).toMatchObject({ numerator: 1, denominator: 4, value: 0.25 });
    expect(out.rows.map((r) => r.noteZh)).toEqual(['要素齐全，线上线下均可办理', '要素缺失：收费说明', '不能在大厅窗口办理', '承诺时限长于法定时限']);
  });
});

describe('C3 cases reusing every material the government holds', () => {
  const material = (itemCode: string, materialType: string, heldSource: string, source: string) => ({ itemCode, materialType, heldSource, source });
  const kase = (caseCode: string, openedAt: string, attachments: CaseMaterialsRecord['attachments'], commitmentStatus: string | null = 'in_force'): CaseMaterialsRecord => ({
    ...LF, caseCode, openedAt: at(openedAt), parcelStatus: 'transferred', commitmentStatus, attachments,
  });

  it('counts 1 of 2: an uploaded business licence is a re-collection; upload-only, not-yet-held and Q2 cases are left out', () => {
    const out = caseMaterialsReused(
      [
        kase('c1', '2026-07-02T02:00:00Z', [material('XMBA', 'business_licence', 'e-licence', 'e-licence'), material('GCGH', 'site_plan', 'upload', 'upload')]),
        kase('c2', '2026-08-02T02:00:00Z', [material('XMBA', 'business_licence', 'e-licence', 'upload'), material('YDGH', 'land_transfer_contract', 'parcel', 'parcel')]),
        kase('c3', '2026-08-03T02:00:00Z', [material('SGTS', 'construction_drawings', 'upload', 'upload')]),
        kase('c4', '2026-06-20T02:00:00Z', [material('XMBA', 'business_licence', 'e-licence', 'upload')]),
        // No signed commitment: the government does not hold the letter, so its upload is no re-collection.
        kase('c5', '2026-08-04T02:00:00Z', [material('LHYS', 'commitment_letter', 'commitment', 'upload')], null),
      ],
      CTX,
    );
    expect(out).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(out.rows.map((r) => [r.id, r.passed, r.noteZh])).toEqual([
      ['c1', true, '已持有材料 1 份全部共享复用'],
      ['c2', false, '重复提交 1 份：XMBA/business_licence'],
    ]);
  });
});
