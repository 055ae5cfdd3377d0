// The policy library's server data (GET/POST /api/policies, /api/policy-consultations) and the URL
// vocabulary of the policies page. Types come from the server's own module.
import type { Consultation, PolicyDetail, PolicySummary } from '../../../../server/src/policies/policy';
import type { PolicyCategory, PolicyValidity } from '../../../../server/src/policies/policy-categories';
import { POLICY_CATEGORY_CODES, POLICY_VALIDITY_CODES } from '../../../../server/src/policies/policy-categories';

export type { Consultation, PolicyDetail, PolicySummary };

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export type PolicyWithFaq = PolicyDetail & { faq: Omit<Consultation, 'askerUscc' | 'askedBy' | 'answeredBy'>[] };

export const POLICY_PAGE_SIZE = 10;

/** What the policies page keeps in its URL (shareable, bookmarkable). */
export interface PolicyFilters {
  q: string;
  categories: PolicyCategory[];
  zone: string | null;
  parcel: string | null;
  validity: PolicyValidity | null;
  exempt: boolean;
  page: number;
}

export const EMPTY_POLICY_FILTERS: PolicyFilters = { q: '', categories: [], zone: null, parcel: null, validity: null, exempt: false, page: 1 };

const PARCEL_CODE = /^\d{6}-\d{4}-\d{4}$/;
const ZONE_CODE = /^[A-Z]\d{6}$/;

/** Reads the page's URL; anything unknown or malformed is dropped rather than sent to the server. Pure. */
export function readPolicyFilters(params: URLSearchParams): PolicyFilters {
  const categories = (params.get('category') ?? '')
    .split(',')
    .filter((c): c is PolicyCategory => (POLICY_CATEGORY_CODES as readonly string[]).includes(c));
  const validity = params.get('validity');
  const zone = params.get('zone');
  const parcel = params.get('parcel');
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').slice(0, 100),
    categories,
    zone: zone && ZONE_CODE.test(zone) ? zone : null,
    parcel: parcel && PARCEL_CODE.test(parcel) ? parcel : null,
    validity: validity && (POLICY_VALIDITY_CODES as readonly string[]).includes(validity) ? (validity as PolicyValidity) : null,
    exempt: params.get('exempt') === 'true',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The page's URL parameters for these filters (defaults left out), keeping other parameters such as `lang`. Pure. */
export function writePolicyFilters(f: PolicyFilters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams(base);
  for (const key of ['q', 'category', 'zone', 'parcel', 'validity', 'exempt', 'page']) out.delete(key);
  if (f.q.trim()) out.set('q', f.q.trim());
  if (f.categories.length > 0) out.set('category', f.categories.join(','));
  if (f.zone) out.set('zone', f.zone);
  if (f.parcel) out.set('parcel', f.parcel);
  if (f.validity) out.set('validity', f.validity);
  if (f.exempt) out.set('exempt', 'true');
  if (f.page > 1) out.set('page', String(f.page));
  return out;
}

/** The API query for a page of the list. Pure. */
export function policySearchParams(f: PolicyFilters, limit = POLICY_PAGE_SIZE): URLSearchParams {
  const params = writePolicyFilters({ ...f, page: 1 });
  params.set('limit', String(limit));
  params.set('offset', String((f.page - 1) * limit));
  return params;
}
