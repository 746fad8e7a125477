import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** Version and database mode of the server; public, and it does not change while it runs. */
export const healthQuery = queryOptions({
  queryKey: ['health'] as const,
  queryFn: () => unwrap(api.GET('/api/health')),
  staleTime: Infinity,
});
