// The letter's PDF: the stored, signed document mapped onto the PDF toolkit's letter model.
import type { Request } from 'express';
import { baseUrl } from '../ogc/ogc-links';
import { type CommitmentLetterPdfModel, renderCommitmentLetterPdf } from '../pdf';
import { formatBeijingTime } from '../pdf/format';
import type { CommitmentRow } from './commitments.repository';
import type { LetterIndicator } from './letter-document';

/** ≥ 300, ≤ 15, 0.7–2.1 or the named standard, as a letter prints a bound. */
export function formatBound(comparator: string, value: number | null, valueMax: number | null, textValue: string | null): string {
  if (textValue !== null && comparator === 'eq') return textValue;
  const n = (v: number | null) => (v === null ? '—' : String(Number(v.toFixed(4))));
  switch (comparator) {
    case 'min':
      return `≥ ${n(value)}`;
    case 'max':
      return `≤ ${n(value)}`;
    case 'range':
      return `${n(value)}–${n(valueMax)}`;
    default:
      return `= ${n(value)}`;
  }
}

export function letterPdfModel(c: CommitmentRow, verifyUrl: string, now: Date): CommitmentLetterPdfModel {
  const doc = c.document;
  const signatures = c.signature?.signatures ?? [];
  const signer = (role: 'enterprise' | 'authority', name: string) => {
    const s = signatures.find((x) => x.role === role);
    return { signerName: name, signedAt: s ? formatBeijingTime(new Date(s.signedAt)) : null, fingerprint: s ? s.signatureHex.slice(0, 16).toUpperCase().replace(/(.{4})/g, '$1 ').trim() : null };
  };
  const mark = c.status === 'draft' ? { kind: 'draft' as const } : c.status === 'terminated' ? { kind: 'terminated' as const, ...(c.terminatedReason ? { note: c.terminatedReason } : {}) } : null;
  return {
    generatedAt: now,
    letterNumber: c.id,
    mark,
    enterprise: { name: doc.enterprise.name, uscc: doc.enterprise.uscc, legalRepresentative: doc.enterprise.legalRepresentative },
    authority: { name: doc.authority.name },
    parcel: { code: doc.parcel.code, name: doc.parcel.name, zoneName: doc.parcel.zoneName, location: doc.parcel.location, areaM2: doc.parcel.areaM2 },
    project: { name: doc.project.name, code: doc.project.code, industry: doc.project.industryCode ? `行业代码 ${doc.project.industryCode}` : '—' },
    paragraphs: doc.text,
    indicators: doc.indicators.map((i: LetterIndicator) => ({
      label: i.labelZh,
      parcelRequirement: formatBound(i.comparator, i.parcelValue, i.parcelValueMax, i.parcelTextValue),
      committedValue: formatBound(i.comparator, i.value, i.valueMax, i.textValue),
      unit: i.unit,
      checkStage: i.stage,
    })),
    deadlines: { startBy: doc.deadlines.startBy, completeBy: doc.deadlines.completeBy, productionBy: doc.deadlines.outputBy },
    breachTerms: doc.breachTerms,
    signature: {
      sm3Digest: c.signature?.digestSm3Hex ?? '（尚未签署）',
      enterprise: signer('enterprise', doc.enterprise.legalRepresentative),
      authority: signer('authority', doc.authority.name),
    },
    verifyUrl,
  };
}

export async function renderLetterPdf(c: CommitmentRow, req: Request, publicUrl?: string): Promise<Buffer> {
  return renderCommitmentLetterPdf(letterPdfModel(c, `${baseUrl(req, publicUrl)}/verify/${c.id}`, new Date()));
}
