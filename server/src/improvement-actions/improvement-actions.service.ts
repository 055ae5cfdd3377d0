// Improvement actions: created from a finding with a target (metric and value in a quarter),
// measures, owner and deadline; the owner reports progress; the target quarter's evaluation says
// whether the target was met (guide §7 continuous improvement).
import type { AuditActor } from '../audit/audit-context';
import { appendAudit } from '../audit/audit-log';
import { todayInBeijing } from '../calendar/iso-date';
import type { Db, Queryable } from '../db/db';
import { sql } from '../db/sql';
import { type EvaluationSettings, evaluateScope, scopeParam } from '../evaluation/evaluation.service';
import { getFinding } from '../evaluation/findings';
import { metricSpec } from '../evaluation/metric-catalog';
import { asOfDay, parseQuarter, shiftQuarter } from '../evaluation/quarter';
import { parseScope } from '../evaluation/scope';
import { HttpError } from '../http/http-error';
import { ACTION_MOVES, actionStatusOn, type ActionStatus, type StoredActionStatus } from './action-status';
import { type ActionResult, type CreateActionBody, type ImprovementAction, targetMet, targetProblem, type UpdateActionBody } from './improvement-action';

type StoredAction = Omit<ImprovementAction, 'status' | 'result'>;

export const actionNotFound = (id: number) => new HttpError(404, 'ACTION_NOT_FOUND', `No improvement action has the id ${id}.`);

export interface ActionFilter {
  targetQuarter: string | null;
  scope: string | null;
  findingId: number | null;
  statuses: ActionStatus[] | null;
}

/** Evaluates each (quarter, scope) once per call, however many actions target it. */
function resultLookup(db: Db, settings: EvaluationSettings) {
  const memo = new Map<string, Promise<ActionResult | null>>();
  return (a: StoredAction): Promise<ActionResult | null> => {
    const key = `${a.targetQuarter}|${a.scope}|${a.metricKey}`;
    let found = memo.get(key);
    if (!found) {
      found = (async () => {
        const quarter = parseQuarter(a.targetQuarter);
        const scope = parseScope(a.scope);
        const spec = metricSpec(a.metricKey);
        if (!quarter || !scope || !spec) return null;
        if (asOfDay(quarter, todayInBeijing(settings.now())) === null) return null;
        const { evaluation } = await evaluateScope(db, quarter, scope, settings);
        const value = evaluation.metrics.find((m) => m.key === a.metricKey)?.value ?? null;
        return { quarter: quarter.code, value, met: targetMet(value, a.targetValue, spec.better), final: settings.now().getTime() >= quarter.end.getTime() };
      })();
      memo.set(key, found);
    }
    return found;
  };
}

async function withStatus(db: Db, rows: StoredAction[], settings: EvaluationSettings): Promise<ImprovementAction[]> {
  const today = todayInBeijing(settings.now());
  const lookup = resultLookup(db, settings);
  const out: ImprovementAction[] = [];
  for (const row of rows) {
    out.push({ ...row, status: actionStatusOn(row.storedStatus, row.deadline, today), result: await lookup(row) });
  }
  return out;
}

export async function listActions(db: Db, filter: ActionFilter, settings: EvaluationSettings): Promise<ImprovementAction[]> {
  const { rows } = await db.query<StoredAction>(sql('improvement-actions/list'), [filter.targetQuarter, filter.scope, filter.findingId, 500]);
  const today = todayInBeijing(settings.now());
  const wanted = filter.statuses === null ? rows : rows.filter((r) => filter.statuses?.includes(actionStatusOn(r.storedStatus, r.deadline, today)));
  return withStatus(db, wanted, settings);
}

async function storedAction(db: Queryable, id: number): Promise<StoredAction | undefined> {
  return (await db.query<StoredAction>(sql('improvement-actions/get'), [id])).rows[0];
}

