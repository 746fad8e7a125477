import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components, paths } from '../../api/schema';
import type { PaymentMethod } from './labels';

export type Donation = components['schemas']['Donation'];
export type DonationBody = components['schemas']['DonationRequestInput'];
export type DonationPayment = Donation['payments'][number];
export type DonationOptions = paths['/api/donations/options']['get']['responses'][200]['content']['application/json'];
export type DonationSummary = paths['/api/donations']['get']['responses'][200]['content']['application/json']['items'][number];
export type DonationListFilter = NonNullable<paths['/api/donations']['get']['parameters']['query']>;
export type ProtectedWorker = paths['/api/donations/{id}/workers']['get']['responses'][200]['content']['application/json']['items'][number];
export type StartedPayment = paths['/api/donations/{id}/payments']['post']['responses'][201]['content']['application/json'];
export type Availability = paths['/api/donations/cohort-availability']['get']['responses'][200]['content']['application/json'];
export type AvailabilityParams = paths['/api/donations/cohort-availability']['get']['parameters']['query'];
export type QuoteBody = components['schemas']['QuoteRequestInput'];

/** Payment methods, the cohort rule and the first month that can still be paid for. */
export const donationOptionsQuery = (language: string) =>
  queryOptions({
    queryKey: ['donations', 'options', language] as const,
    queryFn: () => unwrap(api.GET('/api/donations/options')),
    staleTime: 5 * 60 * 1000,
  });

export const donationsQuery = (filter: DonationListFilter) =>
  queryOptions({
    queryKey: ['donations', 'list', filter] as const,
    queryFn: () => unwrap(api.GET('/api/donations', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });

/** How long the donation page keeps asking while a payment may be arriving. */
export const POLL_INTERVAL_MS = 3_000;
export const POLL_FOR_MS = 60_000;

/** Something is on its way: a gateway payment not yet answered, or a paid donation being allocated. */
export function isAwaitingNews(donation: Donation): boolean {
  if (donation.status === 'paid') return true;
  return donation.status === 'awaiting_payment' && donation.payments.some((payment) => payment.status === 'pending' && payment.method !== 'bank_transfer');
}

// Discount names come in the request language: the language is part of the key.
export const donationQuery = (id: string, language: string) =>
  queryOptions({
    queryKey: ['donations', 'one', id, language] as const,
    queryFn: () => unwrap(api.GET('/api/donations/{id}', { params: { path: { id } } })),
  });

/** The protected workers; `version` (status and count) makes the list follow the allocation. */
export const donationWorkersQuery = (id: string, version: string) =>
  queryOptions({
    queryKey: ['donations', 'workers', id, version] as const,
    queryFn: () => unwrap(api.GET('/api/donations/{id}/workers', { params: { path: { id } } })),
  });

/** How many eligible, unprotected workers a cohort can still find (a count, never names). */
export const availabilityQuery = (params: AvailabilityParams) =>
  queryOptions({
    queryKey: ['donations', 'availability', params] as const,
    queryFn: () => unwrap(api.GET('/api/donations/cohort-availability', { params: { query: params } })),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });

/** The public quote: workers × months, line by line, from the rule book. */
export const liveQuoteQuery = (body: QuoteBody, language: string) =>
  queryOptions({
    queryKey: ['donations', 'quote', language, body] as const,
    queryFn: () => unwrap(api.POST('/api/quotes', { body })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });

export function invoiceUrl(id: string): string {
  return `/api/donations/${encodeURIComponent(id)}/invoice.pdf`;
}

export function receiptUrl(id: string): string {
  return `/api/donations/${encodeURIComponent(id)}/receipt.pdf`;
}

export function useCreateDonation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: DonationBody; key: string }) =>
      unwrap(api.POST('/api/donations', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['donations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['donor-orgs'] });
    },
  });
}

export function useStartPayment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ method, key }: { method: PaymentMethod; key: string }) =>
      unwrap(api.POST('/api/donations/{id}/payments', { params: { path: { id } }, body: { method }, headers: { 'Idempotency-Key': key } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['donations'] }),
  });
}

export function useCancelDonation(id: string, language: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/donations/{id}/cancel', { params: { path: { id } } })),
    onSuccess: (donation) => {
      queryClient.setQueryData(donationQuery(id, language).queryKey, donation);
      void queryClient.invalidateQueries({ queryKey: ['donations', 'list'] });
    },
  });
}

const RETURN_KEY = 'lingkaran.payment-return';

/**
 * Before leaving for a gateway, the donation page notes which donation an order belongs to, so the
 * gateway's page (here, the simulator) can lead back to it. Kept for this browser tab only.
 */
export function rememberPaymentReturn(orderId: string, donationId: string): void {
  try {
    window.sessionStorage.setItem(RETURN_KEY, JSON.stringify({ orderId, donationId }));
  } catch {
    // Storage disabled: the way back is the donations list.
  }
}

export function paymentReturnFor(orderId: string): string | null {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(RETURN_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null || !('orderId' in value) || !('donationId' in value)) return null;
    return value.orderId === orderId && typeof value.donationId === 'string' ? value.donationId : null;
  } catch {
    return null;
  }
}
