import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, downloadFile, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Json<P extends keyof paths, M extends 'get' | 'post', S extends number> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type Card = Json<'/api/workers/{id}/cards', 'get', 200>['items'][number];
export type CardBatch = Json<'/api/cards/batches/{id}', 'get', 200>;
export type BatchStatus = CardBatch['status'];
export type CardLayout = CardBatch['layout'];
export type BatchBody = NonNullable<paths['/api/cards/batches']['post']['requestBody']>['content']['application/json'];
export type CreatedBatch = Json<'/api/cards/batches', 'post', 202>;
export type Verification = Json<'/api/cards/verify', 'post', 200>;
export type Verdict = Verification['verdict'];
export type KeysDocument = Json<'/api/cards/keys', 'get', 200>;
export type EventSummary = Json<'/api/handover-events', 'get', 200>['items'][number];
export type HandoverEvent = Json<'/api/handover-events/{id}', 'get', 200>;
export type EventPerson = HandoverEvent['people'][number];
export type EventBody = NonNullable<paths['/api/handover-events']['post']['requestBody']>['content']['application/json'];
export type CheckinBody = NonNullable<paths['/api/handover-events/{id}/checkins']['post']['requestBody']>['content']['application/json'];
export type Checkin = Json<'/api/handover-events/{id}/checkins', 'post', 200>;
export type ReissueReason = NonNullable<paths['/api/cards/{id}/reissue']['post']['requestBody']>['content']['application/json']['reason'];
export type Reissued = Json<'/api/cards/{id}/reissue', 'post', 200>;

export const VERDICTS = ['VALID', 'EXPIRED', 'REVOKED', 'TAMPERED', 'UNKNOWN_KEY', 'MALFORMED'] as const satisfies readonly Verdict[];
export const REISSUE_REASONS = ['lost', 'damaged', 'data_error', 'other'] as const satisfies readonly ReissueReason[];

export function isVerdict(value: unknown): value is Verdict {
  return VERDICTS.some((verdict) => verdict === value);
}

/** How often a batch being made is asked again (the server fills it a chunk at a time). */
export const BATCH_POLL_MS = 1_500;

export function isBatchBusy(status: BatchStatus): boolean {
  return status === 'queued' || status === 'running';
}

export const batchesQuery = queryOptions({
  queryKey: ['cards', 'batches'] as const,
  queryFn: () => unwrap(api.GET('/api/cards/batches')),
  refetchInterval: (query) => (query.state.data?.items.some((batch) => isBatchBusy(batch.status)) ? BATCH_POLL_MS : false),
});

export const batchQuery = (id: string) =>
  queryOptions({
    queryKey: ['cards', 'batch', id] as const,
    queryFn: () => unwrap(api.GET('/api/cards/batches/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => (query.state.data && isBatchBusy(query.state.data.status) ? BATCH_POLL_MS : false),
    staleTime: 0,
  });

/** What creating a batch answered (workers left out), shown once on the batch's page. */
export const createdBatchKey = (id: string) => ['cards', 'created', id] as const;

export function batchPdfUrl(id: string): string {
  return `/api/cards/batches/${encodeURIComponent(id)}/pdf`;
}

export function useCreateBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BatchBody) => unwrap(api.POST('/api/cards/batches', { body })),
    onSuccess: (answer) => {
      queryClient.setQueryData(createdBatchKey(answer.batch.id), answer);
      queryClient.setQueryData(batchQuery(answer.batch.id).queryKey, answer.batch);
      void queryClient.invalidateQueries({ queryKey: ['cards', 'batches'] });
    },
  });
}

export const eventsQuery = queryOptions({
  queryKey: ['cards', 'events'] as const,
  queryFn: () => unwrap(api.GET('/api/handover-events')),
});

export const eventQuery = (id: string) =>
  queryOptions({
    queryKey: ['cards', 'event', id] as const,
    queryFn: () => unwrap(api.GET('/api/handover-events/{id}', { params: { path: { id } } })),
  });

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EventBody) => unwrap(api.POST('/api/handover-events', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['cards', 'events'] }),
  });
}

export function useCheckin(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CheckinBody) => unwrap(api.POST('/api/handover-events/{id}/checkins', { params: { path: { id: eventId } }, body })),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['cards', 'event', eventId] });
      void queryClient.invalidateQueries({ queryKey: ['cards', 'events'] });
    },
  });
}

export const workerCardsQuery = (workerId: string) =>
  queryOptions({
    queryKey: ['workers', 'cards', workerId] as const,
    queryFn: () => unwrap(api.GET('/api/workers/{id}/cards', { params: { path: { id: workerId } } })),
  });

export function workerCardPdfUrl(workerId: string, layout: CardLayout): string {
  return `/api/workers/${encodeURIComponent(workerId)}/card.pdf?layout=${layout}`;
}

/** Downloads a worker's card; printing may issue a KPJ or a new card, so the list is asked again. */
export function useWorkerCardPdf(workerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (layout: CardLayout) => downloadFile(workerCardPdfUrl(workerId, layout), `kartu-${layout}.pdf`),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['workers', 'cards', workerId] });
      void queryClient.invalidateQueries({ queryKey: ['workers', 'one', workerId] });
    },
  });
}

export function useReissueCard(workerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ cardId, reason }: { cardId: string; reason: ReissueReason }) =>
      unwrap(api.POST('/api/cards/{id}/reissue', { params: { path: { id: cardId } }, body: { reason } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['workers', 'cards', workerId] }),
  });
}

/** Donations whose workers can get cards (allocated), for the batch form of officers and admins. */
export const allocatedDonationsQuery = queryOptions({
  queryKey: ['donations', 'list', { status: 'allocated' }] as const,
  queryFn: () => unwrap(api.GET('/api/donations', { params: { query: { status: 'allocated' } } })),
});

export const donorOrgsQuery = queryOptions({
  queryKey: ['cards', 'donor-orgs'] as const,
  queryFn: () => unwrap(api.GET('/api/donor-orgs')),
  staleTime: 5 * 60 * 1000,
});
