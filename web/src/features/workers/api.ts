import { infiniteQueryOptions, keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, downloadFile, postForm, unwrap } from '../../api/client';
import type { components, paths } from '../../api/schema';

export type Worker = components['schemas']['Worker'];
export type WorkerStatus = Worker['status'];
export type WorkerImport = components['schemas']['WorkerImport'];
export type ImportStatus = WorkerImport['status'];
export type ImportMode = NonNullable<WorkerImport['mode']>;
export type RegistrationBody = components['schemas']['WorkerRegistrationInput'];
export type PatchBody = components['schemas']['WorkerPatchInput'];
export type NikCheck = components['schemas']['NikCheck'];
export type Registration = paths['/api/workers']['post']['responses'][201]['content']['application/json'];
export type HistoryEntry = paths['/api/workers/{id}/history']['get']['responses'][200]['content']['application/json']['items'][number];
export type DuplicatePair = paths['/api/workers/duplicates']['get']['responses'][200]['content']['application/json']['items'][number];
export type DuplicateStatus = DuplicatePair['status'];
export type DuplicateDecision = paths['/api/workers/duplicates/{id}/decision']['post']['requestBody']['content']['application/json'];
export type ImportIssue = paths['/api/workers/imports/{id}/issues']['get']['responses'][200]['content']['application/json']['items'][number];
export type IssueSeverity = ImportIssue['severity'];
export type RevealBody = paths['/api/workers/{id}/reveal']['post']['requestBody']['content']['application/json'];
export type RevealReason = RevealBody['reason'];
export type Revealed = paths['/api/workers/{id}/reveal']['post']['responses'][200]['content']['application/json'];

export type WorkerSort = 'newest' | 'name';
export type CoverageFilter = NonNullable<NonNullable<paths['/api/workers']['get']['parameters']['query']>['coverage']>;

/** The list's filters, as they stand in the address (/workers?status=registered&…). */
export type WorkerFilters = {
  q?: string;
  region?: string;
  occupation?: string;
  status?: WorkerStatus;
  dtks?: boolean;
  /** Highest P3KE decile, 1–10. */
  p3ke?: number;
  /** JKM coverage: never covered, active, ending within 30 days, in arrears, ended, paying themselves. */
  coverage?: CoverageFilter;
  sort?: WorkerSort;
};

const PAGE_SIZE = '25';

/** The filters as the API names them; empty ones are left out. */
export function filterParams(filters: WorkerFilters) {
  return {
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.region ? { region: filters.region } : {}),
    ...(filters.occupation ? { occupation: filters.occupation } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.dtks === undefined ? {} : { dtks: filters.dtks ? ('true' as const) : ('false' as const) }),
    ...(filters.p3ke ? { p3keMaxDecile: String(filters.p3ke) } : {}),
    ...(filters.coverage ? { coverage: filters.coverage } : {}),
    ...(filters.sort ? { sort: filters.sort } : {}),
  };
}

// The server words occupation names, messages and history in the request language: the
// language is part of every key, so switching it asks again.
export const workersQuery = (filters: WorkerFilters, language: string) =>
  infiniteQueryOptions({
    queryKey: ['workers', 'list', language, filters] as const,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/workers', { params: { query: { ...filterParams(filters), limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

export const workerQuery = (id: string, language: string) =>
  queryOptions({
    queryKey: ['workers', 'one', id, language] as const,
    queryFn: () => unwrap(api.GET('/api/workers/{id}', { params: { path: { id } } })),
  });

export const historyQuery = (id: string, language: string) =>
  queryOptions({
    queryKey: ['workers', 'history', id, language] as const,
    queryFn: () => unwrap(api.GET('/api/workers/{id}/history', { params: { path: { id } } })),
  });

export const duplicatesQuery = (status: DuplicateStatus, language: string) =>
  queryOptions({
    queryKey: ['workers', 'duplicates', status, language] as const,
    queryFn: () => unwrap(api.GET('/api/workers/duplicates', { params: { query: { status } } })),
  });

/** What a registration answered (warnings, probable duplicates), shown once on the worker's page. */
export const registrationKey = (id: string) => ['worker-registration', id] as const;

export const importsQuery = (language: string) =>
  queryOptions({
    queryKey: ['imports', 'list', language] as const,
    queryFn: () => unwrap(api.GET('/api/workers/imports')),
  });

export function isImportBusy(status: ImportStatus): boolean {
  return status === 'validating' || status === 'committing';
}

/** One import, asked again every second while the server is checking or saving it. */
export const importQuery = (id: string, language: string) =>
  queryOptions({
    queryKey: ['imports', 'one', id, language] as const,
    queryFn: () => unwrap(api.GET('/api/workers/imports/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => (query.state.data && isImportBusy(query.state.data.status) ? 1000 : false),
    staleTime: 0,
  });

export const importIssuesQuery = (id: string, severity: IssueSeverity | '', language: string) =>
  infiniteQueryOptions({
    queryKey: ['imports', 'issues', id, severity, language] as const,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/workers/imports/{id}/issues', {
          params: {
            path: { id },
            query: { limit: '50', ...(severity ? { severity } : {}), ...(pageParam > 0 ? { afterRow: String(pageParam) } : {}) },
          },
        }),
      ),
    initialPageParam: 0,
    getNextPageParam: (page) => page.nextAfterRow ?? undefined,
  });

/** Structure of a NIK (region, birth date, sex), asked of the public checker; nothing is stored. */
export const nikCheckQuery = (nik: string, language: string) =>
  queryOptions({
    queryKey: ['nik-check', nik, language] as const,
    queryFn: () => unwrap(api.POST('/api/nik/check', { body: { nik } })),
    staleTime: Infinity,
    // A NIK is personal data: keep the answer only while the form shows it.
    gcTime: 0,
    retry: false,
  });

export function useRegisterWorker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegistrationBody) => unwrap(api.POST('/api/workers', { body })),
    // The request carries the full NIK: forget it as soon as the form is gone.
    gcTime: 0,
    onSuccess: (result) => {
      queryClient.setQueryData(registrationKey(result.worker.id), { warnings: result.warnings, probableDuplicates: result.probableDuplicates });
      void queryClient.invalidateQueries({ queryKey: ['workers'] });
      void queryClient.invalidateQueries({ queryKey: ['home'] });
    },
  });
}

