import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../client/src/app/url-state';
import { matchesTileParcel, tileMatchFor } from '../../client/src/map/parcel-match';
import { STATUS_PALETTE, statusStyle, withAlpha } from '../../client/src/map/status-palette';
import { PARCEL_STATUS_CODES } from '../../server/src/domain/parcel-status';

const tile = { code: '140105-2026-0001', status: 'listed', landUse: '100102', areaMu: 126.15 };

describe('which tile parcels match the filter', () => {
  it('matches everything when nothing is filtered', () => {
    expect(tileMatchFor(EMPTY_FILTERS, null)).toBeNull();
  });

  it('decides status, land use and area from the tile attributes', () => {
    const match = tileMatchFor({ ...EMPTY_FILTERS, statuses: ['listed'], landUses: ['100102'], areaMuMin: 100, areaMuMax: 130 }, null);
    expect(match && matchesTileParcel(match, tile)).toBe(true);
    expect(match && matchesTileParcel(match, { ...tile, status: 'published' })).toBe(false);
    expect(match && matchesTileParcel(match, { ...tile, areaMu: 130.01 })).toBe(false);
    expect(match && matchesTileParcel(match, { ...tile, areaMu: undefined })).toBe(false);
  });

  it('uses the code list from the server for the other filters', () => {
    const match = tileMatchFor({ ...EMPTY_FILTERS, q: '龙盛' }, ['140105-2026-0001']);
    expect(match && matchesTileParcel(match, tile)).toBe(true);
    expect(match && matchesTileParcel(match, { ...tile, code: '140105-2026-0002' })).toBe(false);
  });
});

describe('status palette', () => {
  it('gives every status its own colour', () => {
    const colors = PARCEL_STATUS_CODES.map((s) => STATUS_PALETTE[s].color);
    expect(new Set(colors).size).toBe(PARCEL_STATUS_CODES.length);
  });

  it('marks an unknown status with a dashed grey rather than failing', () => {
    expect(statusStyle('something-new')).toEqual({ color: '#666666', dashed: true });
    expect(withAlpha('#E69F00', 0.5)).toBe('rgba(230, 159, 0, 0.5)');
  });
});
