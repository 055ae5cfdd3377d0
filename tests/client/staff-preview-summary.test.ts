import { describe, expect, it } from 'vitest';
import { canCommit, filterPreview, issueDetail, messageIn, previewBbox, tallyPreview } from '../../client/src/features/staff/preview-summary';
import type { PreviewFeature, PreviewIssue } from '../../client/src/features/staff/staff-api';

const square = (x: number, y: number) => ({ type: 'MultiPolygon' as const, coordinates: [[[[x, y], [x + 0.001, y], [x + 0.001, y + 0.001], [x, y + 0.001], [x, y]]]] });

const overlap: PreviewIssue = {
  code: 'OVERLAP',
  severity: 'error',
  message: '与已有地块重叠 / overlaps an existing parcel',
  detail: { parcels: [{ code: '140105-2026-0001', areaM2: 1234.5 }] },
};
const missing: PreviewIssue = {
  code: 'MISSING_INDICATORS',
  severity: 'warning',
  message: '缺少该用地性质必需的控制指标 / indicators required for this land use are missing',
  detail: { missing: ['investmentIntensity', 'taxPerMu'] },
};

const features: PreviewFeature[] = [
  { index: 1, code: '140105-2026-9901', name: 'A', action: 'create', areaM2: 3600, zoneCode: 'G140105', issues: [missing], geometry: square(112.54, 37.78) },
  { index: 2, code: '140105-2026-9902', name: 'B', action: 'create', areaM2: 3600, zoneCode: 'G140105', issues: [], geometry: square(112.55, 37.79) },
  { index: 3, code: '140105-2026-9903', name: 'C', action: 'skip', areaM2: 3600, zoneCode: 'G140105', issues: [overlap, missing], geometry: square(112.53, 37.77) },
  { index: 4, code: null, name: null, action: 'skip', areaM2: null, zoneCode: null, issues: [], geometry: null },
];

describe('import preview summary', () => {
  it('counts features by action and by the worst issue they carry', () => {
    expect(tallyPreview(features)).toEqual({ total: 4, create: 2, update: 0, skip: 2, withErrors: 1, withWarnings: 1, writableAreaM2: 7200 });
  });

  it('allows a commit only when something can be created or updated', () => {
    expect(canCommit(tallyPreview(features))).toBe(true);
    expect(canCommit(tallyPreview(features.filter((f) => f.action === 'skip')))).toBe(false);
  });

  it('filters rows by action or by having issues', () => {
    expect(filterPreview(features, 'skip').map((f) => f.index)).toEqual([3, 4]);
    expect(filterPreview(features, 'issues').map((f) => f.index)).toEqual([1, 3]);
    expect(filterPreview(features, 'all')).toHaveLength(4);
  });

  it('bounds the features that have a geometry', () => {
    const [minX = 0, minY = 0, maxX = 0, maxY = 0] = previewBbox(features) ?? [];
    expect(minX).toBeCloseTo(112.53, 9);
    expect(minY).toBeCloseTo(37.77, 9);
    expect(maxX).toBeCloseTo(112.551, 9);
    expect(maxY).toBeCloseTo(37.791, 9);
    expect(previewBbox([features[3] as PreviewFeature])).toBeNull();
  });

  it('takes the reader’s half of a bilingual server message', () => {
    expect(messageIn(overlap.message, 'zh')).toBe('与已有地块重叠');
    expect(messageIn(overlap.message, 'en')).toBe('overlaps an existing parcel');
    expect(messageIn('plain text', 'en')).toBe('plain text');
  });

  it('names the parcels an overlap hits, with the overlap area', () => {
    expect(issueDetail(overlap, 'zh')).toBe('140105-2026-0001 (1,234.5 m²)');
  });

  it('names missing indicators by their labels in either language', () => {
    expect(issueDetail(missing, 'zh')).toBe('固定资产投资强度、亩均税收');
    expect(issueDetail(missing, 'en')).toBe('Fixed-asset investment intensity, Annual tax per mu');
  });

  it('states an area mismatch with both areas and the difference', () => {
    const issue: PreviewIssue = { code: 'AREA_MISMATCH', severity: 'warning', message: 'x / y', detail: { declaredM2: 10_500, computedM2: 10_000, diffPct: 5 } };
    expect(issueDetail(issue, 'en')).toBe('declared 10,500 m², computed 10,000 m² (+5%)');
  });

  it('has nothing to add for an issue without specifics', () => {
    expect(issueDetail({ code: 'NAME_MISSING', severity: 'error', message: '缺少地块名称 / no parcel name' }, 'zh')).toBeNull();
  });
});
