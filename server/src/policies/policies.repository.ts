// Runs sql/queries/policies/*.sql and maps rows to the API's shapes.
import type { Queryable } from '../db/db';
import { sql } from '../db/sql';
import type { ConsultationChannel, ConsultationStatus } from './consultation';
import type { Consultation, PolicyBody, PolicyDetail, PolicySummary } from './policy';
import type { PolicyCategory, PolicyValidity } from './policy-categories';

export interface PolicyFilter {
  q?: string;
  categories?: PolicyCategory[];
  zone?: string;
  parcel?: string;
  validity?: PolicyValidity;
  exempt?: boolean;
}

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export async function searchPolicies(db: Queryable, f: PolicyFilter, today: string, limit: number, offset: number): Promise<Page<PolicySummary>> {
  const { rows } = await db.query<PolicySummary & { total: number }>(sql('policies/search'), [
    f.q ?? null,
    f.categories ?? null,
    f.zone ?? null,
    f.parcel ?? null,
    f.validity ?? null,
    f.exempt ?? null,
    today,
    limit,
    offset,
  ]);
  return { total: rows[0]?.total ?? 0, limit, offset, items: rows.map(({ total: _t, ...p }) => p) };
}

export async function getPolicy(db: Queryable, id: number, today: string): Promise<PolicyDetail | undefined> {
  return (await db.query<PolicyDetail>(sql('policies/get'), [id, today])).rows[0];
}

export async function lockPolicy(tx: Queryable, id: number): Promise<{ id: number; version: number } | undefined> {
  return (await tx.query<{ id: number; version: number }>(sql('policies/lock'), [id])).rows[0];
}

const fieldParams = (p: PolicyBody) => [
  p.title,
  p.category,
  p.issuer,
  p.documentNo,
  p.issuedOn,
  p.effectiveFrom,
  p.effectiveUntil,
  p.repealedOn,
  p.scopeDivision,
  p.summary,
  p.fullText,
  p.exemptApplication,
  p.contact,
];

export async function insertPolicy(tx: Queryable, p: PolicyBody, who: string): Promise<{ id: number; version: number }> {
  const { rows } = await tx.query<{ id: number; version: number }>(sql('policies/insert'), [...fieldParams(p), who]);
  return rows[0] as { id: number; version: number };
}

export async function updatePolicy(tx: Queryable, id: number, p: PolicyBody, version: number): Promise<number | undefined> {
  const { rows } = await tx.query<{ version: number }>(sql('policies/update'), [id, ...fieldParams(p), version]);
  return rows[0]?.version;
}

/** Writes the attachments and zone/parcel links of a policy, replacing any it had. */
export async function writePolicyLinks(tx: Queryable, id: number, p: PolicyBody): Promise<void> {
  await tx.query(sql('policies/delete-links'), [id]);
  if (p.attachments.length > 0) await tx.query(sql('policies/insert-attachments'), [id, JSON.stringify(p.attachments)]);
  if (p.zoneCodes.length > 0) await tx.query(sql('policies/insert-zones'), [id, p.zoneCodes]);
  if (p.parcelCodes.length > 0) await tx.query(sql('policies/insert-parcels'), [id, p.parcelCodes]);
}

export async function unknownLinks(db: Queryable, zoneCodes: string[], parcelCodes: string[]): Promise<{ kind: 'zone' | 'parcel'; code: string }[]> {
  return (await db.query<{ kind: 'zone' | 'parcel'; code: string }>(sql('policies/unknown-links'), [zoneCodes, parcelCodes])).rows;
}

export interface ConsultationFilter {
  policyId?: number;
  statuses?: ConsultationStatus[];
  askerUscc?: string;
  publicOnly: boolean;
}

export async function listConsultations(db: Queryable, f: ConsultationFilter, limit: number, offset: number): Promise<Page<Consultation>> {
  const { rows } = await db.query<Consultation & { total: number }>(sql('policies/consultations-list'), [
    f.policyId ?? null,
    f.statuses ?? null,
    f.askerUscc ?? null,
    f.publicOnly,
    limit,
    offset,
  ]);
  return { total: rows[0]?.total ?? 0, limit, offset, items: rows.map(({ total: _t, ...c }) => c) };
}

export async function getConsultation(db: Queryable, id: number): Promise<Consultation | undefined> {
  return (await db.query<Consultation>(sql('policies/consultation-get'), [id])).rows[0];
}

export interface LockedConsultation {
  id: number;
  status: ConsultationStatus;
  askerUscc: string | null;
  version: number;
}

export async function lockConsultation(tx: Queryable, id: number): Promise<LockedConsultation | undefined> {
  return (await tx.query<LockedConsultation>(sql('policies/consultation-lock'), [id])).rows[0];
}

export interface NewConsultation {
  policyId: number | null;
  zoneCode: string | null;
  question: string;
  askerUscc: string | null;
  askerName: string;
  askedBy: string;
  channel: ConsultationChannel;
}

export async function insertConsultation(tx: Queryable, c: NewConsultation): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(sql('policies/consultation-insert'), [
    c.policyId,
    c.zoneCode,
    c.question,
    c.askerUscc,
    c.askerName,
    c.askedBy,
    c.channel,
  ]);
  return (rows[0] as { id: number }).id;
}

export async function answerConsultation(tx: Queryable, id: number, answer: string, by: string, channel: ConsultationChannel, isPublic: boolean): Promise<void> {
  await tx.query(sql('policies/consultation-answer'), [id, answer, by, channel, isPublic]);
}

export async function closeConsultation(tx: Queryable, id: number): Promise<void> {
  await tx.query(sql('policies/consultation-close'), [id]);
}
