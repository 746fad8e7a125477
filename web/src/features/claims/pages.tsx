import { useTranslation } from 'react-i18next';

/** Placeholders wired into the router; the claim pages replace them. */
function Stub({ testId }: { testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="page" data-testid={testId}>
      <h1>{t('claims.title')}</h1>
    </div>
  );
}

export type ClaimsSearch = { status?: 'draft' | 'submitted' | 'verified' | 'approved' | 'paid' | 'rejected'; overdue?: boolean };

export function ClaimsPage(_props: { search: ClaimsSearch }) {
  return <Stub testId="claims-page" />;
}
/** `workerId` preselects the worker (a link from the worker page). */
export function NewClaimPage(_props: { workerId?: string | undefined }) {
  return <Stub testId="new-claim-page" />;
}
export function ClaimPage(_props: { claimId: string }) {
  return <Stub testId="claim-page" />;
}
export function PublicClaimPage() {
  return <Stub testId="public-claim-page" />;
}
export function ClaimsImpactPage() {
  return <Stub testId="claims-impact-page" />;
}
