import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client';
import { applySession, clearSession, sessionQuery } from '../../app/session';

export type Credentials = { email: string; password: string };

/** Signs in; the session (with the user's stored language) becomes current. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => unwrap(api.POST('/api/auth/login', { body: credentials })),
    onSuccess: (session) => {
      applySession(session);
      queryClient.setQueryData(sessionQuery.queryKey, session);
    },
  });
}

/** Signs out, forgets every cached answer, and goes to the sign-in page. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/logout')),
    onSettled: async () => {
      clearSession(queryClient);
      await navigate({ to: '/login' });
    },
  });
}
