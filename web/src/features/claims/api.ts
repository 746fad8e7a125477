import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, postForm, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

/**
 * The claims API. The list, the new claim and the public form have typed answers in the schema; the
 * claim itself and the eligibility answer have none (their routes declare no response schema), so
 * their shapes are written out here from src/modules/claims/routes.ts and checked lightly on arrival.
 */
export type ClaimSummary = paths['/api/claims']['get']['responses'][200]['content']['application/json']['items'][number];
export type ClaimType = ClaimSummary['type'];
export type ClaimStatus = ClaimSummary['status'];
export type ClaimListFilter = NonNullable<paths['/api/claims']['get']['parameters']['query']>;
export type NewClaimBody = paths['/api/claims']['post']['requestBody']['content']['application/json'];
export type ClaimDetails = NonNullable<NewClaimBody['details']>;
export type ClaimantBody = paths['/api/claims/{id}/claimants']['post']['requestBody']['content']['application/json'];
export type Relationship = ClaimantBody['relationship'];
export type PublicClaimBody = paths['/api/public/claims']['post']['requestBody']['content']['application/json'];
export type PublicClaimAnswer = paths['/api/public/claims']['post']['responses'][201]['content']['application/json'];
export type BankChangeBody = paths['/api/claims/{id}/claimants/{claimantId}/bank-account']['put']['requestBody']['content']['application/json'];
export type RevealedAccount = paths['/api/claims/{id}/claimants/{claimantId}/bank-account/reveal']['post']['responses'][200]['content']['application/json'];
export type EndReason = paths['/api/claims/{id}/scholarships/{entitlementId}/end']['post']['requestBody']['content']['application/json']['reason'];
export type ImpactItem = paths['/api/donor-impact/claims']['get']['responses'][200]['content']['application/json']['items'][number];

/** The worker's coverage of the claim's programme on the event date (service.ts CoverageOnEvent). */
export type Eligibility = {
  state: 'NOT_STARTED' | 'ACTIVE' | 'ARREARS' | 'ENDED';
  isCovered: boolean;
  /** ACTIVE, ARREARS_COVERED, ARREARS_NOT_COVERED, ENDED, NOT_STARTED. */
  reason: string;
  unpaidMonths: number;
  /** The last month paid, 'YYYY-MM'. */
  paidThrough: string | null;
  endsOn: string | null;
  contributionMonths: number;
  declaredIncome: string;
};

export type BenefitItem = { code: string; amount: string; basis: string; regulation: string; child?: number };
export type PlanYear = { schoolYearStarts: string; level: string; amount: string };

export type ClaimBenefit = {
  type: string;
  eventDate: string;
  benefitVersionId: string;
  total: string;
  items: BenefitItem[];
  scholarship: {
    isEligible: boolean;
    reason: string;
    minContributionMonths: number | null;
    children: { index: number; isEligible: boolean; reason: string; years: PlanYear[]; total: string }[];
  };
  notes: string[];
};

export type Claimant = {
  id: string;
  fullName: string;
  relationship: string;
  bankName: string | null;
  bankAccountMasked: string | null;
  bankAccountHolder: string | null;
  payoutHeldUntil: string | null;
  isPublicNameConsented: boolean;
  amount: string | null;
};

export type ClaimDocument = { id: string; kind: string; fileName: string; contentType: string; sizeBytes: number; uploadedAt: string };

export type Scholarship = {
  id: string;
  childIndex: number;
  childName: string;
  birthDate: string;
  endsOn: string;
  status: string;
  endedReason: string | null;
  plan: PlanYear[];
  payments: { schoolYear: number; level: string; amount: string; paidAt: string; reference: string }[];
};

