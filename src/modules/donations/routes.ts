import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { addMonths, firstDayOf, monthOf } from '../../domain/dates.ts';
import { localeOf } from '../../http/error-handler.ts';
import { AppError } from '../../http/errors.ts';
import { allow } from '../../http/policy.ts';
import { requireActor } from '../auth/routes.ts';
import { formatMonthId, invoicePdf, receiptPdf } from '../documents/pdf.ts';
import { paymentMethods, startPayment } from '../payments/service.ts';
import { regionCache } from '../regions/region-cache.ts';
import { maskedNikOf } from '../workers/presenter.ts';
import { occupationByCode } from '../../domain/occupations.ts';
import { COHORT_RULES, countCohortCandidates } from './cohort.ts';
import {
  cancelDonation,
  createDonation,
  createPoolDonation,
  DONATION_STATUSES,
  donationScope,
  loadDonation,
  openRenewal,
  POOL_MIN_GIFT,
  renewDonation,
  type DonationContext,
  type StoredQuote,
} from './service.ts';

const DONORS = allow.roles('admin', 'officer', 'donor');
const ZId = z.object({ id: z.uuid() });
const money = (n: bigint) => n.toString();
const occupationName = (code: string, locale: 'id' | 'en') => {
  const o = occupationByCode(code);
  return o ? (locale === 'en' ? o.nameEn : o.nameId) : code;
};

const ZDonation = z
  .object({
    id: z.string(),
    number: z.string(),
    donor: z.object({ id: z.string(), name: z.string(), type: z.string() }),
    status: z.enum(DONATION_STATUSES as [string, ...string[]]),
    programs: z.array(z.string()),
    declaredIncome: z.string(),
    months: z.number().int(),
    startMonth: z.string(),
    endMonth: z.string(),
    selection: z.enum(['list', 'cohort', 'pool', 'self']),
    cohort: z.object({ regionCode: z.string(), regionName: z.string().nullable(), occupations: z.array(z.string()), count: z.number().int(), rule: z.string() }).nullable(),
    workerCount: z.number().int(),
    perWorker: z.string(),
    perWorkerMonthly: z.string(),
    total: z.string(),
    lines: z.array(z.object({ program: z.string(), monthly: z.string(), perWorker: z.string() })),
    discounts: z.array(z.object({ id: z.string(), name: z.string(), months: z.array(z.string()) })),
    dueDate: z.string(),
    createdAt: z.string(),
    paidAt: z.string().nullable(),
    allocatedAt: z.string().nullable(),
    allocation: z.object({
      workers: z.number().int(),
      amount: z.string(),
      skippedWorkerMonths: z.number().int().meta({ description: 'Iuran bulanan per program yang dilewati karena sudah dibayar pihak lain (satu per pekerja, bulan dan program)' }),
      remainder: z.string(),
    }),
    payments: z.array(
      z.object({
        id: z.string(),
        method: z.string(),
        orderId: z.string(),
        amount: z.string(),
        status: z.string(),
        redirectUrl: z.string().nullable(),
        referenceCode: z.string().nullable(),
        createdAt: z.string(),
        settledAt: z.string().nullable(),
      }),
    ),
    renews: z.object({ id: z.string(), number: z.string() }).nullable(),
    renewedBy: z.object({ id: z.string(), number: z.string() }).nullable(),
    can: z.object({ pay: z.boolean(), cancel: z.boolean(), receipt: z.boolean(), renew: z.boolean() }),
  })
  .meta({ id: 'Donation' });

export function donationContext(request: FastifyRequest): DonationContext {
  const { config, database } = request.server.deps;
  return { db: database.db, book: config.rules, actor: requireActor(request), requestId: request.id };
}

