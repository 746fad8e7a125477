import { sql } from 'kysely';
import { allocateDonation } from '../modules/donations/allocate.ts';
import { drainGatewayEvents, pollPendingPayments, processGatewayEvent, type PaymentDeps } from '../modules/payments/service.ts';
import type { Queue } from './queue.ts';

/**
 * The money jobs: processing stored gateway notifications, allocating paid donations, polling
 * gateways for payments still pending, and expiring unpaid donations. Each is idempotent: a job run
 * twice, or resumed after a crash, ends in the same state.
 */
export async function registerMoneyJobs(queue: Queue, deps: PaymentDeps): Promise<void> {
  await queue.work<{ eventId: string }>('payments.process-event', async ({ eventId }) => {
    await processGatewayEvent(deps, eventId);
  });
  await queue.work<{ donationId: string }>('donations.allocate', async ({ donationId }) => {
    await allocateDonation(deps.db, deps.config.rules, donationId, { notify: { messaging: deps.config.messaging, publicUrl: deps.config.publicUrl } });
  });
  await queue.work('payments.poll', async () => {
    await drainGatewayEvents(deps);
    await pollPendingPayments(deps);
  });
  await queue.schedule('payments.poll', '*/5 * * * *');
  await queue.work('donations.expire', async () => {
    await expireUnpaidDonations(deps);
  });
  await queue.schedule('donations.expire', '23 * * * *');
  // After a restart: paid donations not yet fully allocated continue (allocation resumes).
  const paid = await deps.db.selectFrom('donations').select('id').where('status', '=', 'paid').execute();
  for (const { id } of paid) await queue.send('donations.allocate', { donationId: id }, { singletonKey: id });
}

/** Donations past their due date with nothing paid or in progress become expired. */
export async function expireUnpaidDonations(deps: Pick<PaymentDeps, 'db'>): Promise<number> {
  const result = await sql`
    update donations d set status = 'expired'
    where d.status = 'awaiting_payment' and d.due_date < (now() at time zone 'Asia/Jakarta')::date
      and not exists (select 1 from payments p where p.donation_id = d.id and p.status in ('settled', 'awaiting_approval'))
  `.execute(deps.db);
  return Number(result.numAffectedRows ?? 0n);
}
