// K3's pure parts: which parcels are sampled, and what counts as a difference between channels.
import { describe, expect, it } from 'vitest';
import { differencesOf, pickSample } from '../../../server/src/evaluation/publication-sample';

describe('the publication sample', () => {
  const parcels = [
    ...Array.from({ length: 6 }, (_, i) => ({ code: `140702-2025-000${i}`, zoneCode: 'G140702' })),
    { code: '141002-2024-0001', zoneCode: 'S141002' },
  ];

  it('takes at most three parcels per zone, the same ones every time, in code order', () => {
    const sample = pickSample(parcels);
    expect(sample.filter((p) => p.zoneCode === 'G140702')).toHaveLength(3);
    expect(sample.filter((p) => p.zoneCode === 'S141002')).toHaveLength(1);
    expect(pickSample([...parcels].reverse())).toEqual(sample);
    expect(sample.map((p) => p.code)).toEqual([...sample.map((p) => p.code)].sort());
    expect(pickSample([])).toEqual([]);
  });
});

describe('differences between the catalog, the OGC API and the tiles', () => {
  const catalog = { status: 'listed', landUse: '100101', areaMu: 45.0049, bbox: [111.52188601, 36.09310050, 111.52356402, 36.09491049] };
  const ogc = { ...catalog, bbox: [111.521886, 36.0931005, 111.523564, 36.0949105] };
  const tile = { status: 'listed', landUse: '100101', areaMu: 45 };

  it('accepts each channel rounding to its own precision', () => {
    expect(differencesOf(catalog, ogc, tile)).toEqual([]);
  });

  it('names a status, land use, area or extent that disagrees, and a parcel missing from a channel', () => {
    expect(differencesOf(catalog, ogc, { ...tile, status: 'published' })).toEqual([{ field: 'status', catalog: 'listed', ogc: 'listed', tile: 'published' }]);
    expect(differencesOf(catalog, { ...ogc, landUse: '100102' }, tile).map((d) => d.field)).toEqual(['landUse']);
    expect(differencesOf(catalog, ogc, { ...tile, areaMu: 45.02 }).map((d) => d.field)).toEqual(['areaMu']);
    expect(differencesOf(catalog, { ...ogc, bbox: [111.5219, 36.0931005, 111.523564, 36.0949105] }, tile).map((d) => d.field)).toEqual(['bbox']);
    expect(differencesOf(catalog, ogc, null)).toEqual([{ field: 'present', catalog: true, ogc: true, tile: false }]);
  });
});
