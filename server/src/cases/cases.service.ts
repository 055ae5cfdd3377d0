// Agency cases (全代办): opening a case from a bundle, moving its items through their statuses with
// working-day deadlines, suspending the clock, assigning agents and recording the applicant's
// evaluation. Every change runs in one transaction that also writes the timeline event, the outbox
// message for the engineering approval platform and the audit row, so nothing is half-written.
import type { AuditActor } from '../audit/audit-context';
import { appendAudit } from '../audit/audit-log';
import { todayInBeijing, toDayNumber, type IsoDate } from '../calendar/iso-date';
import type { Db, Queryable } from '../db/db';
import { sql } from '../db/sql';
import { validateProjectCode } from '../domain/project-code';
import { validUscc } from '../enterprises/enterprises.service';
import { HttpError } from '../http/http-error';
import { lookupInvestmentProject, type InvestmentPlatformSettings } from '../interconnect/investment-platform';
import type { ApprovalItemStatusPayload } from '../interconnect/approval-platform';
import { enqueueOutbox } from '../outbox/outbox';
import type { SessionUser } from '../users/user';
import { findBundle, listApprovalItems } from '../approval-items/approval-items.repository';
import { PROJECT_FILING_ITEM, STANDARD_LAND_BUNDLE } from '../approval-items/approval-item';
import { holdingOf, missingMaterials, PARCEL_DOCUMENT_STATUSES, type HoldingContext } from '../materials/material-holdings';
import { caseCode, MAX_CASE_SERIAL } from './case-code';
import type { FilingStatus } from './case-events';
import type { CasePatch, EvaluationInput, NewCaseInput, ResumeInput, SuspendInput, TransitionInput } from './case-request.schema';
import {
  bumpCaseVersion,
  createContext,
  endSuspension,
  findCaseByIdempotencyKey,
  getCaseItem,
  getItemState,
  insertCase,
  insertEvent,
  latestUploads,
  listSuspensions,
  lockCase,
  nextSerial,
  requiredMaterials,
  snapshotItemMaterials,
  startSuspension,
  updateItem,
  type CaseItemRef,
  type ItemState,
  type LockedCase,
} from './cases.repository';
import { ROLE_CHANNELS, type Channel } from './channels';
import { dueDateOf, workdaysWithin } from './deadlines';
import { actorOf, checkTransition, FINAL_STATUSES, ITEM_TRANSITIONS, REASON_REQUIRED, RUNNING_STATUSES, type Actor } from './item-status';

export interface CasesDeps {
  db: Db;
  now: () => Date;
  /** The investment project platform; absent = not configured (filing status stays not_checked). */
  investment?: InvestmentPlatformSettings;
}

/** Clock skew tolerated between a hall terminal and the server when a step's time is given. */
const FUTURE_SKEW_MS = 5 * 60_000;

export const caseNotFound = (code: string) => new HttpError(404, 'CASE_NOT_FOUND', `No case ${code}.`);

function requireActor(user: SessionUser): Actor {
  const actor = actorOf(user.role);
  if (!actor) throw new HttpError(403, 'ROLE_FORBIDDEN', `The role ${user.role} does not work on cases.`, { role: user.role });
  return actor;
}

/** The channel a step came through: the role's default, or one the role may use (400 otherwise). */
export function channelFor(user: SessionUser, requested: Channel | undefined): Channel {
  const allowed = ROLE_CHANNELS[user.role] ?? [];
  const channel = requested ?? allowed[0];
  if (channel === undefined || !allowed.includes(channel)) {
    throw new HttpError(400, 'CHANNEL_NOT_ALLOWED', `The role ${user.role} does not act through ${requested}; use one of: ${allowed.join(', ')}.`, {
      param: 'channel',
      allowedChannels: allowed,
    });
  }
  return channel;
}

/**
 * When a step happened. Hall staff may record a step after the fact (a paper form taken at the window,
 * a kiosk that was offline); it may not lie in the future, nor before the item's previous step.
 */
