// The commitment system's rules (issue #5): a letter is written from a transferred parcel, signed by
// the enterprise and countersigned by the authority with SM2 over the letter's SM3 digest, verified
// at 竣工验收 and 达产复核 with the check engine, and closed as fulfilled, breached or terminated.
import { appendAudit } from '../audit/audit-log';
import type { AuditActor } from '../audit/audit-context';
import { todayInBeijing } from '../calendar/iso-date';
import { runChecks } from '../checks';
import type { Db, Queryable } from '../db/db';
import { sql } from '../db/sql';
import type { ParcelIndicator } from '../domain/indicators';
import { LIFECYCLE_MOVES } from '../domain/lifecycle';
import { validateProjectCode } from '../domain/project-code';
import type { ParcelStatus } from '../domain/parcel-status';
import { registerEnterprise, requireEnterprise, validUscc } from '../enterprises/enterprises.service';
import { HttpError } from '../http/http-error';
import { loadCheckParcel } from '../parcel-checks/parcel-checks.repository';
import { parcelNotFound } from '../parcels/parcel-not-found';
import { signDocument, verifyDocument, type DocumentVerification } from '../signatures';
import type { SessionUser } from '../users/user';
import { type CommitmentAction, COMMITMENT_ACTION_FROM, type CommitmentStatus, LETTER_PARCEL_STATUSES } from './commitment-status';
import type { CreateCommitmentInput, VerifyCommitmentInput } from './commitment-request.schema';
import { commitIndicators } from './committed-indicators';
import {
  commitmentByIdempotencyKey, committedIndicators, insertCommitment, insertVerification, lockCommitment, lockParcelForLetter,
  type LockedCommitment, nextCommitmentId, setCommitmentStatus, verificationsOf,
} from './commitments.repository';
import { recordCredit } from './credit-records';
import { letterDocument } from './letter-document';
import { authorityNameOf } from './letter-text';
import { signerFor, trustedKeys } from './signing-keys';
import { judgeVerification, letterConsequence, stageIndicators } from './verification-outcome';

export const commitmentNotFound = (id: string) => new HttpError(404, 'COMMITMENT_NOT_FOUND', `No commitment letter ${id}.`);

function assertFrom(action: CommitmentAction, c: Pick<LockedCommitment, 'id' | 'status'>): void {
  const from = COMMITMENT_ACTION_FROM[action];
  if (!from.includes(c.status)) {
    throw new HttpError(409, 'INVALID_TRANSITION', `Cannot ${action} letter ${c.id} while it is ${c.status}; allowed from: ${from.join(', ')}.`, {
      status: c.status,
    });
  }
}

function assertVersion(expected: number | undefined, c: LockedCommitment): void {
  if (expected !== undefined && expected !== c.version) {
    throw new HttpError(412, 'VERSION_MISMATCH', `Letter ${c.id} changed since you loaded it (version ${c.version}, yours ${expected}); reload it.`, {
      currentVersion: c.version,
    });
  }
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  return e?.code === '23505' && (e.constraint === constraint || (e.message ?? '').includes(constraint));
}

function checkDeadlines(d: CreateCommitmentInput['deadlines']): void {
  if (!(d.startBy < d.completeBy && d.completeBy < d.outputBy)) {
    throw new HttpError(400, 'DEADLINES_OUT_OF_ORDER', '开工、竣工、达产日期应依次靠后 (start < completion < output).', { param: 'deadlines' });
  }
}

export interface CreateResult {
  id: string;
  created: boolean;
}

