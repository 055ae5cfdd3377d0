import { describe, expect, it } from 'vitest';
import type { ItemView } from '../../server/src/cases/case-view';
import { beijingInstant, canRateCase, canRateItem, canResume, canSuspend, deadlineState, itemActions, materialCounts } from '../../client/src/features/cases/case-page-model';

const clock = (over: Partial<ItemView['deadline']> = {}): ItemView['deadline'] => ({
  dueOn: '2026-10-12', remainingWorkdays: 2, overdue: false, elapsedWorkdays: 3, suspendedWorkdays: 0, onTime: null, estimate: false, ...over,
});
const item = (over: Partial<ItemView> = {}) =>
  ({ status: 'accepted', suspension: null, deadline: clock(), evaluation: null, materials: [], ...over }) as ItemView;
const view = { enterprise: { uscc: '91140700MA0L12B82Q', name: '', legalRepresentative: null, address: '' } };
const agent = { role: 'agent' as const, uscc: null };
const applicant = { role: 'enterprise' as const, uscc: '91140700MA0L12B82Q' };
const stranger = { role: 'enterprise' as const, uscc: '91140200MA0HXY2Q0H' };

describe('case page actions', () => {
  it('offers the applicant its own steps and staff the decisions, from the transition table', () => {
    expect(itemActions(item({ status: 'pending' }), applicant, view)).toEqual(['preparing', 'submitted']);
    expect(itemActions(item({ status: 'submitted' }), applicant, view)).toEqual([]);
    expect(itemActions(item({ status: 'submitted' }), agent, view)).toEqual(['accepted', 'accepted_with_deficiency', 'returned', 'rejected']);
    expect(itemActions(item({ status: 'pending' }), stranger, view)).toEqual([]);
    expect(itemActions(item({ status: 'pending' }), null, view)).toEqual([]);
    expect(itemActions(item({ status: 'pending' }), { role: 'evaluator', uscc: null }, view)).toEqual([]);
  });

  it('lets staff suspend a running clock and requires resuming it before finishing', () => {
    expect(canSuspend(item(), agent)).toBe(true);
    expect(canSuspend(item(), applicant)).toBe(false);
    const suspended = item({ suspension: { since: '2026-10-08', reason: '等待补正' } });
    expect(canSuspend(suspended, agent)).toBe(false);
    expect(canResume(suspended, agent)).toBe(true);
    expect(itemActions(suspended, agent, view)).toEqual([]);
    expect(itemActions({ ...suspended, status: 'accepted_with_deficiency' }, agent, view)).toEqual(['accepted']);
  });

  it('words the deadline for each state of the clock', () => {
    expect(deadlineState(item())).toEqual({ kind: 'running', dueOn: '2026-10-12', remaining: 2 });
    expect(deadlineState(item({ deadline: clock({ remainingWorkdays: 0 }) }))).toEqual({ kind: 'today', dueOn: '2026-10-12' });
    expect(deadlineState(item({ deadline: clock({ remainingWorkdays: -4, overdue: true }) }))).toEqual({ kind: 'overdue', dueOn: '2026-10-12', days: 4 });
    expect(deadlineState(item({ suspension: { since: '2026-10-08', reason: '专家评审' } }))).toEqual({ kind: 'suspended', since: '2026-10-08', reason: '专家评审' });
    expect(deadlineState(item({ status: 'completed', deadline: clock({ onTime: false, elapsedWorkdays: 7 }) }))).toEqual({ kind: 'finished', dueOn: '2026-10-12', onTime: false, elapsed: 7 });
    expect(deadlineState(item({ status: 'pending', deadline: clock({ dueOn: null, remainingWorkdays: null }) }))).toEqual({ kind: 'none' });
  });

  it('counts held and missing materials', () => {
    const m = (type: string, heldBy: string | null, source = 'upload') => ({ type, heldBy, source }) as ItemView['materials'][number];
    const one = item({ materials: [m('business_licence', 'e-licence', 'e-licence'), m('site_plan', 'upload'), m('construction_drawings', null)] });
    expect(materialCounts(one)).toEqual({ held: 2, missing: 1 });
  });

  it('lets only the applicant rate a finished item or case, once', () => {
    expect(canRateItem(item({ status: 'completed' }), applicant, view)).toBe(true);
    expect(canRateItem(item({ status: 'completed' }), agent, view)).toBe(false);
    expect(canRateItem(item({ status: 'accepted' }), applicant, view)).toBe(false);
    expect(canRateItem(item({ status: 'rejected', evaluation: { score: 3, comment: '', channel: 'ONLINE_PORTAL', evaluatedAt: '' } }), applicant, view)).toBe(false);
    expect(canRateCase({ ...view, status: 'finished', evaluation: null }, applicant)).toBe(true);
    expect(canRateCase({ ...view, status: 'open', evaluation: null }, applicant)).toBe(false);
  });

  it('sends a hall step’s wall-clock time as Beijing time', () => {
    expect(beijingInstant('2026-09-29T10:00')).toBe('2026-09-29T10:00:00+08:00');
    expect(beijingInstant('')).toBeUndefined();
  });
});
