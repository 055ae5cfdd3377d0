// One sample request per guarded route in ROUTE_ROLES. The Record type makes tsc refuse a new
// ROUTE_ROLES entry that has no sample here, so the role matrix always covers the whole policy.
import type { GuardedRoute } from '../../../server/src/users/route-roles';

export interface RouteSample {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  /** A valid body, built per call so that creations do not collide. */
  body?: () => object;
}

let serial = 0;
const rect = (x: number, y: number, w: number, h: number) => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]],
});

export const ROUTE_SAMPLES: Record<GuardedRoute, RouteSample> = {
  'DELETE /api/session': { method: 'delete', path: '/api/session' },
  'GET /api/users': { method: 'get', path: '/api/users' },
  'POST /api/users': {
    method: 'post',
    path: '/api/users',
    body: () => ({ username: `matrix-${++serial}`, role: 'evaluator', password: 'Matrix#2026pw' }),
  },
  // Parcel 140702-2025-0001 of the small catalog; a plan in its GK metres (see parcel-checks-api.test.ts).
  'POST /api/parcels/:code/checks?save=true': {
    method: 'post',
    path: '/api/parcels/140702-2025-0001/checks?save=true',
    body: () => ({
      plan: { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'W1', geometry: rect(387_010, 4_172_010, 100, 100), properties: { kind: 'building', floors: 7, height_m: 28 } }] },
      planSrid: 4547,
    }),
  },
  'POST /api/imports': { method: 'post', path: '/api/imports' },
  'GET /api/imports/:id': { method: 'get', path: '/api/imports/999999' },
  'POST /api/imports/:id/commit': { method: 'post', path: '/api/imports/999999/commit' },
  'PATCH /api/parcels/:code': { method: 'patch', path: '/api/parcels/140702-2026-0001', body: () => ({ name: '改名' }) },
  'POST /api/parcels/:code/submit': { method: 'post', path: '/api/parcels/140702-2026-0001/submit' },
  'POST /api/parcels/:code/approve': { method: 'post', path: '/api/parcels/140702-2026-0001/approve' },
  'POST /api/parcels/:code/reject': { method: 'post', path: '/api/parcels/140702-2026-0001/reject', body: () => ({ comment: '不符合' }) },
  'POST /api/parcels/:code/publish': { method: 'post', path: '/api/parcels/140702-2026-0001/publish' },
  'POST /api/parcels/:code/withdraw': { method: 'post', path: '/api/parcels/140702-2026-0001/withdraw', body: () => ({ comment: '调整' }) },
  'POST /api/parcels/:code/lifecycle': { method: 'post', path: '/api/parcels/140702-2025-0001/lifecycle', body: () => ({ to: 'under_construction' }) },
  'GET /api/parcels/:code/history': { method: 'get', path: '/api/parcels/140702-2025-0001/history' },
  'GET /api/constraint-layers': { method: 'get', path: '/api/constraint-layers' },
  'POST /api/constraint-layers': { method: 'post', path: '/api/constraint-layers' },
  'DELETE /api/constraint-layers/:id': { method: 'delete', path: '/api/constraint-layers/999999' },
  'GET /api/outbox': { method: 'get', path: '/api/outbox' },
  'POST /api/outbox/:id/retry': { method: 'post', path: '/api/outbox/999999/retry' },
  'GET /api/investment-projects/:code': { method: 'get', path: '/api/investment-projects/2026-140105-34-03-123456' },
  'POST /api/commitments': {
    method: 'post',
    path: '/api/commitments',
    body: () => ({ parcelCode: '140702-2026-0001', enterprise: { uscc: '91140100MA0K3C7A04' }, project: { code: '2026-140105-34-03-123456', name: '矩阵测试项目' }, deadlines: { startBy: '2027-03-01', completeBy: '2028-03-01', outputBy: '2029-03-01' } }),
  },
  'GET /api/commitments/reminders': { method: 'get', path: '/api/commitments/reminders' },
  'POST /api/commitments/:id/sign': { method: 'post', path: '/api/commitments/CL2026999999/sign' },
  'POST /api/commitments/:id/verify': { method: 'post', path: '/api/commitments/CL2026999999/verify', body: () => ({ stage: 'output', figures: {} }) },
  'POST /api/commitments/:id/terminate': { method: 'post', path: '/api/commitments/CL2026999999/terminate', body: () => ({ reason: '矩阵测试' }) },
  'GET /api/commitments/:id/letter.pdf': { method: 'get', path: '/api/commitments/CL2026999999/letter.pdf' },
  'GET /api/enterprises/:uscc/credit': { method: 'get', path: '/api/enterprises/91140100MA0K3C7A04/credit' },
  'POST /api/policies': {
    method: 'post',
    path: '/api/policies',
    body: () => ({ title: `矩阵测试政策${++serial}`, category: 'subsidy', issuer: '测试发布单位', issuedOn: '2026-01-05', effectiveFrom: '2026-01-05', fullText: '正文' }),
  },
  'PUT /api/policies/:id': { method: 'put', path: '/api/policies/999999' },
  'POST /api/policy-consultations': { method: 'post', path: '/api/policy-consultations', body: () => ({ question: '矩阵测试咨询问题', askerName: '测试企业' }) },
  'POST /api/policy-consultations/:id/answer': { method: 'post', path: '/api/policy-consultations/999999/answer', body: () => ({ answer: '答复' }) },
  'POST /api/policy-consultations/:id/close': { method: 'post', path: '/api/policy-consultations/999999/close' },
  'GET /api/evaluation/metrics': { method: 'get', path: '/api/evaluation/metrics?quarter=2026Q3&scope=14' },
  'GET /api/evaluation/metrics/:key/records': { method: 'get', path: '/api/evaluation/metrics/parcel_record_complete/records?quarter=2026Q3' },
  'GET /api/evaluation/trend': { method: 'get', path: '/api/evaluation/trend?from=2026Q2&to=2026Q3' },
  'GET /api/evaluation/regions': { method: 'get', path: '/api/evaluation/regions?quarter=2026Q3' },
  'GET /api/evaluation/reports/:quarter': { method: 'get', path: '/api/evaluation/reports/2026Q3?scope=1407' },
  'GET /api/evaluation/findings': { method: 'get', path: '/api/evaluation/findings' },
  'POST /api/evaluation/findings': {
    method: 'post',
    path: '/api/evaluation/findings',
    body: () => ({ quarter: '2026Q3', scope: '14', severity: 'low', title: '矩阵测试发现', description: '矩阵测试' }),
  },
  'GET /api/improvement-actions': { method: 'get', path: '/api/improvement-actions' },
  'GET /api/improvement-actions/:id': { method: 'get', path: '/api/improvement-actions/999999' },
  'POST /api/improvement-actions': {
    method: 'post',
    path: '/api/improvement-actions',
    body: () => ({ findingId: 999999, targetValue: 0.9, measures: '矩阵测试', owner: '测试单位', deadline: '2026-12-31' }),
  },
  'PATCH /api/improvement-actions/:id': { method: 'patch', path: '/api/improvement-actions/999999', body: () => ({ status: 'in_progress' }) },
  // Agency cases: a well-formed but unknown case code (DB140702202699999 + check 5) answers 404 past the guard.
  'GET /api/cases': { method: 'get', path: '/api/cases' },
  'POST /api/cases': {
    method: 'post',
    path: '/api/cases',
    body: () => ({ uscc: '91140100MA0K3C7A04', parcelCode: '140702-2025-0001', projectName: '矩阵测试项目', contactName: '测试', contactPhone: '13800000000' }),
  },
  'PATCH /api/cases/:code': { method: 'patch', path: '/api/cases/DB1407022026999995', body: () => ({ contactName: '测试' }) },
  'POST /api/cases/:code/items/:itemId/transitions': { method: 'post', path: '/api/cases/DB1407022026999995/items/YDGH/transitions', body: () => ({ to: 'submitted' }) },
  'POST /api/cases/:code/items/:itemId/suspend': { method: 'post', path: '/api/cases/DB1407022026999995/items/YDGH/suspend', body: () => ({ reason: '测试' }) },
  'POST /api/cases/:code/items/:itemId/resume': { method: 'post', path: '/api/cases/DB1407022026999995/items/YDGH/resume', body: () => ({}) },
  'POST /api/cases/:code/evaluations': { method: 'post', path: '/api/cases/DB1407022026999995/evaluations', body: () => ({ score: 5 }) },
  'GET /api/materials': { method: 'get', path: '/api/materials?uscc=91140100MA0K3C7A04' },
  'POST /api/materials': { method: 'post', path: '/api/materials' },
  'GET /api/materials/versions/:id/content': { method: 'get', path: '/api/materials/versions/999999/content' },
};