export async function createCommitment(
  db: Db,
  input: CreateCommitmentInput,
  idempotencyKey: string | null,
  actor: AuditActor,
  now: Date = new Date(),
): Promise<CreateResult> {
  checkDeadlines(input.deadlines);
  const uscc = validUscc(input.enterprise.uscc);
  const projectCode = validateProjectCode(input.project.code);
  if (!projectCode.valid) {
    throw new HttpError(400, 'PROJECT_CODE_INVALID', `“${input.project.code}” is not an investment project code such as 2026-140105-34-03-123456.`, {
      param: 'project.code',
      reason: projectCode.reason,
    });
  }
  if (idempotencyKey) {
    const earlier = await commitmentByIdempotencyKey(db, idempotencyKey);
    if (earlier) return { id: earlier.id, created: false };
  }
  // The parcel's stated indicators, read before the transaction that locks its row.
  const checkParcel = await loadCheckParcel(db, input.parcelCode, 'staff');
  if (!checkParcel) throw parcelNotFound(input.parcelCode);
  try {
    return await db.transaction(async (tx) => {
      const parcel = await lockParcelForLetter(tx, input.parcelCode);
      if (!parcel) throw parcelNotFound(input.parcelCode);
      if (parcel.workflowState !== 'published' || !LETTER_PARCEL_STATUSES.includes(parcel.status)) {
        throw new HttpError(409, 'PARCEL_NOT_TRANSFERRED', `A letter is written for transferred land (已出让); ${parcel.code} is ${parcel.status}.`, {
          parcelStatus: parcel.status,
        });
      }
      const committed = commitIndicators(checkParcel.indicators as ParcelIndicator[], input.indicators as never);
      if (!committed.ok) {
        throw new HttpError(422, 'COMMITMENT_WEAKER_THAN_PARCEL', committed.problems.map((p) => p.message).join('；'), { problems: committed.problems });
      }
      const enterprise = 'name' in input.enterprise ? await registerEnterprise(tx, { ...input.enterprise, uscc }, actor) : await requireEnterprise(tx, uscc);
      const id = await nextCommitmentId(tx, now);
      const doc = letterDocument({
        id,
        parcel: {
          code: parcel.code, name: parcel.name, zoneCode: parcel.zoneCode, zoneName: parcel.zoneName, divisionCode: parcel.divisionCode,
          location: parcel.location, areaM2: parcel.areaM2, landUseCode: parcel.landUseCode,
        },
        enterprise: { uscc, name: enterprise.name, legalRepresentative: enterprise.legalRepresentative },
        authority: { id: `zone:${parcel.zoneCode}`, name: authorityNameOf(parcel.zoneName) },
        project: { code: projectCode.code, name: input.project.name, industryCode: input.project.industryCode ?? parcel.industryCode },
        indicators: committed.indicators,
        deadlines: input.deadlines,
        createdAt: now,
      });
      await insertCommitment(tx, doc, committed.indicators, idempotencyKey, actor.actor, now);
      await appendAudit(tx, { ...actor, action: 'commitment.created', entityType: 'commitment', entityId: id, after: doc, at: now });
      return { id, created: true };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'commitments_one_active_per_parcel')) {
      throw new HttpError(409, 'COMMITMENT_EXISTS', `Parcel ${input.parcelCode} already has an active commitment letter.`, { parcelCode: input.parcelCode });
    }
    if (idempotencyKey && isUniqueViolation(error, 'commitments_idempotency_key_key')) {
      const earlier = await commitmentByIdempotencyKey(db, idempotencyKey);
      if (earlier) return { id: earlier.id, created: false };
    }
    throw error;
  }
}

/**
 * The enterprise signs first (draft → signed), the authority countersigns (signed → in force). Both
 * sign the same frozen document, so the digest is the same and the signatures accumulate.
 */
export async function signCommitment(
  db: Db,
  id: string,
  user: SessionUser,
  masterKey: Buffer,
  expectedVersion: number | undefined,
  actor: AuditActor,
  now: Date = new Date(),
): Promise<{ status: CommitmentStatus; version: number }> {
  return db.transaction(async (tx) => {
    const c = await lockCommitment(tx, id);
    if (!c) throw commitmentNotFound(id);
    assertVersion(expectedVersion, c);
    if (user.role === 'enterprise') {
      if (user.uscc !== c.uscc) throw new HttpError(403, 'NOT_YOUR_COMMITMENT', `Letter ${id} is not your enterprise's to sign.`);
      assertFrom('sign', c);
      const signer = await signerFor(tx, { role: 'enterprise', ownerId: c.uscc, ownerName: c.document.enterprise.name }, masterKey);
      const signature = signDocument(c.document, [signer], now);
      const updated = await setCommitmentStatus(tx, id, 'signed', now, { signature });
      await appendAudit(tx, { ...actor, action: 'commitment.signed', entityType: 'commitment', entityId: id, after: { digestSm3Hex: signature.digestSm3Hex, keyId: signer.keyId }, at: now });
      return { status: 'signed', version: updated.version };
    }
    assertFrom('countersign', c);
    const signer = await signerFor(tx, { role: 'authority', ownerId: c.authorityId, ownerName: c.authorityName }, masterKey);
    const previous = c.signature;
    if (!previous) throw new HttpError(409, 'NOT_SIGNED', `Letter ${id} has no enterprise signature yet.`);
    const countersigned = signDocument(c.document, [signer], now);
    if (countersigned.digestSm3Hex !== previous.digestSm3Hex) {
      throw new HttpError(409, 'DOCUMENT_ALTERED', `Letter ${id} no longer matches what the enterprise signed; it cannot be countersigned.`);
    }
    const signature = { ...previous, signatures: [...previous.signatures, ...countersigned.signatures] };
    const updated = await setCommitmentStatus(tx, id, 'in_force', now, { signature });
    await appendAudit(tx, { ...actor, action: 'commitment.countersigned', entityType: 'commitment', entityId: id, after: { digestSm3Hex: signature.digestSm3Hex, keyId: signer.keyId }, at: now });
    return { status: 'in_force', version: updated.version };
  });
}

