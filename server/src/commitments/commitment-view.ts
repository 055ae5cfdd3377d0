// What GET /api/commitments/:id returns: the whole letter to staff, agents and the enterprise that
// signed it; to everyone else the same letter without personal data (security.md "Access").
import { isStaffRole } from '../http/audience';
import type { SessionUser } from '../users/user';
import { commitmentStatusLabel } from './commitment-status';
import type { CommitmentRow, CreditRecordRow, VerificationRow } from './commitments.repository';
import { type Reminder } from './commitment-reminders';

export function seesPersonalData(user: SessionUser | undefined, uscc: string): boolean {
  if (!user) return false;
  return isStaffRole(user.role) || (user.role === 'enterprise' && user.uscc === uscc);
}

export interface TimelineEvent {
  at: string;
  kind: 'created' | 'signed' | 'in_force' | 'verified' | 'rectify' | 'fulfilled' | 'breached' | 'terminated';
  labelZh: string;
  labelEn: string;
  detail?: string;
}

const STAGE_ZH = { completion: '竣工验收', output: '达产复核' } as const;
const STAGE_EN = { completion: 'completion acceptance', output: 'output review' } as const;
const iso = (value: string | Date) => new Date(value).toISOString();

export function commitmentTimeline(c: CommitmentRow, verifications: readonly VerificationRow[]): TimelineEvent[] {
  const events: TimelineEvent[] = [{ at: iso(c.createdAt), kind: 'created', labelZh: '承诺书拟定', labelEn: 'Letter drafted' }];
  if (c.signedAt) events.push({ at: iso(c.signedAt), kind: 'signed', labelZh: '企业签署', labelEn: 'Signed by the enterprise' });
  if (c.inForceAt) events.push({ at: iso(c.inForceAt), kind: 'in_force', labelZh: '管委会签章，承诺生效', labelEn: 'Countersigned; in force' });
  for (const v of verifications) {
    events.push({
      at: iso(v.verifiedAt),
      kind: v.passed ? 'verified' : 'rectify',
      labelZh: `${STAGE_ZH[v.stage]}${v.passed ? '通过' : '未通过'}（第 ${v.attempt} 次）`,
      labelEn: `${STAGE_EN[v.stage]} ${v.passed ? 'passed' : 'failed'} (attempt ${v.attempt})`,
      ...(v.rectifyBy ? { detail: `整改期限 ${v.rectifyBy}` } : {}),
    });
  }
  if (c.closedAt && ['fulfilled', 'breached', 'terminated'].includes(c.status)) {
    const label = commitmentStatusLabel(c.status);
    events.push({ at: iso(c.closedAt), kind: c.status as 'fulfilled' | 'breached' | 'terminated', labelZh: label.labelZh, labelEn: label.labelEn, ...(c.terminatedReason ? { detail: c.terminatedReason } : {}) });
  }
  return events.sort((a, b) => a.at.localeCompare(b.at));
}

export function commitmentView(
  c: CommitmentRow,
  extra: { verifications: VerificationRow[]; creditRecords: CreditRecordRow[]; reminders: Reminder[] },
  user: SessionUser | undefined,
) {
  const personal = seesPersonalData(user, c.uscc);
  const label = commitmentStatusLabel(c.status);
  return {
    id: c.id,
    status: c.status,
    statusLabelZh: label.labelZh,
    statusLabelEn: label.labelEn,
    version: c.version,
    parcel: { code: c.parcelCode, name: c.parcelName, zoneCode: c.zoneCode, zoneName: c.zoneName, status: c.parcelStatus },
    enterprise: {
      uscc: c.uscc,
      name: c.enterpriseName,
      ...(personal ? { legalRepresentative: c.legalRepresentative, contactName: c.contactName, contactPhone: c.contactPhone } : {}),
    },
    authority: { id: c.authorityId, name: c.authorityName },
    project: { code: c.projectCode, name: c.projectName, industryCode: c.industryCode },
    deadlines: { startBy: c.startBy, completeBy: c.completeBy, outputBy: c.outputBy },
    indicators: c.document.indicators,
    text: c.document.text,
    breachTerms: c.document.breachTerms,
    signature: c.signature
      ? {
          format: c.signature.format,
          digestSm3Hex: c.signature.digestSm3Hex,
          signatures: c.signature.signatures.map((s) => ({ role: s.role, keyId: s.keyId, signedAt: s.signedAt, fingerprint: s.signatureHex.slice(0, 16) })),
        }
      : null,
    verifications: extra.verifications.map((v) => ({
      id: v.id, stage: v.stage, attempt: v.attempt, passed: v.passed, results: v.results, note: personal ? v.note : undefined,
      rectifyBy: v.rectifyBy, verifiedAt: iso(v.verifiedAt), ...(personal ? { figures: v.figures, verifiedBy: v.verifiedBy } : {}),
    })),
    creditRecords: extra.creditRecords.map((r) => ({ ...r, decidedAt: iso(r.decidedAt) })),
    reminders: extra.reminders,
    timeline: commitmentTimeline(c, extra.verifications),
    terminatedReason: c.terminatedReason,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    links: {
      self: `/api/commitments/${c.id}`,
      letterPdf: `/api/commitments/${c.id}/letter.pdf`,
      verify: `/verify/${c.id}`,
    },
  };
}
export type CommitmentView = ReturnType<typeof commitmentView>;