function occurredAtOf(user: SessionUser, requested: string | undefined, now: Date, notBefore: Date | null): Date {
  if (requested !== undefined && actorOf(user.role) !== 'staff') {
    throw new HttpError(400, 'OCCURRED_AT_NOT_ALLOWED', 'Only hall staff record steps that happened earlier; leave occurredAt out.', { param: 'occurredAt' });
  }
  const at = requested === undefined ? now : new Date(requested);
  if (at.getTime() > now.getTime() + FUTURE_SKEW_MS) {
    throw new HttpError(400, 'OCCURRED_AT_IN_FUTURE', `occurredAt ${requested} is in the future.`, { param: 'occurredAt' });
  }
  if (notBefore !== null && at.getTime() < new Date(notBefore).getTime()) {
    throw new HttpError(409, 'OCCURRED_BEFORE_PREVIOUS_STEP', `The step cannot be earlier than the item's previous step (${new Date(notBefore).toISOString()}).`, {
      param: 'occurredAt',
      previousStepAt: new Date(notBefore).toISOString(),
    });
  }
  return at;
}

function assertVersion(expected: number, locked: LockedCase): void {
  if (expected !== Number(locked.version)) {
    throw new HttpError(412, 'VERSION_MISMATCH', `Case ${locked.code} was changed by someone else (now version ${locked.version}); reload and try again.`, {
      currentVersion: Number(locked.version),
    });
  }
}

/** An enterprise works only on its own cases; hall staff on every case. */
function assertMayAct(user: SessionUser, locked: LockedCase): void {
  if (user.role === 'enterprise' && user.uscc !== locked.uscc) {
    throw new HttpError(403, 'NOT_CASE_APPLICANT', `Case ${locked.code} belongs to another enterprise.`);
  }
}

async function lockedCase(tx: Queryable, code: string, user: SessionUser, expectedVersion: number | null): Promise<LockedCase> {
  const locked = await lockCase(tx, code);
  if (!locked) throw caseNotFound(code);
  assertMayAct(user, locked);
  if (expectedVersion !== null) assertVersion(expectedVersion, locked);
  return locked;
}

async function caseItem(tx: Queryable, code: string, itemCode: string): Promise<CaseItemRef> {
  const item = await getCaseItem(tx, code, itemCode);
  if (!item) throw new HttpError(404, 'ITEM_NOT_IN_CASE', `Case ${code} has no item ${itemCode}.`);
  return item;
}

async function holdingContext(tx: Queryable, locked: LockedCase): Promise<HoldingContext> {
  return {
    enterpriseRegistered: true,
    parcelStatus: locked.parcelStatus,
    commitmentStatus: locked.commitmentStatus,
    uploads: await latestUploads(tx, locked.uscc),
  };
}

// ——— opening a case ———

async function itemCodesOf(db: Queryable, input: NewCaseInput): Promise<{ bundle: string | null; items: string[] }> {
  if (input.items !== undefined && input.bundle !== undefined) {
    throw new HttpError(400, 'BUNDLE_OR_ITEMS', 'Give either a bundle or a list of items, not both.', { param: 'items' });
  }
  if (input.items === undefined) {
    const code = input.bundle ?? STANDARD_LAND_BUNDLE;
    const bundle = await findBundle(db, code);
    if (!bundle) throw new HttpError(400, 'UNKNOWN_BUNDLE', `No bundle template "${code}".`, { param: 'bundle' });
    return { bundle: bundle.code, items: bundle.items };
  }
  const items = input.items;
  if (new Set(items).size !== items.length) throw new HttpError(400, 'DUPLICATE_ITEMS', 'An item appears twice in the list.', { param: 'items' });
  const known = new Set((await listApprovalItems(db)).map((i) => i.code));
  const unknown = items.filter((c) => !known.has(c));
  if (unknown.length > 0) throw new HttpError(400, 'UNKNOWN_APPROVAL_ITEM', `Unknown approval items: ${unknown.join(', ')}.`, { param: 'items', unknown });
  return { bundle: null, items };
}

