import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sql, type Kysely } from 'kysely';
import { newId } from '../../../lib/ids.ts';
import type { DB, ImportMode } from '../../../db/schema.ts';
import type { RuleBook } from '../../../domain/rules/index.ts';
import { AppError } from '../../../http/errors.ts';
import type { Actor } from '../../../http/policy.ts';
import { decryptBytes, encryptBytes, type Keyring } from '../../../lib/crypto.ts';
import { writeAudit } from '../../audit/audit.ts';
import { checkAndCommitRows, commitRows, ConflictRollback, ImportFileError, validateRows, type EngineContext } from './engine.ts';
import { checkZip, openCsv, openXlsx, sniffKind, type FileKind, type RowReader, type ZipLimits } from './read-rows.ts';

/**
 * Bulk imports of workers: an upload is checked (type by magic bytes, ZIP directory before any
 * inflation), kept encrypted on disk, validated in the background (every bad row reported), and
 * committed when the user chooses: all valid rows, or nothing if any row is bad.
 */
export type ImportLimits = { maxBytes: number; maxRows: number; zip: ZipLimits };

export type ImportDeps = {
  db: Kysely<DB>;
  keyring: Keyring;
  book: RuleBook;
  uploadsDir: string;
  limits: ImportLimits;
  /** Where an unexpected fault of background work is reported (the import itself records it). */
  log?: (error: unknown) => void;
};

/** Who runs an import: a signed-in user, or the command line (no user: the whole country). */
export type Importer = { userId: string | null; scopes: readonly string[] | null; requestId?: string | null };

export function importerOf(actor: Actor, requestId: string | null): Importer {
  return { userId: actor.userId, scopes: actor.role === 'admin' ? null : actor.regionScopes, requestId };
}

/** Where the rows come from: an encrypted upload, or a file on disk (the command line). */
type Source = { kind: FileKind; open: () => Promise<RowReader> };

const uploadPath = (deps: ImportDeps, id: string) => path.join(deps.uploadsDir, `${id}.bin`);
const uploadContext = (id: string) => `worker_imports.file:${id}`;

/** Imports running in this process, so tests and the command line can wait for them. */
const running = new Map<string, Promise<void>>();

export function whenImportSettled(id: string): Promise<void> {
  return running.get(id) ?? Promise.resolve();
}

function track(id: string, work: () => Promise<void>): Promise<void> {
  const promise = work().finally(() => running.delete(id));
  running.set(id, promise);
  return promise;
}

export function sanitizeFileName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/'));
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_').trim().slice(0, 200);
  return clean || 'berkas';
}

async function sourceOf(deps: ImportDeps, id: string, kind: FileKind, file: { buffer?: Buffer; filePath?: string }): Promise<Source> {
  if (kind === 'xlsx') {
    const read = async () => file.buffer ?? (file.filePath ? readFile(file.filePath) : decryptBytes(deps.keyring, await readFile(uploadPath(deps, id)), uploadContext(id)));
    return { kind, open: async () => openXlsx(await read()) };
  }
  if (file.filePath) {
    const filePath = file.filePath;
    return { kind, open: () => openCsv(() => createReadStream(filePath, { highWaterMark: 1 << 20 })) };
  }
  const read = async () => file.buffer ?? decryptBytes(deps.keyring, await readFile(uploadPath(deps, id)), uploadContext(id));
  const buffer = await read();
  return { kind, open: () => openCsv(() => Readable.from([buffer])) };
}

function engineContext(deps: ImportDeps, importer: Importer, importId: string, onProgress?: EngineContext['onProgress']): EngineContext {
  return { db: deps.db, keyring: deps.keyring, book: deps.book, scopes: importer.scopes, userId: importer.userId, importId, maxRows: deps.limits.maxRows, onProgress };
}

function failureOf(error: unknown): { code: string; details?: unknown } | null {
  if (error instanceof ImportFileError) return { code: error.code, details: error.details };
  if (error instanceof AppError) return { code: error.code, details: error.details };
  return null;
}

/**
 * Starts an import: checks the file, stores it encrypted (uploads) and validates it. Returns once
 * the import row exists; validation goes on in the background (`whenImportSettled`).
 */
