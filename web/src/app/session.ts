import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, isApiError, setCsrfToken, unwrap, type Me, type Session } from '../api/client';
import { applyLocale, type Locale } from '../i18n';

/** Makes a fresh session response current: CSRF token for writes, and the user's language. */
export function applySession(session: Session): void {
  setCsrfToken(session.csrfToken);
  applyLocale(session.user.locale);
}

async function fetchSession(): Promise<Session | null> {
  try {
    const session = await unwrap(api.GET('/api/auth/me'));
    applySession(session);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The signed-in session, or null when signed out. Loaded once; refreshed on sign-in and sign-out. */
export const sessionQuery = queryOptions({
  queryKey: ['session'] as const,
  queryFn: fetchSession,
  staleTime: Infinity,
  retry: false,
});

export function useSession(): Session | null {
  return useQuery(sessionQuery).data ?? null;
}

export function useUser(): Me | null {
  return useSession()?.user ?? null;
}

/** Forgets the session locally (after sign-out, or when the server says it has ended). */
export function clearSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.setQueryData(sessionQuery.queryKey, null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' && query.queryKey[0] !== 'health' });
}

/** Switches the language: stored for the signed-in user, or on this device before sign-in. */
export async function changeLocale(queryClient: QueryClient, locale: Locale): Promise<void> {
  const session = queryClient.getQueryData(sessionQuery.queryKey);
  if (!session) {
    applyLocale(locale);
    return;
  }
  try {
    const updated = await unwrap(api.PATCH('/api/auth/me', { body: { locale } }));
    queryClient.setQueryData(sessionQuery.queryKey, updated);
    applySession(updated);
  } catch {
    // The preference could not be saved; still show the chosen language now.
    applyLocale(locale);
  }
}
