import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { domainMessage } from '../../domain/errors.ts';
import { localeOf } from '../../http/error-handler.ts';
import { AppError } from '../../http/errors.ts';
import { allow } from '../../http/policy.ts';
import { requireActor } from '../auth/routes.ts';
import { decideDuplicate, listDuplicates } from './duplicates.ts';
import { exportWorkers } from './export.ts';
import { WORKER_STATUSES, ZWorker } from './presenter.ts';
import {
  COVERAGE_FILTERS,
  findWorkerByNik,
  getWorker,
  listWorkers,
  registerWorker,
  revealWorker,
  REVEAL_REASONS,
  updateWorker,
  verifyWorker,
  workerHistory,
  type RegistryContext,
} from './service.ts';

const ZId = z.object({ id: z.uuid() });
const ZText = (max: number) => z.string().max(max);

/** A registration as typed: strings, checked by the domain rules so each problem has its own code. */
const ZWorkerFields = z.strictObject({
    nik: ZText(40).meta({ description: 'NIK 16 angka' }),
    fullName: ZText(300),
    birthDate: ZText(40).optional().meta({ description: 'TTTT-BB-HH; bila kosong diambil dari NIK' }),
    sex: ZText(20).optional().meta({ description: 'L atau P; bila kosong diambil dari NIK' }),
    villageCode: ZText(40).meta({ description: 'Kode desa/kelurahan domisili, mis. 62.02.05.2001' }),
    occupation: ZText(100).meta({ description: 'Kode pekerjaan (GET /api/rules → occupations)' }),
    occupationOther: ZText(200).optional(),
    declaredIncome: ZText(40).optional().meta({ description: 'Tingkat penghasilan; bawaan Rp 1.000.000' }),
    phone: ZText(40).optional(),
    isDtks: z.boolean().optional(),
    p3keDecile: z.number().int().nullable().optional().meta({ description: '1–10; null menghapus' }),
    isWageEarner: z.boolean().optional(),
});
export const ZWorkerInput = ZWorkerFields.meta({ id: 'WorkerRegistration' });
const ZWorkerPatch = ZWorkerFields.omit({ nik: true, isWageEarner: true }).partial().meta({ id: 'WorkerPatch' });

const ZListQuery = z.strictObject({
  region: z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/).optional(),
  occupation: z.string().max(40).optional(),
  status: z.enum(WORKER_STATUSES).optional(),
  dtks: z.enum(['true', 'false']).optional(),
  p3keMaxDecile: z.string().regex(/^(10|[1-9])$/).optional(),
  q: z.string().trim().min(2).max(100).optional().meta({ description: 'Bagian nama' }),
  kpj: z.string().regex(/^\d{11}$/).optional(),
  coverage: z.enum(COVERAGE_FILTERS).optional().meta({ description: 'none, active, expiring (berakhir ≤30 hari), arrears, ended, self (mandiri)' }),
  sort: z.enum(['newest', 'oldest', 'name']).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.string().regex(/^\d{1,3}$/).optional(),
});

const ZMessage = z.object({ code: z.string(), field: z.string().optional(), message: z.string() });

function filtersOf(q: Omit<z.infer<typeof ZListQuery>, 'cursor' | 'limit'>) {
  return {
    region: q.region,
    occupation: q.occupation,
    status: q.status,
    dtks: q.dtks === undefined ? undefined : q.dtks === 'true',
    p3keMaxDecile: q.p3keMaxDecile === undefined ? undefined : Number(q.p3keMaxDecile),
    q: q.q,
    kpj: q.kpj,
    coverage: q.coverage,
    sort: q.sort ?? ('newest' as const),
  };
}

export function registryContext(request: FastifyRequest): RegistryContext {
  const { config, database } = request.server.deps;
  return {
    db: database.db,
    keyring: config.keyring,
    book: config.rules,
    actor: requireActor(request),
    locale: localeOf(request),
    requestId: request.id,
  };
}

const VIEWERS = allow.roles('admin', 'officer', 'agent', 'donor');
const REGISTRARS = allow.roles('admin', 'officer', 'agent');
const CHECKERS = allow.roles('admin', 'officer');

