import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, PaymentExceptionKind, PaymentStatus, PaymentsTable } from '../../db/schema.ts';
import { withRetry } from '../../db/retry.ts';
import { newId } from '../../lib/ids.ts';
import { writeAudit } from '../audit/audit.ts';
import { accountId, postEntry } from '../ledger/ledger.ts';
import type { ProviderStatus } from './provider.ts';

/**
 * What a confirmed gateway status does, in one transaction: the payment moves only forward along
 * the gateway's status graph (stale and regressing news is ignored, I10); a settlement of the right
 * amount in rupiah credits the donor's fund exactly once (I5) and marks the donation paid; a refund
 * or chargeback after settlement reverses it, the donor's fund going down only to zero and the rest
 * booked as a receivable for review (M-10). Anything that does not match is an exception, never a
 * silent fix.
 */
const NEXT: Record<PaymentStatus, readonly PaymentStatus[]> = {
  pending: ['settled', 'failed', 'expired', 'cancelled', 'awaiting_approval'],
  awaiting_approval: ['settled', 'cancelled'],
  settled: ['refunded', 'chargeback'],
  failed: [],
  expired: [],
  cancelled: [],
  refunded: [],
  chargeback: [],
};

export function canMove(from: PaymentStatus, to: PaymentStatus): boolean {
  return NEXT[from].includes(to);
}

export type ApplyOutcome = 'settled' | 'reversed' | 'moved' | 'ignored' | 'exception';

export async function raiseException(
  db: Kysely<DB>,
  exception: { paymentId: string | null; provider: string | null; orderId: string | null; kind: PaymentExceptionKind; details: unknown },
): Promise<void> {
  await db
    .insertInto('payment_exceptions')
    .values({ id: newId(), payment_id: exception.paymentId, provider: exception.provider, order_id: exception.orderId, kind: exception.kind, details: JSON.stringify(exception.details) })
    .execute();
}

/**
 * Applies a status the gateway confirmed to the payment with this id. Returns what happened and the
 * donation to allocate when it became paid.
 */
export async function applyProviderStatus(
  db: Kysely<DB>,
  paymentId: string,
  confirmed: ProviderStatus,
  actor: { userId: string | null; requestId?: string | null } = { userId: null },
): Promise<{ outcome: ApplyOutcome; donationToAllocate: string | null }> {
  return withRetry(() =>
    db.transaction().execute(async (trx) => {
      const payment = await trx.selectFrom('payments').selectAll().where('id', '=', paymentId).forUpdate().executeTakeFirstOrThrow();
      const now = new Date();
      await trx.updateTable('payments').set({ last_checked_at: now }).where('id', '=', paymentId).execute();
      const target = confirmed.status;
      if (target === payment.status || target === 'pending' || !canMove(payment.status, target)) return { outcome: 'ignored' as const, donationToAllocate: null };

      if (target === 'settled') {
        if (confirmed.currency && confirmed.currency !== 'IDR') {
          await raiseException(trx, { paymentId, provider: payment.provider, orderId: payment.order_id, kind: 'currency_mismatch', details: { currency: confirmed.currency } });
          return { outcome: 'exception' as const, donationToAllocate: null };
        }
        if (confirmed.amount !== payment.amount) {
          await raiseException(trx, {
            paymentId,
            provider: payment.provider,
            orderId: payment.order_id,
            kind: 'amount_mismatch',
            details: { expected: payment.amount.toString(), confirmed: confirmed.amount?.toString() ?? null },
          });
          return { outcome: 'exception' as const, donationToAllocate: null };
        }
        return settle(trx, payment, confirmed, actor);
      }

      if (target === 'refunded' || target === 'chargeback') {
        await reverse(trx, payment, target, actor);
        return { outcome: 'reversed' as const, donationToAllocate: null };
      }

      await moveStatus(trx, payment.id, target, confirmed.providerRef);
      return { outcome: 'moved' as const, donationToAllocate: null };
    }),
  );
}

/** A large bank transfer confirmed by one officer waits for a second one. */
export async function moveToAwaitingApproval(db: Kysely<DB>, paymentId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const payment = await trx.selectFrom('payments').select(['status']).where('id', '=', paymentId).forUpdate().executeTakeFirstOrThrow();
    if (!canMove(payment.status, 'awaiting_approval')) return;
    await moveStatus(trx, paymentId, 'awaiting_approval', null);
  });
}

async function moveStatus(trx: Kysely<DB>, paymentId: string, status: PaymentStatus, providerRef: string | null) {
  const now = new Date();
  await trx
    .updateTable('payments')
    .set({
      status,
      updated_at: now,
      ...(providerRef ? { provider_ref: providerRef } : {}),
      ...(status === 'settled' ? { settled_at: now } : {}),
      history: sql`history || ${JSON.stringify([{ status, at: now.toISOString() }])}::jsonb`,
    })
    .where('id', '=', paymentId)
    .execute();
}

