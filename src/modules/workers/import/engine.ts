import { sql, type Kysely } from 'kysely';
import { newId } from '../../../lib/ids.ts';
import type { DB, ImportMode } from '../../../db/schema.ts';
import { jakartaToday } from '../../../domain/dates.ts';
import type { DomainIssue } from '../../../domain/errors.ts';
import type { RuleBook } from '../../../domain/rules/index.ts';
import { checkWorker, type CheckedWorker, type WorkerInput } from '../../../domain/worker-input.ts';
import type { Keyring } from '../../../lib/crypto.ts';
import { regionCache, type RegionCache } from '../../regions/region-cache.ts';
import { insertWorkerColumns, nikBlindIndex, workerColumns, type InsertResult } from '../repository.ts';
import { flagProbableDuplicates } from '../service.ts';
import { headerOf, mapHeader, type HeaderMapping, type ImportField } from './columns.ts';
import type { Cell, RawRow, RowReader } from './read-rows.ts';
import { KeyTable, keyOf } from '../../../lib/key-table.ts';

/**
 * The import engine: rows stream in, each is checked by the domain rules, and batches of rows are
 * either recorded (validation: issues only) or written (commit). Both passes read the same file
 * and apply the same checks, so a row's fate at commit is the one the user saw in the preview,
 * except for NIKs someone registered in between, which are skipped and reported.
 */
export const BATCH_ROWS = 5_000;

export type ImportIssue = { rowNumber: number; severity: 'error' | 'warning'; column: string | null; code: string; params?: Record<string, unknown> };

export type EngineContext = {
  db: Kysely<DB>;
  keyring: Keyring;
  book: RuleBook;
  /** Region-code prefixes rows must fall in; null = everywhere (admin, system). */
  scopes: readonly string[] | null;
  userId: string | null;
  importId: string;
  maxRows: number;
  onProgress?: (done: number, total: number | null) => void;
};

export class ImportFileError extends Error {
  override name = 'ImportFileError';
  constructor(
    readonly code: 'FILE_COLUMNS_MISSING' | 'FILE_TOO_MANY_ROWS' | 'FILE_EMPTY',
    readonly details: Record<string, unknown>,
  ) {
    super(code);
  }
}

