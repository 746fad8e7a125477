import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type CoverageSummary = paths['/api/coverage/summary']['get']['responses'][200]['content']['application/json'];
export type Continuity = CoverageSummary['continuity'][number];
export type CoverageRun = NonNullable<CoverageSummary['lastRun']>;
export type RegionCoverage = paths['/api/coverage/regions']['get']['responses'][200]['content']['application/json']['items'][number];
export type Forecasts = paths['/api/coverage/forecasts']['get']['responses'][200]['content']['application/json'];
export type WorkerCoverage = paths['/api/workers/{id}/coverage']['get']['responses'][200]['content']['application/json'];
export type ProgramStatus = WorkerCoverage['programs'][number];
export type TimelineMonth = WorkerCoverage['timeline'][number];
export type Payer = TimelineMonth['programs'][number]['payer'];
export type Message = paths['/api/messages']['get']['responses'][200]['content']['application/json']['items'][number];
export type MessageFilter = NonNullable<paths['/api/messages']['get']['parameters']['query']>;
export type SelfCheck = paths['/api/self-check']['post']['responses'][200]['content']['application/json'];
export type SelfCheckBody = paths['/api/self-check']['post']['requestBody']['content']['application/json'];
export type SelfPayView = paths['/api/self-pay/lookup']['post']['responses'][200]['content']['application/json'];
export type SelfPayBody = paths['/api/self-pay/payments']['post']['requestBody']['content']['application/json'];
export type SelfPayMethod = SelfPayBody['method'];

/** How often a running monthly run is asked about. */
export const RUN_POLL_MS = 2_000;

// The pool rule and region names come in the request language: the language is part of the keys.
export const summaryQuery = (region: string | undefined, language: string) =>
  queryOptions({
    queryKey: ['coverage', 'summary', region ?? '', language] as const,
    queryFn: () => unwrap(api.GET('/api/coverage/summary', { params: { query: region ? { region } : {} } })),
    placeholderData: keepPreviousData,
  });

export const regionsCoverageQuery = (parent: string | undefined, language: string) =>
  queryOptions({
    queryKey: ['coverage', 'regions', parent ?? '', language] as const,
    queryFn: () => unwrap(api.GET('/api/coverage/regions', { params: { query: parent ? { parent } : {} } })),
    placeholderData: keepPreviousData,
  });

export const forecastsQuery = (language: string) =>
  queryOptions({
    queryKey: ['coverage', 'forecasts', language] as const,
    queryFn: () => unwrap(api.GET('/api/coverage/forecasts')),
  });

export const poolQuery = (language: string) =>
  queryOptions({
    queryKey: ['coverage', 'pool', language] as const,
    queryFn: () => unwrap(api.GET('/api/coverage/pool')),
  });

export function isRunning(runs: readonly CoverageRun[] | undefined): boolean {
  return (runs ?? []).some((run) => run.status === 'running');
}

/** The monthly runs, asked again every two seconds while one of them is running. */
export const runsQuery = queryOptions({
  queryKey: ['coverage', 'runs'] as const,
  queryFn: () => unwrap(api.GET('/api/coverage/runs')),
  refetchInterval: (query) => (isRunning(query.state.data?.items) ? RUN_POLL_MS : false),
  staleTime: 0,
});

export const workerCoverageQuery = (id: string, language: string) =>
  queryOptions({
    queryKey: ['workers', 'coverage', id, language] as const,
    queryFn: () => unwrap(api.GET('/api/workers/{id}/coverage', { params: { path: { id } } })),
  });

export const messagesQuery = (filter: MessageFilter) =>
  queryOptions({
    queryKey: ['coverage', 'messages', filter] as const,
    queryFn: () => unwrap(api.GET('/api/messages', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });

export function useStartRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (month: string) => unwrap(api.POST('/api/coverage/runs', { body: { month } })),
    // Queued or already done: the list shows it, and the figures may have moved.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['coverage'] }),
  });
}

export function useIssueSelfPayCode(workerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/workers/{id}/self-pay-code', { params: { path: { id: workerId } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['workers', 'coverage', workerId] }),
  });
}

export function useRenewDonation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: string) => unwrap(api.POST('/api/donations/{id}/renew', { params: { path: { id } }, headers: { 'Idempotency-Key': key } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['donations'] }),
  });
}

export function usePoolGift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ amount, key }: { amount: string; key: string }) => unwrap(api.POST('/api/donations/pool', { body: { amount }, headers: { 'Idempotency-Key': key } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['donations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['donor-orgs'] });
    },
  });
}

// The public doors: the NIK and the payment code travel in the body of a POST, never in an address,
// and their answers are kept only while the page shows them.
export function useSelfCheck() {
  return useMutation({
    mutationFn: (body: SelfCheckBody) => unwrap(api.POST('/api/self-check', { body })),
    gcTime: 0,
  });
}

export function useSelfPayLookup() {
  return useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/self-pay/lookup', { body: { code } })),
    gcTime: 0,
  });
}

export function useStartSelfPayment() {
  return useMutation({
    mutationFn: (body: SelfPayBody) => unwrap(api.POST('/api/self-pay/payments', { body })),
    gcTime: 0,
  });
}

const SELF_PAY_KEY = 'lingkaran.self-pay';

/**
 * Before leaving for the gateway, the "lanjut mandiri" page keeps the worker's code (and the order)
 * for this browser tab, so the gateway's page can lead back and the result can be shown without
 * typing the code again. Nothing is kept after the tab is closed.
 */
export function rememberSelfPay(code: string, orderId: string | null): void {
  try {
    window.sessionStorage.setItem(SELF_PAY_KEY, JSON.stringify({ code, orderId }));
  } catch {
    // Storage disabled: the code is typed again after the payment.
  }
}

export function rememberedSelfPay(): { code: string; orderId: string | null } | null {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(SELF_PAY_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null || !('code' in value) || typeof value.code !== 'string') return null;
    const orderId = 'orderId' in value && typeof value.orderId === 'string' ? value.orderId : null;
    return { code: value.code, orderId };
  } catch {
    return null;
  }
}

export function forgetSelfPay(): void {
  try {
    window.sessionStorage.removeItem(SELF_PAY_KEY);
  } catch {
    // Nothing was kept.
  }
}

/** Self-payment orders are numbered MDR-…: the simulator leads them back to /mandiri, not to a donation. */
export function isSelfPayOrder(orderId: string): boolean {
  return orderId.startsWith('MDR-');
}
