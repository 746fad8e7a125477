import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import { allow, type Actor } from '../../http/policy.ts';
import { writeAudit } from '../audit/audit.ts';
import { requireActor } from '../auth/routes.ts';
import { workerScope } from '../workers/repository.ts';
import { createBatch, runBatch } from './batches.ts';
import { checkIn, createEvent, eventDetail, mayUseBatch } from './handover.ts';
import { ensureCardKeysPublished, publishedKeys } from './keys.ts';
import { cardsPdf } from './pdf.ts';
import { cardFaces, currentCard, reissueCard, revokedHashes, verifyCard, type CardRow } from './service.ts';

/**
 * Membership cards: a worker's card PDF, print batches with progress, handover events with QR
 * check-in, reissue of a lost card, and the public side — the published keys (with the revocation
 * list, for offline verifiers) and online verification for anyone (a hospital's system, the page).
 */
const STAFF = allow.roles('admin', 'officer', 'agent');
const ISSUERS = allow.roles('admin', 'officer');
const VERIFY_LIMIT = { max: 60, timeWindow: 60_000 };
const ZRegion = z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/);
const ZVerdict = z.enum(['VALID', 'EXPIRED', 'REVOKED', 'TAMPERED', 'UNKNOWN_KEY', 'MALFORMED']);

const ZCard = z.object({
  id: z.string(),
  kpj: z.string(),
  cardNo: z.number().int(),
  programs: z.array(z.string()),
  protectedUntil: z.string(),
  issuedOn: z.string(),
  keyId: z.string(),
  status: z.enum(['active', 'revoked']),
  revokedAt: z.string().nullable(),
  revokedReason: z.string().nullable(),
  replacedBy: z.string().nullable(),
  sponsorName: z.string().nullable(),
  payload: z.string(),
});

