import { mkdir, writeFile } from 'node:fs/promises';
import { documentKind } from '../../lib/documents.ts';
import path from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import fastifyMultipart from '@fastify/multipart';
import { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import { allow } from '../../http/policy.ts';
import { encryptBytes } from '../../lib/crypto.ts';
import { writeAudit } from '../audit/audit.ts';
import { requireActor } from '../auth/routes.ts';
import { checkLedger } from '../ledger/check.ts';
import { checkPayment, processGatewayEvent, receiveNotification, type GatewayName } from './service.ts';
import { applyProviderStatus, moveToAwaitingApproval } from './settle.ts';

const OFFICERS = allow.roles('admin', 'officer');
const ZId = z.object({ id: z.uuid() });
const PROOF_MAX_BYTES = 5 * 1024 * 1024;

/** Webhooks, bank-transfer confirmation with a second approver, exceptions, and the ledger check. */
export const paymentRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(fastifyMultipart, { limits: { fileSize: PROOF_MAX_BYTES, files: 1, fields: 5, parts: 6 } });

  app.post(
    '/payments/webhooks/:provider',
    {
      bodyLimit: 64 * 1024,
      config: { policy: allow.public },
      schema: {
        tags: ['pembayaran'],
        summary: 'Notifikasi gateway (Midtrans, Xendit, simulator): diverifikasi, disimpan sekali, diproses di latar belakang',
        params: z.object({ provider: z.enum(['midtrans', 'xendit', 'simulator']) }),
      },
    },
    async (request, reply) => {
      const deps = request.server.payments;
      let received;
      try {
        received = await receiveNotification(deps, request.params.provider as GatewayName, { headers: request.headers, body: request.body });
      } catch (error) {
        request.log.error({ err: error }, 'webhook could not be stored');
        // 503, not 500: gateways retry a 503 several times (reliability.md W-08).
        throw new AppError('SERVICE_UNAVAILABLE');
      }
      if (received.result.status === 401) {
        request.log.warn({ provider: request.params.provider }, 'gateway notification refused: invalid signature or token');
        throw new AppError('WEBHOOK_SIGNATURE_INVALID');
      }
      if (received.eventId) {
        const queue = request.server.deps.queue;
        if (queue) await queue.send('payments.process-event', { eventId: received.eventId }, { singletonKey: received.eventId });
        else await processGatewayEvent(deps, received.eventId);
      }
      return reply.code(200).send({ received: true, outcome: received.result.outcome });
    },
  );

  app.get(
    '/payments',
    {
      config: { policy: OFFICERS },
      schema: {
        tags: ['pembayaran'],
        summary: 'Pembayaran menurut status (antrean konfirmasi transfer bank, pembayaran yang macet)',
        querystring: z.strictObject({
          status: z.enum(['pending', 'awaiting_approval', 'settled', 'failed', 'expired', 'cancelled', 'refunded', 'chargeback']).optional(),
          method: z.enum(['simulator', 'midtrans', 'xendit', 'bank_transfer']).optional(),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                donationId: z.string(),
                donationNumber: z.string(),
                donorName: z.string(),
                method: z.string(),
                orderId: z.string(),
                referenceCode: z.string().nullable(),
                amount: z.string(),
                status: z.string(),
                confirmedBy: z.string().nullable(),
                createdAt: z.string(),
                needsApproval: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const db = request.server.deps.database.db;
      const rows = await db
        .selectFrom('payments')
        .innerJoin('donations', 'donations.id', 'payments.donation_id')
        .innerJoin('donor_orgs', 'donor_orgs.id', 'donations.donor_org_id')
        .leftJoin('users', 'users.id', 'payments.confirmed_by')
        .select([
          'payments.id',
          'payments.donation_id',
          'donations.number',
          'donor_orgs.display_name',
          'payments.provider',
          'payments.order_id',
          'payments.reference_code',
          'payments.amount',
          'payments.status',
          'users.full_name',
          'payments.created_at',
        ])
        .$if(Boolean(request.query.status), (q) => q.where('payments.status', '=', request.query.status!))
        .$if(Boolean(request.query.method), (q) => q.where('payments.provider', '=', request.query.method!))
        .orderBy('payments.created_at', 'desc')
        .limit(200)
        .execute();
      const threshold = request.server.deps.config.payments.bankTransfer.approvalAbove;
      return {
        items: rows.map((r) => ({
          id: r.id,
          donationId: r.donation_id,
          donationNumber: r.number,
          donorName: r.display_name,
          method: r.provider,
          orderId: r.order_id,
          referenceCode: r.reference_code,
          amount: r.amount.toString(),
          status: r.status,
          confirmedBy: r.full_name,
          createdAt: r.created_at.toISOString(),
          needsApproval: r.provider === 'bank_transfer' && r.amount >= threshold,
        })),
      };
    },
  );

  app.post(
    '/payments/:id/check',
    {
      config: { policy: OFFICERS },
      schema: { tags: ['pembayaran'], summary: 'Tanyakan status pembayaran ke gateway sekarang', params: ZId, response: { 200: z.object({ outcome: z.string() }) } },
    },
    async (request) => ({ outcome: await checkPayment(request.server.payments, request.params.id) }),
  );

  app.post(
    '/payments/:id/confirm-transfer',
    {
      config: { policy: OFFICERS },
      schema: {
        tags: ['pembayaran'],
        summary: 'Petugas mengonfirmasi transfer bank dengan bukti (multipart "proof": PDF/JPG/PNG ≤ 5 MB); di atas batas perlu persetujuan petugas kedua',
        params: ZId,
        consumes: ['multipart/form-data'],
        response: { 200: z.object({ status: z.string(), needsApproval: z.boolean() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { database, config } = request.server.deps;
      const db = database.db;
      if (!request.isMultipart()) throw new AppError('FILE_REQUIRED');
      const part = await request.file();
      if (!part) throw new AppError('FILE_REQUIRED');
      const proof = await part.toBuffer();
      if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE', { details: { maxBytes: PROOF_MAX_BYTES } });
      const kind = documentKind(proof);
      if (!kind) throw new AppError('FILE_TYPE_UNSUPPORTED', { details: { accepted: ['pdf', 'jpg', 'png'] } });
      const payment = await db.selectFrom('payments').selectAll().where('id', '=', request.params.id).executeTakeFirst();
      if (!payment || payment.provider !== 'bank_transfer') throw new AppError('NOT_FOUND', { details: { entity: 'payment' } });
      if (payment.status !== 'pending') throw new AppError('INVALID_STATE', { details: { status: payment.status } });
      // Proofs are personal financial documents: kept encrypted, outside anything served publicly.
      const dir = path.join(config.dataDir, 'proofs');
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const file = `${payment.id}.${kind}.bin`;
      await writeFile(path.join(dir, file), encryptBytes(config.keyring, proof, `payments.proof:${payment.id}`), { mode: 0o600 });
      const needsApproval = payment.amount >= config.payments.bankTransfer.approvalAbove;
      await db
        .updateTable('payments')
        .set({ confirmed_by: actor.userId, proof_file: file, updated_at: new Date() })
        .where('id', '=', payment.id)
        .where('status', '=', 'pending')
        .execute();
      await writeAudit(db, { actorId: actor.userId, action: 'payment.confirm_transfer', entity: 'payment', entityId: payment.id, after: { amount: payment.amount.toString(), needsApproval }, requestId: request.id });
      if (needsApproval) {
        await moveToAwaitingApproval(db, payment.id);
        return { status: 'awaiting_approval', needsApproval };
      }
      const { donationToAllocate } = await applyProviderStatus(db, payment.id, { status: 'settled', amount: payment.amount, currency: 'IDR', providerRef: null, raw: null }, { userId: actor.userId, requestId: request.id });
      if (donationToAllocate) await request.server.payments.onPaid(donationToAllocate);
      return { status: 'settled', needsApproval };
    },
  );

  app.post(
    '/payments/:id/approve',
    {
      config: { policy: OFFICERS },
      schema: { tags: ['pembayaran'], summary: 'Petugas kedua menyetujui transfer bank besar (tidak boleh petugas yang sama)', params: ZId, response: { 200: z.object({ status: z.string() }) } },
    },
    async (request) => {
      const actor = requireActor(request);
      const db = request.server.deps.database.db;
      const payment = await db.selectFrom('payments').selectAll().where('id', '=', request.params.id).executeTakeFirst();
      if (!payment || payment.provider !== 'bank_transfer') throw new AppError('NOT_FOUND', { details: { entity: 'payment' } });
      if (payment.status !== 'awaiting_approval') throw new AppError('INVALID_STATE', { details: { status: payment.status } });
      // Segregation of duties: the officer who confirmed the transfer cannot also approve it.
      if (payment.confirmed_by === actor.userId) throw new AppError('FORBIDDEN', { details: { reason: 'the confirming officer cannot approve' } });
      await db.updateTable('payments').set({ approved_by: actor.userId }).where('id', '=', payment.id).execute();
      const { donationToAllocate } = await applyProviderStatus(db, payment.id, { status: 'settled', amount: payment.amount, currency: 'IDR', providerRef: null, raw: null }, { userId: actor.userId, requestId: request.id });
      await writeAudit(db, { actorId: actor.userId, action: 'payment.approve_transfer', entity: 'payment', entityId: payment.id, after: { amount: payment.amount.toString() }, requestId: request.id });
      if (donationToAllocate) await request.server.payments.onPaid(donationToAllocate);
      return { status: 'settled' };
    },
  );

  app.get(
    '/payments/exceptions',
    {
      config: { policy: OFFICERS },
      schema: {
        tags: ['pembayaran'],
        summary: 'Pengecualian pembayaran: jumlah tidak cocok, order tidak dikenal, notifikasi palsu, pengembalian sesudah alokasi',
        querystring: z.strictObject({ isResolved: z.enum(['true', 'false']).optional() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                kind: z.string(),
                provider: z.string().nullable(),
                orderId: z.string().nullable(),
                paymentId: z.string().nullable(),
                details: z.unknown(),
                createdAt: z.string(),
                resolvedAt: z.string().nullable(),
                resolution: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const isResolved = request.query.isResolved === 'true';
      const rows = await request.server.deps.database.db
        .selectFrom('payment_exceptions')
        .selectAll()
        .where('resolved_at', isResolved ? 'is not' : 'is', null)
        .orderBy('created_at', 'desc')
        .limit(200)
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          provider: r.provider,
          orderId: r.order_id,
          paymentId: r.payment_id,
          details: r.details,
          createdAt: r.created_at.toISOString(),
          resolvedAt: r.resolved_at?.toISOString() ?? null,
          resolution: r.resolution,
        })),
      };
    },
  );

  app.post(
    '/payments/exceptions/:id/resolve',
    {
      config: { policy: OFFICERS },
      schema: { tags: ['pembayaran'], summary: 'Tandai pengecualian selesai, dengan keterangan', params: ZId, body: z.strictObject({ resolution: z.string().trim().min(5).max(1000) }), response: { 204: z.null() } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const db = request.server.deps.database.db;
      const updated = await db
        .updateTable('payment_exceptions')
        .set({ resolved_at: new Date(), resolved_by: actor.userId, resolution: request.body.resolution })
        .where('id', '=', request.params.id)
        .where('resolved_at', 'is', null)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) throw new AppError('NOT_FOUND', { details: { entity: 'exception' } });
      await writeAudit(db, { actorId: actor.userId, action: 'payment_exception.resolve', entity: 'payment_exception', entityId: request.params.id, reason: request.body.resolution, requestId: request.id });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/ledger/check',
    {
      config: { policy: allow.roles('admin') },
      schema: {
        tags: ['buku besar'],
        summary: 'Periksa semua invarian buku besar (I1–I7, I10)',
        response: { 200: z.object({ isHealthy: z.boolean(), invariants: z.array(z.object({ id: z.string(), description: z.string(), violations: z.number().int(), sample: z.array(z.string()) })) }) },
      },
    },
    async (request) => {
      const invariants = await checkLedger(request.server.deps.database.db);
      return { isHealthy: invariants.every((i) => i.violations === 0), invariants };
    },
  );

  app.get(
    '/ledger/accounts',
    {
      config: { policy: allow.roles('admin') },
      schema: {
        tags: ['buku besar'],
        summary: 'Akun buku besar dan saldonya',
        response: { 200: z.object({ items: z.array(z.object({ code: z.string(), name: z.string(), kind: z.string(), debits: z.string(), credits: z.string(), balance: z.string() })) }) },
      },
    },
    async (request) => {
      const rows = await request.server.deps.database.db.selectFrom('ledger_accounts').selectAll().orderBy('kind').orderBy('code').limit(1000).execute();
      return {
        items: rows.map((r) => ({
          code: r.code,
          name: r.name,
          kind: r.kind,
          debits: r.debits.toString(),
          credits: r.credits.toString(),
          balance: (r.normal_side === 'credit' ? r.credits - r.debits : r.debits - r.credits).toString(),
        })),
      };
    },
  );
};
