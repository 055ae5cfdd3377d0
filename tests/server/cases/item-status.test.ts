import { describe, expect, it } from 'vitest';
import { checkTransition, ITEM_STATUS_CODES, ITEM_TRANSITIONS, nextStatuses } from '../../../server/src/cases/item-status';

describe('approval item status transitions', () => {
  it('lets the applicant submit and staff accept, complete, return or reject', () => {
    expect(checkTransition('pending', 'submitted', 'applicant')).toEqual({ allowed: true });
    expect(checkTransition('submitted', 'accepted', 'staff')).toEqual({ allowed: true });
    expect(checkTransition('accepted', 'completed', 'staff')).toEqual({ allowed: true });
    expect(nextStatuses('submitted', 'staff').sort()).toEqual(['accepted', 'accepted_with_deficiency', 'rejected', 'returned']);
  });

  it('refuses a move that is not in the table, naming the allowed targets', () => {
    expect(checkTransition('pending', 'completed', 'staff')).toEqual({ allowed: false, reason: 'TRANSITION_NOT_ALLOWED', allowedTargets: ['preparing', 'submitted'] });
    expect(checkTransition('completed', 'accepted', 'staff')).toMatchObject({ allowed: false, reason: 'TRANSITION_NOT_ALLOWED', allowedTargets: [] });
  });

  it('refuses an applicant taking a department decision on its own item', () => {
    expect(checkTransition('submitted', 'accepted', 'applicant')).toMatchObject({ allowed: false, reason: 'TRANSITION_ACTOR_NOT_ALLOWED' });
  });

  it('ends only in completed or rejected: every other status has a way on', () => {
    const dead = ITEM_STATUS_CODES.filter((s) => !ITEM_TRANSITIONS.some((t) => t.from === s));
    expect(dead.sort()).toEqual(['completed', 'rejected']);
  });

  it('requires a supplement path out of 容缺受理', () => {
    expect(nextStatuses('accepted_with_deficiency', 'staff').sort()).toEqual(['accepted', 'rejected']);
  });
});