function filingOf(result: Awaited<ReturnType<typeof lookupInvestmentProject>>): { status: FilingStatus; detail: Record<string, unknown> } {
  if (result.ok) return { status: result.project.filingStatus, detail: { name: result.project.name, uscc: result.project.uscc, filedAt: result.project.filedAt } };
  const status: FilingStatus = result.reason === 'not-found' ? 'not_found' : result.reason === 'unavailable' ? 'unavailable' : 'not_checked';
  return { status, detail: { reason: result.reason, detail: result.detail } };
}

export interface OpenedCase {
  code: string;
  created: boolean;
}

export async function openCase(deps: CasesDeps, input: NewCaseInput, user: SessionUser, audit: AuditActor, idempotencyKey: string | null): Promise<OpenedCase> {
  const { db } = deps;
  const actor = requireActor(user);
  const usccInput = input.uscc ?? (user.role === 'enterprise' ? (user.uscc ?? undefined) : undefined);
  if (usccInput === undefined) throw new HttpError(400, 'MISSING_PARAMETER', '"uscc" (统一社会信用代码) is required.', { param: 'uscc' });
  const uscc = { code: validUscc(usccInput) };
  if (user.role === 'enterprise' && uscc.code !== user.uscc) {
    throw new HttpError(403, 'NOT_OWN_ENTERPRISE', 'An enterprise account opens cases for its own enterprise only.');
  }
  if (input.projectCode !== undefined) {
    const checked = validateProjectCode(input.projectCode);
    if (!checked.valid) throw new HttpError(400, 'INVALID_PROJECT_CODE', `"${input.projectCode}" is not an investment project code (${checked.reason}).`, { param: 'projectCode', reason: checked.reason });
  }
  const channel = channelFor(user, input.channel);
  if (actor === 'applicant' && (input.confirmation !== undefined || input.assignedAgent !== undefined)) {
    throw new HttpError(400, 'NOT_APPLICABLE', 'An enterprise confirms with its own account; confirmation and assignedAgent are for hall staff.', {
      param: input.confirmation !== undefined ? 'confirmation' : 'assignedAgent',
    });
  }
  if (actor === 'staff' && input.confirmation === undefined) {
    throw new HttpError(400, 'CONFIRMATION_REQUIRED', "Staff record a case for the applicant only with the applicant's confirmation (who and how).", { param: 'confirmation' });
  }
  const confirmation = input.confirmation ?? { confirmedBy: user.displayName, method: 'online_account' as const };
  const assignedAgent = input.assignedAgent ?? (user.role === 'agent' ? user.username : null);
  if (assignedAgent !== null && assignedAgent !== user.username) {
    const { rows } = await db.query(sql('cases/find-agent'), [assignedAgent]);
    if (rows.length === 0) throw new HttpError(422, 'UNKNOWN_AGENT', `No agent account "${assignedAgent}".`, { param: 'assignedAgent' });
  }
  const { bundle, items } = await itemCodesOf(db, input);

  if (idempotencyKey !== null) {
    const replay = await replayed(db, idempotencyKey, user);
    if (replay) return replay;
  }

  const now = deps.now();
  const openedAt = occurredAtOf(user, input.occurredAt, now, null);
  // The platform is asked before the transaction (a slow peer must not hold locks); its answer is stored with the case.
  const preview = await createContext(db, uscc.code, input.parcelCode, input.commitmentId ?? null);
  const projectCodeToCheck = input.projectCode ?? preview.commitmentProjectCode ?? null;
  const filing = projectCodeToCheck !== null && deps.investment ? filingOf(await lookupInvestmentProject(projectCodeToCheck, deps.investment)) : null;

  try {
    const code = await db.transaction(async (tx) => {
      const ctx = await createContext(tx, uscc.code, input.parcelCode, input.commitmentId ?? null);
      if (ctx.enterpriseName === null) throw new HttpError(422, 'UNKNOWN_ENTERPRISE', `No enterprise ${uscc.code} is registered.`, { param: 'uscc' });
      if (ctx.parcelCode === null || ctx.parcelStatus === null || ctx.countyCode === null) {
        throw new HttpError(422, 'UNKNOWN_PARCEL', `No parcel ${input.parcelCode}.`, { param: 'parcelCode' });
      }
      if (!PARCEL_DOCUMENT_STATUSES.includes(ctx.parcelStatus)) {
        throw new HttpError(409, 'PARCEL_NOT_TRANSFERRED', `Parcel ${input.parcelCode} is ${ctx.parcelStatus}; agency cases start once a parcel is transferred (已出让).`, {
          param: 'parcelCode',
          parcelStatus: ctx.parcelStatus,
        });
      }
      if (input.commitmentId !== undefined) {
        if (ctx.commitmentId === null) throw new HttpError(422, 'UNKNOWN_COMMITMENT', `No commitment ${input.commitmentId}.`, { param: 'commitmentId' });
        if (ctx.commitmentUscc !== uscc.code || ctx.commitmentParcelCode !== input.parcelCode) {
          throw new HttpError(422, 'COMMITMENT_MISMATCH', `Commitment ${input.commitmentId} is for another enterprise or parcel.`, { param: 'commitmentId' });
        }
      }
      const projectName = input.projectName ?? ctx.commitmentProjectName;
      if (!projectName) throw new HttpError(400, 'MISSING_PARAMETER', '"projectName" is required when no commitment names the project.', { param: 'projectName' });
      const year = Number(todayInBeijing(openedAt).slice(0, 4));
      const serial = await nextSerial(tx, ctx.countyCode, year);
      if (serial > MAX_CASE_SERIAL) throw new HttpError(409, 'CASE_SERIALS_EXHAUSTED', `No case serials left for ${ctx.countyCode} in ${year}.`);
      const code = caseCode({ divisionCode: ctx.countyCode, year, serial });
      await insertCase(
        tx,
        {
          code,
          uscc: uscc.code,
          parcelCode: input.parcelCode,
          commitmentId: input.commitmentId ?? null,
          bundleCode: bundle,
          projectCode: projectCodeToCheck,
          projectName,
          originChannel: channel,
          assignedAgent,
          contactName: input.contactName,
          contactPhone: input.contactPhone,
          confirmedBy: confirmation.confirmedBy,
          confirmationMethod: confirmation.method,
          openedAt,
          createdBy: user.username,
          idempotencyKey,
          recordedAt: now,
        },
        items,
      );
      await insertEvent(tx, {
        caseCode: code,
        caseItemId: null,
        kind: 'case_created',
        channel,
        actor: user.username,
        actorRole: user.role,
        onBehalfOf: actor === 'staff' ? uscc.code : null,
        occurredAt: openedAt,
        recordedAt: now,
        data: { items, bundle, confirmation: { method: confirmation.method } },
      });
      if (filing) {
        await tx.query(sql('cases/set-filing'), [code, filing.status, now, JSON.stringify(filing.detail)]);
        await insertEvent(tx, {
          caseCode: code, caseItemId: null, kind: 'filing_checked', channel, actor: user.username, actorRole: user.role,
          occurredAt: openedAt, recordedAt: now, data: { projectCode: projectCodeToCheck, filingStatus: filing.status },
        });
      }
      await appendAudit(tx, {
        ...audit,
        at: now,
        action: 'case.opened',
        entityType: 'case',
        entityId: code,
        after: { code, uscc: uscc.code, parcelCode: input.parcelCode, commitmentId: input.commitmentId ?? null, items, channel, assignedAgent, confirmationMethod: confirmation.method },
      });
      return code;
    });
    return { code, created: true };
  } catch (err) {
    // Two requests with one Idempotency-Key raced: the loser answers with the winner's case.
    if (idempotencyKey !== null && (err as { code?: string }).code === '23505') {
      const replay = await replayed(db, idempotencyKey, user);
      if (replay) return replay;
    }
    throw err;
  }
}