const ZBatch = z.object({
  id: z.string(),
  title: z.string(),
  layout: z.enum(['a4', 'cr80']),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  total: z.number().int(),
  done: z.number().int(),
  error: z.string().nullable(),
  pdfBytes: z.number().int().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

function presentCard(c: CardRow) {
  return {
    id: c.id,
    kpj: c.kpj,
    cardNo: c.card_no,
    programs: c.programs,
    protectedUntil: c.protected_until,
    issuedOn: c.issued_on,
    keyId: c.key_id,
    status: c.status,
    revokedAt: c.revoked_at?.toISOString() ?? null,
    revokedReason: c.revoked_reason,
    replacedBy: c.replaced_by,
    sponsorName: c.sponsor_name,
    payload: c.payload,
  };
}

type BatchRow = { id: string; title: string; layout: 'a4' | 'cr80'; status: 'queued' | 'running' | 'done' | 'failed'; total: number; done: number; error: string | null; pdf_bytes: number | null; created_at: Date; finished_at: Date | null };
function presentBatch(b: BatchRow) {
  return {
    id: b.id,
    title: b.title,
    layout: b.layout,
    status: b.status,
    total: b.total,
    done: b.done,
    error: b.error,
    pdfBytes: b.pdf_bytes,
    createdAt: b.created_at.toISOString(),
    finishedAt: b.finished_at?.toISOString() ?? null,
  };
}

/** Batches and events of the actor and of colleagues sharing one of its regions (the same branch). */
function colleaguesOf(actor: Actor, createdBy: RawBuilder<unknown>) {
  return sql<boolean>`${createdBy} in (select id from users where id = ${actor.userId} or region_scopes && ${actor.regionScopes}::text[])`;
}

async function assertWorkerVisible(db: Kysely<DB>, actor: Actor, workerId: string): Promise<void> {
  const row = await db.selectFrom('workers').select('id').where('id', '=', workerId).where(workerScope(actor)).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { details: { entity: 'worker' } });
}

async function visibleBatch(db: Kysely<DB>, actor: Actor, batchId: string) {
  const batch = await db
    .selectFrom('card_batches')
    .select(['id', 'title', 'layout', 'status', 'total', 'done', 'error', 'pdf_bytes', 'created_at', 'finished_at', 'created_by'])
    .where('id', '=', batchId)
    .executeTakeFirst();
  if (!batch || !(await mayUseBatch(db, actor, batch.created_by, batch.id))) throw new AppError('NOT_FOUND', { details: { entity: 'batch' } });
  return batch;
}

export const cardRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const deps = () => ({ db: db(), keyring: app.deps.config.cardKeys, book: app.deps.config.rules });
  // Every route that reads or signs with keys makes sure the configured ones are published first.
  app.addHook('preHandler', async () => ensureCardKeysPublished(db(), app.deps.config.cardKeys));

  app.get(
    '/cards/keys',
    {
      config: { policy: allow.public },
      schema: {
        tags: ['publik'],
        summary: 'Kunci publik penanda tangan kartu (Ed25519) dan daftar kartu yang dicabut — untuk memeriksa kartu tanpa internet',
        response: {
          200: z.object({
            algorithm: z.literal('Ed25519'),
            format: z.string(),
            keys: z.array(z.object({ id: z.string(), publicKey: z.string().meta({ description: '32 byte, base64url' }), createdAt: z.string() })),
            revoked: z.array(z.string()).meta({ description: '16 byte pertama SHA-256 dari tanda tangan kartu yang dicabut, hex' }),
            generatedAt: z.string(),
          }),
        },
      },
    },
    async (_request, reply) => {
      const keys = await publishedKeys(db(), { isFresh: true });
      reply.header('cache-control', 'public, max-age=300');
      return {
        algorithm: 'Ed25519' as const,
        format: 'LK1|KPJ|PROGRAM+PROGRAM|TTTTBBHH terlindungi sampai|TTTTBBHH terbit|id kunci|nomor kartu|tanda tangan base64url atas semua sebelum "|" terakhir',
        keys: [...keys.values()].map(({ row }) => ({ id: row.id, publicKey: row.publicKey, createdAt: row.createdAt.toISOString() })),
        revoked: await revokedHashes(db()),
        generatedAt: new Date().toISOString(),
      };
    },
  );

  app.post(
    '/cards/verify',
    {
      config: { policy: allow.public, rateLimit: VERIFY_LIMIT },
      schema: {
        tags: ['publik'],
        summary: 'Periksa kartu dari isi QR-nya: sah, kedaluwarsa, dicabut, dipalsukan, atau kunci tak dikenal. Tidak pernah menampilkan NIK.',
        body: z.strictObject({ payload: z.string().max(400) }),
        response: {
          200: z.object({
            verdict: ZVerdict,
            card: z
              .object({
                kpj: z.string(),
                programs: z.array(z.string()),
                protectedUntil: z.string(),
                issuedOn: z.string(),
                keyId: z.string(),
                cardNo: z.number().int(),
                holder: z.string().nullable().meta({ description: 'nama pemegang, disamarkan' }),
                isReplaced: z.boolean(),
              })
              .nullable(),
          }),
        },
      },
    },
    async (request) => verifyCard(db(), request.body.payload),
  );

  app.get(
    '/workers/:id/cards',
    {
      config: { policy: STAFF },
      schema: { tags: ['kartu'], summary: 'Kartu peserta seorang pekerja (yang berlaku dan yang dicabut)', params: z.object({ id: z.uuid() }), response: { 200: z.object({ items: z.array(ZCard) }) } },
    },
    async (request) => {
      await assertWorkerVisible(db(), requireActor(request), request.params.id);
      const rows = await db().selectFrom('cards').selectAll().where('worker_id', '=', request.params.id).orderBy('card_no', 'desc').execute();
      return { items: rows.map(presentCard) };
    },
  );

  app.get(
    '/workers/:id/card.pdf',
    {
      config: { policy: STAFF },
      schema: {
        tags: ['kartu'],
        summary: 'Cetak kartu peserta (PDF, ukuran kartu CR80 atau A4); menerbitkan KPJ dan kartu baru bila perlu',
        params: z.object({ id: z.uuid() }),
        querystring: z.strictObject({ layout: z.enum(['cr80', 'a4']).default('cr80') }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await assertWorkerVisible(db(), actor, request.params.id);
      const { card, faces } = await db().transaction().execute(async (trx) => {
        const card = await currentCard(trx, deps(), request.params.id, actor.userId);
        await writeAudit(trx, { actorId: actor.userId, action: 'card.print', entity: 'card', entityId: card.id, after: { cardNo: card.card_no }, requestId: request.id });
        return { card, faces: await cardFaces(trx, [card]) };
      });
      const pdf = await cardsPdf(request.query.layout, `Kartu peserta ${card.kpj}`, faces);
      reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename*=UTF-8''kartu-${card.kpj}-${card.card_no}.pdf`);
      return reply.send(pdf);
    },
  );

  app.post(
    '/cards/:id/reissue',
    {
      config: { policy: ISSUERS },
      schema: {
        tags: ['kartu'],
        summary: 'Kartu hilang atau rusak: cabut (QR lama terbaca "dicabut") dan terbitkan kartu baru dengan nomor berikutnya',
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ reason: z.enum(['lost', 'damaged', 'data_error', 'other']) }),
        response: { 200: z.object({ revoked: ZCard, card: ZCard }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const card = await db().selectFrom('cards').select('worker_id').where('id', '=', request.params.id).executeTakeFirst();
      if (!card) throw new AppError('NOT_FOUND', { details: { entity: 'card' } });
      await assertWorkerVisible(db(), actor, card.worker_id);
      const result = await reissueCard(deps(), request.params.id, { reason: request.body.reason, actorId: actor.userId, requestId: request.id });
      return { revoked: presentCard(result.revoked), card: presentCard(result.card) };
    },
  );

  app.post(
    '/cards/batches',
    {
      config: { policy: STAFF },
      schema: {
        tags: ['kartu'],
        summary: 'Buat berkas cetak kartu untuk sebuah donasi, wilayah, atau daftar pekerja (dikerjakan di latar belakang, dengan kemajuan)',
        body: z.strictObject({
          title: z.string().max(200).optional(),
          layout: z.enum(['a4', 'cr80']).default('a4'),
          donationId: z.uuid().optional(),
          regionCode: ZRegion.optional(),
          workerIds: z.array(z.uuid()).min(1).max(20_000).optional(),
        }),
        response: { 202: z.object({ batch: ZBatch, leftOut: z.object({ notProtected: z.number().int() }), queued: z.boolean() }) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { donationId, regionCode, workerIds, layout, title } = request.body;
      const chosen = [donationId, regionCode, workerIds].filter((v) => v !== undefined).length;
      if (chosen !== 1) throw new AppError('VALIDATION_FAILED', { details: { field: 'selection', reason: 'pilih tepat satu: donationId, regionCode atau workerIds' } });
      const selection = donationId ? { donationId } : regionCode ? { regionCode } : { workerIds: workerIds! };
      const created = await createBatch(db(), actor, { title, layout, selection });
      await writeAudit(db(), { actorId: actor.userId, action: 'card.batch', entity: 'card_batch', entityId: created.id, after: { selection, total: created.total }, requestId: request.id });
      const queue = app.deps.queue;
      if (queue) await queue.send('cards.batch', { batchId: created.id }, { singletonKey: created.id });
      else await runBatch(deps(), created.id);
      const batch = await visibleBatch(db(), actor, created.id);
      reply.code(202);
      return { batch: presentBatch(batch), leftOut: created.leftOut, queued: Boolean(queue) };
    },
  );

  app.get(
    '/cards/batches',
    {
      config: { policy: STAFF },
      schema: { tags: ['kartu'], summary: 'Berkas cetak kartu (terbaru dulu)', response: { 200: z.object({ items: z.array(ZBatch) }) } },
    },
    async (request) => {
      const actor = requireActor(request);
      let query = db()
        .selectFrom('card_batches')
        .select(['id', 'title', 'layout', 'status', 'total', 'done', 'error', 'pdf_bytes', 'created_at', 'finished_at'])
        .orderBy('created_at', 'desc')
        .limit(100);
      if (actor.role !== 'admin') query = query.where(colleaguesOf(actor, sql.ref('created_by')));
      return { items: (await query.execute()).map(presentBatch) };
    },
  );

  app.get(
    '/cards/batches/:id',
    {
      config: { policy: STAFF },
      schema: { tags: ['kartu'], summary: 'Kemajuan berkas cetak kartu', params: z.object({ id: z.uuid() }), response: { 200: ZBatch } },
    },
    async (request) => presentBatch(await visibleBatch(db(), requireActor(request), request.params.id)),
  );

  app.get(
    '/cards/batches/:id/pdf',
    {
      config: { policy: STAFF },
      schema: { tags: ['kartu'], summary: 'Unduh berkas cetak kartu (PDF) bila sudah selesai', params: z.object({ id: z.uuid() }) },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const batch = await visibleBatch(db(), actor, request.params.id);
      if (batch.status !== 'done') throw new AppError('CARD_BATCH_NOT_READY', { details: { status: batch.status, done: batch.done, total: batch.total } });
      const row = await db().selectFrom('card_batches').select('pdf').where('id', '=', batch.id).executeTakeFirstOrThrow();
      await writeAudit(db(), { actorId: actor.userId, action: 'card.batch.download', entity: 'card_batch', entityId: batch.id, requestId: request.id });
      reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename*=UTF-8''kartu-peserta-${batch.id.slice(0, 8)}.pdf`);
      return reply.send(row.pdf);
    },
  );

  const ZEventSummary = z.object({ id: z.string(), title: z.string(), heldOn: z.string(), place: z.string(), batchId: z.string(), handed: z.number().int(), total: z.number().int() });

  app.post(
    '/handover-events',
    {
      config: { policy: STAFF },
      schema: {
        tags: ['kartu'],
        summary: 'Catat acara penyerahan kartu (tanggal, tempat, pejabat, donatur) untuk sebuah berkas cetak',
        body: z.strictObject({
          title: z.string().trim().min(3).max(200),
          heldOn: z.iso.date(),
          place: z.string().trim().min(2).max(200),
          regionCode: ZRegion.optional(),
          officials: z.array(z.string().max(200)).max(30).default([]),
          donorOrgIds: z.array(z.uuid()).max(30).default([]),
          batchId: z.uuid(),
        }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const id = await createEvent(db(), requireActor(request), request.body, request.id);
      reply.code(201);
      return { id };
    },
  );

  app.get(
    '/handover-events',
    {
      config: { policy: STAFF },
      schema: { tags: ['kartu'], summary: 'Acara penyerahan kartu', response: { 200: z.object({ items: z.array(ZEventSummary) }) } },
    },
    async (request) => {
      const actor = requireActor(request);
      let query = db()
        .selectFrom('handover_events as e')
        .select((eb) => [
          'e.id',
          'e.title',
          'e.held_on',
          'e.place',
          'e.batch_id',
          eb.selectFrom('handover_checkins as c').select((x) => x.fn.countAll<number>().as('n')).whereRef('c.event_id', '=', 'e.id').as('handed'),
          eb.selectFrom('card_batch_items as i').select((x) => x.fn.countAll<number>().as('n')).whereRef('i.batch_id', '=', 'e.batch_id').where('i.card_id', 'is not', null).as('total'),
        ])
        .orderBy('e.held_on', 'desc')
        .limit(100);
      if (actor.role !== 'admin') query = query.where(colleaguesOf(actor, sql.ref('e.created_by')));
      const rows = await query.execute();
      return { items: rows.map((r) => ({ id: r.id, title: r.title, heldOn: r.held_on, place: r.place, batchId: r.batch_id, handed: Number(r.handed ?? 0), total: Number(r.total ?? 0) })) };
    },
  );

  app.get(
    '/handover-events/:id',
    {
      config: { policy: STAFF },
      schema: {
        tags: ['kartu'],
        summary: 'Acara penyerahan: siapa sudah menerima kartu dan siapa belum',
        params: z.object({ id: z.uuid() }),
        response: {
          200: z.object({
            id: z.string(),
            title: z.string(),
            heldOn: z.string(),
            place: z.string(),
            region: z.object({ code: z.string(), name: z.string() }).nullable(),
            officials: z.array(z.string()),
            donors: z.array(z.object({ id: z.string(), name: z.string() })),
            batch: z.object({ id: z.string(), title: z.string() }),
            handed: z.number().int(),
            total: z.number().int(),
            people: z.array(z.object({ workerId: z.string(), name: z.string(), kpj: z.string().nullable(), village: z.string().nullable(), checkedInAt: z.string().nullable() })),
          }),
        },
      },
    },
    async (request) => eventDetail(db(), requireActor(request), request.params.id),
  );

  app.post(
    '/handover-events/:id/checkins',
    {
      config: { policy: STAFF },
      schema: {
        tags: ['kartu'],
        summary: 'Catat kartu yang diserahkan: pindai QR kartu (atau pilih pekerja bila QR tak terbaca); memindai dua kali tidak mencatat dua kali',
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ payload: z.string().max(400).optional(), workerId: z.uuid().optional() }),
        response: {
          200: z.object({
            status: z.enum(['checked_in', 'already']),
            workerId: z.string(),
            name: z.string(),
            kpj: z.string(),
            checkedInAt: z.string(),
            handed: z.number().int(),
            total: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if ((request.body.payload === undefined) === (request.body.workerId === undefined)) {
        throw new AppError('VALIDATION_FAILED', { details: { field: 'payload', reason: 'isi payload QR atau workerId' } });
      }
      const result = await checkIn(db(), actor, request.params.id, request.body);
      return { ...result, checkedInAt: result.checkedInAt.toISOString() };
    },
  );
};