async function presentDonation(request: FastifyRequest, id: string): Promise<z.infer<typeof ZDonation>> {
  const ctx = donationContext(request);
  const d = await loadDonation(ctx.db, ctx.actor, id);
  const quote = d.quote as StoredQuote;
  const payments = await ctx.db.selectFrom('payments').selectAll().where('donation_id', '=', id).orderBy('created_at').execute();
  const cohort = d.cohort as { regionCode: string; occupations: string[]; count: number; rule: string } | null;
  const regions = cohort ? await regionCache(ctx.db) : null;
  const locale = localeOf(request);
  const renews = d.renews_donation_id ? await ctx.db.selectFrom('donations').select(['id', 'number']).where('id', '=', d.renews_donation_id).executeTakeFirst() : undefined;
  const renewedBy = await openRenewal(ctx.db, d.id);
  const isRenewable = d.status === 'allocated' && (d.selection === 'list' || d.selection === 'cohort') && !renewedBy && d.allocated_workers > 0;
  return {
    id: d.id,
    number: d.number,
    donor: { id: d.donor_org_id, name: d.donor_name, type: d.donor_type },
    status: d.status,
    programs: d.programs,
    declaredIncome: money(d.declared_income),
    months: d.months,
    startMonth: monthOf(d.start_month),
    endMonth: addMonths(monthOf(d.start_month), d.months - 1),
    selection: d.selection,
    cohort: cohort ? { ...cohort, regionName: regions!.nameOf(cohort.regionCode) } : null,
    workerCount: d.worker_count,
    perWorker: money(d.per_worker),
    perWorkerMonthly: quote.perWorkerMonthly,
    total: money(d.total),
    lines: quote.lines,
    discounts: quote.discounts.map((x) => ({ id: x.id, name: locale === 'en' ? x.nameEn : x.nameId, months: x.months })),
    dueDate: d.due_date,
    createdAt: d.created_at.toISOString(),
    paidAt: d.paid_at?.toISOString() ?? null,
    allocatedAt: d.allocated_at?.toISOString() ?? null,
    allocation: {
      workers: d.allocated_workers,
      amount: money(d.allocated_amount),
      skippedWorkerMonths: d.skipped_worker_months,
      remainder: money(d.status === 'allocated' ? d.total - d.allocated_amount : 0n),
    },
    payments: payments.map((p) => ({
      id: p.id,
      method: p.provider,
      orderId: p.order_id,
      amount: money(p.amount),
      status: p.status,
      redirectUrl: p.redirect_url,
      referenceCode: p.reference_code,
      createdAt: p.created_at.toISOString(),
      settledAt: p.settled_at?.toISOString() ?? null,
    })),
    can: {
      pay: d.status === 'awaiting_payment' && !payments.some((p) => p.status === 'awaiting_approval'),
      cancel: d.status === 'awaiting_payment' && !payments.some((p) => p.status === 'settled' || p.status === 'awaiting_approval'),
      receipt: payments.some((p) => p.status === 'settled'),
      renew: isRenewable,
    },
    renews: renews ?? null,
    renewedBy: renewedBy ?? null,
  };
}

const ZCreate = z
  .strictObject({
    donorOrgId: z.uuid().optional().meta({ description: 'Petugas dan admin: donatur yang membayar; donatur: selalu organisasinya sendiri' }),
    programs: z.array(z.string().max(10)).max(3),
    declaredIncome: z.string().max(40).optional(),
    months: z.number().int(),
    startMonth: z.string().max(10).meta({ description: 'TTTT-BB, bulan iuran pertama' }),
    selection: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('list'), workerIds: z.array(z.uuid()).min(1).max(100_000) }),
      z.strictObject({
        kind: z.literal('cohort'),
        regionCode: z.string().max(20),
        occupations: z.array(z.string().max(40)).max(50).optional(),
        count: z.number().int().min(1).max(1_000_000),
      }),
    ]),
  })
  .meta({ id: 'DonationRequest' });