export async function startImport(
  deps: ImportDeps,
  importer: Importer,
  file: { name: string; buffer?: Buffer; filePath?: string },
  options: { onProgress?: EngineContext['onProgress']; isOnePass?: boolean } = {},
): Promise<{ id: string; validation: Promise<void> }> {
  const head = file.buffer ?? (await readHead(file.filePath!));
  if (head.length === 0) throw new AppError('FILE_EMPTY');
  const kind = sniffKind(head);
  const size = file.buffer ? file.buffer.length : (await stat(file.filePath!)).size;
  if (file.buffer && size > deps.limits.maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', { details: { maxBytes: deps.limits.maxBytes } });
  const whole = kind === 'xlsx' ? (file.buffer ?? (await readFile(file.filePath!))) : file.buffer;
  if (kind === 'xlsx') await checkZip(whole!, deps.limits.zip);
  const sha = file.buffer ? createHash('sha256').update(file.buffer).digest() : await hashFile(file.filePath!);

  const id = newId();
  const previous = await deps.db
    .selectFrom('worker_imports')
    .select('id')
    .where('file_sha256', '=', sha)
    .where('status', '=', 'committed')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  await deps.db
    .insertInto('worker_imports')
    .values({
      id,
      created_by: importer.userId,
      file_name: sanitizeFileName(file.name),
      file_sha256: sha,
      file_kind: kind,
      file_bytes: BigInt(size),
      status: options.isOnePass ? 'committing' : 'validating',
      mode: options.isOnePass ? 'valid_only' : null,
      same_file_as: previous?.id ?? null,
    })
    .execute();
  if (file.buffer) {
    await mkdir(deps.uploadsDir, { recursive: true, mode: 0o700 });
    await writeFile(uploadPath(deps, id), encryptBytes(deps.keyring, file.buffer, uploadContext(id)), { mode: 0o600 });
  }
  const source = await sourceOf(deps, id, kind, { buffer: whole ?? undefined, filePath: file.filePath });
  const validation = track(id, () =>
    options.isOnePass ? runOnePass(deps, importer, id, source, options.onProgress) : runValidation(deps, importer, id, source, options.onProgress),
  );
  return { id, validation };
}

async function readHead(filePath: string): Promise<Buffer> {
  const stream = createReadStream(filePath, { start: 0, end: 8191 });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function hashFile(filePath: string): Promise<Buffer> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest();
}

async function runValidation(deps: ImportDeps, importer: Importer, id: string, source: Source, onProgress?: EngineContext['onProgress']) {
  try {
    const summary = await validateRows(engineContext(deps, importer, id, onProgress), await source.open());
    await deps.db
      .updateTable('worker_imports')
      .set({
        status: 'validated',
        total_rows: summary.totalRows,
        valid_rows: summary.validRows,
        error_rows: summary.errorRows,
        warning_rows: summary.warningRows,
        progress_done: summary.totalRows,
        progress_total: summary.totalRows,
        columns: JSON.stringify({ columns: summary.columns, unknown: summary.unknownColumns }),
        validated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
  } catch (error) {
    const failure = failureOf(error);
    if (!failure) deps.log?.(error);
    await deps.db.deleteFrom('worker_import_issues').where('import_id', '=', id).execute();
    await deps.db.updateTable('worker_imports').set({ status: 'failed', failure: JSON.stringify(failure ?? { code: 'INTERNAL' }) }).where('id', '=', id).execute();
    await rm(uploadPath(deps, id), { force: true });
  }
}

/** Check and save valid rows in one pass (the command line's valid-only import). */
async function runOnePass(deps: ImportDeps, importer: Importer, id: string, source: Source, onProgress?: EngineContext['onProgress']) {
  try {
    const summary = await checkAndCommitRows(engineContext(deps, importer, id, onProgress), await source.open());
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('worker_imports')
        .set({
          status: 'committed',
          total_rows: summary.totalRows,
          valid_rows: summary.validRows,
          error_rows: summary.errorRows,
          warning_rows: summary.warningRows,
          committed_rows: summary.committedRows,
          progress_done: summary.totalRows,
          progress_total: summary.totalRows,
          columns: JSON.stringify({ columns: summary.columns, unknown: summary.unknownColumns }),
          validated_at: new Date(),
          committed_at: new Date(),
        })
        .where('id', '=', id)
        .execute();
      await writeAudit(trx, {
        actorId: importer.userId,
        action: 'worker.import',
        entity: 'worker_import',
        entityId: id,
        after: { mode: 'valid_only', onePass: true, committedRows: summary.committedRows, errorRows: summary.errorRows },
        requestId: importer.requestId ?? null,
      });
    });
  } catch (error) {
    const failure = failureOf(error);
    if (!failure) deps.log?.(error);
    // Batches already written stay written (valid-only); the import says where it stopped.
    await deps.db.updateTable('worker_imports').set({ status: 'failed', failure: JSON.stringify(failure ?? { code: 'INTERNAL' }) }).where('id', '=', id).execute();
  }
}

export async function loadImport(db: Kysely<DB>, importer: Importer & { isAdmin?: boolean }, id: string) {
  const row = await db.selectFrom('worker_imports').selectAll().where('id', '=', id).executeTakeFirst();
  // Someone else's import does not exist for you (an admin sees all).
  if (!row || (!importer.isAdmin && row.created_by !== importer.userId)) throw new AppError('NOT_FOUND', { details: { entity: 'import' } });
  return row;
}

/** Starts the commit of a validated import in the chosen mode; the work goes on in the background. */
export async function startCommit(
  deps: ImportDeps,
  importer: Importer & { isAdmin?: boolean },
  id: string,
  mode: ImportMode,
  options: { filePath?: string; onProgress?: EngineContext['onProgress'] } = {},
): Promise<{ commit: Promise<void> }> {
  const row = await loadImport(deps.db, importer, id);
  if (row.status !== 'validated') throw new AppError('IMPORT_NOT_READY', { details: { status: row.status } });
  if (mode === 'all_or_nothing' && row.error_rows > 0) throw new AppError('IMPORT_HAS_ERRORS', { details: { errorRows: row.error_rows } });
  if (row.valid_rows === 0) throw new AppError('IMPORT_HAS_ERRORS', { details: { validRows: 0 } });
  const claimed = await deps.db
    .updateTable('worker_imports')
    .set({ status: 'committing', mode, failure: null })
    .where('id', '=', id)
    .where('status', '=', 'validated')
    .returning('id')
    .executeTakeFirst();
  if (!claimed) throw new AppError('IMPORT_NOT_READY', { details: { status: 'committing' } });
  const source = await sourceOf(deps, id, row.file_kind, { filePath: options.filePath });
  const commit = track(id, () => runCommit(deps, importer, id, mode, source, row.committed_through, options.onProgress));
  return { commit };
}

async function runCommit(
  deps: ImportDeps,
  importer: Importer,
  id: string,
  mode: ImportMode,
  source: Source,
  resumeAfterRow: number,
  onProgress?: EngineContext['onProgress'],
) {
  try {
    const result = await commitRows(engineContext(deps, importer, id, onProgress), await source.open(), mode, resumeAfterRow);
    await deps.db.transaction().execute(async (trx) => {
      await trx.updateTable('worker_imports').set({ status: 'committed', committed_at: new Date() }).where('id', '=', id).execute();
      await writeAudit(trx, {
        actorId: importer.userId,
        action: 'worker.import',
        entity: 'worker_import',
        entityId: id,
        after: { mode, committedRows: result.committedRows, skippedAsRegistered: result.conflictRows.length },
        requestId: importer.requestId ?? null,
      });
    });
    await rm(uploadPath(deps, id), { force: true });
  } catch (error) {
    if (error instanceof ConflictRollback) {
      await deps.db.transaction().execute(async (trx) => {
        await sql`
          insert into worker_import_issues (import_id, row_number, seq, severity, column_name, code, params)
          select ${id}::uuid, r, 100, 'error', null, 'NIK_ALREADY_REGISTERED', null from unnest(${error.rows}::int4[]) as r
          on conflict do nothing
        `.execute(trx);
        await trx
          .updateTable('worker_imports')
          .set((eb) => ({
            status: 'validated',
            valid_rows: eb('valid_rows', '-', error.rows.length),
            error_rows: eb('error_rows', '+', error.rows.length),
            failure: JSON.stringify({ code: 'NIK_REGISTERED_MEANWHILE', details: { rows: error.rows.slice(0, 50), count: error.rows.length } }),
          }))
          .where('id', '=', id)
          .execute();
      });
      return;
    }
    // Anything else: back to validated, so the commit can be started again (it resumes).
    await deps.db.updateTable('worker_imports').set({ status: 'validated', failure: JSON.stringify(failureOf(error) ?? { code: 'INTERNAL' }) }).where('id', '=', id).execute();
    if (!failureOf(error)) deps.log?.(error);
  }
}

/**
 * At start: imports cut off by a stopped process. A validation is failed (upload again); a commit
 * returns to `validated` and resumes from its last committed batch when started again.
 */
export async function recoverInterruptedImports(db: Kysely<DB>): Promise<number> {
  const failed = await db
    .updateTable('worker_imports')
    .set({ status: 'failed', failure: JSON.stringify({ code: 'INTERRUPTED' }) })
    .where('status', '=', 'validating')
    .executeTakeFirst();
  const resumed = await db
    .updateTable('worker_imports')
    .set({ status: 'validated', failure: JSON.stringify({ code: 'INTERRUPTED' }) })
    .where('status', '=', 'committing')
    .executeTakeFirst();
  return Number(failed.numUpdatedRows) + Number(resumed.numUpdatedRows);
}
