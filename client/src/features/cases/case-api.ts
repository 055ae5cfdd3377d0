// The cases API as the client calls it: the same CaseView the server builds (one body for every
// channel), the desk list, uploads and the catalog. Types come from the server's own modules.
import type { ApprovalItem, ApprovalStage } from '../../../../server/src/approval-items/approval-item';
import type { CaseSummary } from '../../../../server/src/cases/case-list';
import type { CommitmentSummary } from '../../../../server/src/commitments/commitments.repository';
import type { CaseView } from '../../../../server/src/cases/case-view';
import type { UploadedVersion } from '../../../../server/src/materials/material-holdings';
import { getJson, getTaggedJson, postForm, postJson, type Tagged, type UploadOptions } from '../../lib/api';

export type { CaseView, CaseSummary };

export interface CasePage {
  total: number;
  limit: number;
  offset: number;
  today: string;
  items: CaseSummary[];
}

export interface Catalog {
  total: number;
  stages: { stage: ApprovalStage; labelZh: string; labelEn: string }[];
  items: ApprovalItem[];
  bundles: { code: string; nameZh: string; nameEn: string; items: string[] }[];
}

export interface UploadResult {
  uscc: string;
  type: string;
  created: boolean;
  version: UploadedVersion;
}

const enc = encodeURIComponent;
export const casePath = (code: string) => `/cases/${enc(code)}`;
export const receiptUrl = (code: string) => `/api/cases/${enc(code)}/receipt.pdf`;
export const resultNoticeUrl = (code: string) => `/api/cases/${enc(code)}/result-notice.pdf`;
export const materialContentUrl = (versionId: number, inline = false) => `/api/materials/versions/${versionId}/content${inline ? '?disposition=inline' : ''}`;

export const caseApi = {
  get: (code: string, signal?: AbortSignal): Promise<Tagged<CaseView>> => getTaggedJson<CaseView>(`/api/cases/${enc(code)}`, signal),
  list: (params: URLSearchParams, signal?: AbortSignal) => getJson<CasePage>(`/api/cases?${params}`, signal),
  catalog: (signal?: AbortSignal) => getJson<Catalog>('/api/approval-items', signal),
  /** Signed letters on a parcel: a new case takes its enterprise, project and letter from one. */
  parcelLetters: (parcelCode: string, signal?: AbortSignal) =>
    getJson<{ items: CommitmentSummary[] }>(`/api/commitments?${new URLSearchParams({ parcel: parcelCode, status: 'signed,in_force', limit: '20' })}`, signal),
  open: (body: object, csrf: string | undefined, idempotencyKey: string) => postJson<CaseView>('/api/cases', body, csrf, { 'Idempotency-Key': idempotencyKey }),
  /** A step on an item under optimistic locking: `version` is the case version the page shows. */
  step: (code: string, itemCode: string, path: 'transitions' | 'suspend' | 'resume', body: object, version: number, csrf: string | undefined) =>
    postJson<CaseView>(`/api/cases/${enc(code)}/items/${enc(itemCode)}/${path}`, body, csrf, { 'If-Match': `"${version}"` }),
  evaluate: (code: string, body: object, csrf: string | undefined) => postJson<CaseView>(`/api/cases/${enc(code)}/evaluations`, body, csrf),
  upload: (type: string, file: File, uscc: string | null, options: UploadOptions) => {
    const form = new FormData();
    form.set('type', type);
    if (uscc) form.set('uscc', uscc);
    form.set('file', file);
    return postForm<UploadResult>('/api/materials', form, options);
  },
};
