import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, postForm, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type PaymentRow = paths['/api/payments']['get']['responses'][200]['content']['application/json']['items'][number];
export type PaymentFilter = NonNullable<paths['/api/payments']['get']['parameters']['query']>;
export type PaymentException = paths['/api/payments/exceptions']['get']['responses'][200]['content']['application/json']['items'][number];
export type LedgerCheck = paths['/api/ledger/check']['get']['responses'][200]['content']['application/json'];
export type LedgerAccount = paths['/api/ledger/accounts']['get']['responses'][200]['content']['application/json']['items'][number];

/** Bank transfers waiting for an officer: the queue refreshes itself every half minute. */
export const paymentsQuery = (filter: PaymentFilter) =>
  queryOptions({
    queryKey: ['payments', 'list', filter] as const,
    queryFn: () => unwrap(api.GET('/api/payments', { params: { query: filter } })),
    refetchInterval: 30_000,
  });

export const exceptionsQuery = (isResolved: boolean) =>
  queryOptions({
    queryKey: ['payments', 'exceptions', isResolved] as const,
    queryFn: () => unwrap(api.GET('/api/payments/exceptions', { params: { query: { isResolved: isResolved ? 'true' : 'false' } } })),
  });

export const ledgerCheckQuery = queryOptions({
  queryKey: ['ledger', 'check'] as const,
  queryFn: () => unwrap(api.GET('/api/ledger/check')),
  staleTime: 0,
});

export const ledgerAccountsQuery = queryOptions({
  queryKey: ['ledger', 'accounts'] as const,
  queryFn: () => unwrap(api.GET('/api/ledger/accounts')),
  staleTime: 0,
});

/** Proofs of transfer the server accepts (checked again there by their first bytes). */
export const PROOF_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const PROOF_MAX_BYTES = 5 * 1024 * 1024;

type ConfirmAnswer = { status: string; needsApproval: boolean };

function isConfirmAnswer(value: unknown): value is ConfirmAnswer {
  return typeof value === 'object' && value !== null && 'status' in value && typeof value.status === 'string' && 'needsApproval' in value;
}

/** After a payment changes, every list of payments and donations, and the donors' funds, are out of date. */
function refreshMoney(queryClient: ReturnType<typeof useQueryClient>) {
  void queryClient.invalidateQueries({ queryKey: ['payments'] });
  void queryClient.invalidateQueries({ queryKey: ['donations'] });
  void queryClient.invalidateQueries({ queryKey: ['donor-orgs'] });
  void queryClient.invalidateQueries({ queryKey: ['ledger'] });
}

export function useConfirmTransfer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, proof }: { id: string; proof: File }) => {
      const form = new FormData();
      form.append('proof', proof, proof.name);
      const answer = await postForm(`/api/payments/${encodeURIComponent(id)}/confirm-transfer`, form);
      if (!isConfirmAnswer(answer)) throw new Error('Unexpected answer to a transfer confirmation');
      return answer;
    },
    onSuccess: () => refreshMoney(queryClient),
  });
}

export function useApproveTransfer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/payments/{id}/approve', { params: { path: { id } } })),
    onSuccess: () => refreshMoney(queryClient),
  });
}

export function useResolveException() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, resolution }: { id: string; resolution: string }) =>
      unwrap(api.POST('/api/payments/exceptions/{id}/resolve', { params: { path: { id } }, body: { resolution } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['payments', 'exceptions'] }),
  });
}
