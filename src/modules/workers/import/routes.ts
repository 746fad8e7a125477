import path from 'node:path';
import type { FastifyRequest } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import type { Selectable } from 'kysely';
import type { WorkerImportsTable } from '../../../db/schema.ts';
import { domainMessage, isDomainErrorCode } from '../../../domain/errors.ts';
import { localeOf } from '../../../http/error-handler.ts';
import { AppError, STATUS_BY_CODE, type ErrorCode } from '../../../http/errors.ts';
import { messageFor } from '../../../http/messages.ts';
import { allow } from '../../../http/policy.ts';
import { safeCsv } from '../../../lib/safe-csv.ts';
import { requireActor } from '../../auth/routes.ts';
import { IMPORT_COLUMNS } from './columns.ts';
import { importerOf, loadImport, startCommit, startImport, type ImportDeps } from './service.ts';

type ImportRow = Selectable<WorkerImportsTable>;

const FAILURE_MESSAGES: Record<string, { id: string; en: string }> = {
  NIK_REGISTERED_MEANWHILE: {
    id: 'Sebagian NIK didaftarkan orang lain sejak pemeriksaan; tidak ada yang disimpan. Baris itu kini ditandai salah; simpan lagi.',
    en: 'Some NIKs were registered by someone else since the check; nothing was saved. Those rows are now marked; commit again.',
  },
  INTERRUPTED: {
    id: 'Proses terhenti karena server berhenti. Pemeriksaan: unggah lagi. Penyimpanan: jalankan lagi, akan dilanjutkan.',
    en: 'The process stopped because the server stopped. Checking: upload again. Saving: start it again, it resumes.',
  },
  INTERNAL: { id: 'Terjadi kesalahan di server.', en: 'Something went wrong on the server.' },
};

function failureMessage(code: string, locale: 'id' | 'en'): string {
  if (code in STATUS_BY_CODE) return messageFor(code as ErrorCode, locale);
  return FAILURE_MESSAGES[code]?.[locale] ?? code;
}

const ZImport = z
  .object({
    id: z.string(),
    fileName: z.string(),
    fileKind: z.enum(['csv', 'xlsx']),
    fileBytes: z.number().int(),
    status: z.enum(['validating', 'validated', 'committing', 'committed', 'failed']),
    mode: z.enum(['valid_only', 'all_or_nothing']).nullable(),
    totalRows: z.number().int(),
    validRows: z.number().int(),
    errorRows: z.number().int(),
    warningRows: z.number().int(),
    committedRows: z.number().int(),
    progress: z.object({ done: z.number().int(), total: z.number().int().nullable() }),
    failure: z.object({ code: z.string(), message: z.string(), details: z.unknown() }).nullable(),
    sameFileAs: z.string().nullable(),
    unknownColumns: z.array(z.string()),
    createdAt: z.string(),
    validatedAt: z.string().nullable(),
    committedAt: z.string().nullable(),
  })
  .meta({ id: 'WorkerImport' });

function presentImport(row: ImportRow, locale: 'id' | 'en'): z.infer<typeof ZImport> {
  const failure = row.failure as { code: string; details?: unknown } | null;
  const columns = row.columns as { unknown?: string[] } | null;
  return {
    id: row.id,
    fileName: row.file_name,
    fileKind: row.file_kind,
    fileBytes: Number(row.file_bytes),
    status: row.status,
    mode: row.mode,
    totalRows: row.total_rows,
    validRows: row.valid_rows,
    errorRows: row.error_rows,
    warningRows: row.warning_rows,
    committedRows: row.committed_rows,
    progress: { done: row.progress_done, total: row.progress_total },
    failure: failure ? { code: failure.code, message: failureMessage(failure.code, locale), details: failure.details ?? null } : null,
    sameFileAs: row.same_file_as,
    unknownColumns: columns?.unknown ?? [],
    createdAt: row.created_at.toISOString(),
    validatedAt: row.validated_at?.toISOString() ?? null,
    committedAt: row.committed_at?.toISOString() ?? null,
  };
}

export function importDeps(request: FastifyRequest): ImportDeps {
  const { config, database } = request.server.deps;
  return {
    db: database.db,
    keyring: config.keyring,
    book: config.rules,
    uploadsDir: path.join(config.dataDir, 'uploads'),
    limits: config.imports,
    log: (error) => request.server.log.error({ err: error }, 'import failed'),
  };
}