export async function getAction(db: Db, id: number, settings: EvaluationSettings): Promise<ImprovementAction> {
  const row = await storedAction(db, id);
  if (!row) throw actionNotFound(id);
  return (await withStatus(db, [row], settings))[0] as ImprovementAction;
}

export async function createAction(db: Db, body: CreateActionBody, settings: EvaluationSettings, actor: AuditActor): Promise<ImprovementAction> {
  const finding = await getFinding(db, body.findingId);
  if (!finding) throw new HttpError(422, 'FINDING_NOT_FOUND', `No finding has the id ${body.findingId}.`, { param: 'findingId' });
  const metricKey = body.metricKey ?? finding.metricKey;
  if (metricKey === null) {
    throw new HttpError(400, 'METRIC_REQUIRED', 'The finding names no metric: say which metric the target is for.', { param: 'metricKey' });
  }
  const spec = metricSpec(metricKey);
  if (!spec) throw new HttpError(400, 'INVALID_PARAMETER', `Unknown metric ${metricKey}.`, { param: 'metricKey' });
  const problem = targetProblem(spec.unit, body.targetValue);
  if (problem) throw new HttpError(400, 'TARGET_OUT_OF_RANGE', problem, { param: 'targetValue' });
  const { scope } = await scopeParam(db, body.scope ?? finding.scope);
  const findingQuarter = parseQuarter(finding.quarter);
  const targetQuarter = body.targetQuarter ?? (findingQuarter ? shiftQuarter(findingQuarter, 1).code : finding.quarter);
  if (targetQuarter < finding.quarter) {
    throw new HttpError(400, 'TARGET_QUARTER_BEFORE_FINDING', `The target quarter ${targetQuarter} is before the finding's ${finding.quarter}.`, { param: 'targetQuarter' });
  }
  const id = await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: number }>(sql('improvement-actions/insert'), [
      body.findingId,
      metricKey,
      scope.code,
      body.targetValue,
      targetQuarter,
      body.measures,
      body.owner,
      body.deadline,
      actor.actor,
    ]);
    const newId = (rows[0] as { id: number }).id;
    await appendAudit(tx, {
      ...actor,
      action: 'improvement_action.created',
      entityType: 'improvement_action',
      entityId: String(newId),
      after: { ...body, metricKey, scope: scope.code, targetQuarter },
    });
    return newId;
  });
  return getAction(db, id, settings);
}

export async function updateAction(db: Db, id: number, expectedVersion: number, body: UpdateActionBody, settings: EvaluationSettings, actor: AuditActor): Promise<ImprovementAction> {
  await db.transaction(async (tx) => {
    const locked = (await tx.query<{ id: number; status: StoredActionStatus; version: number }>(sql('improvement-actions/lock'), [id])).rows[0];
    if (!locked) throw actionNotFound(id);
    if (locked.version !== expectedVersion) {
      throw new HttpError(412, 'VERSION_MISMATCH', `Action ${id} was changed by someone else (now version ${locked.version}); reload and try again.`, {
        currentVersion: locked.version,
      });
    }
    const before = (await storedAction(tx, id)) as StoredAction;
    if (before.storedStatus === 'done') throw new HttpError(409, 'ACTION_DONE', `Action ${id} is done; it can no longer change.`);
    const status = body.status ?? before.storedStatus;
    if (status !== before.storedStatus && !ACTION_MOVES[before.storedStatus].includes(status)) {
      throw new HttpError(409, 'INVALID_TRANSITION', `Cannot move action ${id} from ${before.storedStatus} to ${status}.`, { status: before.storedStatus });
    }
    await tx.query(sql('improvement-actions/update'), [id, status, body.measures ?? before.measures, body.owner ?? before.owner, body.deadline ?? before.deadline]);
    await appendAudit(tx, {
      ...actor,
      action: 'improvement_action.updated',
      entityType: 'improvement_action',
      entityId: String(id),
      before: { status: before.storedStatus, measures: before.measures, owner: before.owner, deadline: before.deadline },
      after: { status, ...body },
    });
  });
  return getAction(db, id, settings);
}

