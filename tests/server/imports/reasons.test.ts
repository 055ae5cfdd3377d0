import { describe, expect, it } from 'vitest';
import { CRS_REASONS } from '../../../server/src/geo/detect-crs';
import { IMPORT_REASONS, IMPORT_REASON_CODES } from '../../../server/src/imports/reasons';

describe('IMPORT_REASONS', () => {
  it('describes every code in Chinese and English', () => {
    for (const code of IMPORT_REASON_CODES) {
      expect(IMPORT_REASONS[code].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(IMPORT_REASONS[code].en).toMatch(/[a-z]/i);
    }
  });

  it('covers every CRS reason of the shared geo detector, so detection failures pass through', () => {
    for (const reason of Object.values(CRS_REASONS)) expect(IMPORT_REASON_CODES).toContain(reason);
  });

  it('holds the codes the brief requires', () => {
    const required = ['ZIP_BOMB', 'ZIP_INVALID', 'ZIP_ENTRY_FORBIDDEN', 'SHP_MISSING_PART', 'ENCODING', 'XXE', 'XML_INVALID', 'JSON_INVALID', 'NULL_GEOMETRY', 'INVALID_GEOMETRY', 'OUT_OF_RANGE', 'AXIS_SWAPPED', 'AMBIGUOUS_CRS', 'MIXED_TYPES', 'Z_COORDINATES', 'TOO_LARGE', 'TOO_MANY_FEATURES', 'TOO_MANY_VERTICES', 'EMPTY', 'UNSUPPORTED_FORMAT', 'CSV_INVALID', 'DUPLICATE_CODE'];
    expect(IMPORT_REASON_CODES).toEqual(expect.arrayContaining(required));
  });
});