async function replayed(db: Queryable, key: string, user: SessionUser): Promise<OpenedCase | null> {
  const existing = await findCaseByIdempotencyKey(db, key);
  if (!existing) return null;
  if (existing.createdBy !== user.username) {
    throw new HttpError(409, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for another request; send a new key.', { param: 'Idempotency-Key' });
  }
  return { code: existing.code, created: false };
}

// ——— item transitions ———

export async function transitionItem(
  deps: CasesDeps,
  code: string,
  itemCode: string,
  input: TransitionInput,
  expectedVersion: number,
  user: SessionUser,
  audit: AuditActor,
): Promise<number> {
  const actor = requireActor(user);
  const channel = channelFor(user, input.channel);
  const to = input.to;
  if (REASON_REQUIRED.includes(to) && !input.reason) {
    throw new HttpError(400, 'REASON_REQUIRED', `Moving an item to ${to} needs a reason the applicant will see.`, { param: 'reason' });
  }
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const locked = await lockedCase(tx, code, user, expectedVersion);
    const item = await caseItem(tx, code, itemCode);
    const check = checkTransition(item.status, to, actor);
    if (!check.allowed) {
      throw new HttpError(409, check.reason, `Item ${itemCode} is ${item.status}; it cannot move to ${to}${check.reason === 'TRANSITION_ACTOR_NOT_ALLOWED' ? ` by the ${actor}` : ''}.`, {
        from: item.status,
        to,
        allowedTargets: check.allowedTargets,
      });
    }
    if (item.suspendedSince !== null && (to === 'completed' || to === 'rejected')) {
      throw new HttpError(409, 'ITEM_SUSPENDED', `Item ${itemCode} is suspended since ${item.suspendedSince}; resume it first.`, { suspendedSince: item.suspendedSince });
    }
    const occurredAt = occurredAtOf(user, input.occurredAt, now, item.lastEventAt);
    const occurredOn = todayInBeijing(occurredAt);
    const before = await getItemState(tx, item.id);
    const required = await requiredMaterials(tx, item.itemCode);
    const holdings = await holdingContext(tx, locked);
    const missing = missingMaterials(required, holdings);
    const next: ItemState = { ...before, status: to, reason: REASON_REQUIRED.includes(to) ? (input.reason ?? null) : null };
    let snapshot = false;

    if (to === 'submitted') {
      if (missing.key.length > 0) throw materialsMissing(itemCode, missing.key);
      next.submittedAt = occurredAt;
      snapshot = true;
    } else if (to === 'accepted' || to === 'accepted_with_deficiency') {
      if (missing.key.length > 0) throw materialsMissing(itemCode, missing.key);
      if (item.status === 'submitted') {
        next.acceptedAt = occurredAt;
        next.acceptedOn = occurredOn;
        next.dueOn = dueDateOf(occurredOn, item.committedLimitDays, []);
      }
      if (to === 'accepted') {
        if (missing.other.length > 0) {
          throw new HttpError(409, 'MATERIALS_MISSING', `Item ${itemCode} still lacks: ${missing.other.join(', ')}; accept it with deficiency (容缺受理) or wait for them.`, {
            missing: missing.other,
          });
        }
        next.supplementDueOn = null;
        next.deficiencyMaterials = [];
      } else {
        Object.assign(next, deficiencyOf(item, input, required, missing.other, occurredOn));
      }
      snapshot = true;
    } else if (to === 'completed') {
      next.completedAt = occurredAt;
      next.completedOn = occurredOn;
      next.resultDocumentNo = input.resultDocumentNo ?? null;
    }

    await updateItem(tx, item.id, next);
    if (snapshot) {
      const used = required.flatMap((m) => {
        const h = holdingOf(m, holdings);
        return h.heldBy ? [{ type: m.type, source: h.heldBy, versionId: h.upload?.id ?? null }] : [];
      });
      await snapshotItemMaterials(tx, item.id, used, occurredAt);
    }
    // An agent submitting or preparing for the applicant acts on its behalf (代办).
    const applicantStep = ITEM_TRANSITIONS.some((t) => t.from === item.status && t.to === to && t.by.includes('applicant'));
    await insertEvent(tx, {
      caseCode: code,
      caseItemId: item.id,
      kind: 'transition',
      fromStatus: item.status,
      toStatus: to,
      channel,
      actor: user.username,
      actorRole: user.role,
      onBehalfOf: actor === 'staff' && applicantStep ? locked.uscc : null,
      occurredAt,
      recordedAt: now,
      reason: next.reason,
      data: transitionData(next, to),
    });
    // The filing item's result is the project code: a case opened before filing learns it here.
    let projectCode = locked.projectCode;
    if (to === 'completed' && item.itemCode === PROJECT_FILING_ITEM && projectCode === null && next.resultDocumentNo !== null && validateProjectCode(next.resultDocumentNo).valid) {
      projectCode = next.resultDocumentNo;
      await tx.query(sql('cases/set-project-code'), [code, projectCode]);
    }
    const version = await bumpCaseVersion(tx, code, now);
    // The engineering approval platform files statuses under the project code; without one there is
    // nothing to file them under yet (the case's timeline keeps every step regardless).
    if (projectCode !== null) {
      const payload: ApprovalItemStatusPayload = {
        caseCode: code,
        itemCode: item.itemCode,
        itemName: item.nameZh,
        status: to,
        statusAt: occurredAt.toISOString(),
        projectCode,
        uscc: locked.uscc,
        channel,
        ...(next.reason ? { reason: next.reason } : {}),
      };
      await enqueueOutbox(tx, { topic: 'approval-item-status', messageId: `${code}/${item.itemCode}/v${version}`, payload });
    }
    await appendAudit(tx, {
      ...audit,
      at: now,
      action: 'case.item.transition',
      entityType: 'case',
      entityId: `${code}/${item.itemCode}`,
      before,
      after: { ...next, channel },
    });
    return version;
  });
}

