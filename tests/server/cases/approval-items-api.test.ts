// The public approval item catalog (事项目录) and its standard-land bundle, as migration 0007 seeds them.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { smallCatalogApp } from '../../support/small-catalog';
import { ENGINES } from '../../support/test-db';

describe.each(ENGINES)('approval item catalog on $name', (engine) => {
  const ctx = smallCatalogApp(engine);

  it('lists the standard-land chain with limits, materials, channels and fees, without signing in', async () => {
    const res = await request(ctx.app).get('/api/approval-items').expect(200);
    expect(res.body.total).toBe(13);
    const codes = res.body.items.map((i: { code: string }) => i.code);
    expect(codes).toEqual(['XMBA', 'YDGH', 'GCGH', 'SGTS', 'XFSJ', 'SGXK', 'GSBZ', 'GDBZ', 'GQBZ', 'GRBZ', 'TXBZ', 'LHYS', 'BDCDJ']);
    for (const item of res.body.items) {
      expect(item.committedLimitDays).toBeLessThanOrEqual(item.legalLimitDays);
      expect(item.channels).toEqual(expect.arrayContaining(['ONLINE_PORTAL', 'HALL_WINDOW']));
      expect(item.materials.length).toBeGreaterThan(0);
      expect(item.legalBasis).not.toBe('');
    }
    expect(res.body.bundles).toEqual([{ code: 'standard-land', nameZh: expect.any(String), nameEn: expect.any(String), items: codes }]);
    expect(res.body.stages).toHaveLength(5);
  });

  it('describes one item: department, legal basis, 容缺 and where each material comes from', async () => {
    const res = await request(ctx.app).get('/api/approval-items/ydgh').expect(200);
    expect(res.body).toMatchObject({
      code: 'YDGH',
      nameZh: '建设用地规划许可证核发',
      departmentZh: '自然资源和规划部门',
      legalBasis: expect.stringContaining('城乡规划法'),
      stage: 1,
      legalLimitDays: 20,
      committedLimitDays: 5,
      deficiencyAllowed: true,
      feeYuan: 0,
    });
    expect(res.body.materials).toEqual([
      { type: 'business_licence', nameZh: '营业执照', nameEn: 'Business licence', source: 'e-licence', key: true },
      { type: 'land_transfer_contract', nameZh: '国有建设用地使用权出让合同', nameEn: 'Land-use right transfer contract', source: 'parcel', key: true },
      { type: 'parcel_boundary_map', nameZh: '宗地界址图', nameEn: 'Parcel boundary map', source: 'parcel', key: true },
      { type: 'commitment_letter', nameZh: '标准地承诺书', nameEn: 'Standard-land commitment letter', source: 'commitment', key: false },
    ]);
  });

  it('keeps utilities as separate items with their own limits at the hall', async () => {
    const res = await request(ctx.app).get('/api/approval-items').expect(200);
    const utilities = res.body.items.filter((i: { serviceKind: string }) => i.serviceKind === 'public_service');
    expect(utilities.map((u: { code: string; committedLimitDays: number }) => [u.code, u.committedLimitDays])).toEqual([
      ['GSBZ', 5], ['GDBZ', 8], ['GQBZ', 5], ['GRBZ', 5], ['TXBZ', 3],
    ]);
  });

  it('answers 404 for an unknown item and 400 for something that is not an item code', async () => {
    expect((await request(ctx.app).get('/api/approval-items/ZZZZ').expect(404)).body.code).toBe('APPROVAL_ITEM_NOT_FOUND');
    expect((await request(ctx.app).get('/api/approval-items/1-2').expect(400)).body.code).toBe('INVALID_ITEM_CODE');
  });
});
