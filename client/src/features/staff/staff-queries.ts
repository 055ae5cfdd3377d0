// The staff screens' server data through TanStack Query: keys all start with 'staff', so a change of
// account drops them at once (staff-app.tsx), and every write refreshes what it may have changed.
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { useMemo } from 'react';
import type { ParcelStatus } from '../../../../server/src/domain/parcel-status';
import type { WorkflowAction } from '../../../../server/src/domain/workflow';
import { ApiError, getJson, type Tagged } from '../../lib/api';
import type { Bbox } from '../../lib/api-types';
import { useSession, useSessionExpiryCheck } from '../../lib/session';
import {
  commitImport,
  deleteConstraintLayer,
  fetchConstraintLayers,
  fetchHistory,
  fetchImport,
  fetchStaffParcel,
  fetchStaffParcels,
  moveLifecycle,
  type ParcelPatch,
  runWorkflowAction,
  saveParcel,
  type StaffParcelDetail,
} from './staff-api';

const MINUTE = 60_000;
export const STAFF_KEY = ['staff'] as const;

const retryUnlessClientError = (failures: number, error: Error) => failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);

export function useCsrfToken(): string | undefined {
  return useSession().data?.csrfToken;
}

export function useStaffParcels(params: URLSearchParams, enabled = true) {
  return useQuery({
    queryKey: [...STAFF_KEY, 'parcels', params.toString()],
    queryFn: ({ signal }) => fetchStaffParcels(params, signal),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
    retry: retryUnlessClientError,
    enabled,
  });
}

const parcelKey = (code: string) => [...STAFF_KEY, 'parcel', code];

function staffParcelQuery(code: string) {
  return {
    queryKey: parcelKey(code),
    queryFn: ({ signal }: { signal: AbortSignal }) => fetchStaffParcel(code, signal),
    staleTime: 15_000,
    retry: retryUnlessClientError,
  };
}

export function useStaffParcel(code: string) {
  return useQuery(staffParcelQuery(code));
}

/** Details of several parcels (e.g. the comments of rejected drafts in a list). */
export function useStaffParcelDetails(codes: readonly string[]) {
  return useQueries({ queries: codes.map(staffParcelQuery) });
}

export const HISTORY_PAGE = 20;

export function useHistory(code: string, page: number) {
  return useQuery({
    queryKey: [...STAFF_KEY, 'history', code, page],
    queryFn: ({ signal }) => fetchHistory(code, HISTORY_PAGE, (page - 1) * HISTORY_PAGE, signal),
    placeholderData: keepPreviousData,
    retry: retryUnlessClientError,
  });
}

export function useImport(id: number | null) {
  return useQuery({
    queryKey: [...STAFF_KEY, 'import', id],
    queryFn: ({ signal }) => fetchImport(id as number, signal),
    enabled: id !== null,
    staleTime: 10 * MINUTE,
    retry: retryUnlessClientError,
  });
}

export function useConstraintLayers() {
  return useQuery({
    queryKey: [...STAFF_KEY, 'constraint-layers'],
    queryFn: ({ signal }) => fetchConstraintLayers(signal),
    retry: retryUnlessClientError,
  });
}

/** After any write: staff data, and the public caches of the investor view. */
export function useRefreshStaffData() {
  const client = useQueryClient();
  return (code?: string) => {
    void client.invalidateQueries({ queryKey: STAFF_KEY });
    void client.invalidateQueries({ queryKey: ['parcels'] });
    void client.invalidateQueries({ queryKey: ['parcel-codes'] });
    if (code) void client.invalidateQueries({ queryKey: ['parcel', code] });
  };
}

export function useSaveParcel(code: string) {
  const csrf = useCsrfToken();
  const refresh = useRefreshStaffData();
  const onSessionError = useSessionExpiryCheck();
  return useMutation({
    mutationFn: ({ patch, etag }: { patch: ParcelPatch; etag: string }) => saveParcel(code, patch, etag, csrf),
    onSuccess: () => refresh(code),
    onError: onSessionError,
  });
}