function materialsMissing(itemCode: string, types: string[]): HttpError {
  return new HttpError(409, 'MATERIALS_MISSING', `Item ${itemCode} lacks key materials that cannot be supplied later: ${types.join(', ')}.`, { missing: types, key: true });
}

function deficiencyOf(
  item: CaseItemRef,
  input: TransitionInput,
  required: readonly { type: string; key: boolean }[],
  missingOther: readonly string[],
  occurredOn: IsoDate,
): Pick<ItemState, 'supplementDueOn' | 'deficiencyMaterials'> {
  if (!item.deficiencyAllowed) throw new HttpError(409, 'DEFICIENCY_NOT_ALLOWED', `Item ${item.itemCode} does not allow 容缺受理.`);
  if (input.supplementDueOn === undefined) {
    throw new HttpError(400, 'SUPPLEMENT_DATE_REQUIRED', '容缺受理 needs the date the applicant promised to supply the missing materials by.', { param: 'supplementDueOn' });
  }
  if (toDayNumber(input.supplementDueOn) <= toDayNumber(occurredOn)) {
    throw new HttpError(400, 'SUPPLEMENT_DATE_INVALID', `The promised date must be after the acceptance (${occurredOn}).`, { param: 'supplementDueOn' });
  }
  const optional = new Set(required.filter((m) => !m.key).map((m) => m.type));
  const materials = input.deficiencyMaterials ?? [...missingOther];
  const invalid = materials.filter((m) => !optional.has(m));
  if (invalid.length > 0) {
    throw new HttpError(400, 'INVALID_DEFICIENCY_MATERIAL', `Only non-key materials this item requires may be promised: not ${invalid.join(', ')}.`, {
      param: 'deficiencyMaterials',
      invalid,
    });
  }
  if (materials.length === 0) throw new HttpError(409, 'NOTHING_MISSING', `Item ${item.itemCode} has every material; accept it in full.`);
  return { supplementDueOn: input.supplementDueOn, deficiencyMaterials: materials };
}

