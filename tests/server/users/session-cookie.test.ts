import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { readCookie } from '../../../server/src/users/session-cookie';

const req = (cookie?: string) => ({ headers: cookie === undefined ? {} : { cookie } }) as Request;

describe('readCookie', () => {
  it.each([
    ['sla_sid=abc', 'abc'],
    ['theme=dark; sla_sid=abc; lang=zh', 'abc'],
    ['sla_sid="abc"', 'abc'],
    ['x_sla_sid=no; sla_sid=yes', 'yes'],
    ['sla_sid=a%2Fb', 'a/b'],
  ])('reads %s', (header, value) => {
    expect(readCookie(req(header), 'sla_sid')).toBe(value);
  });

  it.each([[undefined], ['theme=dark'], ['sla_sid=%E0%A4%A'], ['sla_sid']])('finds nothing in %s', (header) => {
    expect(readCookie(req(header), 'sla_sid')).toBeUndefined();
  });
});