export async function terminateCommitment(db: Db, id: string, reason: string, expectedVersion: number | undefined, actor: AuditActor, now: Date = new Date()) {
  return db.transaction(async (tx) => {
    const c = await lockCommitment(tx, id);
    if (!c) throw commitmentNotFound(id);
    assertVersion(expectedVersion, c);
    assertFrom('terminate', c);
    const updated = await setCommitmentStatus(tx, id, 'terminated', now, { terminatedReason: reason });
    await appendAudit(tx, { ...actor, action: 'commitment.terminated', entityType: 'commitment', entityId: id, before: { status: c.status }, after: { status: 'terminated', reason } });
    return { status: 'terminated' as const, version: updated.version };
  });
}

/** Moves the parcel along with the letter (竣工 → 已竣工, 达产复核 → 已达产复核) when its lifecycle allows. */
async function followParcel(tx: Queryable, parcelCode: string, to: ParcelStatus, actor: AuditActor): Promise<void> {
  const { rows } = await tx.query<{ status: ParcelStatus }>(sql('commitments/parcel-status'), [parcelCode]);
  const from = rows[0]?.status;
  const allowed = to === 'completed' ? ['transferred', ...(LIFECYCLE_MOVES.completed?.from ?? [])] : LIFECYCLE_MOVES[to]?.from ?? [];
  if (!from || !allowed.includes(from)) return;
  await tx.query(sql('parcel-edits/set-lifecycle'), [parcelCode, to, null]);
  await appendAudit(tx, { ...actor, action: 'parcel.lifecycle', entityType: 'parcel', entityId: parcelCode, before: { status: from }, after: { status: to, reason: 'commitment verification' } });
}

export interface VerificationOutcome {
  verificationId: number;
  passed: boolean;
  status: CommitmentStatus;
  rectifyBy: string | null;
  creditRecordIds: string[];
}