function transitionData(next: ItemState, to: string): Record<string, unknown> | null {
  if (to === 'accepted' || to === 'accepted_with_deficiency') {
    return {
      acceptedOn: next.acceptedOn,
      dueOn: next.dueOn,
      ...(to === 'accepted_with_deficiency' ? { supplementDueOn: next.supplementDueOn, deficiencyMaterials: next.deficiencyMaterials } : {}),
    };
  }
  if (to === 'completed') return { completedOn: next.completedOn, resultDocumentNo: next.resultDocumentNo };
  return null;
}

// ——— suspension (暂停计时) ———

export async function suspendItem(
  deps: CasesDeps,
  code: string,
  itemCode: string,
  input: SuspendInput,
  expectedVersion: number,
  user: SessionUser,
  audit: AuditActor,
): Promise<number> {
  const channel = channelFor(user, input.channel);
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    await lockedCase(tx, code, user, expectedVersion);
    const item = await caseItem(tx, code, itemCode);
    if (!RUNNING_STATUSES.includes(item.status)) {
      throw new HttpError(409, 'ITEM_NOT_RUNNING', `Item ${itemCode} is ${item.status}; only an accepted item's clock can be suspended.`, { status: item.status });
    }
    if (item.suspendedSince !== null) throw new HttpError(409, 'ALREADY_SUSPENDED', `Item ${itemCode} is suspended since ${item.suspendedSince}.`);
    const occurredAt = occurredAtOf(user, input.occurredAt, now, item.lastEventAt);
    const from = todayInBeijing(occurredAt);
    await startSuspension(tx, item.id, from, input.reason, user.username);
    await insertEvent(tx, {
      caseCode: code, caseItemId: item.id, kind: 'suspended', fromStatus: item.status, toStatus: item.status, channel,
      actor: user.username, actorRole: user.role, occurredAt, recordedAt: now, reason: input.reason, data: { from },
    });
    const version = await bumpCaseVersion(tx, code, now);
    await appendAudit(tx, { ...audit, at: now, action: 'case.item.suspended', entityType: 'case', entityId: `${code}/${itemCode}`, after: { from, reason: input.reason } });
    return version;
  });
}