function importerFor(request: FastifyRequest) {
  const actor = requireActor(request);
  return { ...importerOf(actor, request.id), isAdmin: actor.role === 'admin' };
}

const IMPORTERS = allow.roles('admin', 'officer', 'agent');
const ZId = z.object({ id: z.uuid() });
const perUser = (max: number, minutes: number) => ({ max, timeWindow: minutes * 60_000, keyGenerator: (r: FastifyRequest) => r.actor?.userId ?? r.ip });

function issueMessage(code: string, params: unknown, locale: 'id' | 'en'): string {
  return isDomainErrorCode(code) ? domainMessage({ code, params: (params ?? {}) as Record<string, string | number> }, locale) : code;
}

/** Bulk import of workers from CSV and Excel: upload → check (dry run) → commit. */
export const workerImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const limits = app.deps.config.imports;
  await app.register(fastifyMultipart, { limits: { fileSize: limits.maxBytes, files: 1, fields: 4, parts: 5 } });

  app.get(
    '/workers/imports',
    {
      config: { policy: IMPORTERS },
      schema: { tags: ['impor'], summary: 'Impor saya (admin: semua), terbaru dulu', response: { 200: z.object({ items: z.array(ZImport) }) } },
    },
    async (request) => {
      const importer = importerFor(request);
      const rows = await request.server.deps.database.db
        .selectFrom('worker_imports')
        .selectAll()
        .$if(!importer.isAdmin, (q) => q.where('created_by', '=', importer.userId))
        .orderBy('created_at', 'desc')
        .limit(50)
        .execute();
      return { items: rows.map((r) => presentImport(r, localeOf(request))) };
    },
  );

  app.post(
    '/workers/imports',
    {
      config: { policy: IMPORTERS, rateLimit: perUser(30, 60) },
      schema: {
        tags: ['impor'],
        summary: 'Unggah daftar pekerja (CSV atau XLSX, multipart "file"); pemeriksaan berjalan di latar belakang',
        consumes: ['multipart/form-data'],
        response: { 202: ZImport },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new AppError('FILE_REQUIRED');
      const part = await request.file();
      if (!part) throw new AppError('FILE_REQUIRED');
      const buffer = await part.toBuffer();
      if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE', { details: { maxBytes: limits.maxBytes } });
      const deps = importDeps(request);
      const { id } = await startImport(deps, importerFor(request), { name: part.filename, buffer });
      const row = await loadImport(deps.db, importerFor(request), id);
      return reply.code(202).send(presentImport(row, localeOf(request)));
    },
  );

  app.get(
    '/workers/imports/template.csv',
    { config: { policy: IMPORTERS }, schema: { tags: ['impor'], summary: 'Templat CSV (judul kolom)' } },
    async (_request, reply) => {
      reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', "attachment; filename*=UTF-8''templat-pekerja.csv");
      return safeCsv(
        IMPORT_COLUMNS.map((c) => c.header),
        [],
      );
    },
  );

  app.get(
    '/workers/imports/template.xlsx',
    { config: { policy: IMPORTERS }, schema: { tags: ['impor'], summary: 'Templat Excel dengan petunjuk (kolom NIK dan HP berformat Teks)' } },
    async (_request, reply) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Pekerja');
      sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.field, width: Math.max(14, c.header.length + 4) }));
      for (const field of ['nik', 'phone', 'villageCode', 'declaredIncome'] as const) {
        const column = sheet.getColumn(field);
        column.numFmt = '@';
      }
      sheet.getRow(1).font = { bold: true };
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
      const help = workbook.addWorksheet('Petunjuk');
      help.columns = [
        { header: 'Kolom', key: 'header', width: 20 },
        { header: 'Wajib', key: 'required', width: 8 },
        { header: 'Keterangan', key: 'hint', width: 60 },
        { header: 'Contoh', key: 'example', width: 22 },
      ];
      for (const c of IMPORT_COLUMNS) help.addRow({ header: c.header, required: c.isRequired ? 'ya' : 'tidak', hint: c.hintId, example: c.example });
      help.getRow(1).font = { bold: true };
      const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
      reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', "attachment; filename*=UTF-8''templat-pekerja.xlsx");
      return reply.send(buffer);
    },
  );

  app.get(
    '/workers/imports/:id',
    { config: { policy: IMPORTERS }, schema: { tags: ['impor'], summary: 'Status, kemajuan dan ringkasan sebuah impor', params: ZId, response: { 200: ZImport } } },
    async (request) => presentImport(await loadImport(request.server.deps.database.db, importerFor(request), request.params.id), localeOf(request)),
  );

  app.get(
    '/workers/imports/:id/issues',
    {
      config: { policy: IMPORTERS },
      schema: {
        tags: ['impor'],
        summary: 'Masalah per baris (kesalahan dan peringatan), berurutan menurut nomor baris',
        params: ZId,
        querystring: z.strictObject({
          severity: z.enum(['error', 'warning']).optional(),
          afterRow: z.string().regex(/^\d{1,9}$/).optional(),
          limit: z.string().regex(/^\d{1,3}$/).optional(),
        }),
        response: {
          200: z.object({
            items: z.array(z.object({ row: z.number().int(), severity: z.enum(['error', 'warning']), column: z.string().nullable(), code: z.string(), message: z.string() })),
            nextAfterRow: z.number().int().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const db = request.server.deps.database.db;
      await loadImport(db, importerFor(request), request.params.id);
      const limit = Math.min(Math.max(Number(request.query.limit ?? 100), 1), 500);
      const afterRow = Number(request.query.afterRow ?? 0);
      const rows = await db
        .selectFrom('worker_import_issues')
        .selectAll()
        .where('import_id', '=', request.params.id)
        .where('row_number', '>', afterRow)
        .$if(Boolean(request.query.severity), (q) => q.where('severity', '=', request.query.severity!))
        .orderBy('row_number')
        .orderBy('seq')
        .limit(limit + 1)
        .execute();
      const locale = localeOf(request);
      // Page by whole rows so a row's issues never straddle two pages.
      const page = rows.length > limit ? rows.filter((r) => r.row_number < rows[limit]!.row_number) : rows;
      const shown = page.length > 0 ? page : rows.slice(0, limit);
      return {
        items: shown.map((r) => ({ row: r.row_number, severity: r.severity, column: r.column_name, code: r.code, message: issueMessage(r.code, r.params, locale) })),
        nextAfterRow: rows.length > limit ? (shown.at(-1)?.row_number ?? null) : null,
      };
    },
  );

  app.get(
    '/workers/imports/:id/issues.csv',
    {
      config: { policy: IMPORTERS, rateLimit: perUser(30, 60) },
      schema: { tags: ['impor'], summary: 'Laporan masalah sebagai CSV (aman dibuka di Excel)', params: ZId },
    },
    async (request, reply) => {
      const db = request.server.deps.database.db;
      const row = await loadImport(db, importerFor(request), request.params.id);
      const issues = await db
        .selectFrom('worker_import_issues')
        .selectAll()
        .where('import_id', '=', row.id)
        .orderBy('row_number')
        .orderBy('seq')
        .execute();
      const locale = localeOf(request);
      const header = locale === 'en' ? ['row', 'severity', 'column', 'code', 'message'] : ['baris', 'jenis', 'kolom', 'kode', 'pesan'];
      const severity = (s: string) => (locale === 'en' ? s : s === 'error' ? 'kesalahan' : 'peringatan');
      const name = `masalah-${row.file_name.replace(/\.[^.]+$/, '')}.csv`;
      reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
      return safeCsv(
        header,
        issues.map((i) => [i.row_number, severity(i.severity), i.column_name ?? '', i.code, issueMessage(i.code, i.params, locale)]),
      );
    },
  );

  app.post(
    '/workers/imports/:id/commit',
    {
      config: { policy: IMPORTERS },
      schema: {
        tags: ['impor'],
        summary: 'Simpan: semua baris yang benar (valid_only), atau tidak sama sekali bila ada baris salah (all_or_nothing)',
        params: ZId,
        body: z.strictObject({ mode: z.enum(['valid_only', 'all_or_nothing']) }),
        response: { 202: ZImport },
      },
    },
    async (request, reply) => {
      const deps = importDeps(request);
      const importer = importerFor(request);
      await startCommit(deps, importer, request.params.id, request.body.mode);
      const row = await loadImport(deps.db, importer, request.params.id);
      return reply.code(202).send(presentImport(row, localeOf(request)));
    },
  );
};
