// Materials stored once per enterprise and reused by every item (guide: no re-collection): versioned
// uploads typed by their bytes, size limits, safe serving, and items that record the version they used.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../support/test-db';
import { casesContext, hallCase, pdfBytes, pngBytes, USCC } from './case-fixtures';

describe.each(ENGINES)('materials on $name', (engine) => {
  const ctx = casesContext(engine);
  let code: string;
  let version: number;

  const upload = (who: 'agent' | 'enterprise', type: string, bytes: Buffer, name: string, fields: Record<string, string> = {}) => {
    let req = ctx[who].post('/api/materials').field('type', type);
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    return req.attach('file', bytes, { filename: name, contentType: 'application/pdf' });
  };
  async function step(itemCode: string, body: object) {
    const res = await ctx.agent.post(`/api/cases/${code}/items/${itemCode}/transitions`).set('If-Match', `"${version}"`).send(body);
    if (res.status === 200) version = res.body.version;
    return res;
  }

  beforeAll(async () => {
    const res = await ctx.agent.post('/api/cases').send(hallCase('2026-10-12T09:00:00+08:00', { items: ['GCGH', 'GSBZ', 'SGTS'] })).expect(201);
    code = res.body.code;
    version = res.body.version;
  });

  it('stores an upload once, as a new version only when the bytes change', async () => {
    const first = await upload('enterprise', 'site_plan', pdfBytes('v1'), '总平面图.pdf').expect(201);
    expect(first.body).toMatchObject({ uscc: USCC, type: 'site_plan', created: true, version: { version: 1, fileName: '总平面图.pdf', contentType: 'application/pdf' } });
    expect(first.body.version.sha256).toMatch(/^[0-9a-f]{64}$/);
    const same = await upload('enterprise', 'site_plan', pdfBytes('v1'), 'copy.pdf').expect(200);
    expect(same.body).toMatchObject({ created: false, version: { version: 1, id: first.body.version.id } });
    const second = await upload('agent', 'site_plan', pdfBytes('v2'), '总平面图-修改.pdf', { uscc: USCC }).expect(201);
    expect(second.body.version.version).toBe(2);
    const list = await ctx.enterprise.get('/api/materials').expect(200);
    const sitePlan = list.body.items.find((m: { type: string }) => m.type === 'site_plan');
    expect(sitePlan.versions.map((v: { version: number; channel: string }) => [v.version, v.channel])).toEqual([[2, 'HALL_WINDOW'], [1, 'ONLINE_PORTAL']]);
  });

  it('types a file by its bytes: a .pdf that is really HTML is refused, a PNG declared as PDF is stored as PNG', async () => {
    const html = await upload('enterprise', 'supervision_contract', Buffer.from('<!doctype html><script>alert(1)</script>'), 'report.pdf').expect(415);
    expect(html.body).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', param: 'file' });
    // Nothing half-written: the refused upload left no material row behind.
    const { rows } = await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM materials WHERE type_code = 'supervision_contract'`);
    expect(rows[0]?.n).toBe(0);
    const png = await upload('enterprise', 'supervision_contract', pngBytes(), 'scan.pdf').expect(201);
    expect(png.body.version.contentType).toBe('image/png');
  });

  it('refuses a file over 20 MB with 413 and a code', async () => {
    const big = Buffer.concat([pdfBytes('big'), Buffer.alloc(20 * 1024 * 1024)]);
    const res = await upload('enterprise', 'construction_drawings', big, 'big.pdf').expect(413);
    expect(res.body).toMatchObject({ code: 'FILE_TOO_LARGE', maxBytes: 20 * 1024 * 1024 });
  });

  it('refuses empty files, unknown types and another enterprise’s materials', async () => {
    expect((await upload('enterprise', 'site_plan', Buffer.alloc(0), 'empty.pdf').expect(400)).body.code).toBe('FILE_EMPTY');
    expect((await upload('enterprise', 'tax_return', pdfBytes('x'), 'x.pdf').expect(400)).body.code).toBe('UNKNOWN_MATERIAL_TYPE');
    expect((await ctx.enterprise.post('/api/materials').field('type', 'site_plan').expect(400)).body.code).toBe('FILE_REQUIRED');
    expect((await ctx.otherEnterprise.get(`/api/materials?uscc=${USCC}`).expect(403)).body.code).toBe('NOT_OWN_ENTERPRISE');
    expect((await upload('agent', 'site_plan', pdfBytes('x'), 'x.pdf').expect(400)).body).toMatchObject({ code: 'MISSING_PARAMETER', param: 'uscc' });
  });

  it('serves stored bytes with the sniffed type, nosniff and a download disposition, to the owner and staff only', async () => {
    const list = await ctx.enterprise.get('/api/materials').expect(200);
    const png = list.body.items.find((m: { type: string }) => m.type === 'supervision_contract').versions[0];
    const res = await ctx.enterprise.get(`/api/materials/versions/${png.id}/content`).expect(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-disposition']).toBe(`attachment; filename="supervision_contract-v1.png"; filename*=UTF-8''scan.pdf`);
    expect(Buffer.from(res.body)).toEqual(pngBytes());
    const inline = await ctx.agent.get(`/api/materials/versions/${png.id}/content?disposition=inline`).expect(200);
    expect(inline.headers['content-disposition']).toMatch(/^inline;/);
    expect((await ctx.otherEnterprise.get(`/api/materials/versions/${png.id}/content`).expect(403)).body.code).toBe('NOT_OWN_ENTERPRISE');
    await request(ctx.app).get(`/api/materials/versions/${png.id}/content`).expect(401);
  });

  it('shows held and missing materials per item and records the version each item was submitted with', async () => {
    const view = (await ctx.enterprise.get(`/api/cases/${code}`).expect(200)).body;
    const gcgh = view.items.find((i: { itemCode: string }) => i.itemCode === 'GCGH');
    expect(gcgh.materials.map((m: { type: string; heldBy: string | null; upload: { version: number } | null }) => [m.type, m.heldBy, m.upload?.version ?? null])).toEqual([
      ['business_licence', 'e-licence', null],
      ['site_plan', 'upload', 2],
      ['land_transfer_contract', 'parcel', null],
      ['commitment_letter', null, null],
    ]);
    // The same site plan serves the water connection too: uploaded once, held for every item.
    const gsbz = view.items.find((i: { itemCode: string }) => i.itemCode === 'GSBZ');
    expect(gsbz.materials.find((m: { type: string }) => m.type === 'site_plan').heldBy).toBe('upload');

    const submitted = await step('GCGH', { to: 'submitted' });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const used = submitted.body.items.find((i: { itemCode: string }) => i.itemCode === 'GCGH').materials;
    expect(used.map((m: { type: string; used: { source: string; version: number | null } | null }) => [m.type, m.used?.source ?? null, m.used?.version ?? null])).toEqual([
      ['business_licence', 'e-licence', null],
      ['site_plan', 'upload', 2],
      ['land_transfer_contract', 'parcel', null],
      ['commitment_letter', null, null],
    ]);
    // A later version does not change what the submitted item used.
    await upload('enterprise', 'site_plan', pdfBytes('v3'), '总平面图-第三版.pdf').expect(201);
    const later = (await ctx.agent.get(`/api/cases/${code}`).expect(200)).body.items.find((i: { itemCode: string }) => i.itemCode === 'GCGH');
    expect(later.materials[1]).toMatchObject({ upload: { version: 3 }, used: { source: 'upload', version: 2 } });
    // The public sees what is held, never the files.
    const publicView = (await request(ctx.app).get(`/api/cases/${code}`).expect(200)).body.items.find((i: { itemCode: string }) => i.itemCode === 'GCGH');
    expect(publicView.materials[1]).toMatchObject({ heldBy: 'upload', upload: null });
  });

  it('accepts with 容缺 only what may be deferred, then completes once the promise is kept', async () => {
    await upload('enterprise', 'construction_drawings', pdfBytes('drawings'), '施工图.pdf').expect(201);
    expect((await step('SGTS', { to: 'submitted' })).body.code).toBe('MATERIALS_MISSING'); // the designer's pledge is a key material
    await upload('enterprise', 'design_responsibility_pledge', pdfBytes('pledge'), '终身责任承诺书.pdf').expect(201);
    expect((await step('SGTS', { to: 'submitted' })).status).toBe(200);
    expect((await step('SGTS', { to: 'accepted' })).body).toMatchObject({ code: 'MATERIALS_MISSING', missing: ['geotechnical_report'] });
    expect((await step('SGTS', { to: 'accepted_with_deficiency' })).body).toMatchObject({ code: 'SUPPLEMENT_DATE_REQUIRED', param: 'supplementDueOn' });
    expect((await step('SGTS', { to: 'accepted_with_deficiency', supplementDueOn: '2099-01-01', deficiencyMaterials: ['construction_drawings'] })).body.code).toBe('INVALID_DEFICIENCY_MATERIAL');
    const deficient = await step('SGTS', { to: 'accepted_with_deficiency', supplementDueOn: '2099-01-01' });
    expect(deficient.status, JSON.stringify(deficient.body)).toBe(200);
    const sgts = deficient.body.items.find((i: { itemCode: string }) => i.itemCode === 'SGTS');
    expect(sgts).toMatchObject({ status: 'accepted_with_deficiency', deficiency: { supplementDueOn: '2099-01-01', materials: ['geotechnical_report'], supplementOverdue: false } });
    expect((await step('SGTS', { to: 'accepted' })).body.code).toBe('MATERIALS_MISSING');
    await upload('enterprise', 'geotechnical_report', pdfBytes('geo'), '勘察报告.pdf').expect(201);
    const supplied = await step('SGTS', { to: 'accepted' });
    expect(supplied.status).toBe(200);
    const after = supplied.body.items.find((i: { itemCode: string }) => i.itemCode === 'SGTS');
    expect(after).toMatchObject({ status: 'accepted', deficiency: null, acceptedOn: sgts.acceptedOn, deadline: { dueOn: sgts.deadline.dueOn } });
    expect(after.materials.find((m: { type: string }) => m.type === 'geotechnical_report').used).toMatchObject({ source: 'upload', version: 1 });
    const completed = await step('SGTS', { to: 'completed', resultDocumentNo: '晋中施审承诺〔2026〕018号' });
    expect(completed.body.items.find((i: { itemCode: string }) => i.itemCode === 'SGTS')).toMatchObject({ status: 'completed', resultDocumentNo: '晋中施审承诺〔2026〕018号', deadline: { onTime: true } });
  });

  it('refuses 容缺 for an item that does not allow it', async () => {
    const opened = await ctx.agent.post('/api/cases').send(hallCase('2026-11-02T09:00:00+08:00', { items: ['XMBA'] })).expect(201);
    code = opened.body.code;
    version = opened.body.version;
    await upload('enterprise', 'project_info_form', pdfBytes('form'), '备案信息表.pdf').expect(201);
    expect((await step('XMBA', { to: 'submitted' })).status).toBe(200);
    expect((await step('XMBA', { to: 'accepted_with_deficiency', supplementDueOn: '2099-01-01' })).body.code).toBe('DEFICIENCY_NOT_ALLOWED');
  });
});
