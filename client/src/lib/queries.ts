// Server data through one query layer (TanStack Query): keys, URLs and cache lifetimes in one place.
import { keepPreviousData, useMutation, useQueries, useQuery } from '@tanstack/react-query';
import type { CheckReport, ProjectFigures, SitePlan } from '../../../server/src/checks';
import { needsServerMatch, PAGE_SIZE, parcelSearchParams, type ParcelFilters, type Sort } from '../app/url-state';
import { ApiError, getJson, postJson } from './api';
import type { Bbox, ParcelDetail, ParcelPage, ZoneList } from './api-types';
import { useSessionExpiryCheck } from './session';

const MINUTE = 60_000;

/** A 4xx will not get better by asking again; a network error or a 5xx might. */
const retryUnlessClientError = (failures: number, error: Error) =>
  failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);

export function useZones() {
  return useQuery({
    queryKey: ['zones'],
    queryFn: ({ signal }) => getJson<ZoneList>('/api/zones?geometry=true', signal),
    staleTime: 10 * MINUTE,
    retry: retryUnlessClientError,
  });
}

/** `bbox` is the map's view; a list that follows the map waits until the map has one. */
export function useParcelSearch(filters: ParcelFilters, page: number, sort: Sort, bbox: Bbox | null) {
  const params = parcelSearchParams(filters, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, sort }, bbox);
  return useQuery({
    queryKey: ['parcels', params.toString()],
    queryFn: ({ signal }) => getJson<ParcelPage>(`/api/parcels?${params}`, signal),
    enabled: !filters.inView || bbox !== null,
    placeholderData: keepPreviousData,
    staleTime: MINUTE,
    retry: retryUnlessClientError,
  });
}

/** Most matches the map marks one by one; beyond this it falls back to what tiles carry. */
export const MATCH_LIMIT = 500;

/** Codes of every parcel matching filters the tiles cannot evaluate (text, zone, division, indicators). */
export function useMatchingCodes(filters: ParcelFilters) {
  const needed = needsServerMatch(filters);
  const params = parcelSearchParams({ ...filters, inView: false }, { limit: MATCH_LIMIT, offset: 0 }, null);
  return useQuery({
    queryKey: ['parcel-codes', params.toString()],
    queryFn: async ({ signal }) => {
      const page = await getJson<ParcelPage>(`/api/parcels?${params}`, signal);
      return { codes: page.items.map((i) => i.code), complete: page.total <= page.items.length };
    },
    enabled: needed,
    staleTime: MINUTE,
    retry: retryUnlessClientError,
  });
}

export function parcelQuery(code: string) {
  return {
    queryKey: ['parcel', code],
    queryFn: ({ signal }: { signal: AbortSignal }) => getJson<ParcelDetail>(`/api/parcels/${encodeURIComponent(code)}`, signal),
    staleTime: 5 * MINUTE,
    retry: retryUnlessClientError,
  };
}

export function useParcel(code: string | null) {
  return useQuery({ ...parcelQuery(code ?? ''), enabled: code !== null });
}

export function useParcels(codes: readonly string[]) {
  return useQueries({ queries: codes.map((code) => parcelQuery(code)) });
}

export interface SavedCheck {
  id: number;
  createdAt: string;
  report: CheckReport;
}

/** Saving needs a signed-in account; its CSRF token goes with the request. */
export function useSaveCheck(code: string, csrfToken: string | undefined) {
  const onSessionError = useSessionExpiryCheck();
  return useMutation({
    mutationFn: (input: { plan: SitePlan; figures: ProjectFigures; planSrid: number }) =>
      postJson<SavedCheck>(`/api/parcels/${encodeURIComponent(code)}/checks?save=true`, input, csrfToken),
    onError: onSessionError,
  });
}
