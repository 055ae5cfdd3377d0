// Policy disclosure and consultation (guide §6): who may see and change what, version checks and
// the audit row of every change.
import { isStaffRole } from '../http/audience';
import type { AuditActor } from '../audit/audit-context';
import { appendAudit } from '../audit/audit-log';
import { todayInBeijing } from '../calendar/iso-date';
import type { Db } from '../db/db';
import { findEnterprise, validUscc } from '../enterprises/enterprises.service';
import { HttpError } from '../http/http-error';
import type { SessionUser } from '../users/user';
import { CONSULTATION_MOVES, type ConsultationChannel } from './consultation';
import type { Consultation, PolicyBody, PolicyDetail } from './policy';
import {
  answerConsultation,
  closeConsultation,
  getConsultation,
  getPolicy,
  insertConsultation,
  insertPolicy,
  lockConsultation,
  lockPolicy,
  unknownLinks,
  updatePolicy,
  writePolicyLinks,
} from './policies.repository';

export const policyNotFound = (id: number) => new HttpError(404, 'POLICY_NOT_FOUND', `No policy has the id ${id}.`);
export const consultationNotFound = (id: number) => new HttpError(404, 'CONSULTATION_NOT_FOUND', `No consultation question has the id ${id}.`);

/** Staff read every consultation; an enterprise reads its own, anonymous visitors the public answers. */
export function seesAllConsultations(user: SessionUser | undefined): boolean {
  return isStaffRole(user?.role);
}

async function assertLinksExist(db: Db, p: PolicyBody): Promise<void> {
  const unknown = await unknownLinks(db, p.zoneCodes, p.parcelCodes);
  if (unknown.length > 0) {
    const first = unknown[0] as { kind: 'zone' | 'parcel'; code: string };
    throw new HttpError(422, first.kind === 'zone' ? 'ZONE_NOT_FOUND' : 'PARCEL_NOT_FOUND', `Unknown ${unknown.map((u) => `${u.kind} ${u.code}`).join(', ')}.`, {
      param: first.kind === 'zone' ? 'zoneCodes' : 'parcelCodes',
      unknown,
    });
  }
}

export async function createPolicy(db: Db, p: PolicyBody, actor: AuditActor): Promise<PolicyDetail> {
  await assertLinksExist(db, p);
  const id = await db.transaction(async (tx) => {
    const created = await insertPolicy(tx, p, actor.actor);
    await writePolicyLinks(tx, created.id, p);
    await appendAudit(tx, { ...actor, action: 'policy.created', entityType: 'policy', entityId: String(created.id), after: p });
    return created.id;
  });
  return (await getPolicy(db, id, todayInBeijing())) as PolicyDetail;
}

export async function replacePolicy(db: Db, id: number, expectedVersion: number, p: PolicyBody, actor: AuditActor): Promise<PolicyDetail> {
  await assertLinksExist(db, p);
  await db.transaction(async (tx) => {
    const locked = await lockPolicy(tx, id);
    if (!locked) throw policyNotFound(id);
    if (locked.version !== expectedVersion) {
      throw new HttpError(412, 'VERSION_MISMATCH', `Policy ${id} was changed by someone else (now version ${locked.version}); reload and try again.`, {
        currentVersion: locked.version,
      });
    }
    const before = await getPolicy(tx, id, todayInBeijing());
    await updatePolicy(tx, id, p, expectedVersion);
    await writePolicyLinks(tx, id, p);
    await appendAudit(tx, { ...actor, action: 'policy.updated', entityType: 'policy', entityId: String(id), before, after: p });
  });
  return (await getPolicy(db, id, todayInBeijing())) as PolicyDetail;
}

export interface AskInput {
  policyId: number | null;
  zoneCode: string | null;
  question: string;
  /** Required when staff record a question at the hall on an enterprise's behalf. */
  askerUscc?: string | undefined;
  askerName?: string | undefined;
  channel?: ConsultationChannel | undefined;
}

const ENTERPRISE_CHANNELS: readonly ConsultationChannel[] = ['ONLINE_PORTAL', 'SELF_SERVICE_KIOSK'];
const STAFF_ASK_CHANNELS: readonly ConsultationChannel[] = ['HALL_WINDOW', 'HOTLINE', 'SELF_SERVICE_KIOSK'];

/**
 * An enterprise asks online for itself; an agent records the question at the hall (or from the
 * hotline) for the enterprise named in the request. Either way it is one record both channels read.
 */
