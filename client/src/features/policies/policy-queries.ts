// Policy data through the one query layer (TanStack Query): keys, URLs and cache lifetimes here.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson } from '../../lib/api';
import { useSession } from '../../lib/session';
import { type Consultation, type Page, type PolicyFilters, policySearchParams, type PolicySummary, type PolicyWithFaq } from './policy-api';

const MINUTE = 60_000;
const KEY = ['policies'] as const;

export function usePolicySearch(filters: PolicyFilters) {
  const params = policySearchParams(filters);
  return useQuery({
    queryKey: [...KEY, 'list', params.toString()],
    queryFn: ({ signal }) => getJson<Page<PolicySummary>>(`/api/policies?${params}`, signal),
    placeholderData: keepPreviousData,
    staleTime: 5 * MINUTE,
  });
}

/** Policies in force that apply to a parcel (linked to it, its zone or its division). */
export function useApplicablePolicies(parcelCode: string, limit: number) {
  return useQuery({
    queryKey: [...KEY, 'parcel', parcelCode, limit],
    queryFn: ({ signal }) => getJson<Page<PolicySummary>>(`/api/policies?parcel=${encodeURIComponent(parcelCode)}&validity=current&limit=${limit}`, signal),
    staleTime: 5 * MINUTE,
  });
}

export function usePolicy(id: number | null) {
  return useQuery({
    queryKey: [...KEY, 'detail', id],
    queryFn: ({ signal }) => getJson<PolicyWithFaq>(`/api/policies/${id}`, signal),
    enabled: id !== null,
    staleTime: 5 * MINUTE,
  });
}

/** The questions the signed-in account may read (its own for an enterprise, all for staff). */
export function useConsultations(policyId: number | null, pendingOnly: boolean, enabled: boolean) {
  const params = new URLSearchParams({ limit: '50' });
  if (policyId !== null) params.set('policy', String(policyId));
  if (pendingOnly) params.set('status', 'pending');
  return useQuery({
    queryKey: [...KEY, 'consultations', params.toString()],
    queryFn: ({ signal }) => getJson<Page<Consultation>>(`/api/policy-consultations?${params}`, signal),
    enabled,
    staleTime: MINUTE,
  });
}

export interface AskInput {
  policyId: number | null;
  question: string;
  askerName?: string;
  askerUscc?: string;
  channel?: string;
}

function useCsrf() {
  return useSession().data?.csrfToken;
}

export function useAsk() {
  const client = useQueryClient();
  const csrf = useCsrf();
  return useMutation({
    mutationFn: (input: AskInput) => postJson<Consultation>('/api/policy-consultations', input, csrf),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useAnswer() {
  const client = useQueryClient();
  const csrf = useCsrf();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number; answer: string; public: boolean; channel?: string }) =>
      postJson<Consultation>(`/api/policy-consultations/${id}/answer`, body, csrf),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useCloseConsultation() {
  const client = useQueryClient();
  const csrf = useCsrf();
  return useMutation({
    mutationFn: (id: number) => postJson<Consultation>(`/api/policy-consultations/${id}/close`, {}, csrf),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