export type Claim = {
  id: string;
  number: string;
  type: ClaimType;
  status: ClaimStatus;
  source: 'officer' | 'public';
  eventDate: string;
  description: string;
  worker: { id: string; name: string; maskedNik: string; kpj: string | null; regency: string | null };
  coverage: Eligibility;
  benefit: ClaimBenefit;
  benefitTotal: string;
  penalty: { days: number | null; amount: string } | null;
  slaDueOn: string | null;
  isOverdue: boolean;
  claimants: Claimant[];
  heirs: { tier: number; returnedToFund: string; excluded: string[] } | null;
  documents: ClaimDocument[];
  checklist: { kind: string; isPresent: boolean }[];
  history: {
    createdAt: string;
    submittedAt: string | null;
    verifiedAt: string | null;
    approvedAt: string | null;
    paidAt: string | null;
    paidOn: string | null;
    payoutReference: string | null;
    rejectedAt: string | null;
    rejectionReason: string | null;
  };
  scholarships: Scholarship[];
  can: { edit: boolean; submit: boolean; verify: boolean; approve: boolean; pay: boolean; reject: boolean };
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function asClaim(value: unknown): Claim {
  if (!isRecord(value) || typeof value.number !== 'string' || !isRecord(value.can) || !Array.isArray(value.claimants)) {
    throw new Error('Unexpected answer for a claim');
  }
  return value as Claim;
}

function asEligibility(value: unknown): Eligibility {
  if (!isRecord(value) || typeof value.state !== 'string' || typeof value.isCovered !== 'boolean') {
    throw new Error('Unexpected answer for an eligibility check');
  }
  return value as Eligibility;
}

export const CLAIM_STATUSES = ['draft', 'submitted', 'verified', 'approved', 'paid', 'rejected'] as const satisfies readonly ClaimStatus[];
export const CLAIM_TYPES = ['JKM', 'JKK_DEATH', 'JKK_TOTAL_DISABILITY', 'JKK_PARTIAL_DISABILITY', 'JKK_TEMPORARY_INCAPACITY'] as const satisfies readonly ClaimType[];
export const RELATIONSHIPS = [
  'SPOUSE',
  'CHILD',
  'PARENT',
  'GRANDPARENT',
  'GRANDCHILD',
  'SIBLING',
  'PARENT_IN_LAW',
  'WILL_BENEFICIARY',
  'FUNERAL_ARRANGER',
] as const satisfies readonly Relationship[];

/** Documents the server accepts (it checks again by the first bytes) and their size limit. */
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

export const claimsQuery = (filter: ClaimListFilter) =>
  queryOptions({
    queryKey: ['claims', 'list', filter] as const,
    queryFn: () => unwrap(api.GET('/api/claims', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });

export const claimQuery = (id: string) =>
  queryOptions({
    queryKey: ['claims', 'one', id] as const,
    queryFn: async () => asClaim(await unwrap<unknown>(api.GET('/api/claims/{id}', { params: { path: { id } } }))),
  });

export type EligibilityParams = { workerId: string; type: ClaimType; eventDate: string };

export const eligibilityQuery = (params: EligibilityParams) =>
  queryOptions({
    queryKey: ['claims', 'eligibility', params] as const,
    queryFn: async () => asEligibility(await unwrap<unknown>(api.GET('/api/claims/eligibility', { params: { query: params } }))),
    placeholderData: keepPreviousData,
    retry: false,
  });

const NIK = /^\d{16}$/;
const KPJ = /^\d{11}$/;

/** Workers to open a claim for: 16 digits are a NIK (looked up by its blind index), 11 a KPJ, else part of a name. */
export const workerSearchQuery = (text: string, language: string) =>
  queryOptions({
    queryKey: ['claims', 'worker-search', language, text] as const,
    queryFn: async () => {
      const digits = text.replace(/[\s.-]/g, '');
      if (NIK.test(digits)) {
        try {
          return [await unwrap(api.POST('/api/workers/lookup', { body: { nik: digits } }))];
        } catch (error) {
          if (isApiError(error) && error.status === 404) return [];
          throw error;
        }
      }
      const query = KPJ.test(digits) ? { kpj: digits, limit: '10' } : { q: text.trim(), limit: '10', sort: 'name' as const };
      return (await unwrap(api.GET('/api/workers', { params: { query } }))).items;
    },
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });

export const claimWorkerQuery = (id: string, language: string) =>
  queryOptions({
    queryKey: ['workers', 'one', id, language] as const,
    queryFn: () => unwrap(api.GET('/api/workers/{id}', { params: { path: { id } } })),
  });

export const impactQuery = (donorOrgId: string | null) =>
  queryOptions({
    queryKey: ['claims', 'impact', donorOrgId] as const,
    queryFn: () => unwrap(api.GET('/api/donor-impact/claims', { params: { query: donorOrgId ? { donorOrgId } : {} } })),
    placeholderData: keepPreviousData,
  });

export function documentUrl(claimId: string, documentId: string): string {
  return `/api/claims/${encodeURIComponent(claimId)}/documents/${encodeURIComponent(documentId)}`;
}

function useRefreshClaims() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ['claims'] });
}