export async function askQuestion(db: Db, user: SessionUser, input: AskInput, actor: AuditActor): Promise<Consultation> {
  let askerUscc: string | null;
  let askerName: string;
  let channel: ConsultationChannel;
  if (user.role === 'enterprise') {
    askerUscc = user.uscc;
    askerName = (askerUscc ? (await findEnterprise(db, askerUscc))?.name : undefined) ?? user.displayName;
    channel = input.channel ?? 'ONLINE_PORTAL';
    if (!ENTERPRISE_CHANNELS.includes(channel)) {
      throw new HttpError(400, 'CHANNEL_NOT_ALLOWED', `An enterprise asks on ${ENTERPRISE_CHANNELS.join(' or ')}.`, { param: 'channel' });
    }
  } else {
    if (input.askerName === undefined || input.askerName.trim() === '') {
      throw new HttpError(400, 'ASKER_REQUIRED', 'Name the enterprise or person the question is recorded for.', { param: 'askerName' });
    }
    askerUscc = input.askerUscc ? validUscc(input.askerUscc) : null;
    askerName = input.askerName.trim();
    channel = input.channel ?? 'HALL_WINDOW';
    if (!STAFF_ASK_CHANNELS.includes(channel)) {
      throw new HttpError(400, 'CHANNEL_NOT_ALLOWED', `Staff record questions from ${STAFF_ASK_CHANNELS.join(', ')}.`, { param: 'channel' });
    }
  }
  if (input.policyId !== null && !(await getPolicy(db, input.policyId, todayInBeijing()))) {
    throw new HttpError(422, 'POLICY_NOT_FOUND', `No policy has the id ${input.policyId}.`, { param: 'policyId' });
  }
  if (input.zoneCode !== null && (await unknownLinks(db, [input.zoneCode], [])).length > 0) {
    throw new HttpError(422, 'ZONE_NOT_FOUND', `No zone has the code ${input.zoneCode}.`, { param: 'zoneCode' });
  }
  const id = await db.transaction(async (tx) => {
    const newId = await insertConsultation(tx, {
      policyId: input.policyId,
      zoneCode: input.zoneCode,
      question: input.question,
      askerUscc,
      askerName,
      askedBy: user.username,
      channel,
    });
    await appendAudit(tx, {
      ...actor,
      action: 'consultation.asked',
      entityType: 'consultation',
      entityId: String(newId),
      after: { policyId: input.policyId, zoneCode: input.zoneCode, question: input.question, askerUscc, channel },
    });
    return newId;
  });
  return (await getConsultation(db, id)) as Consultation;
}

/** Who may read a question: staff all, the asking enterprise its own, everyone the public answers. */
export function canRead(user: SessionUser | undefined, c: Consultation): boolean {
  if (seesAllConsultations(user)) return true;
  if (user?.role === 'enterprise' && user.uscc !== null && user.uscc === c.askerUscc) return true;
  return c.public && c.answer !== null;
}

export async function readConsultation(db: Db, id: number, user: SessionUser | undefined): Promise<Consultation> {
  const c = await getConsultation(db, id);
  // A question someone may not read does not exist for them (no probing of ids).
  if (!c || !canRead(user, c)) throw consultationNotFound(id);
  return c;
}

export async function answerQuestion(
  db: Db,
  id: number,
  user: SessionUser,
  answer: string,
  channel: ConsultationChannel | undefined,
  isPublic: boolean,
  actor: AuditActor,
): Promise<Consultation> {
  const answeredChannel = channel ?? (user.role === 'agent' ? 'HALL_WINDOW' : 'ONLINE_PORTAL');
  await db.transaction(async (tx) => {
    const c = await lockConsultation(tx, id);
    if (!c) throw consultationNotFound(id);
    if (!CONSULTATION_MOVES.answer.includes(c.status)) {
      throw new HttpError(409, 'INVALID_TRANSITION', `Question ${id} is ${c.status}; it can no longer be answered.`, { status: c.status });
    }
    await answerConsultation(tx, id, answer, user.username, answeredChannel, isPublic);
    await appendAudit(tx, {
      ...actor,
      action: 'consultation.answered',
      entityType: 'consultation',
      entityId: String(id),
      before: { status: c.status },
      after: { status: 'answered', answer, channel: answeredChannel, public: isPublic },
    });
  });
  return (await getConsultation(db, id)) as Consultation;
}

/** The asking enterprise closes its own question; staff who answer questions close any. */
export async function closeQuestion(db: Db, id: number, user: SessionUser, staffMayClose: boolean, actor: AuditActor): Promise<Consultation> {
  await db.transaction(async (tx) => {
    const c = await lockConsultation(tx, id);
    const own = user.role === 'enterprise' && c !== undefined && user.uscc !== null && c.askerUscc === user.uscc;
    if (!c || (!own && !staffMayClose)) {
      if (c && user.role !== 'enterprise') {
        throw new HttpError(403, 'ROLE_FORBIDDEN', `The role ${user.role} may not close consultation questions.`);
      }
      throw consultationNotFound(id);
    }
    if (!CONSULTATION_MOVES.close.includes(c.status)) {
      throw new HttpError(409, 'INVALID_TRANSITION', `Question ${id} is already ${c.status}.`, { status: c.status });
    }
    await closeConsultation(tx, id);
    await appendAudit(tx, { ...actor, action: 'consultation.closed', entityType: 'consultation', entityId: String(id), before: { status: c.status }, after: { status: 'closed' } });
  });
  return (await getConsultation(db, id)) as Consultation;
}
