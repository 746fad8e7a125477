import { gzipSync } from 'node:zlib';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DENOMINATOR_DEFINITIONS, SEGMENTS } from '../../domain/stats.ts';
import { STAT_COLUMNS } from '../../domain/stats-input.ts';
import { localeOf } from '../../http/error-handler.ts';
import { AppError } from '../../http/errors.ts';
import { allow, type Actor } from '../../http/policy.ts';
import { safeCsv } from '../../lib/safe-csv.ts';
import { requireActor } from '../auth/routes.ts';
import { rankingTable, regionTable, tableCsv, tableXlsx, trendTable, type Table } from './export.ts';
import { checkStatFile, commitStatImport, discardStatImport, loadStatImport, presentStatImport, type StatImporter } from './imports.ts';
import { refreshStatistics } from './refresh.ts';
import { cachedAnswer, nationalStatistics, PUBLIC_VIEWER, regionStatistics, type Selection, type Viewer } from './service.ts';

/**
 * Coverage statistics: the public dashboard (no sign-in, small groups hidden), the same views for
 * staff with their own regions exact, exports of every table, and the import of official figures.
 */
const VIEWERS = allow.roles('admin', 'officer', 'gov', 'jury');
const IMPORTERS = allow.roles('admin', 'officer', 'gov');
const ZRegion = z.string().regex(/^\d{2}(\.\d{2})?$/);
const ZDefinition = z.enum(DENOMINATOR_DEFINITIONS);
const ZSegment = z.enum(SEGMENTS);
const ZSelection = z.strictObject({
  date: z.iso.date().optional(),
  definition: ZDefinition.optional(),
  segment: ZSegment.optional(),
});