/** Donations: quote → invoice → payment → allocation into coverage months; receipts. */
export const donationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/donations/options',
    {
      config: { policy: DONORS },
      schema: {
        tags: ['donasi'],
        summary: 'Cara bayar yang tersedia, aturan pemilihan kohort, rekening transfer',
        response: {
          200: z.object({
            methods: z.array(z.string()),
            cohortRule: z.object({ id: z.string(), text: z.string() }),
            bankAccount: z.string(),
            bankApprovalAbove: z.string(),
            firstMonth: z.string(),
          }),
        },
      },
    },
    async (request) => {
      const { config } = request.server.deps;
      const locale = localeOf(request);
      return {
        methods: paymentMethods(request.server.payments),
        cohortRule: { id: 'LONGEST_UNCOVERED', text: COHORT_RULES.LONGEST_UNCOVERED[locale] },
        bankAccount: config.payments.bankTransfer.account,
        bankApprovalAbove: money(config.payments.bankTransfer.approvalAbove),
        firstMonth: monthOf(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)),
      };
    },
  );

  app.get(
    '/donations/cohort-availability',
    {
      config: { policy: DONORS },
      schema: {
        tags: ['donasi'],
        summary: 'Berapa pekerja yang memenuhi syarat dan belum terlindungi tersedia untuk sebuah kohort (jumlah saja)',
        querystring: z.strictObject({
          regionCode: z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/),
          occupations: z.string().max(500).optional().meta({ description: 'kode dipisah koma' }),
          programs: z.string().max(20).optional(),
          months: z.string().regex(/^\d{1,2}$/),
          startMonth: z.string().regex(/^\d{4}-\d{2}$/),
          want: z.string().regex(/^\d{1,7}$/),
        }),
        response: { 200: z.object({ available: z.number().int(), want: z.number().int() }) },
      },
    },
    async (request) => {
      const q = request.query;
      const want = Number(q.want);
      const available = await countCohortCandidates(request.server.deps.database.db, {
        cohort: { regionCode: q.regionCode, occupations: q.occupations ? q.occupations.split(',').filter(Boolean) : [], count: want, rule: 'LONGEST_UNCOVERED' },
        programs: (q.programs ?? 'JKK,JKM').split(','),
        startMonth: firstDayOf(q.startMonth),
        months: Number(q.months),
        book: request.server.deps.config.rules,
        limit: want,
      });
      return { available, want };
    },
  );

  app.get(
    '/donations',
    {
      config: { policy: DONORS },
      schema: {
        tags: ['donasi'],
        summary: 'Donasi (donatur: milik organisasinya; petugas dan admin: semua)',
        querystring: z.strictObject({ status: z.enum(DONATION_STATUSES as [string, ...string[]]).optional(), donorOrgId: z.uuid().optional() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                number: z.string(),
                donorName: z.string(),
                status: z.string(),
                workerCount: z.number().int(),
                months: z.number().int(),
                startMonth: z.string(),
                total: z.string(),
                createdAt: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const rows = await request.server.deps.database.db
        .selectFrom('donations')
        .innerJoin('donor_orgs', 'donor_orgs.id', 'donations.donor_org_id')
        .select(['donations.id', 'donations.number', 'donor_orgs.display_name', 'donations.status', 'donations.worker_count', 'donations.months', 'donations.start_month', 'donations.total', 'donations.created_at'])
        .where(donationScope(actor))
        .$if(Boolean(request.query.status), (q) => q.where('donations.status', '=', request.query.status as never))
        .$if(Boolean(request.query.donorOrgId), (q) => q.where('donations.donor_org_id', '=', request.query.donorOrgId!))
        .orderBy('donations.created_at', 'desc')
        .limit(200)
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          number: r.number,
          donorName: r.display_name,
          status: r.status,
          workerCount: r.worker_count,
          months: r.months,
          startMonth: monthOf(r.start_month),
          total: money(r.total),
          createdAt: r.created_at.toISOString(),
        })),
      };
    },
  );

  app.post(
    '/donations',
    {
      config: { policy: DONORS, rateLimit: { max: 10, timeWindow: 60_000, keyGenerator: (r: FastifyRequest) => r.actor?.userId ?? r.ip } },
      schema: { tags: ['donasi'], summary: 'Buat donasi: penawaran harga menjadi tagihan (kirim Idempotency-Key)', body: ZCreate, response: { 201: ZDonation } },
    },
    async (request, reply) => {
      const id = await createDonation(donationContext(request), request.body);
      reply.code(201);
      return presentDonation(request, id);
    },
  );

  app.post(
    '/donations/pool',
    {
      config: { policy: DONORS, rateLimit: { max: 10, timeWindow: 60_000, keyGenerator: (r: FastifyRequest) => r.actor?.userId ?? r.ip } },
      schema: {
        tags: ['donasi'],
        summary: `Sumbangan ke dana kesinambungan (minimal Rp ${POOL_MIN_GIFT.toLocaleString('id-ID')}): menanggung pekerja yang menunggak, menurut aturan prioritas yang diumumkan`,
        body: z.strictObject({ donorOrgId: z.uuid().optional(), amount: z.string().max(40) }),
        response: { 201: ZDonation },
      },
    },
    async (request, reply) => {
      const id = await createPoolDonation(donationContext(request), request.body);
      reply.code(201);
      return presentDonation(request, id);
    },
  );

  app.post(
    '/donations/:id/renew',
    {
      config: { policy: DONORS, rateLimit: { max: 10, timeWindow: 60_000, keyGenerator: (r: FastifyRequest) => r.actor?.userId ?? r.ip } },
      schema: {
        tags: ['donasi'],
        summary: 'Perpanjang: pekerja yang sama, masa yang sama, mulai bulan sesudah donasi berakhir — tagihan baru dalam satu langkah',
        params: ZId,
        response: { 201: ZDonation },
      },
    },
    async (request, reply) => {
      const id = await renewDonation(donationContext(request), request.params.id);
      reply.code(201);
      return presentDonation(request, id);
    },
  );

  app.get(
    '/donations/:id',
    { config: { policy: DONORS }, schema: { tags: ['donasi'], summary: 'Satu donasi dengan pembayaran dan alokasinya', params: ZId, response: { 200: ZDonation } } },
    async (request) => presentDonation(request, request.params.id),
  );

  app.post(
    '/donations/:id/cancel',
    { config: { policy: DONORS }, schema: { tags: ['donasi'], summary: 'Batalkan donasi yang belum dibayar', params: ZId, response: { 200: ZDonation } } },
    async (request) => {
      await cancelDonation(donationContext(request), request.params.id);
      return presentDonation(request, request.params.id);
    },
  );

  app.post(
    '/donations/:id/payments',
    {
      config: { policy: DONORS, rateLimit: { max: 20, timeWindow: 60_000, keyGenerator: (r: FastifyRequest) => r.actor?.userId ?? r.ip } },
      schema: {
        tags: ['donasi'],
        summary: 'Mulai pembayaran: arahkan ke gateway, atau dapatkan kode referensi transfer bank',
        params: ZId,
        body: z.strictObject({ method: z.enum(['simulator', 'midtrans', 'xendit', 'bank_transfer']) }),
        response: {
          201: z.object({ paymentId: z.string(), orderId: z.string(), redirectUrl: z.string().nullable(), referenceCode: z.string().nullable(), bankAccount: z.string().nullable() }),
        },
      },
    },
    async (request, reply) => {
      const result = await startPayment(request.server.payments, requireActor(request), request.params.id, request.body.method);
      reply.code(201);
      return { ...result, bankAccount: request.body.method === 'bank_transfer' ? request.server.deps.config.payments.bankTransfer.account : null };
    },
  );

  app.get(
    '/donations/:id/workers',
    {
      config: { policy: DONORS },
      schema: {
        tags: ['donasi'],
        summary: 'Pekerja yang dilindungi donasi ini (NIK disamarkan) dan bulan yang dibayar',
        params: ZId,
        response: {
          200: z.object({
            items: z.array(
              z.object({ id: z.string(), maskedNik: z.string(), fullName: z.string(), regency: z.string().nullable(), occupation: z.string(), occupationName: z.string(), coveredMonths: z.number().int() }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const ctx = donationContext(request);
      await loadDonation(ctx.db, ctx.actor, request.params.id);
      const rows = await ctx.db
        .selectFrom('donation_workers as dw')
        .innerJoin('workers as w', 'w.id', 'dw.worker_id')
        .select([
          'w.id',
          'w.nik_prefix4',
          'w.nik_last4',
          'w.full_name',
          'w.regency_code',
          'w.occupation_code',
          sql<number>`(select count(*)::int from coverage_months c where c.worker_id = w.id and c.donation_id = dw.donation_id)`.as('covered'),
        ])
        .where('dw.donation_id', '=', request.params.id)
        .orderBy('dw.position')
        .limit(5000)
        .execute();
      const regions = await regionCache(ctx.db);
      return {
        items: rows.map((r) => ({
          id: r.id,
          maskedNik: maskedNikOf(r),
          fullName: r.full_name,
          regency: regions.nameOf(r.regency_code),
          occupation: r.occupation_code,
          occupationName: occupationName(r.occupation_code, localeOf(request)),
          coveredMonths: r.covered,
        })),
      };
    },
  );

  app.get(
    '/donations/:id/invoice.pdf',
    { config: { policy: DONORS }, schema: { tags: ['donasi'], summary: 'Tagihan (PDF, Bahasa Indonesia)', params: ZId } },
    async (request, reply) => {
      const ctx = donationContext(request);
      const d = await loadDonation(ctx.db, ctx.actor, request.params.id);
      const quote = d.quote as StoredQuote;
      const { config } = request.server.deps;
      const pdf = await invoicePdf({
        number: d.number,
        issuedOn: d.created_at.toISOString(),
        dueOn: d.due_date,
        donorName: d.donor_legal_name,
        workers: d.worker_count,
        months: d.months,
        startMonth: monthOf(d.start_month),
        endMonth: addMonths(monthOf(d.start_month), d.months - 1),
        programs: d.programs,
        lines: quote.lines.map((l) => ({ program: l.program, monthly: BigInt(l.monthly), perWorker: BigInt(l.perWorker) })),
        total: d.total,
        status: { awaiting_payment: 'Menunggu pembayaran', paid: 'Lunas', allocated: 'Lunas, sudah dialokasikan', cancelled: 'Dibatalkan', expired: 'Kedaluwarsa', refunded: 'Dikembalikan' }[d.status],
        paymentInstructions: [
          'Bayar daring lewat halaman donasi (gateway pembayaran), atau',
          `transfer ke ${config.payments.bankTransfer.account} dengan mencantumkan kode referensi dari halaman donasi.`,
          `Sebutkan nomor tagihan ${d.number} bila menghubungi petugas.`,
        ],
      });
      reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename*=UTF-8''tagihan-${d.number}.pdf`);
      return reply.send(pdf);
    },
  );

  app.get(
    '/donations/:id/receipt.pdf',
    { config: { policy: DONORS }, schema: { tags: ['donasi'], summary: 'Bukti pembayaran (PDF)', params: ZId } },
    async (request, reply) => {
      const ctx = donationContext(request);
      const d = await loadDonation(ctx.db, ctx.actor, request.params.id);
      const payment = await ctx.db.selectFrom('payments').selectAll().where('donation_id', '=', d.id).where('status', '=', 'settled').executeTakeFirst();
      if (!payment) throw new AppError('INVALID_STATE', { details: { status: d.status } });
      const months = await ctx.db.selectFrom('coverage_months').select(sql<number>`count(*)::int`.as('n')).where('donation_id', '=', d.id).executeTakeFirstOrThrow();
      const start = monthOf(d.start_month);
      const pdf = await receiptPdf({
        number: d.number,
        donorName: d.donor_legal_name,
        paidOn: payment.settled_at ?? payment.updated_at,
        amount: payment.amount,
        method: { simulator: 'Simulator pembayaran', midtrans: 'Midtrans', xendit: 'Xendit', bank_transfer: 'Transfer bank' }[payment.provider],
        reference: payment.reference_code ?? payment.order_id,
        workersCovered: d.allocated_workers,
        workerMonths: months.n,
        period: `${formatMonthId(start)} – ${formatMonthId(addMonths(start, d.months - 1))}`,
      });
      reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename*=UTF-8''bukti-${d.number}.pdf`);
      return reply.send(pdf);
    },
  );
};
