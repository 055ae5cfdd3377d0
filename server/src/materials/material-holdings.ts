// Which required materials the government already holds for a case (guide: 已持有的材料不再重复
// 索要) and which the applicant must still bring. A shared source wins over an upload: a licence the
// e-licence library holds is never asked for again, even if a paper copy was uploaded once. Pure.
import type { MaterialSource, RequiredMaterial } from '../approval-items/approval-item';
import type { ParcelStatus } from '../domain/parcel-status';
import type { CommitmentStatus } from '../commitments/commitment-status';

/** A transferred parcel has its transfer contract and boundary map in the catalog. */
export const PARCEL_DOCUMENT_STATUSES: readonly ParcelStatus[] = ['transferred', 'under_construction', 'completed', 'output_reviewed'];
/** A commitment letter counts as held once the enterprise has signed it. */
export const SIGNED_COMMITMENT_STATUSES: readonly CommitmentStatus[] = ['signed', 'in_force', 'fulfilled', 'breached'];

export interface UploadedVersion {
  id: number;
  version: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export interface HoldingContext {
  /** The enterprise is registered, so the e-licence library has its business licence (keyed by USCC). */
  enterpriseRegistered: boolean;
  parcelStatus: ParcelStatus | null;
  commitmentStatus: CommitmentStatus | null;
  /** The latest upload per material type of the applicant. */
  uploads: ReadonlyMap<string, UploadedVersion>;
}

export interface Holding {
  /** How the material is held now, or null when it is missing. */
  heldBy: MaterialSource | null;
  /** The upload that would be used (only when heldBy is 'upload'). */
  upload: UploadedVersion | null;
}

export function sharedSourceHolds(source: MaterialSource, ctx: HoldingContext): boolean {
  switch (source) {
    case 'e-licence':
      return ctx.enterpriseRegistered;
    case 'parcel':
      return ctx.parcelStatus !== null && PARCEL_DOCUMENT_STATUSES.includes(ctx.parcelStatus);
    case 'commitment':
      return ctx.commitmentStatus !== null && SIGNED_COMMITMENT_STATUSES.includes(ctx.commitmentStatus);
    case 'upload':
      return false;
  }
}

export function holdingOf(material: Pick<RequiredMaterial, 'type' | 'source'>, ctx: HoldingContext): Holding {
  if (sharedSourceHolds(material.source, ctx)) return { heldBy: material.source, upload: null };
  const upload = ctx.uploads.get(material.type) ?? null;
  return upload ? { heldBy: 'upload', upload } : { heldBy: null, upload: null };
}

export interface MissingMaterials {
  /** Missing key materials: no acceptance, not even 容缺. */
  key: string[];
  /** Missing materials that 容缺受理 may accept on a promise. */
  other: string[];
}

export function missingMaterials(required: readonly RequiredMaterial[], ctx: HoldingContext): MissingMaterials {
  const missing = required.filter((m) => holdingOf(m, ctx).heldBy === null);
  return { key: missing.filter((m) => m.key).map((m) => m.type), other: missing.filter((m) => !m.key).map((m) => m.type) };
}