export async function resumeItem(
  deps: CasesDeps,
  code: string,
  itemCode: string,
  input: ResumeInput,
  expectedVersion: number,
  user: SessionUser,
  audit: AuditActor,
): Promise<number> {
  const channel = channelFor(user, input.channel);
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    await lockedCase(tx, code, user, expectedVersion);
    const item = await caseItem(tx, code, itemCode);
    if (item.suspendedSince === null || item.acceptedOn === null) throw new HttpError(409, 'NOT_SUSPENDED', `Item ${itemCode} is not suspended.`);
    const occurredAt = occurredAtOf(user, input.occurredAt, now, item.lastEventAt);
    const to = todayInBeijing(occurredAt);
    const closed = (await listSuspensions(tx, code))
      .filter((s) => s.caseItemId === item.id && s.to !== null)
      .map((s) => ({ from: s.from, to: s.to as IsoDate }));
    const suspensions = [...closed, { from: item.suspendedSince, to }];
    const dueOn = dueDateOf(item.acceptedOn, item.committedLimitDays, suspensions);
    const suspendedWorkdays = suspensions.reduce((sum, s) => sum + workdaysWithin(s), 0);
    await endSuspension(tx, item.id, to, user.username, dueOn, suspendedWorkdays);
    await insertEvent(tx, {
      caseCode: code, caseItemId: item.id, kind: 'resumed', fromStatus: item.status, toStatus: item.status, channel,
      actor: user.username, actorRole: user.role, occurredAt, recordedAt: now, data: { from: item.suspendedSince, to, dueOn },
    });
    const version = await bumpCaseVersion(tx, code, now);
    await appendAudit(tx, {
      ...audit, at: now, action: 'case.item.resumed', entityType: 'case', entityId: `${code}/${itemCode}`,
      before: { suspendedSince: item.suspendedSince }, after: { resumedOn: to, dueOn, suspendedWorkdays },
    });
    return version;
  });
}