function toText(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

type PreparedRow = { rowNumber: number; worker: CheckedWorker | null; issues: ImportIssue[]; bidx: Buffer | null };

function prepareRow(row: RawRow, headers: readonly string[], mapping: HeaderMapping, ctx: EngineContext, regions: RegionCache, today: string): PreparedRow {
  const input: Record<string, string | null> = {};
  const issues: ImportIssue[] = [];
  mapping.fields.forEach((field, index) => {
    if (!field) return;
    const cell = row.cells[index];
    // Excel keeps only 15 significant digits of a number: a NIK typed as a number has lost its last digit.
    if (field === 'nik' && typeof cell === 'number') {
      issues.push({ rowNumber: row.rowNumber, severity: 'error', column: headers[index] ?? field, code: 'NIK_EXCEL_NUMBER' });
      return;
    }
    input[field] = toText(cell);
  });
  const check = checkWorker(input as WorkerInput, { book: ctx.book, regions, hasVillage: regions.hasVillage, scopes: ctx.scopes, today });
  const column = (issue: DomainIssue) => (issue.field ? headerOf(issue.field.split('.')[0]!, headers, mapping) : null);
  const hasExcelNik = issues.length > 0;
  for (const e of check.errors) if (!(hasExcelNik && e.code === 'NIK_REQUIRED')) issues.push({ rowNumber: row.rowNumber, severity: 'error', column: column(e), code: e.code, params: e.params });
  for (const w of check.warnings) issues.push({ rowNumber: row.rowNumber, severity: 'warning', column: column(w), code: w.code, params: w.params });
  const hasError = issues.some((i) => i.severity === 'error');
  const worker = hasError ? null : check.worker;
  return { rowNumber: row.rowNumber, worker, issues, bidx: worker ? nikBlindIndex(ctx.keyring, worker.nik) : null };
}

async function* batches(rows: AsyncIterable<RawRow>, size: number, maxRows: number): AsyncGenerator<RawRow[]> {
  let batch: RawRow[] = [];
  let count = 0;
  for await (const row of rows) {
    count += 1;
    if (count > maxRows) throw new ImportFileError('FILE_TOO_MANY_ROWS', { maxRows });
    batch.push(row);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function checkHeader(reader: RowReader): HeaderMapping {
  const mapping = mapHeader(reader.headers);
  if (mapping.missing.length > 0 || mapping.duplicated.length > 0) {
    throw new ImportFileError('FILE_COLUMNS_MISSING', { missing: mapping.missing, duplicated: mapping.duplicated, found: reader.headers });
  }
  return mapping;
}

/**
 * Marks later copies of a NIK in the file as errors of their rows (in memory, in file order).
 * `firstRowOf` carries the NIKs of earlier batches.
 */
function markFileDuplicates(prepared: PreparedRow[], firstRowOf: KeyTable, column: string) {
  for (const p of prepared) {
    if (!p.worker || !p.bidx) continue;
    // 64 bits of the blind index: a false match among a million NIKs has odds of about 1 in 30 million.
    const [hi, lo] = keyOf(p.bidx);
    const first = firstRowOf.putIfAbsent(hi, lo, p.rowNumber);
    if (first !== undefined) {
      p.issues.push({ rowNumber: p.rowNumber, severity: 'error', column, code: 'DUPLICATE_IN_FILE', params: { firstRow: first } });
      p.worker = null;
    }
  }
}

/** Sequence numbers of a row's issues (the key of worker_import_issues). */
export function issueColumns(issues: readonly ImportIssue[]) {
  const seqByRow = new Map<number, number>();
  const seq = issues.map((i) => {
    const next = (seqByRow.get(i.rowNumber) ?? 0) + 1;
    seqByRow.set(i.rowNumber, next);
    return next;
  });
  return {
    rows: issues.map((i) => i.rowNumber),
    seq,
    severity: issues.map((i) => i.severity),
    column: issues.map((i) => i.column),
    code: issues.map((i) => i.code),
    params: issues.map((i) => (i.params ? JSON.stringify(i.params) : null)),
  };
}

/**
 * One round trip per checked batch: finds the NIKs already registered (recording them as errors of
 * their rows), records the batch's other issues, and advances the progress. Returns the rows whose
 * NIK is registered.
 */
async function recordCheckedBatch(
  db: Kysely<DB>,
  batch: { importId: string; issues: readonly ImportIssue[]; candidates: readonly PreparedRow[]; nikColumn: string; done: number },
): Promise<Set<number>> {
  const i = issueColumns(batch.issues);
  const result = await sql<{ registered: number[] }>`
    with registered as (
      select r.row_number
      from unnest(${batch.candidates.map((c) => c.bidx!)}::bytea[], ${batch.candidates.map((c) => c.rowNumber)}::int4[]) as r(nik_bidx, row_number)
      join worker_nik_index w on w.nik_bidx = r.nik_bidx
    ),
    registered_issues as (
      insert into worker_import_issues (import_id, row_number, seq, severity, column_name, code, params)
      select ${batch.importId}::uuid, row_number, 50, 'error', ${batch.nikColumn}, 'NIK_ALREADY_REGISTERED', null from registered
      on conflict do nothing
    ),
    other_issues as (
      insert into worker_import_issues (import_id, row_number, seq, severity, column_name, code, params)
      select ${batch.importId}::uuid, * from unnest(${i.rows}::int4[], ${i.seq}::int2[], ${i.severity}::text[], ${i.column}::text[], ${i.code}::text[], ${i.params}::jsonb[])
      on conflict do nothing
    ),
    progress as (
      update worker_imports set progress_done = ${batch.done} where id = ${batch.importId}::uuid
    )
    select coalesce((select array_agg(row_number) from registered), '{}') as registered
  `.execute(db);
  return new Set(result.rows[0]!.registered);
}

export type ValidationSummary = { totalRows: number; validRows: number; errorRows: number; warningRows: number; columns: { header: string; field: ImportField | null }[]; unknownColumns: string[] };

/** Pass 1 (dry run): checks every row and records every issue; writes no worker. */
export async function validateRows(ctx: EngineContext, reader: RowReader): Promise<ValidationSummary> {
  const mapping = checkHeader(reader);
  const regions = await regionCache(ctx.db);
  const today = jakartaToday();
  const nikColumn = headerOf('nik', reader.headers, mapping);
  const firstRowOf = new KeyTable();
  const summary: ValidationSummary = {
    totalRows: 0,
    validRows: 0,
    errorRows: 0,
    warningRows: 0,
    columns: reader.headers.map((header, i) => ({ header, field: mapping.fields[i] ?? null })),
    unknownColumns: mapping.unknown,
  };
  // The CPU work of a batch (parse, check, blind index) overlaps the database work of the previous one.
  let inFlight: Promise<void> | null = null;
  for await (const batch of batches(reader.rows, BATCH_ROWS, ctx.maxRows)) {
    const prepared = batch.map((row) => prepareRow(row, reader.headers, mapping, ctx, regions, today));
    markFileDuplicates(prepared, firstRowOf, nikColumn);
    if (inFlight) await inFlight;
    const done = summary.totalRows + prepared.length;
    inFlight = settleLater(
      recordCheckedBatch(ctx.db, {
        importId: ctx.importId,
        issues: prepared.flatMap((p) => p.issues),
        candidates: prepared.filter((p) => p.worker),
        nikColumn,
        done,
      }).then((registered) => {
        for (const p of prepared) {
          if (registered.has(p.rowNumber)) p.worker = null;
          summary.totalRows += 1;
          if (p.worker) summary.validRows += 1;
          else summary.errorRows += 1;
          if (p.issues.some((x) => x.severity === 'warning')) summary.warningRows += 1;
        }
        ctx.onProgress?.(summary.totalRows, null);
      }),
    );
  }
  if (inFlight) await inFlight;
  if (summary.totalRows === 0) throw new ImportFileError('FILE_EMPTY', {});
  return summary;
}

export type CommitResult = { committedRows: number; conflictRows: number[] };

/**
 * Pass 2: writes the valid rows. `valid_only`: a transaction per batch, with the import's progress in
 * the same transaction, so an interrupted commit resumes exactly where it stopped. `all_or_nothing`:
 * one transaction; a NIK registered by someone since the preview rolls everything back.
 */
export async function commitRows(ctx: EngineContext, reader: RowReader, mode: ImportMode, resumeAfterRow: number): Promise<CommitResult> {
  const mapping = checkHeader(reader);
  const regions = await regionCache(ctx.db);
  const today = jakartaToday();
  const rejectedRows = new Set(
    (await ctx.db.selectFrom('worker_import_issues').select('row_number').distinct().where('import_id', '=', ctx.importId).where('severity', '=', 'error').execute()).map(
      (r) => r.row_number,
    ),
  );
  const total = (await ctx.db.selectFrom('worker_imports').select('valid_rows').where('id', '=', ctx.importId).executeTakeFirstOrThrow()).valid_rows;
  let committedRows = 0;
  const conflictRows: number[] = [];

  // CPU work (check, encryption) of a batch, done while the database writes the previous one.
  const prepareBatch = (batch: RawRow[]) => {
    const rows = [];
    const rowNumbers: number[] = [];
    for (const raw of batch) {
      // Rows that failed the check (including later copies of a NIK in the file) are not written.
      if (raw.rowNumber <= resumeAfterRow || rejectedRows.has(raw.rowNumber)) continue;
      const p = prepareRow(raw, reader.headers, mapping, ctx, regions, today);
      if (!p.worker) continue;
      rows.push({ ...p.worker, nikBidx: p.bidx ?? undefined, id: newId(), status: 'registered' as const, source: 'import' as const, registeredBy: ctx.userId, verifiedBy: null, importId: ctx.importId });
      rowNumbers.push(p.rowNumber);
    }
    return { columns: workerColumns(ctx.keyring, rows), rowNumbers, lastRow: batch.at(-1)!.rowNumber };
  };
  const account = (prepared: ReturnType<typeof prepareBatch>, result: InsertResult) => {
    for (const position of result.skipped) conflictRows.push(prepared.rowNumbers[position]!);
    committedRows += result.inserted;
    ctx.onProgress?.(committedRows, total);
  };

  if (mode === 'valid_only') {
    // Each batch is one statement (rows, skipped-row issues, progress): atomic without a transaction,
    // so an interrupted commit resumes after the last batch written.
    let inFlight: Promise<void> | null = null;
    for await (const batch of batches(reader.rows, BATCH_ROWS, ctx.maxRows)) {
      if (batch.at(-1)!.rowNumber <= resumeAfterRow) continue;
      const prepared = prepareBatch(batch);
      if (inFlight) await inFlight;
      inFlight = settleLater(
        insertWorkerColumns(ctx.db, prepared.columns, { importId: ctx.importId, rowNumbers: prepared.rowNumbers, lastRow: prepared.lastRow, total }).then((inserted) =>
          account(prepared, inserted),
        ),
      );
    }
    if (inFlight) await inFlight;
    await flagProbableDuplicates(ctx.db, { importId: ctx.importId });
    return { committedRows, conflictRows };
  }

  await ctx.db.transaction().execute(async (trx) => {
    let inFlight: Promise<void> | null = null;
    for await (const batch of batches(reader.rows, BATCH_ROWS, ctx.maxRows)) {
      const prepared = prepareBatch(batch);
      if (inFlight) await inFlight;
      inFlight = settleLater(insertWorkerColumns(trx, prepared.columns).then((inserted) => account(prepared, inserted)));
    }
    if (inFlight) await inFlight;
    if (conflictRows.length > 0) throw new ConflictRollback(conflictRows);
    await flagProbableDuplicates(trx, { importId: ctx.importId });
    await trx
      .updateTable('worker_imports')
      .set({ committed_rows: committedRows, committed_through: 2_147_483_647, progress_done: committedRows, progress_total: total })
      .where('id', '=', ctx.importId)
      .execute();
  });
  return { committedRows, conflictRows };
}

export type OnePassSummary = ValidationSummary & { committedRows: number };

/**
 * Check and write in one pass (the command line's `--mode valid-only`): each batch's valid rows,
 * its row issues and the import's progress go in one statement, and the CPU work of the next batch
 * overlaps it. The outcome is that of a check followed by a valid-only commit, with half the work.
 */
export async function checkAndCommitRows(ctx: EngineContext, reader: RowReader): Promise<OnePassSummary> {
  const mapping = checkHeader(reader);
  const regions = await regionCache(ctx.db);
  const today = jakartaToday();
  const nikColumn = headerOf('nik', reader.headers, mapping);
  const firstRowOf = new KeyTable();
  const summary: OnePassSummary = {
    totalRows: 0,
    validRows: 0,
    errorRows: 0,
    warningRows: 0,
    committedRows: 0,
    columns: reader.headers.map((header, i) => ({ header, field: mapping.fields[i] ?? null })),
    unknownColumns: mapping.unknown,
  };
  let inFlight: Promise<void> | null = null;
  for await (const batch of batches(reader.rows, BATCH_ROWS, ctx.maxRows)) {
    const prepared = batch.map((row) => prepareRow(row, reader.headers, mapping, ctx, regions, today));
    markFileDuplicates(prepared, firstRowOf, nikColumn);
    const valid = prepared.filter((p) => p.worker);
    const columns = workerColumns(
      ctx.keyring,
      valid.map((p) => ({ ...p.worker!, nikBidx: p.bidx ?? undefined, id: newId(), status: 'registered' as const, source: 'import' as const, registeredBy: ctx.userId, verifiedBy: null, importId: ctx.importId })),
    );
    const rowIssues = issueColumns(prepared.flatMap((p) => p.issues));
    if (inFlight) await inFlight;
    inFlight = settleLater(
      insertWorkerColumns(ctx.db, columns, { importId: ctx.importId, rowNumbers: valid.map((p) => p.rowNumber), lastRow: batch.at(-1)!.rowNumber, total: null, rowIssues }).then(
        (result) => {
          const registered = new Set(result.skipped.map((position) => valid[position]!.rowNumber));
          for (const p of prepared) {
            summary.totalRows += 1;
            if (p.worker && !registered.has(p.rowNumber)) summary.validRows += 1;
            else summary.errorRows += 1;
            if (p.issues.some((x) => x.severity === 'warning')) summary.warningRows += 1;
          }
          summary.committedRows += result.inserted;
          ctx.onProgress?.(summary.totalRows, null);
        },
      ),
    );
  }
  if (inFlight) await inFlight;
  if (summary.totalRows === 0) throw new ImportFileError('FILE_EMPTY', {});
  await flagProbableDuplicates(ctx.db, { importId: ctx.importId });
  return summary;
}

/**
 * A promise that is awaited later, after other work: marked as handled now, so a failure in the
 * meantime is not reported as unhandled; awaiting it still throws.
 */
function settleLater(promise: Promise<void>): Promise<void> {
  promise.catch(() => {});
  return promise;
}

/** Thrown inside an all-or-nothing commit to roll it back; carries the rows that conflicted. */
export class ConflictRollback extends Error {
  override name = 'ConflictRollback';
  constructor(readonly rows: number[]) {
    super(`${rows.length} NIK registered since the preview`);
  }
}
