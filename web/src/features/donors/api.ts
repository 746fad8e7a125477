import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components, paths } from '../../api/schema';

export type DonorOrg = components['schemas']['DonorOrg'];
export type DonorType = DonorOrg['type'];
export type NewDonorOrg = paths['/api/donor-orgs']['post']['requestBody']['content']['application/json'];
export type NewDonorUser = paths['/api/donor-orgs/{id}/users']['post']['requestBody']['content']['application/json'];
export type Statement = paths['/api/donor-orgs/{id}/statement']['get']['responses'][200]['content']['application/json'];
export type StatementLine = Statement['items'][number];
export type IndividualRegistration = paths['/api/donor-orgs/register-individual']['post']['requestBody']['content']['application/json'];

export const DONOR_TYPES = ['SWASTA', 'BUMN', 'BUMD', 'INSTANSI', 'LEMBAGA_ZAKAT', 'PEMDA', 'PERORANGAN'] as const satisfies readonly DonorType[];

export function isDonorType(value: unknown): value is DonorType {
  return DONOR_TYPES.some((type) => type === value);
}

/** Every donor organisation with its fund balance and number of donations (officers and admins). */
export const donorOrgListQuery = (q: string) =>
  queryOptions({
    queryKey: ['donor-orgs', 'list', q] as const,
    queryFn: () => unwrap(api.GET('/api/donor-orgs', { params: { query: q ? { q } : {} } })),
    placeholderData: keepPreviousData,
  });

export const donorOrgQuery = (id: string) =>
  queryOptions({
    queryKey: ['donor-orgs', 'one', id] as const,
    queryFn: () => unwrap(api.GET('/api/donor-orgs/{id}', { params: { path: { id } } })),
  });

export const statementQuery = (id: string) =>
  queryOptions({
    queryKey: ['donor-orgs', 'statement', id] as const,
    queryFn: () => unwrap(api.GET('/api/donor-orgs/{id}/statement', { params: { path: { id } } })),
  });

export function useCreateDonorOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewDonorOrg) => unwrap(api.POST('/api/donor-orgs', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['donor-orgs'] }),
  });
}

export function useAddDonorUser(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewDonorUser) => unwrap(api.POST('/api/donor-orgs/{id}/users', { params: { path: { id: orgId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useSetPublicName(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (isPublicNameConsented: boolean) =>
      unwrap(api.PATCH('/api/donor-orgs/{id}', { params: { path: { id: orgId } }, body: { isPublicNameConsented } })),
    onSuccess: (org) => {
      queryClient.setQueryData(donorOrgQuery(orgId).queryKey, org);
      void queryClient.invalidateQueries({ queryKey: ['donor-orgs', 'list'] });
    },
  });
}

/** Public: an individual becomes a donor (an organisation of type PERORANGAN with one user). */
export function useRegisterIndividual() {
  return useMutation({
    mutationFn: (body: IndividualRegistration) => unwrap(api.POST('/api/donor-orgs/register-individual', { body })),
    // The request carries a password: do not keep it in the cache.
    gcTime: 0,
  });
}
