import { sql, type Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB, PaymentProviderName } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../http/policy.ts';
import { checkedCode, newId } from '../../lib/ids.ts';
import { writeAudit } from '../audit/audit.ts';
import { donationScope } from '../donations/service.ts';
import { midtransProvider } from './midtrans.ts';
import { ProviderUnavailableError, type PaymentProvider } from './provider.ts';
import { applyProviderStatus, raiseException } from './settle.ts';
import { xenditProvider } from './xendit.ts';

/**
 * Payments of donations: started at a gateway (or as a bank transfer), then settled only from what
 * the gateway confirms. Gateway notifications land in an inbox (de-duplicated) and are processed in
 * a job; a poller asks the gateway about payments still pending, for notifications that never came.
 */
export type GatewayName = 'simulator' | 'midtrans' | 'xendit';

export function paymentProviders(config: Config): Partial<Record<GatewayName, PaymentProvider>> {
  const { payments, internalUrl } = config;
  const providers: Partial<Record<GatewayName, PaymentProvider>> = {};
  if (payments.simulator) {
    const base = `${internalUrl}/simulator/midtrans`;
    providers.simulator = midtransProvider({ name: 'simulator', serverKey: payments.simulator.serverKey, snapUrl: base, apiUrl: base });
  }
  if (payments.midtrans) providers.midtrans = midtransProvider({ name: 'midtrans', ...payments.midtrans });
  if (payments.xendit) providers.xendit = xenditProvider(payments.xendit);
  return providers;
}

export type PaymentDeps = {
  db: Kysely<DB>;
  config: Config;
  providers: Partial<Record<GatewayName, PaymentProvider>>;
  /** Called after a payment settled a donation (a job in the server; inline in tests). */
  onPaid: (donationId: string) => Promise<void>;
};

/** Methods available to pay with, in the order shown to donors. */
export function paymentMethods(deps: Pick<PaymentDeps, 'providers'>): PaymentProviderName[] {
  return [...(Object.keys(deps.providers) as GatewayName[]), 'bank_transfer'];
}

/** A reference a donor quotes on a bank transfer: LKR + 8 digits + a check digit (Luhn). */
export function bankReference(): string {
  return checkedCode('LKR', 8);
}

/**
 * Starts a payment of a donation. The payment row is committed before the gateway is called (M-08);
 * an existing pending payment with the same method is reused, so a double click pays once. Without
 * an actor (a worker paying themself from the public page) only self-payments can be paid.
 */
