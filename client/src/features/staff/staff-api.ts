// What the staff endpoints answer and take (server/src/parcel-imports, parcels/parcel-staff.routes.ts,
// constraints, exports), and the requests themselves. Hooks are in staff-queries.ts.
import type { MultiPolygon, Polygon } from 'geojson';
import type { ParcelIndicator } from '../../../../server/src/domain/indicators';
import type { LandUseCode } from '../../../../server/src/domain/land-use';
import type { InfrastructureCode, ParcelStatus, SupplyMethod } from '../../../../server/src/domain/parcel-status';
import type { WorkflowAction, WorkflowState } from '../../../../server/src/domain/workflow';
import type { Role } from '../../../../server/src/users/roles';
import { getJson, getTaggedJson, patchJson, postForm, postJson, deleteJson, type Tagged, type UploadOptions } from '../../lib/api';
import type { ParcelDetail, ParcelListItem } from '../../lib/api-types';

// ---- parcels as staff see them ----

export interface StaffParcelListItem extends ParcelListItem {
  version: number;
  workflowState: WorkflowState;
  bbox: [number, number, number, number];
  updatedAt: string;
}

export interface StaffParcelPage {
  total: number;
  limit: number;
  offset: number;
  items: StaffParcelListItem[];
}

export interface ParcelWorkflow {
  state: WorkflowState;
  reviewComment: string | null;
  withdrawnReason: string | null;
  createdBy: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  publishedAt: string | null;
}

export interface StaffParcelDetail extends ParcelDetail {
  version: number;
  workflow: ParcelWorkflow;
  createdAt: string;
  updatedAt: string;
}

/** PATCH /api/parcels/:code (server/src/parcels/parcel-patch.schema.ts); every field optional. */
export interface ParcelPatch {
  name?: string;
  location?: string;
  landUseCode?: LandUseCode;
  industryCode?: string | null;
  declaredAreaM2?: number | null;
  supplyMethod?: SupplyMethod;
  transferTermYears?: number | null;
  reservePriceWanYuan?: number | null;
  infrastructure?: InfrastructureCode[];
  planningHeightLimitM?: number | null;
  planningSetbackM?: number | null;
  geometry?: Polygon | MultiPolygon;
  indicators?: ParcelIndicator[];
}

export interface WorkflowResult {
  code: string;
  version: number;
  workflowState: WorkflowState;
}

export interface LifecycleResult {
  code: string;
  version: number;
  status: ParcelStatus;
}

export interface HistoryChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface HistoryEntry {
  id: number;
  at: string;
  actor: string;
  actorRole: Role | null;
  action: string;
  changes: HistoryChange[];
}

export interface HistoryPage {
  total: number;
  limit: number;
  offset: number;
  items: HistoryEntry[];
}

// ---- imports ----

// The preview's shapes are the server's own (type-only imports: nothing server-side is bundled).
import type { PreviewFeature, PreviewIssue } from '../../../../server/src/parcel-imports/import-preview';
import type { DetectedSource } from '../../../../server/src/imports/import-types';

export type { DetectedSource, PreviewFeature, PreviewIssue };

export interface ImportSummary {
  create: number;
  update: number;
  skip: number;
}

export interface ImportPreview {
  id: number;
  fileName: string;
  detected: DetectedSource;
  features: PreviewFeature[];
  issues: PreviewIssue[];
  summary: ImportSummary;
  /** GET /api/imports/:id only: 'previewed' until committed. */
  state?: string;
}

export interface CommitResult {
  importId: number;
  created: string[];
  updated: string[];
}

/** What a re-upload may override: the server's detection of CRS and text encoding, and repair. */
export interface ImportOptions {
  crs: number | null;
  encoding: string | null;
  repair: boolean;
}

// ---- constraint layers ----

export const CONSTRAINT_KINDS = ['basic_farmland', 'ecological_redline', 'other'] as const;
export type ConstraintKind = (typeof CONSTRAINT_KINDS)[number];

export interface ConstraintLayer {
  id: number;
  kind: ConstraintKind;
  name: string;
  createdAt: string;
  createdBy: string;
  polygonCount: number;
  areaM2: number;
  overlappingParcels: number;
}

// ---- requests ----

const parcelPath = (code: string) => `/api/parcels/${encodeURIComponent(code)}`;

export const fetchStaffParcels = (params: URLSearchParams, signal?: AbortSignal) => getJson<StaffParcelPage>(`/api/parcels?${params}`, signal);

export const fetchStaffParcel = (code: string, signal?: AbortSignal) => getTaggedJson<StaffParcelDetail>(parcelPath(code), signal);

export const fetchHistory = (code: string, limit: number, offset: number, signal?: AbortSignal) =>
  getJson<HistoryPage>(`${parcelPath(code)}/history?limit=${limit}&offset=${offset}`, signal);

export const saveParcel = (code: string, patch: ParcelPatch, etag: string, csrfToken: string | undefined): Promise<Tagged<WorkflowResult>> =>
  patchJson<WorkflowResult>(parcelPath(code), patch, csrfToken, etag);

export const runWorkflowAction = (code: string, action: WorkflowAction, comment: string | undefined, csrfToken: string | undefined) =>
  postJson<WorkflowResult>(`${parcelPath(code)}/${action}`, comment ? { comment } : {}, csrfToken);

export const moveLifecycle = (code: string, body: { to: ParcelStatus; reason?: string; listedOn?: string }, csrfToken: string | undefined) =>
  postJson<LifecycleResult>(`${parcelPath(code)}/lifecycle`, body, csrfToken);

export function uploadImport(file: File, options: ImportOptions, upload: UploadOptions): Promise<ImportPreview> {
  const form = new FormData();
  if (options.crs !== null) form.append('crs', String(options.crs));
  if (options.encoding !== null) form.append('encoding', options.encoding);
  if (options.repair) form.append('repair', 'true');
  // Fields first, the (possibly large) file last.
  form.append('file', file, file.name);
  return postForm<ImportPreview>('/api/imports', form, upload);
}

export const fetchImport = (id: number, signal?: AbortSignal) => getJson<ImportPreview>(`/api/imports/${id}`, signal);

export const commitImport = (id: number, csrfToken: string | undefined) => postJson<CommitResult>(`/api/imports/${id}/commit`, {}, csrfToken);

export const fetchConstraintLayers = (signal?: AbortSignal) => getJson<{ items: ConstraintLayer[] }>('/api/constraint-layers', signal);

export function uploadConstraintLayer(file: File, fields: { kind: ConstraintKind; name: string; crs: number | null }, upload: UploadOptions) {
  const form = new FormData();
  form.append('kind', fields.kind);
  form.append('name', fields.name);
  if (fields.crs !== null) form.append('crs', String(fields.crs));
  form.append('file', file, file.name);
  return postForm<{ id: number; kind: ConstraintKind; name: string; polygons: number; repaired: number }>('/api/constraint-layers', form, upload);
}

export const deleteConstraintLayer = (id: number, csrfToken: string | undefined) => deleteJson(`/api/constraint-layers/${id}`, csrfToken);
