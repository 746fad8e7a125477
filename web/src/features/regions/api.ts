import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

// The region tree changes only when the reference data is reloaded: cache it for the session.
const STALE = 60 * 60 * 1000;

/** Provinces without a parent, else the children of one region. */
export const regionListQuery = (parent: string | undefined) =>
  queryOptions({
    queryKey: ['regions', 'children', parent ?? ''] as const,
    queryFn: () => unwrap(parent ? api.GET('/api/regions', { params: { query: { parent } } }) : api.GET('/api/regions')),
    staleTime: STALE,
  });

export const regionQuery = (code: string) =>
  queryOptions({
    queryKey: ['regions', 'one', code] as const,
    queryFn: () => unwrap(api.GET('/api/regions/{code}', { params: { path: { code } } })),
    staleTime: STALE,
  });

export const searchQuery = (options: { q: string; within?: string; limit?: number }) =>
  queryOptions({
    queryKey: ['regions', 'search', options.q, options.within ?? '', options.limit ?? 20] as const,
    queryFn: () =>
      unwrap(
        api.GET('/api/regions', {
          params: {
            query: {
              q: options.q,
              limit: String(options.limit ?? 20),
              ...(options.within ? { parent: options.within } : {}),
            },
          },
        }),
      ),
    staleTime: STALE,
    placeholderData: keepPreviousData,
  });
