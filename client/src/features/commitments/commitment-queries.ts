// The commitment screens' server data through TanStack Query. Answers that depend on who asks
// (personal fields, the credit record, the case list) carry the account in their key, so signing in
// or out never shows one account's data to another.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../lib/api';
import { useSession, useSessionExpiryCheck } from '../../lib/session';
import { commitmentApi, type CommitmentView, type VerifyRequest } from './commitment-api';
import type { Account } from './commitment-permissions';

export const COMMITMENTS_KEY = ['commitments'] as const;
const MINUTE = 60_000;

const retryUnlessClientError = (failures: number, error: Error) => failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);

/** The signed-in account (or null) and its CSRF token; `ready` once the session has been asked. */
export function useAccount(): { account: Account | null; who: string; csrf: string | undefined; ready: boolean } {
  const session = useSession();
  const user = session.data?.user ?? null;
  return {
    account: user ? { role: user.role, uscc: user.uscc } : null,
    who: user?.username ?? '-',
    csrf: session.data?.csrfToken,
    ready: !session.isPending,
  };
}

export function useCommitment(id: string) {
  const { who } = useAccount();
  return useQuery({
    queryKey: [...COMMITMENTS_KEY, 'letter', id, who],
    queryFn: ({ signal }) => commitmentApi.get(id, signal),
    staleTime: 15_000,
    retry: retryUnlessClientError,
  });
}

export function useCommitmentList(params: URLSearchParams, enabled = true) {
  return useQuery({
    queryKey: [...COMMITMENTS_KEY, 'list', params.toString()],
    queryFn: ({ signal }) => commitmentApi.list(params, signal),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
    retry: retryUnlessClientError,
    enabled,
  });
}

/** Letters of one parcel, newest first; the active one (if any) is among the first. */
export function useParcelLetters(parcelCode: string) {
  return useCommitmentList(new URLSearchParams({ parcel: parcelCode, limit: '20' }));
}

export function useReminders(params: URLSearchParams, enabled = true) {
  const { who } = useAccount();
  return useQuery({
    queryKey: [...COMMITMENTS_KEY, 'reminders', params.toString(), who],
    queryFn: ({ signal }) => commitmentApi.reminders(params, signal),
    staleTime: MINUTE,
    retry: retryUnlessClientError,
    enabled,
  });
}

export function useEnterprise(uscc: string | null) {
  const { who } = useAccount();
  return useQuery({
    queryKey: [...COMMITMENTS_KEY, 'enterprise', uscc, who],
    queryFn: ({ signal }) => commitmentApi.enterprise(uscc ?? '', signal),
    enabled: uscc !== null,
    staleTime: MINUTE,
    retry: retryUnlessClientError,
  });
}

export function useEnterpriseCredit(uscc: string | null, enabled = true) {
  const { who } = useAccount();
  return useQuery({
    queryKey: [...COMMITMENTS_KEY, 'credit', uscc, who],
    queryFn: ({ signal }) => commitmentApi.credit(uscc ?? '', signal),
    enabled: enabled && uscc !== null,
    staleTime: MINUTE,
    retry: retryUnlessClientError,
  });
}

export function useParcelCases(parcelCode: string, enabled: boolean) {
  const { who } = useAccount();
  return useQuery({
    queryKey: [...COMMITMENTS_KEY, 'cases', parcelCode, who],
    queryFn: ({ signal }) => commitmentApi.casesOfParcel(parcelCode, signal),
    enabled,
    staleTime: MINUTE,
    retry: retryUnlessClientError,
  });
}

/** Writes on one letter: each answers with the new letter, which replaces the cached one. */
export function useLetterActions(id: string) {
  const client = useQueryClient();
  const { csrf, who } = useAccount();
  const onSessionError = useSessionExpiryCheck();
  const store = (view: CommitmentView) => {
    client.setQueryData([...COMMITMENTS_KEY, 'letter', id, who], { data: view, etag: `"${view.version}"` });
    // Lists, reminders, the enterprise's letters and the parcel's link may all have changed.
    void client.invalidateQueries({ queryKey: COMMITMENTS_KEY, predicate: (q) => q.queryKey[1] !== 'letter' });
    void client.invalidateQueries({ queryKey: ['parcel', view.parcel.code] });
  };
  return {
    sign: useMutation({
      mutationFn: (version: number) => commitmentApi.sign(id, version, csrf),
      onSuccess: store,
      onError: onSessionError,
    }),
    verify: useMutation({
      mutationFn: ({ body, version }: { body: VerifyRequest; version: number }) => commitmentApi.verify(id, body, version, csrf),
      onSuccess: (res) => store(res.commitment),
      onError: onSessionError,
    }),
    terminate: useMutation({
      mutationFn: ({ reason, version }: { reason: string; version: number }) => commitmentApi.terminate(id, reason, version, csrf),
      onSuccess: store,
      onError: onSessionError,
    }),
  };
}
