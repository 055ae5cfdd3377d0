import { describe, expect, it } from 'vitest';
import { deskQuery, pageCount, readDeskFilters, writeDeskFilters } from '../../client/src/features/cases/case-desk-model';

describe('agent desk filters', () => {
  it('reads a shared desk URL, ignoring what is not a filter value', () => {
    const f = readDeskFilters(new URLSearchParams('view=overdue&status=accepted&zone=S141002&q=%20汾河%20&page=3'), 'mine');
    expect(f).toEqual({ view: 'overdue', status: 'accepted', zone: 'S141002', q: '汾河', page: 3 });
    expect(readDeskFilters(new URLSearchParams('view=everything&status=done&zone=linfen&page=-2'), 'mine')).toEqual({ view: 'mine', status: null, zone: null, q: '', page: 1 });
  });

  it('writes only what differs from the defaults, so the plain desk has a plain URL', () => {
    expect(writeDeskFilters({ view: 'mine', status: null, zone: null, q: '', page: 1 }, 'mine').toString()).toBe('');
    expect(writeDeskFilters({ view: 'all', status: 'submitted', zone: null, q: 'DB14', page: 2 }, 'mine').toString()).toBe('view=all&status=submitted&q=DB14&page=2');
  });

  it('asks the API for my cases, items due within 3 working days or overdue ones, paged by 20', () => {
    const base = { status: null, zone: null, q: '', page: 1 };
    expect(deskQuery({ ...base, view: 'mine' }).toString()).toBe('limit=20&offset=0&mine=true');
    expect(deskQuery({ ...base, view: 'dueSoon', page: 2 }).toString()).toBe('limit=20&offset=20&dueWithin=3');
    expect(deskQuery({ ...base, view: 'overdue', zone: 'G140702', status: 'accepted' }).toString()).toBe('limit=20&offset=0&overdue=true&status=accepted&zone=G140702');
    expect(pageCount(0)).toBe(1);
    expect(pageCount(41)).toBe(3);
  });
});