export function useOpenClaim() {
  const refresh = useRefreshClaims();
  return useMutation({
    mutationFn: (body: NewClaimBody) => unwrap(api.POST('/api/claims', { body })),
    onSuccess: refresh,
  });
}

export type ClaimStep = 'submit' | 'verify' | 'approve';

export function useClaimStep(claimId: string) {
  const refresh = useRefreshClaims();
  return useMutation({
    mutationFn: (step: ClaimStep) => {
      const options = { params: { path: { id: claimId } } };
      if (step === 'submit') return unwrap(api.POST('/api/claims/{id}/submit', options));
      if (step === 'verify') return unwrap(api.POST('/api/claims/{id}/verify', options));
      return unwrap(api.POST('/api/claims/{id}/approve', options));
    },
    onSuccess: refresh,
  });
}

export function usePayClaim(claimId: string) {
  const refresh = useRefreshClaims();
  return useMutation({
    mutationFn: (body: { reference: string; paidOn?: string }) => unwrap(api.POST('/api/claims/{id}/pay', { params: { path: { id: claimId } }, body })),
    onSuccess: refresh,
  });
}

export function useRejectClaim(claimId: string) {
  const refresh = useRefreshClaims();
  return useMutation({
    mutationFn: (reason: string) => unwrap(api.POST('/api/claims/{id}/reject', { params: { path: { id: claimId } }, body: { reason } })),
    onSuccess: refresh,
  });
}

export function useAddClaimant(claimId: string) {
  const refresh = useRefreshClaims();
  return useMutation({
    mutationFn: (body: ClaimantBody) => unwrap(api.POST('/api/claims/{id}/claimants', { params: { path: { id: claimId } }, body })),
    onSuccess: refresh,
  });
}

export function useUploadDocument(claimId: string) {
  const refresh = useRefreshClaims();
  return useMutation({
    mutationFn: ({ kind, file }: { kind: string; file: File }) => {
      const form = new FormData();
      form.append('kind', kind);
      form.append('file', file, file.name);
      return postForm(`/api/claims/${encodeURIComponent(claimId)}/documents`, form);
    },
    onSuccess: refresh,
  });
}

export function useChangeBankAccount(claimId: string, claimantId: string) {
  const refresh = useRefreshClaims();
  return useMutation({
    mutationFn: (body: BankChangeBody) =>
      unwrap(api.PUT('/api/claims/{id}/claimants/{claimantId}/bank-account', { params: { path: { id: claimId, claimantId } }, body })),
    onSuccess: refresh,
  });
}

export function useRevealAccount(claimId: string, claimantId: string) {
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(api.POST('/api/claims/{id}/claimants/{claimantId}/bank-account/reveal', { params: { path: { id: claimId, claimantId } }, body: { reason } })),
  });
}

export function usePayScholarship(claimId: string, entitlementId: string) {
  const refresh = useRefreshClaims();
  return useMutation({
    mutationFn: (body: { proofDocumentId: string; reference: string }) =>
      unwrap(api.POST('/api/claims/{id}/scholarships/{entitlementId}/payments', { params: { path: { id: claimId, entitlementId } }, body })),
    onSuccess: refresh,
  });
}

export function useEndScholarship(claimId: string, entitlementId: string) {
  const refresh = useRefreshClaims();
  return useMutation({
    mutationFn: (reason: EndReason) =>
      unwrap(api.POST('/api/claims/{id}/scholarships/{entitlementId}/end', { params: { path: { id: claimId, entitlementId } }, body: { reason } })),
    onSuccess: refresh,
  });
}

export function usePublicClaim() {
  return useMutation({
    mutationFn: (body: PublicClaimBody) => unwrap(api.POST('/api/public/claims', { body })),
  });
}

/** An heir's document, sent with the upload token the public form gave (the client adds language and CSRF). */
export function usePublicUpload() {
  return useMutation({
    mutationFn: ({ number, token, kind, file }: { number: string; token: string; kind: string; file: File }) => {
      const form = new FormData();
      form.append('kind', kind);
      form.append('file', file, file.name);
      return unwrap(
        api.POST('/api/public/claims/{number}/documents', {
          params: { path: { number }, header: { 'x-claim-token': token } },
          // The schema names no body for multipart routes; openapi-fetch sends FormData as it is.
          body: form as never,
        }),
      );
    },
  });
}