export async function verifyCommitment(
  db: Db,
  id: string,
  input: VerifyCommitmentInput,
  expectedVersion: number | undefined,
  actor: AuditActor,
  now: Date = new Date(),
): Promise<VerificationOutcome> {
  const today = todayInBeijing(now);
  if (input.rectifyBy !== undefined && input.rectifyBy <= today) {
    throw new HttpError(400, 'RECTIFY_BY_NOT_IN_FUTURE', '整改期限应晚于今天 (the rectification deadline must be after today).', { param: 'rectifyBy' });
  }
  if (input.stage === 'completion' && input.sitePlan === undefined) {
    throw new HttpError(400, 'SITE_PLAN_REQUIRED', '竣工验收需上传竣工总平面图 (an as-built site plan is required at completion).', { param: 'sitePlan' });
  }
  return db.transaction(async (tx) => {
    const c = await lockCommitment(tx, id);
    if (!c) throw commitmentNotFound(id);
    assertVersion(expectedVersion, c);
    assertFrom('verify', c);
    const indicators = await committedIndicators(tx, id);
    const verifications = await verificationsOf(tx, id);
    const earlier = verifications.filter((v) => v.stage === input.stage);
    if (earlier.some((v) => v.passed)) {
      throw new HttpError(409, 'STAGE_ALREADY_PASSED', `Letter ${id} already passed its ${input.stage} verification.`);
    }
    if (input.stage === 'output' && !verifications.some((v) => v.stage === 'completion' && v.passed)) {
      throw new HttpError(409, 'COMPLETION_NOT_PASSED', '达产复核须在竣工验收通过之后 (the output review follows a passed completion check).');
    }
    const parcel = await loadCheckParcel(tx, c.parcelCode, 'staff');
    if (!parcel) throw parcelNotFound(c.parcelCode);
    const committedParcel = { ...parcel, indicators: stageIndicators(indicators, input.stage) };
    const plan = input.sitePlan ?? { type: 'FeatureCollection', features: [] };
    const outcome = runChecks(committedParcel, plan, input.figures as never, { planSrid: input.planSrid });
    if (!outcome.ok) {
      const { code, message, ...detail } = outcome.error;
      throw new HttpError(400, code, message, { param: 'sitePlan', ...detail });
    }
    const judgement = judgeVerification(outcome.report, input.stage, indicators);
    if (judgement.kind === 'incomplete') {
      throw new HttpError(422, 'VERIFICATION_INCOMPLETE', `These indicators could not be measured: ${judgement.missing.join(', ')}. Provide the figures or plan features they need.`, {
        missing: judgement.missing,
      });
    }
    const failuresBefore = earlier.filter((v) => !v.passed).length;
    const consequence = letterConsequence(judgement, input.stage, failuresBefore, input.rectifyBy ?? null);
    if (consequence.kind === 'needs_rectify_by') {
      throw new HttpError(400, 'RECTIFY_BY_REQUIRED', '核验未通过，请填写整改期限 (a failed verification needs a rectification deadline).', {
        param: 'rectifyBy',
        results: judgement.results,
      });
    }
    const verificationId = await insertVerification(tx, {
      commitmentId: id, stage: input.stage, attempt: earlier.length + 1, passed: judgement.kind === 'passed', results: judgement.results,
      figures: input.figures, sitePlan: input.sitePlan, checkReport: outcome.report, note: input.note,
      rectifyBy: consequence.kind === 'rectify' ? consequence.rectifyBy : null, verifiedBy: actor.actor,
    });
    const credit = { uscc: c.uscc, enterpriseName: c.document.enterprise.name, commitmentId: id, parcelCode: c.parcelCode, verificationId };
    const creditRecordIds: string[] = [];
    let status: CommitmentStatus = c.status;
    if (consequence.kind === 'fulfilled') {
      status = 'fulfilled';
      creditRecordIds.push(await recordCredit(tx, { ...credit, kind: 'kept', reason: '竣工验收和达产复核均达到承诺指标，按期履约' }, actor));
    } else if (consequence.kind === 'breached') {
      status = 'breached';
      if (judgement.kind === 'failed') {
        for (const r of judgement.failed) {
          const committed = typeof r.required.value === 'number' ? r.required.value : null;
          creditRecordIds.push(await recordCredit(tx, {
            ...credit, kind: 'broken', indicatorKey: r.key, committedValue: committed, actualValue: typeof r.actual === 'number' ? r.actual : null,
            margin: r.margin, reason: `${r.labelZh}整改后仍未达到承诺指标`,
          }, actor));
        }
      }
    }
    const updated = status !== c.status ? await setCommitmentStatus(tx, id, status, now) : await touchVersion(tx, id);
    if (judgement.kind === 'passed') await followParcel(tx, c.parcelCode, input.stage === 'completion' ? 'completed' : 'output_reviewed', actor);
    await appendAudit(tx, {
      ...actor, action: 'commitment.verified', entityType: 'commitment', entityId: id, before: { status: c.status },
      after: { status, stage: input.stage, passed: judgement.kind === 'passed', verificationId, version: updated.version },
    });
    return { verificationId, passed: judgement.kind === 'passed', status, rectifyBy: consequence.kind === 'rectify' ? consequence.rectifyBy : null, creditRecordIds };
  });
}

async function touchVersion(tx: Queryable, id: string): Promise<{ version: number }> {
  const { rows } = await tx.query<{ version: number }>(sql('commitments/touch'), [id]);
  return rows[0]!;
}

export interface LetterVerification extends DocumentVerification {
  id: string;
  letterStatus: CommitmentStatus;
}

/** The public verify page's answer: recompute the digest of the stored letter and check both signatures. */
export async function verifyLetter(db: Queryable, c: { id: string; status: CommitmentStatus; document: unknown; signature: import('../signatures').SignedDocument | null }): Promise<LetterVerification | null> {
  if (!c.signature) return null;
  const keys = await trustedKeys(db, c.signature.signatures.map((s) => s.keyId));
  const result = verifyDocument(c.document, c.signature, { revoked: c.status === 'terminated', trustedKeys: keys });
  return { ...result, id: c.id, letterStatus: c.status };
}
