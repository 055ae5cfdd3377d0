// Findings (评估发现): third-party evaluators and staff record the problems a quarter's evaluation of a
// region shows (guide §7 "反映各地……存在的主要问题和不足"); improvement actions start from them.
import { z } from 'zod';
import type { AuditActor } from '../audit/audit-context';
import { appendAudit } from '../audit/audit-log';
import type { Db, Queryable } from '../db/db';
import { sql } from '../db/sql';
import { HttpError } from '../http/http-error';
import type { SessionUser } from '../users/user';
import { FINDING_SEVERITY_CODES, type FindingSeverity } from './finding';
import { METRIC_KEYS } from './metric-catalog';
import { QUARTER_PATTERN } from './quarter';
import { SCOPE_PATTERN } from './scope';

export interface Finding {
  id: number;
  quarter: string;
  scope: string;
  metricKey: string | null;
  severity: FindingSeverity;
  title: string;
  description: string;
  createdBy: string;
  createdRole: string | null;
  createdAt: string;
  actionCount: number;
}

export const findingBodySchema = z.strictObject({
  quarter: z.string().regex(QUARTER_PATTERN, 'must be a quarter such as 2026Q3'),
  scope: z.string().regex(SCOPE_PATTERN, 'must be 14, a city prefix, a county code or a zone code'),
  metricKey: z
    .enum(METRIC_KEYS as [string, ...string[]])
    .nullish()
    .transform((v) => v ?? null),
  severity: z.enum(FINDING_SEVERITY_CODES as unknown as [FindingSeverity, ...FindingSeverity[]]),
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(5000),
});
export type FindingBody = z.output<typeof findingBodySchema>;

export const findingNotFound = (id: number) => new HttpError(404, 'FINDING_NOT_FOUND', `No finding has the id ${id}.`);

export async function listFindings(db: Queryable, quarter: string | null, scope: string | null, limit = 200): Promise<Finding[]> {
  return (await db.query<Finding>(sql('evaluation/findings-list'), [quarter, scope, limit])).rows;
}

export async function getFinding(db: Queryable, id: number): Promise<Finding | undefined> {
  return (await db.query<Finding>(sql('evaluation/finding-get'), [id])).rows[0];
}

export async function addFinding(db: Db, body: FindingBody, user: SessionUser, actor: AuditActor): Promise<Finding> {
  const id = await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: number }>(sql('evaluation/finding-insert'), [
      body.quarter,
      body.scope,
      body.metricKey,
      body.severity,
      body.title,
      body.description,
      user.username,
      user.role,
    ]);
    const newId = (rows[0] as { id: number }).id;
    await appendAudit(tx, { ...actor, action: 'evaluation.finding_added', entityType: 'evaluation_finding', entityId: String(newId), after: body });
    return newId;
  });
  return (await getFinding(db, id)) as Finding;
}
