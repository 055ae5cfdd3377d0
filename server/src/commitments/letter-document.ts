// The letter as a document: everything the parties sign, in one plain object. It is frozen when
// the letter is created; its canonical JSON is what SM3 hashes and both SM2 signatures cover, what
// the PDF prints and what the public verify page recomputes.
import { indicatorDefinition } from '../domain/indicators';
import type { CommittedIndicator } from './committed-indicators';
import { breachTerms, letterParagraphs } from './letter-text';

export const LETTER_FORMAT = 'sla-commitment-letter-v1';

export interface LetterParty {
  uscc: string;
  name: string;
  legalRepresentative: string;
}

export interface LetterParcel {
  code: string;
  name: string;
  zoneCode: string;
  zoneName: string;
  divisionCode: string;
  location: string;
  areaM2: number;
  landUseCode: string;
}

export interface LetterIndicator {
  key: string;
  labelZh: string;
  comparator: string;
  value: number | null;
  valueMax: number | null;
  textValue: string | null;
  unit: string;
  stage: 'completion' | 'output';
  parcelValue: number | null;
  parcelValueMax: number | null;
  parcelTextValue: string | null;
}

export interface LetterDocument {
  format: typeof LETTER_FORMAT;
  id: string;
  parcel: LetterParcel;
  enterprise: LetterParty;
  authority: { id: string; name: string };
  project: { code: string; name: string; industryCode: string | null };
  indicators: LetterIndicator[];
  deadlines: { startBy: string; completeBy: string; outputBy: string };
  text: string[];
  breachTerms: string[];
  creditSharingConsent: true;
  createdAt: string;
}

export interface LetterInput {
  id: string;
  parcel: LetterParcel;
  enterprise: LetterParty;
  authority: { id: string; name: string };
  project: { code: string; name: string; industryCode: string | null };
  indicators: readonly CommittedIndicator[];
  deadlines: { startBy: string; completeBy: string; outputBy: string };
  createdAt: Date;
}

// Areas are rounded to the centimetre² so the same letter hashes the same on every engine.
const round2 = (n: number) => Math.round(n * 100) / 100;

export function letterDocument(input: LetterInput): LetterDocument {
  const { parcel, enterprise, authority, project, deadlines } = input;
  return {
    format: LETTER_FORMAT,
    id: input.id,
    parcel: { ...parcel, areaM2: round2(parcel.areaM2) },
    enterprise,
    authority,
    project,
    indicators: input.indicators.map((i) => ({
      key: i.key,
      labelZh: indicatorDefinition(i.key).labelZh,
      comparator: i.comparator,
      value: i.value,
      valueMax: i.valueMax,
      textValue: i.textValue,
      unit: i.unit,
      stage: i.stage,
      parcelValue: i.parcelValue,
      parcelValueMax: i.parcelValueMax,
      parcelTextValue: i.parcelTextValue,
    })),
    deadlines,
    text: letterParagraphs({
      enterpriseName: enterprise.name,
      authorityName: authority.name,
      parcelCode: parcel.code,
      parcelName: parcel.name,
      projectName: project.name,
      projectCode: project.code,
      ...deadlines,
    }),
    breachTerms: breachTerms(),
    creditSharingConsent: true,
    createdAt: input.createdAt.toISOString(),
  };
}
