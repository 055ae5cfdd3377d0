// A small catalog with one transferred parcel, two registered enterprises and signed-in accounts, for
// the agency-case tests. Everything goes through the real services and HTTP API.
import type { Express } from 'express';
import { beforeAll } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { registerEnterprise } from '../../../server/src/enterprises/enterprises.service';
import { smallCatalogApp } from '../../support/small-catalog';
import { type Session, signIn } from '../../support/staff-session';
import type { TestEngine } from '../../support/test-db';

export const USCC = '91140700MA0L12B82Q';
export const OTHER_USCC = '91140200MA0HXY2Q0H';
/** 140702-2025-0001 of the small catalog, moved from listed to transferred (晋中开发区, 榆次区 140702). */
export const PARCEL = '140702-2025-0001';
/** Still only published: no agency case yet. */
export const UNTRANSFERRED = '140702-2025-0002';
const SYSTEM = { actor: 'system', actorRole: null, requestId: null };

export interface CasesContext {
  db: Db;
  app: Express;
  agent: Session;
  enterprise: Session;
  otherEnterprise: Session;
  publisher: Session;
}

export function casesContext(engine: TestEngine): CasesContext {
  const base = smallCatalogApp(engine);
  const ctx = {} as CasesContext;
  beforeAll(async () => {
    ctx.db = base.db;
    ctx.app = base.app;
    await base.db.transaction(async (tx) => {
      await registerEnterprise(tx, { uscc: USCC, name: '山西汾河精密制造有限公司', legalRepresentative: '王建国', contactName: '李晓东', contactPhone: '13803511234', address: '晋中市榆次区' }, SYSTEM);
      await registerEnterprise(tx, { uscc: OTHER_USCC, name: '山西太行电子科技有限公司', legalRepresentative: '赵卫东', contactName: '田春梅', contactPhone: '13903520000', address: '大同市' }, SYSTEM);
    });
    ctx.publisher = await signIn(base.app, base.db, 'publisher');
    ctx.agent = await signIn(base.app, base.db, 'agent');
    ctx.enterprise = await signIn(base.app, base.db, 'enterprise', 'case-ent', USCC);
    ctx.otherEnterprise = await signIn(base.app, base.db, 'enterprise', 'case-ent2', OTHER_USCC);
    await ctx.publisher.post(`/api/parcels/${PARCEL}/lifecycle`).send({ to: 'transferred' }).expect(200);
  });
  return ctx;
}

/** A minimal file of each allowed type, distinct per `tag` so each upload is a new version. */
export const pdfBytes = (tag: string) => Buffer.from(`%PDF-1.4\n% ${tag}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);
export const pngBytes = () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** Hall intake of a case for the applicant, back-dated to `openedAt` (a paper form recorded later). */
export const hallCase = (openedAt: string, extra: object = {}) => ({
  uscc: USCC,
  parcelCode: PARCEL,
  projectName: '精密轴承生产线项目',
  projectCode: '2026-140702-39-03-000123',
  contactName: '李晓东',
  contactPhone: '13803511234',
  confirmation: { confirmedBy: '李晓东', method: 'signature_pad' },
  occurredAt: openedAt,
  ...extra,
});