// ——— assignment and contact ———

export async function patchCase(deps: CasesDeps, code: string, patch: CasePatch, expectedVersion: number, user: SessionUser, audit: AuditActor): Promise<number> {
  const channel = channelFor(user, undefined);
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    await lockedCase(tx, code, user, expectedVersion);
    if (patch.assignedAgent) {
      const { rows } = await tx.query(sql('cases/find-agent'), [patch.assignedAgent]);
      if (rows.length === 0) throw new HttpError(422, 'UNKNOWN_AGENT', `No agent account "${patch.assignedAgent}".`, { param: 'assignedAgent' });
    }
    const before = (await tx.query<{ assignedAgent: string | null; contactName: string; contactPhone: string }>(sql('cases/get-assignment'), [code])).rows[0];
    const { rows } = await tx.query<{ assignedAgent: string | null; contactName: string; contactPhone: string }>(sql('cases/update-case'), [
      code,
      patch.assignedAgent ?? null,
      patch.contactName ?? null,
      patch.contactPhone ?? null,
      patch.assignedAgent === null,
    ]);
    const after = rows[0];
    if (before?.assignedAgent !== after?.assignedAgent) {
      await insertEvent(tx, {
        caseCode: code, caseItemId: null, kind: 'agent_assigned', channel, actor: user.username, actorRole: user.role,
        occurredAt: now, recordedAt: now, data: { from: before?.assignedAgent ?? null, to: after?.assignedAgent ?? null },
      });
    }
    const version = await bumpCaseVersion(tx, code, now);
    await appendAudit(tx, { ...audit, at: now, action: 'case.updated', entityType: 'case', entityId: code, before, after });
    return version;
  });
}

// ——— 好差评 ———

export async function evaluateCase(deps: CasesDeps, code: string, input: EvaluationInput, user: SessionUser, audit: AuditActor): Promise<number> {
  const channel = channelFor(user, input.channel);
  if (user.role !== 'enterprise') throw new HttpError(403, 'NOT_CASE_APPLICANT', 'Only the applicant evaluates its case (好差评).');
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    await lockedCase(tx, code, user, null);
    let itemId: number | null = null;
    if (input.itemCode !== undefined) {
      const item = await caseItem(tx, code, input.itemCode);
      if (!FINAL_STATUSES.includes(item.status)) {
        throw new HttpError(409, 'ITEM_NOT_FINISHED', `Item ${input.itemCode} is ${item.status}; it can be evaluated once finished.`, { status: item.status });
      }
      itemId = item.id;
    } else {
      const { rows } = await tx.query<{ itemCode: string; status: string }>(sql('cases/item-statuses'), [code]);
      const open = rows.filter((r) => !(FINAL_STATUSES as readonly string[]).includes(r.status)).map((r) => r.itemCode);
      if (open.length > 0) throw new HttpError(409, 'CASE_NOT_FINISHED', `Case ${code} still has open items: ${open.join(', ')}.`, { openItems: open });
    }
    const existing = await tx.query(sql('cases/find-evaluation'), [code, itemId]);
    if (existing.rows.length > 0) throw new HttpError(409, 'ALREADY_EVALUATED', 'This was already evaluated; an evaluation is given once.');
    await tx.query(sql('cases/insert-evaluation'), [code, itemId, input.score, input.comment, channel, user.username, now]);
    await insertEvent(tx, {
      caseCode: code, caseItemId: itemId, kind: 'evaluated', channel, actor: user.username, actorRole: user.role,
      occurredAt: now, recordedAt: now, data: { score: input.score },
    });
    const version = await bumpCaseVersion(tx, code, now);
    await appendAudit(tx, {
      ...audit, at: now, action: 'case.evaluated', entityType: 'case', entityId: input.itemCode ? `${code}/${input.itemCode}` : code,
      after: { score: input.score, comment: input.comment, channel },
    });
    return version;
  });
}
