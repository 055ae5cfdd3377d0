import { describe, expect, it } from 'vitest';
import { childKind, inScope, parseScope, scopeParams } from '../../../server/src/evaluation/scope';

describe('evaluation scopes', () => {
  it('reads the province, a city prefix, a county and a zone code', () => {
    expect(parseScope('14')).toEqual({ kind: 'province', code: '14' });
    expect(parseScope('1407')).toEqual({ kind: 'city', code: '1407' });
    expect(parseScope('140702')).toEqual({ kind: 'county', code: '140702' });
    expect(parseScope('G140702')).toEqual({ kind: 'zone', code: 'G140702' });
    for (const bad of ['13', '140', '14070', '1407021', 'g140702', 'G14070', '']) expect(parseScope(bad)).toBeNull();
  });

  it('places a record by division prefix, or by zone for a zone scope', () => {
    const record = { divisionCode: '140702', zoneCode: 'G140702' };
    expect(inScope(parseScope('14')!, record)).toBe(true);
    expect(inScope(parseScope('1407')!, record)).toBe(true);
    expect(inScope(parseScope('1401')!, record)).toBe(false);
    expect(inScope(parseScope('140702')!, record)).toBe(true);
    expect(inScope(parseScope('G140702')!, record)).toBe(true);
    expect(inScope(parseScope('S141002')!, record)).toBe(false);
    // A county covers records outside any zone as well.
    expect(inScope(parseScope('140702')!, { divisionCode: '140702', zoneCode: null })).toBe(true);
  });

  it('gives SQL one filter and the next level down for the region comparison', () => {
    expect(scopeParams(parseScope('1407')!)).toEqual(['1407', null]);
    expect(scopeParams(parseScope('G140702')!)).toEqual([null, 'G140702']);
    expect(['14', '1407', '140702', 'G140702'].map((c) => childKind(parseScope(c)!))).toEqual(['city', 'county', 'zone', null]);
  });
});
