import { useTranslation } from 'react-i18next';

/** Placeholders wired into the router; the card pages replace them. */
function Stub({ testId }: { testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="page" data-testid={testId}>
      <h1>{t('cards.title')}</h1>
    </div>
  );
}

/** `donationId` preselects "the workers of this donation" (a link from the donation page). */
export function CardsPage(_props: { donationId?: string | undefined }) {
  return <Stub testId="cards-page" />;
}
export function CardBatchPage(_props: { batchId: string }) {
  return <Stub testId="card-batch-page" />;
}
export function HandoverEventsPage() {
  return <Stub testId="handover-events-page" />;
}
export function HandoverEventPage(_props: { eventId: string }) {
  return <Stub testId="handover-event-page" />;
}
export function VerifyCardPage() {
  return <Stub testId="verify-card-page" />;
}
