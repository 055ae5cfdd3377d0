import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildPatch, checkIndicator, draftFromParcel, type EditorDraft, missingRequired, newIndicatorDraft } from '../../client/src/features/staff/editor-model';
import type { StaffParcelDetail } from '../../client/src/features/staff/staff-api';
import { indicatorProblem } from '../../server/src/domain/indicators';
import { indicatorSchema } from '../../server/src/parcels/parcel-patch.schema';

const outline: MultiPolygon = { type: 'MultiPolygon', coordinates: [[[[112.54, 37.78], [112.541, 37.78], [112.541, 37.781], [112.54, 37.781], [112.54, 37.78]]]] };

function parcel(overrides: Partial<StaffParcelDetail> = {}): StaffParcelDetail {
  return {
    code: '140105-2026-9901',
    name: '测试地块',
    zone: { code: 'G140105', name: '示范区', level: 'national', cityCode: '140100', cityName: '太原市', countyCode: '140105', countyName: '小店区' },
    divisionCode: '140105',
    location: '',
    landUseCode: '100101',
    industryCode: null,
    status: 'reserve',
    area: { m2: 3600, mu: 5.4, gkSrid: 4547, declaredM2: null, declaredDiffPct: null },
    supplyMethod: 'listing',
    transferTermYears: 50,
    reservePriceWanYuan: null,
    infrastructure: ['road', 'water'],
    planning: { heightLimitM: null, setbackM: null },
    listedOn: null,
    indicators: [],
    assessments: [],
    centroid: { type: 'Point', coordinates: [112.5405, 37.7805] },
    bbox: [112.54, 37.78, 112.541, 37.781],
    geometry: outline,
    version: 1,
    workflow: { state: 'draft', reviewComment: null, withdrawnReason: null, createdBy: 'publisher', submittedAt: null, approvedAt: null, publishedAt: null },
    createdAt: '2026-05-01T00:00:00Z',
    updatedAt: '2026-05-01T00:00:00Z',
    ...overrides,
  };
}

const fill = (draft: EditorDraft, key: string, value: string, valueMax = '') => ({
  ...draft,
  indicators: draft.indicators.map((i) => (i.key === key ? { ...i, value, valueMax } : i)),
});

