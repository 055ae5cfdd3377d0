// The plain records the metrics are computed from, one type per kind of source data. The repository
// fills them from the database for a quarter and scope; tests write them by hand. Pure types.
import type { IsoDate } from '../calendar/iso-date';
import type { Located } from './scope';

/** A parcel published by the end of the quarter (and still published). */
export interface ParcelRecord extends Located {
  code: string;
  name: string;
  landUseCode: string;
  /** Valid, non-empty geometry with a positive planar area. */
  geometryComplete: boolean;
  /** Indicator keys the parcel states with a value. */
  indicatorKeys: readonly string[];
  /** Regional assessments (zone- or parcel-level) still valid on the evaluation day. */
  validAssessments: number;
  infrastructure: readonly string[];
}

/** One entry of the approval item catalog (事项目录), the same for every region. */
export interface CatalogItemRecord {
  code: string;
  nameZh: string;
  /** The guide's mandatory text fields (name, department, legal basis, result, fee note …) by name. */
  textFields: Readonly<Record<string, string>>;
  legalLimitDays: number;
  committedLimitDays: number;
  materialCount: number;
  channels: readonly string[];
}

/** The time limits a case item was opened with, and the channel its case came through. */
export interface AppliedLimitRecord extends Located {
  itemCode: string;
  caseCode: string;
  /** The case's channel of origin and when it was opened. */
  channel: string;
  openedAt: Date;
  legalLimitDays: number;
  committedLimitDays: number;
}

export interface CaseTransition {
  id: number;
  itemId: number;
  itemCode: string;
  channel: string;
  fromStatus: string | null;
  toStatus: string;
  occurredAt: Date;
}

/** A case with every item-status transition it has had (all channels), for the status chain. */
export interface CaseTimelineRecord extends Located {
  caseCode: string;
  /** Each item's status now. */
  currentStatus: Readonly<Record<number, string>>;
  transitions: readonly CaseTransition[];
}

/** Materials a case's items were given, per attachment. */
export interface CaseMaterialsRecord extends Located {
  caseCode: string;
  openedAt: Date;
  /** What decides whether the government holds parcel documents and the commitment letter. */
  parcelStatus: string | null;
  commitmentStatus: string | null;
  attachments: readonly {
    itemCode: string;
    materialType: string;
    /** Where the government holds this type (material_types.source); 'upload' = only the applicant has it. */
    heldSource: string;
    /** Where this attachment came from. */
    source: string;
  }[];
}

export interface CommittedIndicatorRecord {
  key: string;
  comparator: 'min' | 'max' | 'range' | 'eq';
  value: number | null;
  valueMax: number | null;
  textValue: string | null;
}

/** A commitment in force during the quarter, with the parcel's indicators as the catalog states them. */
export interface CommitmentRecord extends Located {
  id: string;
  parcelCode: string;
  signedAt: Date;
  /** Fulfilled, breached or terminated. */
  closedAt: Date | null;
  committed: readonly CommittedIndicatorRecord[];
  parcel: readonly CommittedIndicatorRecord[];
}

/** A case item with the dates its working-day clock needs. */
export interface CaseItemRecord extends Located {
  id: number;
  caseCode: string;
  itemCode: string;
  itemName: string;
  committedLimitDays: number;
  acceptedOn: IsoDate | null;
  completedOn: IsoDate | null;
  /** The day it was rejected or returned for good, if it was. */
  closedOn: IsoDate | null;
  suspensions: readonly { from: IsoDate; to: IsoDate | null }[];
}

export interface PublishRecord extends Located {
  code: string;
  name: string;
  approvedOn: IsoDate;
  publishedOn: IsoDate;
}

export interface CreditRecord extends Located {
  id: string;
  decidedAt: Date;
  deliveredAt: Date | null;
}

/** A status change and when it reached the shared case record. */
export interface SharedEventRecord extends Located {
  id: number;
  caseCode: string;
  itemCode: string;
  channel: string;
  occurredAt: Date;
  recordedAt: Date;
}

/** One sampled published parcel compared across the catalog API, the OGC API and the vector tiles. */
export interface PublicationSampleRecord extends Located {
  code: string;
  differences: readonly { field: string; catalog: unknown; ogc: unknown; tile: unknown }[];
}

export interface EvaluationRecords {
  parcels: readonly ParcelRecord[];
  catalogItems: readonly CatalogItemRecord[];
  appliedLimits: readonly AppliedLimitRecord[];
  caseTimelines: readonly CaseTimelineRecord[];
  caseMaterials: readonly CaseMaterialsRecord[];
  commitments: readonly CommitmentRecord[];
  caseItems: readonly CaseItemRecord[];
  publishes: readonly PublishRecord[];
  credits: readonly CreditRecord[];
  sharedEvents: readonly SharedEventRecord[];
  samples: readonly PublicationSampleRecord[];
}

export const NO_RECORDS: EvaluationRecords = {
  parcels: [],
  catalogItems: [],
  appliedLimits: [],
  caseTimelines: [],
  caseMaterials: [],
  commitments: [],
  caseItems: [],
  publishes: [],
  credits: [],
  sharedEvents: [],
  samples: [],
};
