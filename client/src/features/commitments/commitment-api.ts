// What the commitment, enterprise and case-list APIs answer, typed from the server's own view
// builders where they exist (commitment-view.ts, commitments.repository.ts, case-list.ts), and the
// calls the commitment screens make.
import type { CreditRecord } from '../../../../server/src/enterprises/credit-record';
import type { Reminder } from '../../../../server/src/commitments/commitment-reminders';
import type { CommitmentStatus } from '../../../../server/src/commitments/commitment-status';
import type { CommitmentView as ServerCommitmentView } from '../../../../server/src/commitments/commitment-view';
import type { CommitmentSummary } from '../../../../server/src/commitments/commitments.repository';
import type { VerificationResult } from '../../../../server/src/commitments/verification-outcome';
import type { CaseSummary } from '../../../../server/src/cases/case-list';
import type { ProjectFigures } from '../../../../server/src/checks';
import { getJson, getTaggedJson, postJson, type Tagged } from '../../lib/api';
import type { LetterRequest } from './letter-wizard-model';

type ServerVerification = ServerCommitmentView['verifications'][number];
export type Verification = Omit<ServerVerification, 'results'> & { results: VerificationResult[] };
export type CommitmentView = Omit<ServerCommitmentView, 'verifications'> & { verifications: Verification[] };
export type LetterIndicator = CommitmentView['indicators'][number];
export type { CaseSummary, CommitmentSummary, Reminder, VerificationResult };

export interface CommitmentPage {
  total: number;
  limit: number;
  offset: number;
  items: CommitmentSummary[];
}

export interface ReminderItem extends Reminder {
  commitmentId: string;
  parcelCode: string;
  parcelName: string;
  zoneCode: string;
  enterpriseName: string;
}

export interface ReminderList {
  today: string;
  within: number;
  total: number;
  items: ReminderItem[];
}

/** A letter on its enterprise's page: the list's summary without the enterprise itself. */
export type EnterpriseLetter = Pick<CommitmentSummary, 'id' | 'parcelCode' | 'parcelName' | 'projectName' | 'status' | 'startBy' | 'completeBy' | 'outputBy' | 'createdAt'>;

/** GET /api/enterprises/:uscc — personal fields only for staff and the enterprise itself. */
export interface EnterpriseView {
  uscc: string;
  name: string;
  address: string;
  legalRepresentative?: string;
  contactName?: string;
  contactPhone: string;
  commitments: EnterpriseLetter[];
  credit: { kept: number; broken: number };
}

export type EnterpriseCreditRecord = CreditRecord;

export interface EnterpriseCredit {
  uscc: string;
  name: string;
  summary: { kept: number; broken: number; standing: 'good' | 'broken' };
  records: EnterpriseCreditRecord[];
}

export interface CasePage {
  total: number;
  items: CaseSummary[];
  today: string;
}

export interface VerifyRequest {
  stage: 'completion' | 'output';
  sitePlan?: unknown;
  planSrid?: number;
  figures: ProjectFigures;
  rectifyBy?: string;
  note: string;
}

export interface VerifyResponse {
  outcome: { verificationId: number; passed: boolean; status: CommitmentStatus; rectifyBy: string | null; creditRecordIds: string[] };
  commitment: CommitmentView;
}

export interface ProjectLookup {
  code: string;
  name: string;
  uscc: string;
  industryCode: string;
  filingStatus: string;
}

const enc = encodeURIComponent;
const ifMatch = (version: number | undefined): Record<string, string> => (version === undefined ? {} : { 'If-Match': `"${version}"` });

export const commitmentApi = {
  get: (id: string, signal?: AbortSignal): Promise<Tagged<CommitmentView>> => getTaggedJson<CommitmentView>(`/api/commitments/${enc(id)}`, signal),
  list: (params: URLSearchParams, signal?: AbortSignal) => getJson<CommitmentPage>(`/api/commitments?${params}`, signal),
  reminders: (params: URLSearchParams, signal?: AbortSignal) => getJson<ReminderList>(`/api/commitments/reminders?${params}`, signal),
  create: (body: LetterRequest, csrf: string | undefined, idempotencyKey: string) =>
    postJson<CommitmentView>('/api/commitments', body, csrf, { 'Idempotency-Key': idempotencyKey }),
  sign: (id: string, version: number, csrf: string | undefined) => postJson<CommitmentView>(`/api/commitments/${enc(id)}/sign`, {}, csrf, ifMatch(version)),
  verify: (id: string, body: VerifyRequest, version: number, csrf: string | undefined) =>
    postJson<VerifyResponse>(`/api/commitments/${enc(id)}/verify`, body, csrf, ifMatch(version)),
  terminate: (id: string, reason: string, version: number, csrf: string | undefined) =>
    postJson<CommitmentView>(`/api/commitments/${enc(id)}/terminate`, { reason }, csrf, ifMatch(version)),
  enterprise: (uscc: string, signal?: AbortSignal) => getJson<EnterpriseView>(`/api/enterprises/${enc(uscc)}`, signal),
  credit: (uscc: string, signal?: AbortSignal) => getJson<EnterpriseCredit>(`/api/enterprises/${enc(uscc)}/credit`, signal),
  project: (code: string, signal?: AbortSignal) => getJson<ProjectLookup>(`/api/investment-projects/${enc(code)}`, signal),
  /** GET /api/cases has no parcel filter: its free text matches parcel codes, the caller keeps exact matches. */
  casesOfParcel: async (parcelCode: string, signal?: AbortSignal): Promise<CaseSummary[]> => {
    const page = await getJson<CasePage>(`/api/cases?${new URLSearchParams({ parcel: parcelCode, limit: '50' })}`, signal);
    return page.items;
  },
};

/** The public verification page of a letter (server-rendered, what the QR code opens). */
export function verifyUrl(id: string, origin: string = window.location.origin): string {
  return `${origin}/verify/${enc(id)}`;
}

export function letterPath(id: string): string {
  return `/commitments/${enc(id)}`;
}

export function enterprisePath(uscc: string): string {
  return `/enterprises/${enc(uscc)}`;
}

export function wizardPath(parcelCode: string): string {
  return `/commitments/new?${new URLSearchParams({ parcel: parcelCode })}`;
}

/** The agency case page (issue #6); its QR code points at the same path. */
export function casePath(code: string): string {
  return `/cases/${enc(code)}`;
}

export function parcelPath(code: string): string {
  return `/?${new URLSearchParams({ parcel: code })}`;
}
