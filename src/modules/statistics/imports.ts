import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, ImportMode, StatImportsTable } from '../../db/schema.ts';
import { jakartaToday } from '../../domain/dates.ts';
import { domainMessage, type DomainIssue } from '../../domain/errors.ts';
import { checkStatRow, STAT_COLUMNS, statRowKey, type StatImportKind, type StatRow } from '../../domain/stats-input.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { writeAudit } from '../audit/audit.ts';
import { bumpStatRevision } from './refresh.ts';
import { regionCache } from '../regions/region-cache.ts';
import { normalizeHeader } from '../workers/import/columns.ts';
import { checkZip, openCsv, openXlsx, sniffKind, type Cell, type ZipLimits } from '../workers/import/read-rows.ts';
import { sanitizeFileName } from '../workers/import/service.ts';

/**
 * Imports of official figures — BPS denominators and BPJS participant counts — through the same
 * flow as the registry: upload → every row checked (dry run: each bad row reported with its column
 * and a message) → the user commits the valid rows, or nothing unless every row is right. Files are
 * small (a row per region, segment and date), so the check runs while the upload waits.
 * A committed row replaces the figure with the same identity (region, segment, [definition,] date).
 */
export const MAX_STAT_ROWS = 20_000;

export type StatIssue = { rowNumber: number; column: string | null; code: string; params?: Record<string, string | number> };
export type StatImporter = { userId: string; scopes: readonly string[] | null; requestId: string | null };

function cellText(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

export async function checkStatFile(
  db: Kysely<DB>,
  importer: StatImporter,
  kind: StatImportKind,
  file: { name: string; buffer: Buffer },
  zipLimits: ZipLimits,
): Promise<string> {
  if (file.buffer.length === 0) throw new AppError('FILE_EMPTY');
  const fileKind = sniffKind(file.buffer);
  if (fileKind === 'xlsx') await checkZip(file.buffer, zipLimits);
  const reader = fileKind === 'xlsx' ? await openXlsx(file.buffer) : await openCsv(() => Readable.from([file.buffer]));

  const columns = STAT_COLUMNS[kind];
  const headers = reader.headers.map(normalizeHeader);
  const indexOf = new Map<string, number>();
  for (const column of columns) {
    const at = headers.findIndex((h) => column.aliases.includes(h) || h === column.header);
    if (at >= 0) indexOf.set(column.field, at);
  }
  const missing = columns.filter((c) => !indexOf.has(c.field)).map((c) => c.header);
  if (missing.length > 0) throw new AppError('FILE_COLUMNS_MISSING', { details: { missing, found: reader.headers } });

  const regions = await regionCache(db);
  const today = jakartaToday();
  const ctx = { today, levelOf: (code: string) => (regions.nameOf(code) === null ? null : code.split('.').length), scopes: importer.scopes };
  const rows: StatRow[] = [];
  const issues: StatIssue[] = [];
  const firstRowOf = new Map<string, number>();
  let total = 0;
  let errorRows = 0;
  for await (const raw of reader.rows) {
    total += 1;
    if (total > MAX_STAT_ROWS) throw new AppError('FILE_TOO_MANY_ROWS', { details: { maxRows: MAX_STAT_ROWS } });
    const input: Record<string, string | null> = {};
    for (const [field, at] of indexOf) input[field] = cellText(raw.cells[at]);
    const checked = checkStatRow(kind, input, ctx);
    const rowIssues: DomainIssue[] = [...checked.issues];
    if (checked.row) {
      const identity = statRowKey(checked.row);
      const first = firstRowOf.get(identity);
      if (first !== undefined) rowIssues.push({ code: 'STATS_ROW_REPEATED', params: { firstRow: first } });
      else firstRowOf.set(identity, raw.rowNumber);
    }
    if (rowIssues.length > 0) {
      errorRows += 1;
      for (const issue of rowIssues) {
        const column = columns.find((c) => c.field === issue.field)?.header ?? null;
        issues.push({ rowNumber: raw.rowNumber, column, code: issue.code, ...(issue.params ? { params: issue.params } : {}) });
      }
    } else rows.push(checked.row!);
  }
  if (total === 0) throw new AppError('FILE_EMPTY');

  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('stat_imports')
      .values({
        id,
        kind,
        created_by: importer.userId,
        file_name: sanitizeFileName(file.name),
        file_sha256: createHash('sha256').update(file.buffer).digest(),
        file_kind: fileKind,
        status: 'checked',
        total_rows: total,
        valid_rows: rows.length,
        error_rows: errorRows,
        rows: JSON.stringify(rows),
        issues: JSON.stringify(issues),
      })
      .execute();
    await writeAudit(trx, { actorId: importer.userId, action: 'stats.import.checked', entity: 'stat_import', entityId: id, requestId: importer.requestId, after: { kind, total, errorRows } });
  });
  return id;
}

