// The case screens' server data through TanStack Query. A case body depends on who reads it (masked
// for the public), so the account is part of every key.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, getJson } from '../../lib/api';
import type { ZoneList } from '../../lib/api-types';
import { useSession, useSessionExpiryCheck } from '../../lib/session';
import { caseApi, type CaseView } from './case-api';
import type { Viewer } from './case-page-model';

export const CASES_KEY = ['cases'] as const;

const retryUnlessClientError = (failures: number, error: Error) => failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);

export function useViewer(): { viewer: Viewer | null; who: string; csrf: string | undefined; ready: boolean; username: string | null } {
  const session = useSession();
  const user = session.data?.user ?? null;
  return {
    viewer: user ? { role: user.role, uscc: user.uscc } : null,
    who: user?.username ?? '-',
    username: user?.username ?? null,
    csrf: session.data?.csrfToken,
    ready: !session.isPending,
  };
}

export function useCase(code: string) {
  const { who } = useViewer();
  return useQuery({
    queryKey: [...CASES_KEY, 'case', code, who],
    queryFn: ({ signal }) => caseApi.get(code, signal).then((r) => r.data),
    staleTime: 15_000,
    retry: retryUnlessClientError,
  });
}

export function useCaseList(params: URLSearchParams, enabled = true) {
  const { who } = useViewer();
  return useQuery({
    queryKey: [...CASES_KEY, 'list', params.toString(), who],
    queryFn: ({ signal }) => caseApi.list(params, signal),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
    retry: retryUnlessClientError,
    enabled,
  });
}

export function useCatalog() {
  return useQuery({ queryKey: [...CASES_KEY, 'catalog'], queryFn: ({ signal }) => caseApi.catalog(signal), staleTime: 10 * 60_000, retry: retryUnlessClientError });
}

/**
 * Writes on a case answer with the new CaseView: it replaces the cached one. A 412 means someone
 * else changed the case meanwhile; the page is reloaded so the user decides again on fresh data.
 */
export function useCaseWrite<T>(code: string, write: (input: T, csrf: string | undefined) => Promise<CaseView>) {
  const client = useQueryClient();
  const { who, csrf } = useViewer();
  const onSessionError = useSessionExpiryCheck();
  return useMutation({
    mutationFn: (input: T) => write(input, csrf),
    onSuccess: (view) => {
      client.setQueryData([...CASES_KEY, 'case', code, who], view);
      void client.invalidateQueries({ queryKey: [...CASES_KEY, 'list'] });
    },
    onError: (error) => {
      onSessionError(error);
      if (error instanceof ApiError && error.status === 412) void client.invalidateQueries({ queryKey: [...CASES_KEY, 'case', code] });
    },
  });
}

/** Zone names for the desk's filter (no geometry needed). */
export function useZoneNames() {
  return useQuery({
    queryKey: ['zones', 'names'],
    queryFn: ({ signal }) => getJson<ZoneList>('/api/zones', signal),
    staleTime: 10 * 60_000,
    retry: retryUnlessClientError,
  });
}

export function useParcelLetters(parcelCode: string) {
  const valid = /^[0-9]{6}-[0-9]{4}-[0-9]{4}$/.test(parcelCode);
  return useQuery({
    queryKey: [...CASES_KEY, 'parcel-letters', parcelCode],
    queryFn: ({ signal }) => caseApi.parcelLetters(parcelCode, signal),
    enabled: valid,
    staleTime: 60_000,
    retry: retryUnlessClientError,
  });
}