/** After a change to one worker: its page, its history, the lists and the queues are out of date. */
function refreshWorker(queryClient: ReturnType<typeof useQueryClient>) {
  void queryClient.invalidateQueries({ queryKey: ['workers'] });
  void queryClient.invalidateQueries({ queryKey: ['home'] });
}

export function useUpdateWorker(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PatchBody) => unwrap(api.PATCH('/api/workers/{id}', { params: { path: { id } }, body })),
    onSuccess: () => refreshWorker(queryClient),
  });
}

export function useVerifyWorker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/workers/{id}/verify', { params: { path: { id } } })),
    onSuccess: () => refreshWorker(queryClient),
  });
}

export function useRevealWorker(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RevealBody) => unwrap(api.POST('/api/workers/{id}/reveal', { params: { path: { id } }, body })),
    // The answer is personal data: it lives in the page only, never in the cache.
    gcTime: 0,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['workers', 'history', id] }),
  });
}

/** Finds a worker by NIK; the NIK travels in the body of a POST, never in an address. */
export function useLookupWorker() {
  return useMutation({
    mutationFn: (nik: string) => unwrap(api.POST('/api/workers/lookup', { body: { nik } })),
    gcTime: 0,
  });
}

export function useDecideDuplicate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DuplicateDecision }) =>
      unwrap(api.POST('/api/workers/duplicates/{id}/decision', { params: { path: { id } }, body })),
    onSuccess: () => refreshWorker(queryClient),
  });
}

function isWorkerImport(value: unknown): value is WorkerImport {
  return typeof value === 'object' && value !== null && 'id' in value && 'status' in value && typeof value.id === 'string';
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      const answer = await postForm('/api/workers/imports', form);
      if (!isWorkerImport(answer)) throw new Error('Unexpected answer to an upload');
      return answer;
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['imports', 'list'] }),
  });
}

export function useCommitImport(id: string, language: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mode: ImportMode) => unwrap(api.POST('/api/workers/imports/{id}/commit', { params: { path: { id } }, body: { mode } })),
    onSuccess: (answer) => {
      // The answer says "committing": showing it at once starts the polling.
      queryClient.setQueryData(importQuery(id, language).queryKey, answer);
      void queryClient.invalidateQueries({ queryKey: ['imports', 'list'] });
    },
  });
}

/** Downloads the masked list with the filters in force (checkers only; every download is audited). */
export function exportWorkers(filters: WorkerFilters, format: 'csv' | 'xlsx'): Promise<void> {
  const query = new URLSearchParams({ ...filterParams(filters), format });
  return downloadFile(`/api/workers/export?${query.toString()}`, `pekerja.${format}`);
}

export function downloadImportReport(id: string, fileName: string): Promise<void> {
  return downloadFile(`/api/workers/imports/${encodeURIComponent(id)}/issues.csv`, `masalah-${fileName}.csv`);
}

export const TEMPLATE_CSV_URL = '/api/workers/imports/template.csv';
export const TEMPLATE_XLSX_URL = '/api/workers/imports/template.xlsx';