export function useWorkflowAction(code: string) {
  const csrf = useCsrfToken();
  const refresh = useRefreshStaffData();
  const onSessionError = useSessionExpiryCheck();
  return useMutation({
    mutationFn: ({ action, comment }: { action: WorkflowAction; comment?: string }) => runWorkflowAction(code, action, comment, csrf),
    onSuccess: () => refresh(code),
    onError: onSessionError,
  });
}

export function useLifecycleMove(code: string) {
  const csrf = useCsrfToken();
  const refresh = useRefreshStaffData();
  const onSessionError = useSessionExpiryCheck();
  return useMutation({
    mutationFn: (body: { to: ParcelStatus; reason?: string; listedOn?: string }) => moveLifecycle(code, body, csrf),
    onSuccess: () => refresh(code),
    onError: onSessionError,
  });
}

export function useCommitImport() {
  const csrf = useCsrfToken();
  const refresh = useRefreshStaffData();
  const onSessionError = useSessionExpiryCheck();
  return useMutation({
    mutationFn: (id: number) => commitImport(id, csrf),
    onSuccess: () => refresh(),
    onError: onSessionError,
  });
}

export function useDeleteConstraintLayer() {
  const csrf = useCsrfToken();
  const refresh = useRefreshStaffData();
  return useMutation({ mutationFn: (id: number) => deleteConstraintLayer(id, csrf), onSuccess: () => refresh() });
}

/** About 300 m around a parcel: the neighbours an outline may snap to. */
const SNAP_MARGIN_DEG = 0.003;
const UNPUBLISHED = 'draft,submitted,approved,rejected,withdrawn';

function widened([minX, minY, maxX, maxY]: Bbox): string {
  return [minX - SNAP_MARGIN_DEG, minY - SNAP_MARGIN_DEG, maxX + SNAP_MARGIN_DEG, maxY + SNAP_MARGIN_DEG].map((v) => v.toFixed(6)).join(',');
}

/**
 * Exact outlines of the parcels around one (tiles are simplified, so snapping uses these): published
 * ones in one OGC API request, the few unpublished ones through their staff details.
 */
export function useSnapNeighbours(code: string, bbox: Bbox | null): (Polygon | MultiPolygon)[] {
  const box = bbox ? widened(bbox) : null;
  const published = useQuery({
    queryKey: [...STAFF_KEY, 'snap-published', box],
    queryFn: ({ signal }) => getJson<FeatureCollection>(`/ogc/collections/parcels/items?bbox=${box}&limit=500`, signal),
    enabled: box !== null,
    staleTime: 5 * MINUTE,
  });
  const unpublished = useQuery({
    queryKey: [...STAFF_KEY, 'snap-unpublished', box],
    queryFn: ({ signal }) => fetchStaffParcels(new URLSearchParams({ bbox: box ?? '', workflow: UNPUBLISHED, limit: '50' }), signal),
    enabled: box !== null,
    staleTime: MINUTE,
  });
  const codes = (unpublished.data?.items ?? []).map((i) => i.code).filter((c) => c !== code);
  const details = useStaffParcelDetails(codes);
  // A stable array while nothing new arrived, so the map is not handed the same targets every render.
  const stamp = [published.dataUpdatedAt, ...details.map((d) => d.dataUpdatedAt)].join();
  return useMemo(() => {
    const outlines: (Polygon | MultiPolygon)[] = [];
    for (const f of published.data?.features ?? []) {
      const g = f.geometry;
      if (f.properties?.code !== code && f.id !== code && g && (g.type === 'Polygon' || g.type === 'MultiPolygon')) outlines.push(g);
    }
    for (const d of details) if (d.data) outlines.push((d.data as Tagged<StaffParcelDetail>).data.geometry);
    return outlines;
  }, [stamp, code]); // `published` and `details` are keyed by stamp
}
