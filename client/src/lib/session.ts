// The signed-in account, if any (/api/session). Investors browse without one; saving a check record
// needs an account (server/src/users/route-roles.ts), and every write carries the session's CSRF token.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../server/src/users/roles';
import { ApiError, deleteJson, getJson, postJson } from './api';

export interface SessionUser {
  username: string;
  role: Role;
  displayName: string | null;
  uscc: string | null;
}

export interface SessionInfo {
  user: SessionUser | null;
  csrfToken?: string;
  expiresAt?: string;
}

const SESSION_KEY = ['session'];

export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: ({ signal }) => getJson<SessionInfo>('/api/session', signal),
    staleTime: 60_000,
    retry: false,
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { username: string; password: string }) => postJson<SessionInfo>('/api/session', credentials),
    onSuccess: (session) => client.setQueryData(SESSION_KEY, session),
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (csrfToken: string | undefined) => deleteJson('/api/session', csrfToken),
    onSettled: () => client.setQueryData(SESSION_KEY, { user: null }),
  });
}

/** After a 401/403 the session may have ended (idle timeout): ask the server again. */
export function useSessionExpiryCheck() {
  const client = useQueryClient();
  return (error: unknown) => {
    if (error instanceof ApiError && (error.status === 401 || error.code === 'CSRF_TOKEN_INVALID')) void client.invalidateQueries({ queryKey: SESSION_KEY });
  };
}