describe('parcel editor form', () => {
  it('sends nothing while nothing changed', () => {
    const original = draftFromParcel(parcel());
    expect(buildPatch(original, original)).toMatchObject({ patch: {}, dirty: false, valid: true });
  });

  it('sends only the fields that changed, parsed', () => {
    const original = draftFromParcel(parcel());
    const draft = { ...original, attributes: { ...original.attributes, name: ' 新名称 ', reservePriceWanYuan: '1200.5' } };
    expect(buildPatch(draft, original)).toMatchObject({ patch: { name: '新名称', reservePriceWanYuan: 1200.5 }, dirty: true, valid: true });
  });

  it('holds infrastructure in catalogue order, so ticking one off and on is no change', () => {
    const original = draftFromParcel(parcel());
    expect(original.attributes.infrastructure).toEqual(['water', 'road']);
  });

  it('refuses values the API would refuse, field by field', () => {
    const original = draftFromParcel(parcel());
    const draft = { ...original, attributes: { ...original.attributes, transferTermYears: '70', declaredAreaM2: '-1', industryCode: '1a', name: ' ' } };
    const outcome = buildPatch(draft, original);
    expect(outcome.valid).toBe(false);
    expect(outcome.attributeProblems).toEqual({ transferTermYears: 'OUT_OF_RANGE', declaredAreaM2: 'NOT_POSITIVE', industryCode: 'BAD_INDUSTRY_CODE', name: 'REQUIRED' });
  });

  it('lists the indicators the land use requires and adds them with their usual comparator', () => {
    const original = draftFromParcel(parcel());
    expect(missingRequired('100101', original.indicators)).toEqual(['investmentIntensity', 'floorAreaRatio', 'buildingCoverage', 'greenRatio', 'adminFacilityShare', 'taxPerMu']);
    expect(newIndicatorDraft('floorAreaRatio')).toMatchObject({ comparator: 'range', value: '', valueMax: '' });
    expect(newIndicatorDraft('emissionStandard').comparator).toBe('eq');
  });

  it('builds indicators with the catalogue’s units that the API’s own schema accepts', () => {
    const original = draftFromParcel(parcel());
    let draft: EditorDraft = { ...original, indicators: missingRequired('100101', []).map(newIndicatorDraft) };
    draft = fill(draft, 'investmentIntensity', '300');
    draft = fill(draft, 'floorAreaRatio', '1.2', '2.5');
    draft = fill(draft, 'buildingCoverage', '40');
    draft = fill(draft, 'greenRatio', '15');
    draft = fill(draft, 'adminFacilityShare', '7');
    draft = fill(draft, 'taxPerMu', '20');
    const outcome = buildPatch(draft, original);
    expect(outcome.valid).toBe(true);
    expect(outcome.patch.indicators).toHaveLength(6);
    expect(outcome.patch.indicators?.find((i) => i.key === 'investmentIntensity')).toMatchObject({ comparator: 'min', value: 300, unit: '万元/亩' });
    expect(outcome.patch.indicators?.find((i) => i.key === 'floorAreaRatio')).toMatchObject({ value: 1.2, valueMax: 2.5, unit: '', doubleCountTallStoreys: false });
    for (const indicator of outcome.patch.indicators ?? []) expect(indicatorSchema.safeParse(indicator).success).toBe(true);
  });

  it('rejects an indicator by the shared rule, in the rule’s own words', () => {
    const check = checkIndicator({ ...newIndicatorDraft('greenRatio'), value: '150' });
    expect(check.ok).toBe(false);
    expect(check).toMatchObject({ rule: indicatorProblem({ key: 'greenRatio', comparator: 'max', value: 150, valueMax: null, textValue: null, unit: '%', areaBase: 'gross' }) });
    expect(checkIndicator({ ...newIndicatorDraft('floorAreaRatio'), value: '2.5', valueMax: '1.2' })).toMatchObject({ ok: false });
    expect(checkIndicator({ ...newIndicatorDraft('taxPerMu'), value: '2O' })).toEqual({ ok: false, field: 'value', problem: 'NOT_A_NUMBER' });
    expect(checkIndicator({ ...newIndicatorDraft('emissionStandard'), textValue: 'GB 16297-1996 二级' })).toMatchObject({ ok: true, indicator: { comparator: 'eq', textValue: 'GB 16297-1996 二级' } });
  });

  it('does not let an untouched indicator block saving other fields', () => {
    const stored = parcel({ indicators: [{ key: 'floorAreaRatio', comparator: 'range', value: 1.2, valueMax: null, textValue: null, unit: '', areaBase: 'gross' }] });
    const original = draftFromParcel(stored);
    const draft = { ...original, attributes: { ...original.attributes, location: '汇通路以西' } };
    const outcome = buildPatch(draft, original);
    expect(outcome.indicatorChecks[0]?.ok).toBe(false);
    expect(outcome).toMatchObject({ valid: true, patch: { location: '汇通路以西' } });
    expect(outcome.patch.indicators).toBeUndefined();
  });

  it('sends a new outline', () => {
    const original = draftFromParcel(parcel());
    const moved: MultiPolygon = { type: 'MultiPolygon', coordinates: [[[[112.54, 37.78], [112.5412, 37.78], [112.5412, 37.781], [112.54, 37.781], [112.54, 37.78]]]] };
    expect(buildPatch({ ...original, geometry: moved }, original)).toMatchObject({ patch: { geometry: moved }, dirty: true });
    expect(buildPatch({ ...original, geometry: structuredClone(outline) }, original).dirty).toBe(false);
  });
});
