// Demo enterprises and commitment letters: every demo parcel that is transferred or under
// construction gets a letter written, signed and countersigned through the real services (SM2 keys
// are generated for each demo enterprise and zone authority). A few are left for the demo accounts
// to act on: the demo enterprise has one letter to sign, the publisher one to countersign.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { SYSTEM_ACTOR, type AuditActor } from '../audit/audit-context';
import { createCommitment, signCommitment } from '../commitments/commitments.service';
import type { Db } from '../db/db';
import { usccCheckChar } from '../enterprises/uscc';
import type { SessionUser } from '../users/user';

const DEMO_DIR = fileURLToPath(new URL('../../../fixtures/demo/', import.meta.url));
const ACTOR: AuditActor = { actor: SYSTEM_ACTOR, actorRole: null, requestId: null };

export const DEMO_ENTERPRISE_USCC = '91140100MA0K3C7A04';

const NAME_PARTS = {
  places: ['晋阳', '汾河', '太行', '吕梁', '三晋', '并州', '晋中', '恒山', '雁门', '沁水', '河东', '上党'],
  trades: ['新材料', '智能装备', '精密制造', '电子科技', '新能源', '生物医药', '汽车零部件', '环保科技', '铝业', '化工'],
  surnames: ['王', '李', '张', '刘', '陈', '杨', '赵', '郭', '武', '田', '贾', '阎'],
  givens: ['建国', '晓东', '志强', '丽华', '海涛', '文斌', '俊峰', '秀英', '永红', '立新', '卫东', '春梅'],
};

/** A fictional but check-digit-valid USCC for a company registered in `division` (GB 32100-2015). */
export function demoUscc(division: string, serial: number): string {
  const letters = 'ABCDEFGHJKLMNPQRTUWXY';
  const org = `MA0${letters[serial % letters.length]}${String(1000 + serial).slice(-4)}${letters[(serial * 7) % letters.length]}`;
  const first17 = `91${division}${org}`;
  return first17 + usccCheckChar(first17);
}

interface DemoParcel {
  code: string;
  divisionCode: string;
  industryCode: string | null;
  status: string;
  listedOn: string | null;
  location?: string;
}

const addMonths = (iso: string, months: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

function projectCode(p: DemoParcel, serial: number): string {
  const year = (p.listedOn ?? '2025-01-01').slice(0, 4);
  return `${year}-${p.divisionCode}-${p.industryCode ?? '34'}-03-${String(100000 + serial * 37).slice(-6)}`;
}

/** Letters for the demo parcels; returns how many were written. */
export async function loadDemoCommitments(db: Db, signingMasterKey: Buffer | undefined, parcelsFile = 'parcels.geojson'): Promise<number> {
  if (!signingMasterKey) return 0;
  const fc = JSON.parse(readFileSync(`${DEMO_DIR}${parcelsFile}`, 'utf8')) as FeatureCollection;
  const parcels = fc.features
    .map((f) => f.properties as DemoParcel)
    .filter((p) => p.status === 'transferred' || p.status === 'under_construction')
    .sort((a, b) => a.code.localeCompare(b.code));
  const authority: SessionUser = { id: 0, username: 'system', role: 'publisher', displayName: '演示', uscc: null };
  let written = 0;
  for (const [i, p] of parcels.entries()) {
    const isDemoEnterprise = i % 12 === 0;
    const uscc = isDemoEnterprise ? DEMO_ENTERPRISE_USCC : demoUscc(p.divisionCode, i);
    const place = NAME_PARTS.places[i % NAME_PARTS.places.length];
    const trade = NAME_PARTS.trades[(i * 5) % NAME_PARTS.trades.length];
    const name = isDemoEnterprise ? '山西示范制造有限公司' : `山西${place}${trade}有限公司`;
    // A listing signs within about a month; start in 6 months, complete in 2 years, full production in 3.
    const signedOn = addMonths(p.listedOn ?? '2025-06-01', 1);
    const signedAt = new Date(`${signedOn}T09:00:00+08:00`);
    const { id } = await createCommitment(
      db,
      {
        parcelCode: p.code,
        enterprise: {
          uscc, name,
          legalRepresentative: `${NAME_PARTS.surnames[i % 12]}${NAME_PARTS.givens[(i * 7) % 12]}`,
          contactName: `${NAME_PARTS.surnames[(i + 3) % 12]}${NAME_PARTS.givens[(i + 5) % 12]}`,
          contactPhone: `1380351${String(1000 + i).slice(-4)}`,
          address: p.location ?? '',
        },
        project: { code: projectCode(p, i), name: `${name.replace(/有限公司$/, '')}年产项目`, ...(p.industryCode ? { industryCode: p.industryCode } : {}) },
        deadlines: { startBy: addMonths(signedOn, 6), completeBy: addMonths(signedOn, 24), outputBy: addMonths(signedOn, 36) },
        indicators: [],
      },
      null,
      ACTOR,
      signedAt,
    );
    written += 1;
    // The demo enterprise's first letter waits for its signature; its second for the authority's.
    const waitForEnterprise = isDemoEnterprise && i === 0;
    if (waitForEnterprise) continue;
    await signCommitment(db, id, { ...authority, role: 'enterprise', uscc }, signingMasterKey, undefined, ACTOR, new Date(signedAt.getTime() + 2 * 86_400_000));
    if (isDemoEnterprise && i === 12) continue;
    await signCommitment(db, id, authority, signingMasterKey, undefined, ACTOR, new Date(signedAt.getTime() + 5 * 86_400_000));
  }
  return written;
}
