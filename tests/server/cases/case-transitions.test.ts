// Item transitions through HTTP: the allowed-transition table, optimistic locking, working-day
// deadlines across the National Day holiday, suspension, reasons, the outbox message and audit row of
// every change, and the applicant's evaluation.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../support/test-db';
import { casesContext, hallCase, USCC } from './case-fixtures';

interface Item {
  itemCode: string;
  status: string;
  acceptedOn: string | null;
  completedOn: string | null;
  deadline: { dueOn: string | null; overdue: boolean; onTime: boolean | null; suspendedWorkdays: number; remainingWorkdays: number | null };
  suspension: { since: string } | null;
  reason: string | null;
}
const item = (body: { items: Item[] }, code: string) => body.items.find((i) => i.itemCode === code) as Item;

describe.each(ENGINES)('case item transitions on $name', (engine) => {
  const ctx = casesContext(engine);
  let code: string;
  let version: number;

  /** POSTs a step with the current version and remembers the new one. */
  async function step(who: 'agent' | 'enterprise', itemCode: string, body: object, path = 'transitions') {
    const res = await ctx[who].post(`/api/cases/${code}/items/${itemCode}/${path}`).set('If-Match', `"${version}"`).send(body);
    if (res.status === 200) version = res.body.version;
    return res;
  }

  beforeAll(async () => {
    const res = await ctx.agent.post('/api/cases').send(hallCase('2026-09-25T09:00:00+08:00')).expect(201);
    code = res.body.code;
    version = res.body.version;
  });

  it('refuses a move that is not in the transition table, and an applicant deciding its own item', async () => {
    const skip = await step('agent', 'YDGH', { to: 'completed' });
    expect(skip.status).toBe(409);
    expect(skip.body).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', from: 'pending', to: 'completed', allowedTargets: ['preparing', 'submitted'] });
    expect((await step('enterprise', 'YDGH', { to: 'submitted' })).status).toBe(200);
    const selfAccept = await step('enterprise', 'YDGH', { to: 'accepted' });
    expect(selfAccept.status).toBe(409);
    expect(selfAccept.body.code).toBe('TRANSITION_ACTOR_NOT_ALLOWED');
  });

  it('needs If-Match (428) and refuses a stale version (412)', async () => {
    const missing = await ctx.agent.post(`/api/cases/${code}/items/GCGH/transitions`).send({ to: 'preparing' }).expect(428);
    expect(missing.body.code).toBe('PRECONDITION_REQUIRED');
    const stale = await ctx.agent.post(`/api/cases/${code}/items/GCGH/transitions`).set('If-Match', '"1"').send({ to: 'preparing' }).expect(412);
    expect(stale.body).toMatchObject({ code: 'VERSION_MISMATCH', currentVersion: version });
  });

  it('lets exactly one of two concurrent updates win; the other gets 412', async () => {
    const send = (itemCode: string) =>
      ctx.agent.post(`/api/cases/${code}/items/${itemCode}/transitions`).set('If-Match', `"${version}"`).send({ to: 'preparing' });
    const results = await Promise.all([send('GSBZ'), send('GDBZ')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    const now = (await ctx.agent.get(`/api/cases/${code}`).expect(200)).body;
    expect(now.version).toBe(version + 1);
    expect([item(now, 'GSBZ').status, item(now, 'GDBZ').status].sort()).toEqual(['pending', 'preparing']);
    version = now.version;
  });

  it('refuses to submit an item whose key materials are missing', async () => {
    const res = await step('agent', 'XMBA', { to: 'submitted', occurredAt: '2026-09-28T10:00:00+08:00' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'MATERIALS_MISSING', missing: ['project_info_form'], key: true });
    // A missing optional material does not stop a submission (telecom: the load estimate may follow).
    expect((await step('agent', 'TXBZ', { to: 'submitted', occurredAt: '2026-09-28T10:00:00+08:00' })).status).toBe(200);
  });

  it('accepts 2026-09-29 with a 5-day limit → due 2026-10-12, then suspension moves it to 2026-10-14', async () => {
    // A case of one item (YDGH, 5 working days, every material held by the government or optional).
    const opened = await ctx.agent.post('/api/cases').send(hallCase('2026-09-27T09:00:00+08:00', { items: ['YDGH'] })).expect(201);
    code = opened.body.code;
    version = opened.body.version;
    expect((await step('agent', 'YDGH', { to: 'submitted', occurredAt: '2026-09-28T10:00:00+08:00' })).status).toBe(200);
    const full = await step('agent', 'YDGH', { to: 'accepted', occurredAt: '2026-09-29T10:00:00+08:00' });
    expect(full.body.code).toBe('MATERIALS_MISSING'); // the commitment letter is not on file: only 容缺 fits
    const deficient = await step('agent', 'YDGH', { to: 'accepted_with_deficiency', occurredAt: '2026-09-29T10:00:00+08:00', supplementDueOn: '2026-10-20' });
    expect(deficient.status, JSON.stringify(deficient.body)).toBe(200);
    const accepted = item(deficient.body, 'YDGH');
    expect(accepted).toMatchObject({ status: 'accepted_with_deficiency', acceptedOn: '2026-09-29', deadline: { dueOn: '2026-10-12', overdue: true } });
    expect(deficient.body.items[0].deficiency).toMatchObject({ supplementDueOn: '2026-10-20', materials: ['commitment_letter'], supplementOverdue: true });

    const suspended = await step('agent', 'YDGH', { reason: '等待申请人补正', occurredAt: '2026-10-08T09:00:00+08:00' }, 'suspend');
    expect(suspended.status, JSON.stringify(suspended.body)).toBe(200);
    expect(item(suspended.body, 'YDGH')).toMatchObject({ suspension: { since: '2026-10-08' }, deadline: { overdue: false } });
    const again = await step('agent', 'YDGH', { reason: '重复' }, 'suspend');
    expect(again.body.code).toBe('ALREADY_SUSPENDED');
    const blocked = await step('agent', 'YDGH', { to: 'rejected', reason: '未补正' });
    expect(blocked.body.code).toBe('ITEM_SUSPENDED');
    const resumed = await step('agent', 'YDGH', { occurredAt: '2026-10-09T16:00:00+08:00' }, 'resume');
    expect(resumed.status, JSON.stringify(resumed.body)).toBe(200);
    expect(item(resumed.body, 'YDGH')).toMatchObject({ suspension: null, deadline: { dueOn: '2026-10-14', suspendedWorkdays: 2 } });
    expect(resumed.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['case_created', 'transition', 'transition', 'suspended', 'resumed']);
  });

  it('records a step no earlier than the item’s previous one', async () => {
    const early = await step('agent', 'YDGH', { to: 'rejected', reason: '逾期未补正', occurredAt: '2026-10-01T09:00:00+08:00' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('OCCURRED_BEFORE_PREVIOUS_STEP');
  });

  it('needs a reason to reject or return, and shows it on every channel', async () => {
    const noReason = await step('agent', 'YDGH', { to: 'rejected' });
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({ code: 'REASON_REQUIRED', param: 'reason' });
    const rejected = await step('agent', 'YDGH', { to: 'rejected', reason: '承诺书逾期未补交', occurredAt: '2026-10-21T09:00:00+08:00' });
    expect(rejected.status).toBe(200);
    const publicView = (await request(ctx.app).get(`/api/cases/${code}`).expect(200)).body;
    expect(item(publicView, 'YDGH')).toMatchObject({ status: 'rejected', reason: '承诺书逾期未补交' });
    expect(publicView.status).toBe('finished');
  });

  it('queues an approval-item-status message and an audit row with each change, in the same transaction', async () => {
    const { rows } = await ctx.db.query<{ messageId: string; payload: Record<string, unknown> }>(
      `SELECT message_id AS "messageId", payload FROM outbox_messages WHERE topic = 'approval-item-status' AND payload ->> 'caseCode' = $1 ORDER BY id`,
      [code],
    );
    expect(rows.map((r) => r.payload.status)).toEqual(['submitted', 'accepted_with_deficiency', 'rejected']);
    expect(rows[2]?.payload).toEqual({
      caseCode: code, itemCode: 'YDGH', itemName: '建设用地规划许可证核发', status: 'rejected', statusAt: '2026-10-21T01:00:00.000Z',
      projectCode: '2026-140702-39-03-000123', uscc: USCC, channel: 'HALL_WINDOW', reason: '承诺书逾期未补交',
    });
    const audit = await ctx.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity_id LIKE $1 ORDER BY id`, [`${code}%`]);
    expect(audit.rows.map((r) => r.action)).toEqual([
      'case.opened', 'case.item.transition', 'case.item.transition', 'case.item.suspended', 'case.item.resumed', 'case.item.transition',
    ]);
  });

  it('takes the applicant’s evaluation of a finished item and case once, from the applicant only', async () => {
    const byAgent = await ctx.agent.post(`/api/cases/${code}/evaluations`).send({ score: 5 }).expect(403);
    expect(byAgent.body.code).toBe('ROLE_FORBIDDEN');
    const res = await ctx.enterprise.post(`/api/cases/${code}/evaluations`).send({ itemCode: 'YDGH', score: 2, comment: '补正期限太短' }).expect(201);
    expect(item(res.body, 'YDGH')).toMatchObject({ evaluation: { score: 2, comment: '补正期限太短', channel: 'ONLINE_PORTAL' } });
    expect((await ctx.enterprise.post(`/api/cases/${code}/evaluations`).send({ itemCode: 'YDGH', score: 5 }).expect(409)).body.code).toBe('ALREADY_EVALUATED');
    const whole = await ctx.enterprise.post(`/api/cases/${code}/evaluations`).send({ score: 3, comment: '' }).expect(201);
    expect(whole.body.evaluation).toMatchObject({ score: 3 });
    expect((await ctx.otherEnterprise.post(`/api/cases/${code}/evaluations`).send({ score: 1 }).expect(403)).body.code).toBe('NOT_CASE_APPLICANT');
    expect((await ctx.enterprise.post(`/api/cases/${code}/evaluations`).send({ score: 6 }).expect(400)).body.param).toBe('score');
  });

  it('refuses to evaluate an item that is not finished yet', async () => {
    const { body } = await ctx.enterprise.post('/api/cases').send({ parcelCode: '140702-2025-0001', projectName: '二期项目', contactName: '李晓东', contactPhone: '13803511234', items: ['XMBA', 'YDGH'] }).expect(201);
    expect((await ctx.enterprise.post(`/api/cases/${body.code}/evaluations`).send({ itemCode: 'XMBA', score: 5 }).expect(409)).body.code).toBe('ITEM_NOT_FINISHED');
    expect((await ctx.enterprise.post(`/api/cases/${body.code}/evaluations`).send({ score: 5 }).expect(409)).body).toMatchObject({ code: 'CASE_NOT_FINISHED', openItems: ['XMBA', 'YDGH'] });
  });

  it('flags an overdue item on the agent desk', async () => {
    const opened = await ctx.agent.post('/api/cases').send(hallCase('2026-11-02T09:00:00+08:00', { items: ['YDGH', 'BDCDJ'] })).expect(201);
    code = opened.body.code;
    version = opened.body.version;
    await step('agent', 'YDGH', { to: 'submitted', occurredAt: '2026-11-02T10:00:00+08:00' });
    await step('agent', 'YDGH', { to: 'accepted_with_deficiency', supplementDueOn: '2026-11-10', occurredAt: '2026-11-02T11:00:00+08:00' });
    // 容缺: the promised material must arrive before the item can be completed.
    const early = await step('agent', 'YDGH', { to: 'completed', occurredAt: '2026-11-06T15:00:00+08:00' });
    expect(early.body).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', allowedTargets: ['accepted', 'rejected'] });

    const overdueList = await ctx.agent.get('/api/cases?overdue=true&mine=true').expect(200);
    expect(overdueList.body.items.map((c: { code: string }) => c.code)).toContain(code);
    const entry = overdueList.body.items.find((c: { code: string }) => c.code === code);
    expect(entry).toMatchObject({ nextDueOn: '2026-11-09', items: { total: 2, running: 1, overdue: 1 } });
  });
});