type PaymentRow = Selectable<PaymentsTable>;

async function settle(trx: Kysely<DB>, payment: PaymentRow, confirmed: ProviderStatus, actor: { userId: string | null; requestId?: string | null }) {
  const donation = await trx
    .selectFrom('donations')
    .innerJoin('donor_orgs', 'donor_orgs.id', 'donations.donor_org_id')
    .select(['donations.id', 'donations.status', 'donations.donor_org_id', 'donor_orgs.display_name'])
    .where('donations.id', '=', payment.donation_id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const source =
    payment.provider === 'bank_transfer' ? await accountId(trx, { kind: 'bank' }) : await accountId(trx, { kind: 'clearing', provider: payment.provider });
  const fund = await accountId(trx, { kind: 'donor_fund', donorOrgId: donation.donor_org_id, name: donation.display_name });
  await postEntry(trx, {
    kind: 'settlement',
    paymentId: payment.id,
    donationId: donation.id,
    memo: `Pembayaran ${payment.order_id}`,
    createdBy: actor.userId,
    postings: [
      { accountId: source, side: 'debit', amount: payment.amount },
      { accountId: fund, side: 'credit', amount: payment.amount },
    ],
  });
  await moveStatus(trx, payment.id, 'settled', confirmed.providerRef);
  // The money is real even if the donation was cancelled or expired meanwhile: it stays in the
  // donor's fund, and only a donation still waiting for payment is allocated.
  const isPayable = donation.status === 'awaiting_payment' || donation.status === 'expired';
  if (isPayable) await trx.updateTable('donations').set({ status: 'paid', paid_at: new Date() }).where('id', '=', donation.id).execute();
  await writeAudit(trx, {
    actorId: actor.userId,
    action: 'payment.settle',
    entity: 'payment',
    entityId: payment.id,
    after: { amount: payment.amount.toString(), provider: payment.provider, donation: donation.id },
    requestId: actor.requestId ?? null,
  });
  return { outcome: 'settled' as const, donationToAllocate: isPayable ? donation.id : null };
}

async function reverse(trx: Kysely<DB>, payment: PaymentRow, status: 'refunded' | 'chargeback', actor: { userId: string | null; requestId?: string | null }) {
  const settlement = await trx.selectFrom('journal_entries').select('id').where('payment_id', '=', payment.id).where('kind', '=', 'settlement').executeTakeFirst();
  const donation = await trx
    .selectFrom('donations')
    .innerJoin('donor_orgs', 'donor_orgs.id', 'donations.donor_org_id')
    .select(['donations.id', 'donations.donor_org_id', 'donor_orgs.display_name'])
    .where('donations.id', '=', payment.donation_id)
    .executeTakeFirstOrThrow();
  const source =
    payment.provider === 'bank_transfer' ? await accountId(trx, { kind: 'bank' }) : await accountId(trx, { kind: 'clearing', provider: payment.provider });
  const fund = await accountId(trx, { kind: 'donor_fund', donorOrgId: donation.donor_org_id, name: donation.display_name });
  const fundRow = await trx.selectFrom('ledger_accounts').select(['credits', 'debits']).where('id', '=', fund).forUpdate().executeTakeFirstOrThrow();
  const available = fundRow.credits - fundRow.debits;
  const fromFund = available < payment.amount ? (available > 0n ? available : 0n) : payment.amount;
  const shortfall = payment.amount - fromFund;
  const receivable = shortfall > 0n ? await accountId(trx, { kind: 'receivable' }) : null;
  await postEntry(trx, {
    kind: status === 'refunded' ? 'refund' : 'chargeback',
    paymentId: payment.id,
    donationId: donation.id,
    reversesEntryId: settlement?.id ?? null,
    memo: `${status === 'refunded' ? 'Pengembalian' : 'Chargeback'} ${payment.order_id}`,
    createdBy: actor.userId,
    postings: [
      { accountId: fund, side: 'debit', amount: fromFund },
      ...(receivable ? [{ accountId: receivable, side: 'debit' as const, amount: shortfall }] : []),
      { accountId: source, side: 'credit', amount: payment.amount },
    ],
  });
  await moveStatus(trx, payment.id, status, null);
  if (shortfall > 0n) {
    // Coverage already paid to BPJS stays: the workers keep their protection; the money is chased.
    await raiseException(trx, {
      paymentId: payment.id,
      provider: payment.provider,
      orderId: payment.order_id,
      kind: 'reversal_after_allocation',
      details: { amount: payment.amount.toString(), fromFund: fromFund.toString(), receivable: shortfall.toString() },
    });
  }
  await writeAudit(trx, {
    actorId: actor.userId,
    action: `payment.${status}`,
    entity: 'payment',
    entityId: payment.id,
    after: { amount: payment.amount.toString(), fromFund: fromFund.toString(), receivable: shortfall.toString() },
    requestId: actor.requestId ?? null,
  });
}
