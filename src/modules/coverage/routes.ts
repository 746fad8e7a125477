import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { addMonths, jakartaToday, monthOf, parseYearMonth } from '../../domain/dates.ts';
import { localeOf } from '../../http/error-handler.ts';
import { AppError } from '../../http/errors.ts';
import { allow, isInScope } from '../../http/policy.ts';
import { writeAudit } from '../audit/audit.ts';
import { requireActor } from '../auth/routes.ts';
import { accountId } from '../ledger/ledger.ts';
import { regionCache } from '../regions/region-cache.ts';
import { workerScope } from '../workers/repository.ts';
import { POOL_RULE } from './pool.ts';
import { continuity, runMonth } from './run-month.ts';
import { selfCheck } from './self-check.ts';
import { selfPayCode, selfPayView, startSelfPayment } from './self-pay.ts';
import { coverageByRegion, coverageSummary, workerCoverage } from './service.ts';

/**
 * Coverage: the officer's overview (states by region, forecasts, continuity), the monthly runs, the
 * pool, a worker's timeline, the messages log, and the two public doors: the self-check and
 * "lanjut mandiri".
 */
const OVERVIEW = allow.roles('admin', 'officer', 'gov', 'agent', 'donor');
const WORKER_VIEWERS = allow.roles('admin', 'officer', 'agent', 'donor');
const STAFF = allow.roles('admin', 'officer', 'agent');
const RUNNERS = allow.roles('admin', 'officer');
const ZRegion = z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/);
const ZState = z.enum(['NOT_STARTED', 'ACTIVE', 'ARREARS', 'ENDED']);
// The self-check and self-payment answer anyone: a few tries a minute per address.
const PUBLIC_LIMIT = { max: 10, timeWindow: 60_000 };

const ZRun = z.object({
  id: z.string(),
  month: z.string(),
  asOf: z.string(),
  status: z.enum(['running', 'done']),
  regionsDone: z.number().int(),
  regionsTotal: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  summary: z.unknown().nullable(),
});

const ZContinuity = z.object({
  month: z.string(),
  sponsorshipEnded: z.number().int(),
  stayedCovered: z.number().int(),
  bySource: z.object({ donation: z.number().int(), pool: z.number().int(), self: z.number().int() }),
  share: z.number().nullable(),
});

/** Officers and regional viewers ask within their regions; a region outside them is not there (404). */
function checkRegion(request: FastifyRequest, regionCode: string | undefined): void {
  const actor = requireActor(request);
  if (!regionCode || actor.role === 'admin' || actor.role === 'donor') return;
  const isInside = isInScope(regionCode, actor.regionScopes) || actor.regionScopes.some((scope) => scope.startsWith(regionCode + '.'));
  if (!isInside) throw new AppError('NOT_FOUND', { details: { entity: 'region' } });
}

