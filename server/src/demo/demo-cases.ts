// Loads the demo agency cases (demo-case-plan.ts) for every transferred, under-construction and
// completed demo parcel: the applicant is the enterprise of the parcel's commitment letter when the
// commitment demo wrote one, otherwise a demo enterprise registered here. Bulk inserts in one
// transaction (a year of steps through the services would take minutes on the embedded engine).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { SYSTEM_ACTOR } from '../audit/audit-context';
import { appendAudit } from '../audit/audit-log';
import { listApprovalItems } from '../approval-items/approval-items.repository';
import type { CommitmentStatus } from '../commitments/commitment-status';
import type { Db, Queryable } from '../db/db';
import { sql } from '../db/sql';
import { registerEnterprise } from '../enterprises/enterprises.service';
import { DEMO_ENTERPRISE_USCC, demoUscc } from './demo-commitments';
import { planDemoCases, type DemoApplicant, type DemoCasePlan, type DemoParcel } from './demo-case-plan';

const DEMO_DIR = fileURLToPath(new URL('../../../fixtures/demo/', import.meta.url));
const ACTOR = { actor: SYSTEM_ACTOR, actorRole: null, requestId: null };
const BATCH = 2000;
/** USCC serials of enterprises registered here, clear of the commitment demo's (0–199). */
const OWN_SERIALS = 500;

const TRADES = ['装备制造', '新材料', '电子信息', '节能环保', '现代医药', '特种金属'];
const PEOPLE = ['王红梅', '李国强', '张卫平', '刘晓燕', '陈志刚', '杨秀兰', '赵永军', '郭丽娟'];

interface ParcelProps {
  code: string;
  zoneCode: string;
  divisionCode: string;
  industryCode: string | null;
  status: string;
  listedOn: string | null;
}

interface CommitmentRow {
  parcelCode: string;
  id: string;
  uscc: string;
  status: CommitmentStatus;
  projectCode: string;
  projectName: string;
  name: string;
  contactName: string;
  contactPhone: string;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(`${DEMO_DIR}${file}`, 'utf8')) as T;

export const demoUsername = (uscc: string): string => (uscc === DEMO_ENTERPRISE_USCC ? 'enterprise' : `ent-${uscc.slice(8, 14).toLowerCase()}`);

/** Writes the demo cases; returns how many. */
export async function loadDemoCases(db: Db): Promise<number> {
  const zones = new Map(
    readJson<FeatureCollection>('zones.geojson').features.map((f) => {
      const p = f.properties as { code: string; countyCode: string; cityName: string };
      return [p.code, p] as const;
    }),
  );
  const parcels = readJson<FeatureCollection>('parcels.geojson')
    .features.map((f) => f.properties as ParcelProps)
    .filter((p) => p.status === 'transferred' || p.status === 'under_construction' || p.status === 'completed')
    .sort((a, b) => a.code.localeCompare(b.code));
  const commitments = new Map((await db.query<CommitmentRow>(sql('cases/demo-commitments'))).rows.map((c) => [c.parcelCode, c]));
  const catalog = await listApprovalItems(db);

  return db.transaction(async (tx) => {
    const applicants = new Map<string, DemoApplicant>();
    const demoParcels: DemoParcel[] = [];
    for (const [i, p] of parcels.entries()) {
      const zone = zones.get(p.zoneCode);
      if (!zone) continue;
      demoParcels.push({ code: p.code, zoneCode: p.zoneCode, countyCode: zone.countyCode, cityName: zone.cityName, status: p.status as DemoParcel['status'], listedOn: p.listedOn });
      applicants.set(p.code, (await applicantFor(tx, p, i, zone.cityName, commitments.get(p.code))) as DemoApplicant);
    }
    const plan = planDemoCases(demoParcels, applicants, catalog);
    await insertPlan(tx, plan);
    await appendAudit(tx, {
      ...ACTOR,
      action: 'case.demo_loaded',
      entityType: 'case',
      entityId: null,
      after: { cases: plan.cases.length, items: plan.items.length, events: plan.events.length, from: plan.cases[0]?.openedAt ?? null },
    });
    return plan.cases.length;
  });
}

async function applicantFor(tx: Queryable, p: ParcelProps, i: number, cityName: string, commitment: CommitmentRow | undefined): Promise<DemoApplicant> {
  if (commitment) {
    return {
      uscc: commitment.uscc, name: commitment.name, contactName: commitment.contactName || PEOPLE[i % PEOPLE.length] as string,
      contactPhone: commitment.contactPhone || `1393501${String(1000 + i).slice(-4)}`, username: demoUsername(commitment.uscc),
      commitmentId: commitment.id, commitmentStatus: commitment.status, projectCode: commitment.projectCode, projectName: commitment.projectName,
    };
  }
  const uscc = demoUscc(p.divisionCode, OWN_SERIALS + i);
  const name = `${cityName.replace(/市$/, '')}${TRADES[i % TRADES.length]}股份有限公司`;
  const contactName = PEOPLE[(i * 3) % PEOPLE.length] as string;
  const contactPhone = `1393501${String(1000 + i).slice(-4)}`;
  await registerEnterprise(tx, { uscc, name, legalRepresentative: PEOPLE[(i * 5 + 1) % PEOPLE.length] as string, contactName, contactPhone, address: cityName }, ACTOR);
  const year = (p.listedOn ?? '2023-01-01').slice(0, 4);
  return {
    uscc, name, contactName, contactPhone, username: demoUsername(uscc), commitmentId: null, commitmentStatus: null,
    projectCode: `${year}-${p.divisionCode}-${p.industryCode ?? '34'}-03-${String(500_000 + i * 13).slice(-6)}`,
    projectName: `${name.replace(/股份有限公司$/, '')}生产基地项目`,
  };
}

async function insertPlan(tx: Queryable, plan: DemoCasePlan): Promise<void> {
  const inBatches = async (query: string, rows: readonly unknown[]) => {
    for (let i = 0; i < rows.length; i += BATCH) await tx.query(sql(query), [JSON.stringify(rows.slice(i, i + BATCH))]);
  };
  await inBatches('cases/demo-insert-cases', plan.cases);
  await inBatches('cases/demo-insert-items', plan.items);
  await inBatches('cases/demo-insert-events', plan.events);
  await inBatches('cases/demo-insert-suspensions', plan.suspensions);
  await inBatches('cases/demo-insert-materials', plan.versions);
  await inBatches('cases/demo-insert-versions', plan.versions);
  await inBatches('cases/demo-insert-item-materials', plan.itemMaterials);
  await inBatches('cases/demo-insert-evaluations', plan.evaluations);
  await inBatches('cases/demo-set-serials', plan.cases.map((c) => ({ divisionCode: c.divisionCode, year: c.year, serial: c.serial })));
}
