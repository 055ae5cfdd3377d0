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
};