export const coverageRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const book = () => app.deps.config.rules;

  app.get(
    '/coverage/summary',
    {
      config: { policy: OVERVIEW },
      schema: {
        tags: ['kepesertaan'],
        summary: 'Jumlah pekerja per status perlindungan (JKM), akan berakhir 30 hari, mandiri, dana kesinambungan — dalam wilayah Anda',
        querystring: z.strictObject({ region: ZRegion.optional() }),
        response: {
          200: z.object({
            total: z.number().int(),
            states: z.object({ NONE: z.number().int(), NOT_STARTED: z.number().int(), ACTIVE: z.number().int(), ARREARS: z.number().int(), ENDED: z.number().int() }),
            expiring30: z.number().int(),
            selfPaying: z.number().int(),
            pooled: z.number().int(),
            statesAsOf: z.string().nullable(),
            continuity: z.array(ZContinuity),
            lastRun: ZRun.nullable(),
          }),
        },
      },
    },
    async (request) => {
      checkRegion(request, request.query.region);
      const actor = requireActor(request);
      const summary = await coverageSummary(db(), actor, { regionCode: request.query.region });
      const current = monthOf(jakartaToday());
      // Continuity is a programme measure; donors see their own workers' states only.
      const continuityMonths =
        actor.role === 'donor' ? [] : await Promise.all([1, 2, 3, 4, 5, 6].map((back) => continuity(db(), addMonths(current, -back), scopeRegions(actor, request.query.region))));
      const lastRun = await db().selectFrom('coverage_runs').selectAll().orderBy('month', 'desc').executeTakeFirst();
      return { ...summary, continuity: continuityMonths, lastRun: lastRun ? presentRun(lastRun) : null };
    },
  );

  app.get(
    '/coverage/regions',
    {
      config: { policy: OVERVIEW },
      schema: {
        tags: ['kepesertaan'],
        summary: 'Status perlindungan per wilayah bawahan (provinsi → kabupaten/kota → kecamatan → desa)',
        querystring: z.strictObject({ parent: ZRegion.optional() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                code: z.string(),
                name: z.string().nullable(),
                total: z.number().int(),
                active: z.number().int(),
                arrears: z.number().int(),
                ended: z.number().int(),
                expiring: z.number().int(),
                selfPaying: z.number().int(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      checkRegion(request, request.query.parent);
      const rows = await coverageByRegion(db(), requireActor(request), { parent: request.query.parent });
      const regions = await regionCache(db());
      return {
        items: rows.map((r) => ({
          code: r.code,
          name: regions.nameOf(r.code),
          total: r.total,
          active: r.active,
          arrears: r.arrears,
          ended: r.ended,
          expiring: r.expiring,
          selfPaying: r.self_paying,
        })),
      };
    },
  );

  app.get(
    '/coverage/forecasts',
    {
      config: { policy: allow.roles('admin', 'officer', 'gov') },
      schema: {
        tags: ['kepesertaan'],
        summary: 'Perkiraan pekerja yang perlindungannya habis dalam 30/60/90 hari, per kabupaten/kota (dari proses bulanan terakhir)',
        response: {
          200: z.object({
            run: ZRun.nullable(),
            items: z.array(z.object({ regencyCode: z.string(), regency: z.string().nullable(), d30: z.number().int(), d60: z.number().int(), d90: z.number().int() })),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const run = await db().selectFrom('coverage_runs').selectAll().where('status', '=', 'done').orderBy('month', 'desc').executeTakeFirst();
      if (!run) return { run: null, items: [] };
      const rows = await db()
        .selectFrom('coverage_forecasts')
        .select(['regency_code', 'horizon_days', 'workers'])
        .where('run_id', '=', run.id)
        .orderBy('regency_code')
        .execute();
      const regions = await regionCache(db());
      const byRegency = new Map<string, { d30: number; d60: number; d90: number }>();
      for (const r of rows) {
        if (actor.role !== 'admin' && !isInScope(r.regency_code, actor.regionScopes)) continue;
        const entry = byRegency.get(r.regency_code) ?? { d30: 0, d60: 0, d90: 0 };
        entry[`d${r.horizon_days}` as 'd30'] = r.workers;
        byRegency.set(r.regency_code, entry);
      }
      return {
        run: presentRun(run),
        items: [...byRegency.entries()].filter(([, v]) => v.d90 > 0).map(([code, v]) => ({ regencyCode: code, regency: regions.nameOf(code), ...v })),
      };
    },
  );

  app.get(
    '/coverage/runs',
    {
      config: { policy: RUNNERS },
      schema: { tags: ['kepesertaan'], summary: 'Proses bulanan: yang sedang berjalan (dengan kemajuan) dan yang selesai', response: { 200: z.object({ items: z.array(ZRun) }) } },
    },
    async () => ({ items: (await db().selectFrom('coverage_runs').selectAll().orderBy('month', 'desc').limit(24).execute()).map(presentRun) }),
  );

  app.post(
    '/coverage/runs',
    {
      config: { policy: allow.roles('admin') },
      schema: {
        tags: ['kepesertaan'],
        summary: 'Jalankan proses bulanan untuk bulan TTTT-BB (status, dana kesinambungan, perkiraan, pengingat); aman dijalankan ulang',
        body: z.strictObject({ month: z.string().max(7) }),
        response: { 202: z.object({ month: z.string(), asOf: z.string(), queued: z.boolean() }) },
      },
    },
    async (request, reply) => {
      const month = parseYearMonth(request.body.month, 'month');
      const today = jakartaToday();
      const current = monthOf(today);
      if (month > current) throw new AppError('INVALID_STATE', { details: { month, reason: 'future' } });
      // States are always moved to today (as the nightly job does): every list reads them. Only this
      // month and the last can be run; older months' reminders and pool decisions are history.
      if (month < addMonths(current, -1)) throw new AppError('INVALID_STATE', { details: { month, reason: 'too_old' } });
      const asOf = today;
      await writeAudit(db(), { actorId: requireActor(request).userId, action: 'coverage.run', entity: 'coverage_run', entityId: null, after: { month }, requestId: request.id });
      const queue = app.deps.queue;
      if (queue) await queue.send('coverage.run-month', { month, asOf }, { singletonKey: month });
      else await runMonth({ db: db(), book: book(), messaging: app.deps.config.messaging, publicUrl: app.deps.config.publicUrl }, month, { asOf });
      reply.code(202);
      return { month, asOf, queued: Boolean(queue) };
    },
  );

  app.get(
    '/coverage/pool',
    {
      config: { policy: OVERVIEW },
      schema: {
        tags: ['kepesertaan'],
        summary: 'Dana kesinambungan: saldo, aturan prioritas yang diumumkan, pekerja yang ditanggung',
        response: {
          200: z.object({
            balance: z.string(),
            contributed: z.string(),
            spent: z.string(),
            rule: z.string(),
            workersCovered: z.number().int(),
            workerMonths: z.number().int(),
            recent: z.array(z.object({ at: z.string(), memo: z.string().nullable(), amount: z.string() })),
          }),
        },
      },
    },
    async (request) => {
      const pool = await accountId(db(), { kind: 'pool' });
      const account = await db().selectFrom('ledger_accounts').select(['credits', 'debits']).where('id', '=', pool).executeTakeFirstOrThrow();
      const covered = await db()
        .selectFrom('coverage_months')
        .select([sql<number>`count(distinct worker_id)::int`.as('workers'), sql<number>`(count(*) / 2)::int`.as('months')])
        .where('source', '=', 'pool')
        .executeTakeFirstOrThrow();
      const recent = await db()
        .selectFrom('journal_entries as e')
        .innerJoin('postings as p', 'p.entry_id', 'e.id')
        .select(['e.created_at', 'e.memo', 'p.amount'])
        .where('p.account_id', '=', pool)
        .where('p.side', '=', 'debit')
        .orderBy('e.created_at', 'desc')
        .limit(12)
        .execute();
      return {
        balance: (account.credits - account.debits).toString(),
        contributed: account.credits.toString(),
        spent: account.debits.toString(),
        rule: POOL_RULE[localeOf(request)],
        workersCovered: covered.workers,
        workerMonths: covered.months,
        recent: recent.map((r) => ({ at: r.created_at.toISOString(), memo: r.memo, amount: r.amount.toString() })),
      };
    },
  );

  app.get(
    '/workers/:id/coverage',
    {
      config: { policy: WORKER_VIEWERS },
      schema: {
        tags: ['kepesertaan'],
        summary: 'Status perlindungan per program hari ini dan linimasa bulan: siapa membayar tiap bulan',
        params: z.object({ id: z.uuid() }),
        response: {
          200: z.object({
            asOf: z.string(),
            programs: z.array(
              z.object({
                program: z.string(),
                state: ZState,
                unpaidMonths: z.number().int(),
                paidThrough: z.string().nullable(),
                protectedUntil: z.string().nullable(),
                endsOn: z.string().nullable(),
                nextDue: z.object({ month: z.string(), dueDate: z.string() }).nullable(),
              }),
            ),
            timeline: z.array(
              z.object({
                month: z.string(),
                status: z.enum(['paid', 'partial', 'unpaid', 'upcoming']),
                programs: z.array(
                  z.object({
                    program: z.string(),
                    payer: z.object({ kind: z.enum(['donation', 'pool', 'self']), name: z.string().nullable(), donationNumber: z.string().nullable() }),
                  }),
                ),
              }),
            ),
            selfPayCode: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => workerCoverage(db(), book(), requireActor(request), request.params.id),
  );

  app.post(
    '/workers/:id/self-pay-code',
    {
      config: { policy: STAFF },
      schema: {
        tags: ['kepesertaan'],
        summary: 'Kode bayar "lanjut mandiri" pekerja (dibuat bila belum ada), untuk diberikan kepada pekerja',
        params: z.object({ id: z.uuid() }),
        response: { 200: z.object({ code: z.string() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const worker = await db().selectFrom('workers').select('id').where('id', '=', request.params.id).where(workerScope(actor)).executeTakeFirst();
      if (!worker) throw new AppError('NOT_FOUND', { details: { entity: 'worker' } });
      const code = await selfPayCode(db(), worker.id);
      await writeAudit(db(), { actorId: actor.userId, action: 'self_pay.code', entity: 'worker', entityId: worker.id, requestId: request.id });
      return { code };
    },
  );

  app.get(
    '/messages',
    {
      config: { policy: RUNNERS },
      schema: {
        tags: ['kepesertaan'],
        summary: 'Log pesan pengingat (SMS/WhatsApp/e-mail, atau log demo): status pengiriman dan isi',
        querystring: z.strictObject({
          status: z.enum(['queued', 'sent', 'failed', 'skipped']).optional(),
          template: z.string().max(40).optional(),
          recipientId: z.uuid().optional(),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                channel: z.string(),
                recipientKind: z.enum(['worker', 'donor_org']),
                recipientId: z.string(),
                recipientName: z.string().nullable(),
                template: z.string(),
                status: z.string(),
                attempts: z.number().int(),
                body: z.string().nullable(),
                error: z.string().nullable(),
                createdAt: z.string(),
                sentAt: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const q = request.query;
      const rows = await db()
        .selectFrom('messages as m')
        .leftJoin('workers', (join) => join.onRef('workers.id', '=', 'm.recipient_id').on('m.recipient_kind', '=', 'worker'))
        .leftJoin('donor_orgs as o', (join) => join.onRef('o.id', '=', 'm.recipient_id').on('m.recipient_kind', '=', 'donor_org'))
        .select(['m.id', 'm.channel', 'm.recipient_kind', 'm.recipient_id', 'm.template', 'm.status', 'm.attempts', 'm.body', 'm.error', 'm.created_at', 'm.sent_at', 'workers.full_name', 'o.display_name'])
        // Officers see messages to workers in their regions and to donors.
        .where((eb) => eb.or([eb('m.recipient_kind', '=', 'donor_org'), workerScope(actor)(eb as never)]))
        .$if(Boolean(q.status), (b) => b.where('m.status', '=', q.status!))
        .$if(Boolean(q.template), (b) => b.where('m.template', '=', q.template!))
        .$if(Boolean(q.recipientId), (b) => b.where('m.recipient_id', '=', q.recipientId!))
        .orderBy('m.created_at', 'desc')
        .limit(200)
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          channel: r.channel,
          recipientKind: r.recipient_kind,
          recipientId: r.recipient_id,
          recipientName: r.full_name ?? r.display_name,
          template: r.template,
          status: r.status,
          attempts: r.attempts,
          body: r.body,
          error: r.error,
          createdAt: r.created_at.toISOString(),
          sentAt: r.sent_at?.toISOString() ?? null,
        })),
      };
    },
  );

  app.post(
    '/self-check',
    {
      config: { policy: allow.public, rateLimit: PUBLIC_LIMIT },
      schema: {
        tags: ['publik'],
        summary: 'Cek kepesertaan mandiri: NIK + tanggal lahir → terlindungi atau tidak, sampai kapan, program apa, nama disamarkan',
        body: z.strictObject({ nik: z.string().max(40), birthDate: z.string().max(10).meta({ description: 'TTTT-BB-HH' }) }),
        response: {
          200: z.object({
            isMatch: z.boolean().meta({ description: 'false untuk NIK tak dikenal maupun tanggal lahir salah: jawaban yang sama' }),
            maskedName: z.string().nullable(),
            isCovered: z.boolean(),
            programs: z.array(z.object({ program: z.string(), state: ZState, protectedUntil: z.string().nullable(), endsOn: z.string().nullable() })),
          }),
        },
      },
    },
    async (request) => selfCheck({ db: db(), keyring: app.deps.config.keyring, book: book() }, request.body, { requestId: request.id }),
  );

  app.post(
    '/self-pay/lookup',
    {
      config: { policy: allow.public, rateLimit: PUBLIC_LIMIT },
      schema: {
        tags: ['publik'],
        summary: 'Lanjut mandiri: kode bayar → nama disamarkan, status, pilihan 1/3/6/12 bulan dengan harganya',
        body: z.strictObject({ code: z.string().max(20) }),
        response: {
          200: z.object({
            maskedName: z.string(),
            regency: z.string(),
            state: z.enum(['NONE', 'NOT_STARTED', 'ACTIVE', 'ARREARS', 'ENDED']),
            protectedUntil: z.string().nullable(),
            endsOn: z.string().nullable(),
            firstMonth: z.string(),
            options: z.array(z.object({ months: z.number().int(), from: z.string(), to: z.string(), amount: z.string() })),
            methods: z.array(z.string()),
            lastPayment: z.object({ number: z.string(), status: z.string(), amount: z.string(), createdAt: z.string() }).nullable(),
          }),
        },
      },
    },
    async (request) => {
      const regions = await regionCache(db());
      const { workerId: _, ...view } = await selfPayView(db(), book(), request.body.code, (code) => regions.nameOf(code));
      return { ...view, methods: gatewayMethods(request) };
    },
  );

  app.post(
    '/self-pay/payments',
    {
      config: { policy: allow.public, rateLimit: PUBLIC_LIMIT },
      schema: {
        tags: ['publik'],
        summary: 'Lanjut mandiri: bayar 1/3/6/12 bulan lewat gateway (atau simulator); membayar lagi tagihan yang sama tidak membuat tagihan baru',
        body: z.strictObject({ code: z.string().max(20), months: z.number().int(), method: z.enum(['simulator', 'midtrans', 'xendit']) }),
        response: {
          201: z.object({ orderId: z.string(), number: z.string(), amount: z.string(), from: z.string(), to: z.string(), redirectUrl: z.string().nullable() }),
        },
      },
    },
    async (request, reply) => {
      const result = await startSelfPayment(app.payments, request.body);
      reply.code(201);
      return { orderId: result.orderId, number: result.number, amount: result.amount, from: result.from, to: result.to, redirectUrl: result.redirectUrl };
    },
  );
};

function gatewayMethods(request: FastifyRequest): string[] {
  return Object.keys(request.server.payments.providers);
}

/** Continuity is measured within the region asked for, else the caller's regions (admins: everywhere). */
function scopeRegions(actor: { role: string; regionScopes: string[] }, region: string | undefined): string[] | null {
  if (region) return [region];
  return actor.role === 'admin' ? null : actor.regionScopes;
}

function presentRun(r: {
  id: string;
  month: string;
  as_of: string;
  status: 'running' | 'done';
  regions_done: number;
  regions_total: number;
  started_at: Date;
  finished_at: Date | null;
  summary: unknown;
}) {
  return {
    id: r.id,
    month: monthOf(r.month),
    asOf: r.as_of,
    status: r.status,
    regionsDone: r.regions_done,
    regionsTotal: r.regions_total,
    startedAt: r.started_at.toISOString(),
    finishedAt: r.finished_at?.toISOString() ?? null,
    summary: r.summary ?? null,
  };
}
