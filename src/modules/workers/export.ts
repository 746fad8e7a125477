import ExcelJS from 'exceljs';
import { safeCsv } from '../../lib/safe-csv.ts';
import { writeAudit } from '../audit/audit.ts';
import { listWorkers, type RegistryContext, type WorkerFilters } from './service.ts';
import type { TWorker } from './presenter.ts';

/**
 * Exports of the worker list the caller may see, masked (NIK and phone as everywhere else), as CSV
 * (formula-safe) or XLSX (typed cells). Every export is audited with its filters and row count.
 */
export const EXPORT_MAX_ROWS = 100_000;

const COLUMNS = [
  { id: 'NIK (disamarkan)', en: 'NIK (masked)', value: (w: TWorker) => w.maskedNik },
  { id: 'Nama lengkap', en: 'Full name', value: (w: TWorker) => w.fullName },
  { id: 'Tanggal lahir', en: 'Birth date', value: (w: TWorker) => w.birthDate },
  { id: 'Jenis kelamin', en: 'Sex', value: (w: TWorker) => w.sex },
  { id: 'Kode desa', en: 'Village code', value: (w: TWorker) => w.village.code },
  { id: 'Desa/kelurahan', en: 'Village', value: (w: TWorker) => w.village.name },
  { id: 'Kabupaten/kota', en: 'Regency/city', value: (w: TWorker) => w.regency.name },
  { id: 'Pekerjaan', en: 'Occupation', value: (w: TWorker) => (w.occupation.other ? `${w.occupation.name}: ${w.occupation.other}` : w.occupation.name) },
  { id: 'Penghasilan', en: 'Declared income', value: (w: TWorker) => (w.incomeBracket === null ? null : Number(w.incomeBracket)) },
  { id: 'HP (disamarkan)', en: 'Phone (masked)', value: (w: TWorker) => w.maskedPhone },
  { id: 'DTKS', en: 'DTKS', value: (w: TWorker) => (w.isDtks === null ? null : w.isDtks ? 'ya' : 'tidak') },
  { id: 'Desil P3KE', en: 'P3KE decile', value: (w: TWorker) => w.p3keDecile },
  { id: 'KPJ', en: 'KPJ', value: (w: TWorker) => w.kpj },
  { id: 'Status', en: 'Status', value: (w: TWorker) => w.status },
  { id: 'Terdaftar', en: 'Registered', value: (w: TWorker) => w.registeredAt.slice(0, 10) },
  { id: 'Status perlindungan', en: 'Coverage state', value: (w: TWorker) => w.coverage?.state ?? 'NONE' },
  { id: 'Terlindungi sampai', en: 'Protected until', value: (w: TWorker) => w.coverage?.protectedUntil ?? null },
  { id: 'Berakhir bila tak dibayar', en: 'Ends if unpaid', value: (w: TWorker) => w.coverage?.endsOn ?? null },
  { id: 'Dibayar oleh', en: 'Paid by', value: (w: TWorker) => w.coverage?.source ?? null },
] as const;

async function collect(ctx: RegistryContext, filters: Omit<WorkerFilters, 'cursor' | 'limit'>): Promise<TWorker[]> {
  const all: TWorker[] = [];
  let cursor: string | undefined;
  do {
    const page = await listWorkers(ctx, { ...filters, cursor, limit: 200 });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && all.length < EXPORT_MAX_ROWS);
  return all.slice(0, EXPORT_MAX_ROWS);
}

export async function exportWorkers(
  ctx: RegistryContext,
  filters: Omit<WorkerFilters, 'cursor' | 'limit'>,
  format: 'csv' | 'xlsx',
): Promise<{ body: Buffer | string; rows: number }> {
  const workers = await collect(ctx, filters);
  await writeAudit(ctx.db, {
    actorId: ctx.actor.userId,
    action: 'pii.export',
    entity: 'worker',
    entityId: null,
    after: { format, rows: workers.length, filters, masked: true },
    requestId: ctx.requestId,
  });
  const header = COLUMNS.map((c) => (ctx.locale === 'en' ? c.en : c.id));
  if (format === 'csv') return { body: safeCsv(header, workers.map((w) => COLUMNS.map((c) => c.value(w)))), rows: workers.length };
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(ctx.locale === 'en' ? 'Workers' : 'Pekerja');
  sheet.addRow(header).font = { bold: true };
  // Text stays text and numbers stay numbers: nothing in a cell is ever a formula.
  for (const w of workers) sheet.addRow(COLUMNS.map((c) => c.value(w)));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  return { body: Buffer.from(await book.xlsx.writeBuffer()), rows: workers.length };
}
