import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { constantTimeEqual } from '../../lib/crypto.ts';
import { newId } from '../../lib/ids.ts';
import { midtransSignature } from './midtrans.ts';

/**
 * The built-in payment simulator: a local gateway that speaks Midtrans's protocol (Snap create,
 * Status API, signed HTTP notifications), so the whole payment flow runs in demos and tests without
 * any outside service. Its pay page can also misbehave on purpose, as real gateways sometimes do:
 * duplicate notifications, stale ones arriving late, or none at all (the poller then finds the
 * payment). Mounted at /simulator/midtrans only when the simulator is enabled.
 */
export type Notification = Record<string, string>;

export type SimulatorOptions = {
  db: Kysely<DB>;
  serverKey: string;
  /** Delivers a notification to the application's webhook (HTTP in the running app; inject in tests). */
  notify: (notification: Notification) => Promise<void>;
};

const STATUS_CODE: Record<string, string> = { settlement: '200', pending: '201', deny: '202', cancel: '202', expire: '407' };

export function buildNotification(
  tx: { order_id: string; transaction_id: string; gross_amount: bigint; transaction_status: string; payment_type: string },
  serverKey: string,
): Notification {
  const statusCode = STATUS_CODE[tx.transaction_status] ?? '200';
  const grossAmount = `${tx.gross_amount}.00`;
  return {
    transaction_time: new Date().toISOString().replace('T', ' ').slice(0, 19),
    transaction_status: tx.transaction_status,
    transaction_id: tx.transaction_id,
    status_message: 'midtrans payment notification',
    status_code: statusCode,
    signature_key: midtransSignature({ orderId: tx.order_id, statusCode, grossAmount }, serverKey),
    payment_type: tx.payment_type,
    order_id: tx.order_id,
    merchant_id: 'LINGKARAN-SIM',
    gross_amount: grossAmount,
    fraud_status: 'accept',
    currency: 'IDR',
  };
}

export const simulatorRoutes: FastifyPluginAsync<SimulatorOptions> = async (app, options) => {
  const { db, serverKey } = options;
  const isAuthorized = (request: FastifyRequest) => {
    const header = request.headers.authorization ?? '';
    return constantTimeEqual(header, `Basic ${Buffer.from(`${serverKey}:`).toString('base64')}`);
  };

  app.post('/snap/v1/transactions', async (request, reply) => {
    if (!isAuthorized(request)) return reply.code(401).send({ error_messages: ['Access denied due to unauthorized transaction'] });
    const body = z
      .object({ transaction_details: z.object({ order_id: z.string().min(1).max(50), gross_amount: z.number().int().positive() }) })
      .safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error_messages: ['transaction_details is required'] });
    const { order_id: orderId, gross_amount: amount } = body.data.transaction_details;
    const existing = await db.selectFrom('simulator_transactions').selectAll().where('order_id', '=', orderId).executeTakeFirst();
    // Midtrans refuses to reuse an order id that is active or paid (406), so a retried create is harmless.
    if (existing) return reply.code(406).send({ error_messages: ['transaction_details.order_id has already been taken'] });
    await db
      .insertInto('simulator_transactions')
      .values({ order_id: orderId, transaction_id: newId(), gross_amount: BigInt(amount), transaction_status: 'pending' })
      .execute();
    // A path, not an absolute URL: the payer's browser stays on the host it signed in on.
    return reply.code(201).send({ token: `sim-${orderId}`, redirect_url: `/simulator/pay/${encodeURIComponent(orderId)}` });
  });

  app.get('/v2/:orderId/status', async (request, reply) => {
    if (!isAuthorized(request)) return reply.code(401).send({ status_code: '401', status_message: 'Unauthorized' });
    const { orderId } = request.params as { orderId: string };
    const tx = await db.selectFrom('simulator_transactions').selectAll().where('order_id', '=', orderId).executeTakeFirst();
    if (!tx) return reply.code(404).send({ status_code: '404', status_message: "Transaction doesn't exist." });
    return {
      status_code: STATUS_CODE[tx.transaction_status] ?? '200',
      transaction_id: tx.transaction_id,
      order_id: tx.order_id,
      gross_amount: `${tx.gross_amount}.00`,
      currency: 'IDR',
      payment_type: tx.payment_type,
      transaction_status: tx.transaction_status,
      fraud_status: 'accept',
    };
  });

  /** What the pay page shows: amount and state (no personal data). */
  app.get('/transactions/:orderId', async (request, reply) => {
    const { orderId } = request.params as { orderId: string };
    const tx = await db.selectFrom('simulator_transactions').selectAll().where('order_id', '=', orderId).executeTakeFirst();
    if (!tx) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Transaksi simulator tidak ditemukan.' } });
    return { orderId: tx.order_id, amount: tx.gross_amount.toString(), status: tx.transaction_status };
  });

  /** The payer's decision on the pay page, with optional gateway misbehaviour. */
  app.post('/pay/:orderId', async (request, reply) => {
    const { orderId } = request.params as { orderId: string };
    const body = z
      .object({
        outcome: z.enum(['settlement', 'deny', 'expire', 'cancel', 'refund', 'chargeback']),
        duplicate: z.boolean().optional(),
        staleAfter: z.boolean().optional(),
        lose: z.boolean().optional(),
      })
      .safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: { code: 'VALIDATION_FAILED', message: 'outcome' } });
    const tx = await db.selectFrom('simulator_transactions').selectAll().where('order_id', '=', orderId).executeTakeFirst();
    if (!tx) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Transaksi simulator tidak ditemukan.' } });
    const updated = { ...tx, transaction_status: body.data.outcome };
    await db.updateTable('simulator_transactions').set({ transaction_status: body.data.outcome, updated_at: new Date() }).where('order_id', '=', orderId).execute();
    const deliveries: Notification[] = [];
    if (!body.data.lose) {
      deliveries.push(buildNotification(updated, serverKey));
      if (body.data.duplicate) deliveries.push(buildNotification(updated, serverKey));
      // A stale "pending" arriving after the final one must change nothing.
      if (body.data.staleAfter) deliveries.push(buildNotification({ ...tx, transaction_status: 'pending' }, serverKey));
    }
    for (const notification of deliveries) await options.notify(notification);
    return { orderId, status: body.data.outcome, notificationsSent: deliveries.length };
  });
};
