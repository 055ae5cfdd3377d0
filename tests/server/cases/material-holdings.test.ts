import { describe, expect, it } from 'vitest';
import { holdingOf, missingMaterials, type HoldingContext } from '../../../server/src/materials/material-holdings';
import { sniffContentType } from '../../../server/src/materials/sniff-content-type';

const upload = { id: 7, version: 2, fileName: 'plan.pdf', contentType: 'application/pdf', sizeBytes: 10, sha256: 'a'.repeat(64), uploadedAt: '2026-10-01T00:00:00.000Z' };
const ctx = (over: Partial<HoldingContext> = {}): HoldingContext => ({
  enterpriseRegistered: true,
  parcelStatus: 'transferred',
  commitmentStatus: 'in_force',
  uploads: new Map([['site_plan', upload]]),
  ...over,
});

describe('materials the government already holds', () => {
  it('takes the licence from the e-licence library and land documents from the parcel, never asking again', () => {
    expect(holdingOf({ type: 'business_licence', source: 'e-licence' }, ctx())).toEqual({ heldBy: 'e-licence', upload: null });
    expect(holdingOf({ type: 'land_transfer_contract', source: 'parcel' }, ctx())).toEqual({ heldBy: 'parcel', upload: null });
    expect(holdingOf({ type: 'commitment_letter', source: 'commitment' }, ctx())).toEqual({ heldBy: 'commitment', upload: null });
  });

  it('uses the newest upload for what only the applicant has', () => {
    expect(holdingOf({ type: 'site_plan', source: 'upload' }, ctx())).toEqual({ heldBy: 'upload', upload });
    expect(holdingOf({ type: 'construction_drawings', source: 'upload' }, ctx())).toEqual({ heldBy: null, upload: null });
  });

  it('falls back to an upload when the shared source does not hold it yet (unsigned letter, parcel not transferred)', () => {
    const withCopy = ctx({ commitmentStatus: 'draft', uploads: new Map([['commitment_letter', upload]]) });
    expect(holdingOf({ type: 'commitment_letter', source: 'commitment' }, withCopy).heldBy).toBe('upload');
    expect(holdingOf({ type: 'parcel_boundary_map', source: 'parcel' }, ctx({ parcelStatus: 'listed' })).heldBy).toBeNull();
  });

  it('splits what is missing into key materials and those 容缺 may defer', () => {
    const required = [
      { type: 'business_licence', nameZh: '营业执照', nameEn: '', source: 'e-licence' as const, key: true },
      { type: 'construction_drawings', nameZh: '', nameEn: '', source: 'upload' as const, key: true },
      { type: 'geotechnical_report', nameZh: '', nameEn: '', source: 'upload' as const, key: false },
    ];
    expect(missingMaterials(required, ctx())).toEqual({ key: ['construction_drawings'], other: ['geotechnical_report'] });
  });
});

describe('content sniffing', () => {
  it('types files by their first bytes only', () => {
    expect(sniffContentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffContentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffContentType(Buffer.from('<!doctype html><script>alert(1)</script>'))).toBeNull();
    expect(sniffContentType(Buffer.from(' %PDF-1.7'))).toBeNull();
    expect(sniffContentType(Buffer.alloc(0))).toBeNull();
  });
});