const ZFigure = z.object({
  segment: ZSegment,
  definition: ZDefinition,
  percentBp: z.number().int().nullable().meta({ description: 'cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan' }),
  participants: z.number().int().nullable(),
  denominator: z.number().int(),
  gap: z.number().int().nullable().meta({ description: 'pekerja belum terlindungi (penyebut − peserta)' }),
  participantsDate: z.string(),
  denominatorDate: z.string(),
  participantsSource: z.string(),
  denominatorSource: z.string(),
  isDemo: z.boolean(),
  growth: z
    .object({ previousDate: z.string(), pointsBp: z.number().int(), participantsBp: z.number().int().nullable(), meetsTarget: z.boolean().nullable() })
    .nullable(),
});
const ZFigures = z.object({ FORMAL: ZFigure.nullable(), INFORMAL: ZFigure.nullable(), TOTAL: ZFigure.nullable() });
const ZRow = z.object({
  code: z.string(),
  name: z.string(),
  level: z.number().int(),
  isExact: z.boolean().meta({ description: 'true = angka tepat (wilayah kerja Anda); false = kelompok < 10 disembunyikan' }),
  figures: ZFigures,
  lingkaran: z.object({ protected: z.number().int().nullable(), registered: z.number().int().nullable(), shareOfInformalBp: z.number().int().nullable() }),
});
const ZSelected = z.object({ date: z.string().nullable(), definition: ZDefinition, segment: ZSegment, previousDate: z.string().nullable() });
const ZDefinitions = z.array(z.object({ code: ZDefinition, rows: z.number().int() }));
const ZNationalFigure = z.object({ percentBp: z.number().int(), participants: z.number().int(), denominator: z.number().int(), gap: z.number().int(), denominatorDate: z.string() }).nullable();
const ZNational = z.object({
  selection: ZSelected,
  dates: z.array(z.string()),
  definitions: ZDefinitions,
  minPublicCell: z.number().int(),
  growthTargetBp: z.number().int(),
  totals: z
    .object({
      workersProtected: z.number().int().nullable(),
      workersRegistered: z.number().int().nullable(),
      workersEverProtected: z.number().int().nullable(),
      donors: z.number().int(),
      paidIn: z.string(),
      claimsPaid: z.number().int().nullable(),
      claimsPaidAmount: z.string().nullable(),
      refreshedAt: z.string(),
    })
    .nullable(),
  national: z.object({ FORMAL: ZNationalFigure, INFORMAL: ZNationalFigure, TOTAL: ZNationalFigure }),
  nationalNote: z.object({ FORMAL: z.string().nullable(), INFORMAL: z.string().nullable(), TOTAL: z.string().nullable() }),
  provinces: z.array(ZRow),
  ranking: z.array(z.object({ code: z.string(), name: z.string(), province: z.string().nullable(), figure: ZFigure })),
  isDemo: z.boolean(),
});
const ZRegionStats = z.object({
  region: z.object({ code: z.string(), name: z.string(), level: z.number().int(), parentCode: z.string().nullable() }),
  selection: ZSelected,
  dates: z.array(z.string()),
  definitions: ZDefinitions,
  minPublicCell: z.number().int(),
  growthTargetBp: z.number().int(),
  row: ZRow,
  children: z.array(ZRow),
  trend: z.array(z.object({ date: z.string(), FORMAL: z.number().int().nullable(), INFORMAL: z.number().int().nullable(), TOTAL: z.number().int().nullable() })),
  donors: z.object({ named: z.array(z.object({ name: z.string(), type: z.string(), protected: z.number().int().nullable() })), unnamedDonors: z.number().int() }),
  detail: z
    .object({
      registered: z.number().int(),
      protected: z.number().int(),
      inArrears: z.number().int(),
      ended: z.number().int(),
      selfPaying: z.number().int(),
      claimsPaid: z.number().int(),
      claimsPaidAmount: z.string(),
      refreshedAt: z.string().nullable(),
    })
    .nullable()
    .meta({ description: 'hanya untuk wilayah kerja pengguna: rincian pekerja Lingkaran' }),
});
const ZImport = z.object({
  id: z.string(),
  kind: z.enum(['denominators', 'participants']),
  fileName: z.string(),
  fileKind: z.enum(['csv', 'xlsx']),
  status: z.enum(['checked', 'committed', 'discarded']),
  mode: z.enum(['valid_only', 'all_or_nothing']).nullable(),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  errorRows: z.number().int(),
  committedRows: z.number().int(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  issues: z.array(z.object({ rowNumber: z.number().int(), column: z.string().nullable(), code: z.string(), message: z.string() })),
});
const ZExport = z.strictObject({
  table: z.enum(['provinces', 'regencies', 'ranking', 'trend']),
  format: z.enum(['csv', 'xlsx']),
  region: ZRegion.optional(),
  date: z.iso.date().optional(),
  definition: ZDefinition.optional(),
  segment: ZSegment.optional(),
});

/**
 * The public answers are the same for everyone until the figures change: kept serialised per
 * revision (the zod response schema applied once), so a request costs one primary-key read.
 */
async function sendJson<T>(reply: FastifyReply, schema: z.ZodType<T>, key: string, compute: () => Promise<T>) {
  const answer = await cachedAnswer(reply.server.deps.database.db, `json|${key}`, async () => {
    const json = JSON.stringify(schema.parse(await compute()));
    // The national answer is ~70 KB of JSON and ~8 KB gzipped: compressed once, for every phone that asks.
    return { json, gzip: gzipSync(json) };
  });
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (/\bgzip\b/.test(String(reply.request.headers['accept-encoding'] ?? ''))) return reply.header('content-encoding', 'gzip').send(answer.gzip);
  return reply.send(answer.json);
}

function viewerOf(actor: Actor): Viewer {
  return actor.role === 'admin' ? { exact: 'all' } : actor.role === 'officer' || actor.role === 'gov' ? { exact: actor.regionScopes } : PUBLIC_VIEWER;
}

function importerOf(request: FastifyRequest): StatImporter {
  const actor = requireActor(request);
  return { userId: actor.userId, scopes: actor.role === 'admin' ? null : actor.regionScopes, requestId: request.id };
}

async function exportTable(request: FastifyRequest, reply: FastifyReply, viewer: Viewer, query: z.infer<typeof ZExport>) {
  const { deps } = request.server;
  const db = deps.database.db;
  const book = deps.config.rules;
  const locale = localeOf(request);
  const selection: Selection = { date: query.date, definition: query.definition, segment: query.segment };
  let table: Table;
  let name: string;
  if (query.table === 'provinces' || query.table === 'ranking') {
    const national = await nationalStatistics(db, book, viewer, selection);
    const meta = { date: national.selection.date, definition: national.selection.definition };
    table =
      query.table === 'provinces'
        ? regionTable(locale === 'id' ? 'Provinsi' : 'Provinces', national.provinces, national.minPublicCell, locale, meta)
        : rankingTable(locale === 'id' ? 'Kesenjangan' : 'Gap ranking', national.ranking, national.minPublicCell, locale);
    name = `${query.table}-${meta.date ?? 'kosong'}`;
  } else {
    if (!query.region) throw new AppError('VALIDATION_FAILED', { details: { issues: [{ field: 'region', code: 'REQUIRED' }] } });
    const region = await regionStatistics(db, book, viewer, query.region, selection);
    const meta = { date: region.selection.date, definition: region.selection.definition };
    table =
      query.table === 'regencies'
        ? regionTable(region.region.name, region.children, region.minPublicCell, locale, meta)
        : trendTable(region.region.name, region.trend, locale, meta.definition);
    name = `${query.table}-${query.region}-${meta.date ?? 'kosong'}`;
  }
  const file = `statistik-${name}.${query.format}`;
  reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file)}`);
  if (query.format === 'csv') return reply.header('content-type', 'text/csv; charset=utf-8').send(tableCsv(table, locale));
  return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await tableXlsx(table));
}

export const statisticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const book = () => app.deps.config.rules;
  const PUBLIC_LIMIT = { max: app.deps.config.publicStatsPerMinute, timeWindow: 60_000 };
  await app.register(fastifyMultipart, { limits: { fileSize: app.deps.config.imports.maxBytes, files: 1, fields: 4, parts: 5 } });

  // ── The public dashboard ────────────────────────────────────────────────────
  app.get(
    '/public/statistics',
    {
      config: { policy: allow.public, rateLimit: PUBLIC_LIMIT },
      schema: {
        tags: ['publik', 'statistik'],
        summary: 'Dasbor publik: total program, 38 provinsi (formal, informal, total), angka nasional, peringkat kesenjangan kabupaten/kota; kelompok < 10 orang disembunyikan',
        querystring: ZSelection,
        response: { 200: ZNational },
      },
    },
    async (request, reply) => sendJson(reply, ZNational, `national|${JSON.stringify(request.query)}`, () => nationalStatistics(db(), book(), PUBLIC_VIEWER, request.query)),
  );

  app.get(
    '/public/statistics/regions/:code',
    {
      config: { policy: allow.public, rateLimit: PUBLIC_LIMIT },
      schema: {
        tags: ['publik', 'statistik'],
        summary: 'Satu provinsi (dengan kabupaten/kotanya) atau satu kabupaten/kota: angka, tren, donatur yang setuju namanya tampil',
        params: z.object({ code: ZRegion }),
        querystring: ZSelection,
        response: { 200: ZRegionStats },
      },
    },
    async (request, reply) =>
      sendJson(reply, ZRegionStats, `region|${request.params.code}|${JSON.stringify(request.query)}`, () => regionStatistics(db(), book(), PUBLIC_VIEWER, request.params.code, request.query)),
  );

  app.get(
    '/public/statistics/export',
    {
      config: { policy: allow.public, rateLimit: { max: 30, timeWindow: 3_600_000 } },
      schema: { tags: ['publik', 'statistik'], summary: 'Unduh tabel dasbor publik (CSV atau XLSX, aman dibuka)', querystring: ZExport },
    },
    async (request, reply) => exportTable(request, reply, PUBLIC_VIEWER, request.query),
  );

  // ── Staff: the same views, their own regions exact ──────────────────────────
  app.get(
    '/statistics',
    {
      config: { policy: VIEWERS },
      schema: { tags: ['statistik'], summary: 'Statistik cakupan; wilayah kerja Anda tanpa penyamaran', querystring: ZSelection, response: { 200: ZNational } },
    },
    async (request) => nationalStatistics(db(), book(), viewerOf(requireActor(request)), request.query),
  );

  app.get(
    '/statistics/regions/:code',
    {
      config: { policy: VIEWERS },
      schema: {
        tags: ['statistik'],
        summary: 'Statistik satu wilayah; untuk wilayah kerja Anda ditambah rincian pekerja Lingkaran',
        params: z.object({ code: ZRegion }),
        querystring: ZSelection,
        response: { 200: ZRegionStats },
      },
    },
    async (request) => regionStatistics(db(), book(), viewerOf(requireActor(request)), request.params.code, request.query),
  );

  app.get(
    '/statistics/export',
    {
      config: { policy: VIEWERS, rateLimit: { max: 60, timeWindow: 3_600_000, keyGenerator: (r: FastifyRequest) => r.actor?.userId ?? r.ip } },
      schema: { tags: ['statistik'], summary: 'Unduh tabel statistik (CSV atau XLSX, aman dibuka)', querystring: ZExport },
    },
    async (request, reply) => exportTable(request, reply, viewerOf(requireActor(request)), request.query),
  );

  app.post(
    '/statistics/refresh',
    {
      config: { policy: allow.roles('admin', 'officer') },
      schema: { tags: ['statistik'], summary: 'Hitung ulang angka Lingkaran sekarang (biasanya tiap 5 menit oleh tugas latar)', response: { 200: z.object({ regencies: z.number().int(), ms: z.number().int() }) } },
    },
    async () => refreshStatistics(db()),
  );

  // ── Imports of official figures ─────────────────────────────────────────────
  app.get(
    '/statistics/imports',
    {
      config: { policy: IMPORTERS },
      schema: { tags: ['statistik'], summary: 'Impor angka resmi (admin: semua; lainnya: milik sendiri), terbaru dulu', response: { 200: z.object({ items: z.array(ZImport) }) } },
    },
    async (request) => {
      const importer = importerOf(request);
      const rows = await db()
        .selectFrom('stat_imports')
        .selectAll()
        .$if(importer.scopes !== null, (q) => q.where('created_by', '=', importer.userId))
        .orderBy('created_at', 'desc')
        .limit(30)
        .execute();
      return { items: rows.map((r) => presentStatImport(r, localeOf(request))) };
    },
  );

  app.post(
    '/statistics/imports',
    {
      config: { policy: IMPORTERS, rateLimit: { max: 30, timeWindow: 3_600_000, keyGenerator: (r: FastifyRequest) => r.actor?.userId ?? r.ip } },
      schema: {
        tags: ['statistik'],
        summary: 'Unggah angka resmi (multipart: "kind" = denominators | participants, lalu "file" CSV/XLSX); setiap baris diperiksa, belum disimpan',
        consumes: ['multipart/form-data'],
        response: { 201: ZImport },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new AppError('FILE_REQUIRED');
      let kind: string | null = null;
      let file: { name: string; buffer: Buffer } | null = null;
      for await (const part of request.parts()) {
        if (part.type === 'field' && part.fieldname === 'kind') kind = String(part.value);
        else if (part.type === 'file') {
          const buffer = await part.toBuffer();
          if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE', { details: { maxBytes: app.deps.config.imports.maxBytes } });
          file = { name: part.filename, buffer };
        }
      }
      if (kind !== 'denominators' && kind !== 'participants') throw new AppError('VALIDATION_FAILED', { details: { issues: [{ field: 'kind', code: 'KIND_REQUIRED', message: 'kind: denominators | participants' }] } });
      if (!file) throw new AppError('FILE_REQUIRED');
      const importer = importerOf(request);
      const id = await checkStatFile(db(), importer, kind, file, app.deps.config.imports.zip);
      return reply.code(201).send(presentStatImport(await loadStatImport(db(), importer, id), localeOf(request)));
    },
  );

  app.get(
    '/statistics/imports/:id',
    { config: { policy: IMPORTERS }, schema: { tags: ['statistik'], summary: 'Satu impor dengan semua baris yang salah', params: z.object({ id: z.uuid() }), response: { 200: ZImport } } },
    async (request) => presentStatImport(await loadStatImport(db(), importerOf(request), request.params.id), localeOf(request)),
  );

  app.post(
    '/statistics/imports/:id/commit',
    {
      config: { policy: IMPORTERS },
      schema: {
        tags: ['statistik'],
        summary: 'Simpan: semua baris yang benar (valid_only), atau tidak sama sekali bila ada baris salah (all_or_nothing); baris yang sama menggantikan angka lama',
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ mode: z.enum(['valid_only', 'all_or_nothing']) }),
        response: { 200: ZImport },
      },
    },
    async (request) => {
      const importer = importerOf(request);
      await commitStatImport(db(), importer, request.params.id, request.body.mode);
      return presentStatImport(await loadStatImport(db(), importer, request.params.id), localeOf(request));
    },
  );

  app.post(
    '/statistics/imports/:id/discard',
    {
      config: { policy: IMPORTERS },
      schema: { tags: ['statistik'], summary: 'Batalkan impor yang belum disimpan', params: z.object({ id: z.uuid() }), response: { 200: ZImport } },
    },
    async (request) => {
      const importer = importerOf(request);
      await discardStatImport(db(), importer, request.params.id);
      return presentStatImport(await loadStatImport(db(), importer, request.params.id), localeOf(request));
    },
  );

  app.get(
    '/statistics/imports/template.csv',
    {
      config: { policy: IMPORTERS },
      schema: { tags: ['statistik'], summary: 'Templat CSV dengan satu baris contoh', querystring: z.strictObject({ kind: z.enum(['denominators', 'participants']) }) },
    },
    async (request, reply) => {
      const columns = STAT_COLUMNS[request.query.kind];
      reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename*=UTF-8''templat-${request.query.kind}.csv`);
      return safeCsv(
        columns.map((c) => c.header),
        [columns.map((c) => c.example)],
      );
    },
  );
};
