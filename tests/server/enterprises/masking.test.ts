import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from '../../../server/src/enterprises/masking';

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits of a mobile number', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
  });

  it('trims before masking', () => {
    expect(maskPhone(' 13812341234 ')).toBe('138****1234');
  });

  it('masks a number too short to keep both ends entirely', () => {
    expect(maskPhone('1234567')).toBe('*******');
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 3 and last 4 characters of an 18-character ID number', () => {
    expect(maskIdNumber('14010119900307123X')).toBe('140***********123X');
  });

  it('masks an empty value to an empty string', () => {
    expect(maskIdNumber('')).toBe('');
  });
});
