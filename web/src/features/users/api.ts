import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Role } from '../../api/client';

export type UserFilter = { q: string; role: Role | '' };

export type NewUser = {
  email: string;
  fullName: string;
  role: Role;
  password: string;
  regionScopes?: string[];
  donorOrgId?: string;
};

export const usersQuery = (filter: UserFilter) =>
  queryOptions({
    queryKey: ['users', filter] as const,
    queryFn: () =>
      unwrap(
        api.GET('/api/users', {
          params: { query: { ...(filter.q ? { q: filter.q } : {}), ...(filter.role ? { role: filter.role } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const donorOrgsQuery = queryOptions({
  queryKey: ['donor-orgs'] as const,
  queryFn: () => unwrap(api.GET('/api/donor-orgs')),
  staleTime: 5 * 60 * 1000,
});

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewUser) => unwrap(api.POST('/api/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useSetUserDisabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, isDisabled }: { id: string; isDisabled: boolean }) =>
      unwrap(
        isDisabled
          ? api.POST('/api/users/{id}/disable', { params: { path: { id } } })
          : api.POST('/api/users/{id}/enable', { params: { path: { id } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
