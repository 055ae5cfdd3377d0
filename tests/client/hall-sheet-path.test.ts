import { describe, expect, it } from 'vitest';
import { sheetPath } from '../../client/src/features/sheet/sheet-path';

describe('the parcel sheet’s address', () => {
  it('sits under the parcel, in Chinese by default', () => {
    expect(sheetPath('140105-2026-0001', 'zh')).toBe('/parcels/140105-2026-0001/sheet');
  });

  it('carries the language when it is English', () => {
    expect(sheetPath('140105-2026-0001', 'en')).toBe('/parcels/140105-2026-0001/sheet?lang=en');
  });
});
