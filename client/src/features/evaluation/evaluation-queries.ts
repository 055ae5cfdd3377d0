// Evaluation data through the one query layer: metrics, drill-down, trend, regions, findings and
// improvement actions, with the writes the roles allow.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, patchJson, postJson } from '../../lib/api';
import { useSession } from '../../lib/session';
import { STAFF_KEY } from '../staff/staff-queries';
import type { DrillResponse, Finding, ImprovementAction, MetricsResponse, RegionsResponse, TrendResponse } from './evaluation-api';

const MINUTE = 60_000;
// Under the staff key: signing in as someone else resets it (staff-app.tsx).
const KEY = [...STAFF_KEY, 'evaluation'] as const;

const qs = (params: Record<string, string | number | boolean | undefined>) =>
  new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])).toString();

export function useMetrics(quarter: string, scope: string) {
  return useQuery({
    queryKey: [...KEY, 'metrics', quarter, scope],
    queryFn: ({ signal }) => getJson<MetricsResponse>(`/api/evaluation/metrics?${qs({ quarter, scope })}`, signal),
    placeholderData: keepPreviousData,
    staleTime: 5 * MINUTE,
  });
}

export function useDrill(key: string | null, quarter: string, scope: string, passed: boolean | undefined, page: number, limit: number) {
  return useQuery({
    queryKey: [...KEY, 'drill', key, quarter, scope, passed, page],
    queryFn: ({ signal }) =>
      getJson<DrillResponse>(`/api/evaluation/metrics/${key}/records?${qs({ quarter, scope, passed, limit, offset: (page - 1) * limit })}`, signal),
    enabled: key !== null,
    placeholderData: keepPreviousData,
    staleTime: 5 * MINUTE,
  });
}

export function useTrend(scope: string, to: string) {
  return useQuery({
    queryKey: [...KEY, 'trend', scope, to],
    queryFn: ({ signal }) => getJson<TrendResponse>(`/api/evaluation/trend?${qs({ scope, to })}`, signal),
    staleTime: 5 * MINUTE,
  });
}

export function useRegions(quarter: string, scope: string) {
  return useQuery({
    queryKey: [...KEY, 'regions', quarter, scope],
    queryFn: ({ signal }) => getJson<RegionsResponse>(`/api/evaluation/regions?${qs({ quarter, scope })}`, signal),
    staleTime: 5 * MINUTE,
  });
}

export function useFindings(quarter: string | undefined, scope: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'findings', quarter, scope],
    queryFn: ({ signal }) => getJson<{ items: Finding[] }>(`/api/evaluation/findings?${qs({ quarter, scope })}`, signal),
    staleTime: MINUTE,
  });
}

export function useActions(filter: { quarter?: string; scope?: string; status?: string }) {
  return useQuery({
    queryKey: [...KEY, 'actions', filter.quarter, filter.scope, filter.status],
    queryFn: ({ signal }) => getJson<{ total: number; items: ImprovementAction[] }>(`/api/improvement-actions?${qs(filter)}`, signal),
    staleTime: MINUTE,
  });
}

export interface NewFinding {
  quarter: string;
  scope: string;
  metricKey: string | null;
  severity: string;
  title: string;
  description: string;
}

export interface NewAction {
  findingId: number;
  metricKey?: string;
  targetValue: number;
  targetQuarter?: string;
  measures: string;
  owner: string;
  deadline: string;
}

export function useAddFinding() {
  const client = useQueryClient();
  const csrf = useSession().data?.csrfToken;
  return useMutation({
    mutationFn: (body: NewFinding) => postJson<Finding>('/api/evaluation/findings', body, csrf),
    onSuccess: () => client.invalidateQueries({ queryKey: [...KEY, 'findings'] }),
  });
}

export function useCreateAction() {
  const client = useQueryClient();
  const csrf = useSession().data?.csrfToken;
  return useMutation({
    mutationFn: (body: NewAction) => postJson<ImprovementAction>('/api/improvement-actions', body, csrf),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useUpdateAction() {
  const client = useQueryClient();
  const csrf = useSession().data?.csrfToken;
  return useMutation({
    mutationFn: ({ id, version, ...body }: { id: number; version: number; status?: string }) =>
      patchJson<ImprovementAction>(`/api/improvement-actions/${id}`, body, csrf, `"${version}"`),
    onSettled: () => client.invalidateQueries({ queryKey: [...KEY, 'actions'] }),
  });
}
