import { describe, expect, it } from 'vitest';
import { sm3Hex } from '../../../server/src/signatures/sm3';

// GB/T 32905-2016 Appendix A, examples 1 and 2.
describe('sm3Hex', () => {
  it('hashes "abc" to the standard example 1 value', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('hashes "abcd" × 16 (512 bits) to the standard example 2 value', () => {
    expect(sm3Hex('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  it('hashes a string as its UTF-8 bytes', () => {
    expect(sm3Hex('标准地')).toBe(sm3Hex(new TextEncoder().encode('标准地')));
  });
});