export async function startPayment(deps: PaymentDeps, actor: Actor | null, donationId: string, method: PaymentProviderName) {
  if (method !== 'bank_transfer' && !deps.providers[method]) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ path: 'method', code: 'unavailable', message: method }] } });
  const prepared = await deps.db.transaction().execute(async (trx) => {
    const donation = await trx
      .selectFrom('donations')
      .innerJoin('donor_orgs', 'donor_orgs.id', 'donations.donor_org_id')
      .select(['donations.id', 'donations.number', 'donations.status', 'donations.total', 'donor_orgs.display_name', 'donor_orgs.contact_email'])
      .where('donations.id', '=', donationId)
      .where(actor ? donationScope(actor) : sql<boolean>`donations.selection = 'self'`)
      .forUpdate()
      .executeTakeFirst();
    if (!donation) throw new AppError('NOT_FOUND', { details: { entity: 'donation' } });
    if (donation.status !== 'awaiting_payment') throw new AppError('DONATION_NOT_PAYABLE', { details: { status: donation.status } });
    // A transfer confirmed by one officer and waiting for the second is money received: no second payment.
    const confirmed = await trx.selectFrom('payments').select('id').where('donation_id', '=', donationId).where('status', '=', 'awaiting_approval').executeTakeFirst();
    if (confirmed && method !== 'bank_transfer') throw new AppError('DONATION_NOT_PAYABLE', { details: { status: 'awaiting_approval' } });
    const existing = await trx.selectFrom('payments').selectAll().where('donation_id', '=', donationId).where('provider', '=', method).where('status', 'in', ['pending', 'awaiting_approval']).executeTakeFirst();
    if (existing && (existing.redirect_url || method === 'bank_transfer')) return { payment: existing, donation, isNew: false };
    const attempts = await trx.selectFrom('payments').select(sql<number>`count(*)::int`.as('n')).where('donation_id', '=', donationId).executeTakeFirstOrThrow();
    const payment = existing ?? {
      id: newId(),
      donation_id: donationId,
      provider: method,
      order_id: `${donation.number}-${attempts.n + 1}`,
      amount: donation.total,
      status: 'pending' as const,
      reference_code: method === 'bank_transfer' ? bankReference() : null,
      redirect_url: null,
      provider_ref: null,
    };
    if (!existing) {
      await trx
        .insertInto('payments')
        .values({ ...payment, history: JSON.stringify([{ status: 'pending', at: new Date().toISOString() }]) })
        .execute();
      await writeAudit(trx, { actorId: actor?.userId ?? null, action: 'payment.start', entity: 'payment', entityId: payment.id, after: { method, amount: donation.total.toString(), donationId } });
    }
    return { payment, donation, isNew: !existing };
  });

  const { payment, donation } = prepared;
  if (method === 'bank_transfer' || payment.redirect_url) return { paymentId: payment.id, redirectUrl: payment.redirect_url, referenceCode: payment.reference_code, orderId: payment.order_id };
  const provider = deps.providers[method as GatewayName]!;
  try {
    const created = await provider.create({
      orderId: payment.order_id,
      amount: payment.amount,
      description: `Iuran BPJS Ketenagakerjaan ${donation.number}`,
      customer: { name: donation.display_name, email: donation.contact_email },
    });
    await deps.db.updateTable('payments').set({ redirect_url: created.redirectUrl, provider_ref: created.providerRef, updated_at: new Date() }).where('id', '=', payment.id).execute();
    return { paymentId: payment.id, redirectUrl: created.redirectUrl, referenceCode: null, orderId: payment.order_id };
  } catch (error) {
    if (error instanceof ProviderUnavailableError) {
      // The gateway may have accepted it before failing: the order id is kept, so a retry is
      // refused by the gateway as a duplicate and the poller learns the truth (M-08).
      throw new AppError('PAYMENT_PROVIDER_UNAVAILABLE', { details: { paymentId: payment.id } });
    }
    throw error;
  }
}

export type WebhookResult = { status: 200 | 401; outcome: string };

/**
 * Receives a gateway notification: verifies it, stores it once (duplicates change nothing), and
 * hands it to processing. A forged or altered notification moves no money and is recorded.
 */
