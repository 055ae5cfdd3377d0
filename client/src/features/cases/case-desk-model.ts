// The agent desk's filters as URL state (a desk view can be bookmarked or shared) and as the query of
// GET /api/cases. Pure.
import { ITEM_STATUS_CODES, type ItemStatus } from '../../../../server/src/cases/item-status';

export const DESK_VIEWS = ['mine', 'dueSoon', 'overdue', 'all'] as const;
export type DeskView = (typeof DESK_VIEWS)[number];
export const DESK_PAGE_SIZE = 20;
/** "Due soon" on the desk: a running item due within this many working days. */
export const DUE_SOON_WORKDAYS = 3;

export interface DeskFilters {
  view: DeskView;
  status: ItemStatus | null;
  zone: string | null;
  q: string;
  page: number;
}

export function readDeskFilters(params: URLSearchParams, defaultView: DeskView): DeskFilters {
  const view = DESK_VIEWS.find((v) => v === params.get('view')) ?? defaultView;
  const status = ITEM_STATUS_CODES.find((s) => s === params.get('status')) ?? null;
  const zone = params.get('zone');
  const page = Number(params.get('page'));
  return {
    view,
    status,
    zone: zone && /^[A-Z][0-9]{6}$/.test(zone) ? zone : null,
    q: (params.get('q') ?? '').trim().slice(0, 100),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Only what differs from the defaults, so a plain desk keeps a plain URL. */
export function writeDeskFilters(f: DeskFilters, defaultView: DeskView): URLSearchParams {
  const p = new URLSearchParams();
  if (f.view !== defaultView) p.set('view', f.view);
  if (f.status) p.set('status', f.status);
  if (f.zone) p.set('zone', f.zone);
  if (f.q) p.set('q', f.q);
  if (f.page > 1) p.set('page', String(f.page));
  return p;
}

export function deskQuery(f: DeskFilters): URLSearchParams {
  const p = new URLSearchParams({ limit: String(DESK_PAGE_SIZE), offset: String((f.page - 1) * DESK_PAGE_SIZE) });
  if (f.view === 'mine') p.set('mine', 'true');
  if (f.view === 'dueSoon') p.set('dueWithin', String(DUE_SOON_WORKDAYS));
  if (f.view === 'overdue') p.set('overdue', 'true');
  if (f.status) p.set('status', f.status);
  if (f.zone) p.set('zone', f.zone);
  if (f.q) p.set('q', f.q);
  return p;
}

export const pageCount = (total: number): number => Math.max(1, Math.ceil(total / DESK_PAGE_SIZE));
