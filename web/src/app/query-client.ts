import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/client';

let onSessionEnded: () => void = () => {};

/** Called when any request reports UNAUTHENTICATED (the session expired or was revoked). */
export function setSessionEndedHandler(handler: () => void): void {
  onSessionEnded = handler;
}

function isSessionEnded(error: unknown): boolean {
  return isApiError(error) && error.code === 'UNAUTHENTICATED';
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.queryKey[0] !== 'session' && isSessionEnded(error)) onSessionEnded();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isSessionEnded(error)) onSessionEnded();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors (4xx) will not change on retry; network and server errors might.
        retry: (failureCount, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
    },
  });
}