export async function loadStatImport(db: Kysely<DB>, importer: StatImporter, id: string) {
  const row = await db
    .selectFrom('stat_imports')
    .selectAll()
    .where('id', '=', id)
    .$if(importer.scopes !== null, (q) => q.where('created_by', '=', importer.userId))
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/**
 * Commits a checked import: `valid_only` writes every valid row; `all_or_nothing` writes all rows
 * or, when any row is bad, refuses (409 IMPORT_HAS_ERRORS) and writes nothing. One transaction: a
 * failure leaves the figures as they were. The import row is locked, so two commits write once.
 */
export async function commitStatImport(db: Kysely<DB>, importer: StatImporter, id: string, mode: ImportMode): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('stat_imports')
      .selectAll()
      .where('id', '=', id)
      .$if(importer.scopes !== null, (q) => q.where('created_by', '=', importer.userId))
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND');
    if (row.status !== 'checked') throw new AppError('IMPORT_NOT_READY', { details: { status: row.status } });
    if (mode === 'all_or_nothing' && row.error_rows > 0) throw new AppError('IMPORT_HAS_ERRORS', { details: { errorRows: row.error_rows } });
    const rows = row.rows as StatRow[];
    const chunk = 2_000;
    for (let from = 0; from < rows.length; from += chunk) {
      const part = rows.slice(from, from + chunk);
      if (row.kind === 'denominators') {
        await trx
          .insertInto('stat_denominators')
          .values(
            part.map((r) => {
              const d = r as Extract<StatRow, { definition: string }>;
              return { region_code: d.regionCode, segment: d.segment, definition: d.definition, reference_date: d.referenceDate, workers: BigInt(d.workers), source: d.source, import_id: id, is_demo: false };
            }),
          )
          .onConflict((oc) =>
            oc.columns(['region_code', 'segment', 'definition', 'reference_date']).doUpdateSet({
              workers: sql`excluded.workers`,
              source: sql`excluded.source`,
              import_id: sql`excluded.import_id`,
              is_demo: false,
              updated_at: sql`now()`,
            }),
          )
          .execute();
      } else {
        await trx
          .insertInto('stat_participants')
          .values(
            part.map((r) => {
              const p = r as Extract<StatRow, { participants: number }>;
              return { region_code: p.regionCode, segment: p.segment, reference_date: p.referenceDate, participants: BigInt(p.participants), source: p.source, import_id: id, is_demo: false };
            }),
          )
          .onConflict((oc) =>
            oc.columns(['region_code', 'segment', 'reference_date']).doUpdateSet({
              participants: sql`excluded.participants`,
              source: sql`excluded.source`,
              import_id: sql`excluded.import_id`,
              is_demo: false,
              updated_at: sql`now()`,
            }),
          )
          .execute();
      }
    }
    await bumpStatRevision(trx);
    await trx.updateTable('stat_imports').set({ status: 'committed', mode, committed_rows: rows.length, decided_at: new Date() }).where('id', '=', id).execute();
    await writeAudit(trx, { actorId: importer.userId, action: 'stats.import.committed', entity: 'stat_import', entityId: id, requestId: importer.requestId, after: { mode, rows: rows.length } });
    return rows.length;
  });
}

export async function discardStatImport(db: Kysely<DB>, importer: StatImporter, id: string): Promise<void> {
  const row = await loadStatImport(db, importer, id);
  if (row.status !== 'checked') throw new AppError('IMPORT_NOT_READY', { details: { status: row.status } });
  await db.updateTable('stat_imports').set({ status: 'discarded', decided_at: new Date(), rows: '[]' }).where('id', '=', id).where('status', '=', 'checked').execute();
}

export function presentStatImport(r: Selectable<StatImportsTable>, locale: 'id' | 'en') {
  return {
    id: r.id,
    kind: r.kind,
    fileName: r.file_name,
    fileKind: r.file_kind,
    status: r.status,
    mode: r.mode,
    totalRows: r.total_rows,
    validRows: r.valid_rows,
    errorRows: r.error_rows,
    committedRows: r.committed_rows,
    createdAt: r.created_at.toISOString(),
    decidedAt: r.decided_at?.toISOString() ?? null,
    issues: (r.issues as StatIssue[]).map((i) => ({
      rowNumber: i.rowNumber,
      column: i.column,
      code: i.code,
      message: domainMessage({ code: i.code as DomainIssue['code'], params: i.params ?? {} }, locale),
    })),
  };
}