export async function receiveNotification(
  deps: PaymentDeps,
  provider: GatewayName,
  request: { headers: Record<string, string | string[] | undefined>; body: unknown },
): Promise<{ result: WebhookResult; eventId: string | null }> {
  const adapter = deps.providers[provider];
  if (!adapter) return { result: { status: 401, outcome: 'provider not enabled' }, eventId: null };
  const verification = adapter.verify(request);
  if (!verification.isValid) {
    await deps.db
      .insertInto('gateway_events')
      .values({ id: newId(), provider, dedupe_key: `invalid:${newId()}`, order_id: verification.orderId, is_signature_valid: false, body: JSON.stringify(redactBody(request.body)), processed_at: new Date(), outcome: `rejected: ${verification.reason}` })
      .execute();
    await raiseException(deps.db, { paymentId: null, provider, orderId: verification.orderId, kind: 'forged_notification', details: { reason: verification.reason } });
    return { result: { status: 401, outcome: 'invalid' }, eventId: null };
  }
  const inserted = await deps.db
    .insertInto('gateway_events')
    .values({ id: newId(), provider, dedupe_key: verification.dedupeKey, order_id: verification.orderId, is_signature_valid: true, body: JSON.stringify(redactBody(request.body)) })
    .onConflict((oc) => oc.columns(['provider', 'dedupe_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return { result: { status: 200, outcome: 'duplicate' }, eventId: null };
  return { result: { status: 200, outcome: 'accepted' }, eventId: inserted.id };
}

/** Keeps what reconciliation needs; drops the signature and any customer details. */
function redactBody(body: unknown): unknown {
  if (!body || typeof body !== 'object') return null;
  const keep = ['order_id', 'transaction_status', 'transaction_id', 'status_code', 'gross_amount', 'currency', 'payment_type', 'fraud_status', 'id', 'external_id', 'status', 'amount', 'paid_amount'];
  return Object.fromEntries(Object.entries(body as Record<string, unknown>).filter(([k]) => keep.includes(k)));
}

/** Processes a stored notification: the gateway's Status API decides, never the notification body. */
export async function processGatewayEvent(deps: PaymentDeps, eventId: string): Promise<string> {
  const event = await deps.db.selectFrom('gateway_events').selectAll().where('id', '=', eventId).executeTakeFirst();
  if (!event || event.processed_at) return 'done before';
  const payment = event.order_id
    ? await deps.db.selectFrom('payments').select(['id']).where('provider', '=', event.provider as PaymentProviderName).where('order_id', '=', event.order_id).executeTakeFirst()
    : undefined;
  let outcome: string;
  if (!payment) {
    await raiseException(deps.db, { paymentId: null, provider: event.provider, orderId: event.order_id, kind: 'unknown_order', details: { eventId } });
    outcome = 'unknown order';
  } else {
    outcome = await checkPayment(deps, payment.id);
  }
  await deps.db.updateTable('gateway_events').set({ processed_at: new Date(), outcome }).where('id', '=', eventId).execute();
  return outcome;
}

/** Asks the gateway for a payment's status and applies it. */
export async function checkPayment(deps: PaymentDeps, paymentId: string): Promise<string> {
  const payment = await deps.db.selectFrom('payments').select(['id', 'provider', 'order_id', 'provider_ref']).where('id', '=', paymentId).executeTakeFirstOrThrow();
  const adapter = payment.provider === 'bank_transfer' ? undefined : deps.providers[payment.provider];
  if (!adapter) return 'no gateway';
  const confirmed = await adapter.status({ orderId: payment.order_id, providerRef: payment.provider_ref });
  const { outcome, donationToAllocate } = await applyProviderStatus(deps.db, payment.id, confirmed);
  if (donationToAllocate) await deps.onPaid(donationToAllocate);
  return outcome;
}

/**
 * The poller (W-09): pending gateway payments older than a few minutes, not checked recently, are
 * asked about; notifications that were lost or never sent still settle the payment.
 */
export async function pollPendingPayments(deps: PaymentDeps, options: { olderThanMinutes?: number; limit?: number } = {}): Promise<number> {
  const older = new Date(Date.now() - (options.olderThanMinutes ?? 5) * 60_000);
  const rows = await deps.db
    .selectFrom('payments')
    .select('id')
    .where('status', '=', 'pending')
    .where('provider', '<>', 'bank_transfer')
    .where('created_at', '<', older)
    .where((eb) => eb.or([eb('last_checked_at', 'is', null), eb('last_checked_at', '<', older)]))
    .orderBy('created_at')
    .limit(options.limit ?? 200)
    .execute();
  for (const row of rows) {
    try {
      await checkPayment(deps, row.id);
    } catch (error) {
      if (!(error instanceof ProviderUnavailableError)) throw error;
    }
  }
  return rows.length;
}

/** Unprocessed notifications (e.g. the process stopped between storing and processing). */
export async function drainGatewayEvents(deps: PaymentDeps, limit = 200): Promise<number> {
  const rows = await deps.db.selectFrom('gateway_events').select('id').where('processed_at', 'is', null).where('is_signature_valid', '=', true).orderBy('received_at').limit(limit).execute();
  for (const row of rows) {
    try {
      await processGatewayEvent(deps, row.id);
    } catch (error) {
      if (!(error instanceof ProviderUnavailableError)) throw error;
    }
  }
  return rows.length;
}