/** The worker registry API. Outside the caller's region scope a worker does not exist (404). */
export const workerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/workers',
    {
      config: { policy: VIEWERS },
      schema: {
        tags: ['pekerja'],
        summary: 'Cari pekerja di wilayah kerja sendiri (halaman dengan kursor)',
        querystring: ZListQuery,
        response: { 200: z.object({ items: z.array(ZWorker), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const q = request.query;
      return listWorkers(registryContext(request), { ...filtersOf(q), cursor: q.cursor, limit: Math.min(Math.max(Number(q.limit ?? 50), 1), 200) });
    },
  );

  app.get(
    '/workers/export',
    {
      config: { policy: CHECKERS, rateLimit: { max: 10, timeWindow: 3_600_000, keyGenerator: (r: FastifyRequest) => r.actor?.userId ?? r.ip } },
      schema: {
        tags: ['pekerja'],
        summary: 'Unduh daftar pekerja (disamarkan) sebagai CSV atau XLSX; setiap unduhan dicatat',
        querystring: ZListQuery.omit({ cursor: true, limit: true }).extend({ format: z.enum(['csv', 'xlsx']).optional() }),
      },
    },
    async (request, reply) => {
      const q = request.query;
      const format = q.format ?? 'csv';
      const { body } = await exportWorkers(registryContext(request), filtersOf(q), format);
      const date = new Date().toISOString().slice(0, 10);
      reply
        .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''pekerja-${date}.${format}`);
      return reply.send(body);
    },
  );

  app.get(
    '/workers/duplicates',
    {
      config: { policy: CHECKERS },
      schema: {
        tags: ['pekerja'],
        summary: 'Antrean kemungkinan data ganda (nama, tanggal lahir, kabupaten sama; NIK berbeda)',
        querystring: z.strictObject({ status: z.enum(['open', 'merged', 'distinct']).optional() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                status: z.enum(['open', 'merged', 'distinct']),
                createdAt: z.string(),
                a: ZWorker,
                b: ZWorker,
                keptWorkerId: z.string().nullable(),
                note: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await listDuplicates(registryContext(request), request.query.status ?? 'open', 100) }),
  );

  app.post(
    '/workers/duplicates/:id/decision',
    {
      config: { policy: CHECKERS },
      schema: {
        tags: ['pekerja'],
        summary: 'Gabungkan (satu data dipertahankan) atau tandai sebagai orang berbeda; tercatat di log audit',
        params: ZId,
        body: z.strictObject({ decision: z.enum(['merge', 'distinct']), keepWorkerId: z.uuid().optional(), note: z.string().trim().max(500).optional() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await decideDuplicate(registryContext(request), request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/workers/lookup',
    {
      config: { policy: VIEWERS },
      schema: {
        tags: ['pekerja'],
        summary: 'Cari satu pekerja dengan NIK (lewat indeks buta; NIK di badan permintaan, tidak pernah di URL)',
        body: z.strictObject({ nik: ZText(40) }),
        response: { 200: ZWorker },
      },
    },
    async (request) => findWorkerByNik(registryContext(request), request.body.nik),
  );

  app.post(
    '/workers',
    {
      config: { policy: REGISTRARS },
      schema: {
        tags: ['pekerja'],
        summary: 'Daftarkan satu pekerja rentan',
        body: ZWorkerInput,
        response: { 201: z.object({ worker: ZWorker, warnings: z.array(ZMessage), probableDuplicates: z.number().int() }) },
      },
    },
    async (request, reply) => {
      const ctx = registryContext(request);
      const result = await registerWorker(ctx, request.body);
      reply.code(201);
      return {
        worker: result.worker,
        warnings: result.warnings.map((w) => ({ ...w, message: domainMessage({ code: w.code as never, field: w.field }, ctx.locale) })),
        probableDuplicates: result.probableDuplicates,
      };
    },
  );

  app.get(
    '/workers/:id',
    {
      config: { policy: VIEWERS },
      schema: { tags: ['pekerja'], summary: 'Data satu pekerja (NIK disamarkan)', params: ZId, response: { 200: ZWorker } },
    },
    async (request) => getWorker(registryContext(request), request.params.id),
  );

  app.patch(
    '/workers/:id',
    {
      config: { policy: CHECKERS },
      schema: { tags: ['pekerja'], summary: 'Perbaiki data pekerja (bukan NIK); tercatat di log audit', params: ZId, body: ZWorkerPatch, response: { 200: ZWorker } },
    },
    async (request) => updateWorker(registryContext(request), request.params.id, request.body),
  );

  app.post(
    '/workers/:id/verify',
    {
      config: { policy: CHECKERS },
      schema: { tags: ['pekerja'], summary: 'Verifikasi pekerja (dokumen sudah diperiksa petugas)', params: ZId, response: { 200: ZWorker } },
    },
    async (request) => verifyWorker(registryContext(request), request.params.id),
  );

  app.post(
    '/workers/:id/reveal',
    {
      config: { policy: CHECKERS, rateLimit: { max: 30, timeWindow: 60_000, keyGenerator: (r: FastifyRequest) => r.actor?.userId ?? r.ip } },
      schema: {
        tags: ['pekerja'],
        summary: 'Tampilkan NIK dan nomor HP lengkap, dengan alasan; setiap tampilan dicatat',
        params: ZId,
        body: z.strictObject({ reason: z.enum(REVEAL_REASONS), note: z.string().trim().max(300).optional() }),
        response: { 200: z.object({ nik: z.string(), phone: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { reason, note } = request.body;
      if (reason === 'OTHER' && (!note || note.length < 5)) {
        throw new AppError('VALIDATION_FAILED', { details: { fields: [{ path: 'note', code: 'required', message: 'note' }] } });
      }
      return revealWorker(registryContext(request), request.params.id, { code: reason, note });
    },
  );

  app.get(
    '/workers/:id/history',
    {
      config: { policy: CHECKERS },
      schema: {
        tags: ['pekerja'],
        summary: 'Riwayat pendaftaran, verifikasi, perubahan dan tampilan data pribadi',
        params: ZId,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                at: z.string(),
                action: z.string(),
                actor: z.string().nullable(),
                reason: z.string().nullable(),
                changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await workerHistory(registryContext(request), request.params.id) }),
  );
};
