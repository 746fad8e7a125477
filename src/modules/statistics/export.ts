import ExcelJS from 'exceljs';
import { DEFINITION_LABELS, SEGMENTS, type Segment } from '../../domain/stats.ts';
import { safeCell, safeCsv } from '../../lib/safe-csv.ts';
import type { FigureView, RegionRow } from './service.ts';

/**
 * Every statistics table as CSV or XLSX, safe to open (formula-like text neutralised), with the
 * source, definition and dates of each figure in its own columns, and hidden small cells written
 * as "<10" — an export never shows more than the screen it comes from.
 */
export type Locale = 'id' | 'en';
type Cell = string | number | null;
export type Table = { title: string; header: string[]; rows: Cell[][]; percentColumns: number[] };

const SEGMENT_LABEL: Record<Segment, { id: string; en: string }> = {
  FORMAL: { id: 'formal', en: 'formal' },
  INFORMAL: { id: 'informal', en: 'informal' },
  TOTAL: { id: 'total', en: 'total' },
};

const percent = (bp: number | null) => (bp === null ? null : bp / 100);

function hiddenMark(k: number) {
  return `<${k}`;
}

function figureColumns(segment: Segment, locale: Locale): string[] {
  const s = SEGMENT_LABEL[segment][locale];
  return locale === 'id'
    ? [`cakupan_${s}_persen`, `peserta_${s}`, `penyebut_${s}`, `belum_terlindungi_${s}`, `tanggal_penyebut_${s}`, `sumber_penyebut_${s}`]
    : [`coverage_${s}_percent`, `participants_${s}`, `denominator_${s}`, `uncovered_${s}`, `denominator_date_${s}`, `denominator_source_${s}`];
}

function figureCells(f: FigureView | null, k: number): Cell[] {
  if (!f) return [null, null, null, null, null, null];
  return [percent(f.percentBp) ?? hiddenMark(k), f.participants ?? hiddenMark(k), f.denominator, f.gap ?? hiddenMark(k), f.denominatorDate, f.denominatorSource];
}

export function regionTable(title: string, rows: readonly RegionRow[], k: number, locale: Locale, meta: { date: string | null; definition: string }): Table {
  const definition = DEFINITION_LABELS[meta.definition as keyof typeof DEFINITION_LABELS]?.[locale] ?? meta.definition;
  const header = [
    ...(locale === 'id' ? ['kode_wilayah', 'wilayah', 'tanggal_peserta', 'definisi_penyebut'] : ['region_code', 'region', 'participants_date', 'denominator_definition']),
    ...SEGMENTS.flatMap((s) => figureColumns(s, locale)),
    ...(locale === 'id' ? ['sumber_peserta', 'dilindungi_lingkaran', 'terdaftar_lingkaran'] : ['participants_source', 'protected_by_lingkaran', 'registered_with_lingkaran']),
  ];
  const body = rows.map((r) => {
    const source = SEGMENTS.map((s) => r.figures[s]?.participantsSource).find(Boolean) ?? null;
    return [
      r.code,
      r.name,
      meta.date,
      definition,
      ...SEGMENTS.flatMap((s) => figureCells(r.figures[s], k)),
      source,
      r.lingkaran.protected ?? hiddenMark(k),
      r.lingkaran.registered ?? hiddenMark(k),
    ];
  });
  const percentColumns = SEGMENTS.map((_, i) => 4 + i * 6);
  return { title, header, rows: body, percentColumns };
}

export function rankingTable(
  title: string,
  ranking: readonly { code: string; name: string; province: string | null; figure: FigureView }[],
  k: number,
  locale: Locale,
): Table {
  const header =
    locale === 'id'
      ? ['peringkat', 'kode_wilayah', 'wilayah', 'provinsi', 'segmen', 'belum_terlindungi', 'cakupan_persen', 'peserta', 'penyebut', 'definisi_penyebut', 'tanggal_penyebut', 'sumber_penyebut']
      : ['rank', 'region_code', 'region', 'province', 'segment', 'uncovered', 'coverage_percent', 'participants', 'denominator', 'denominator_definition', 'denominator_date', 'denominator_source'];
  const rows = ranking.map((r, i) => [
    i + 1,
    r.code,
    r.name,
    r.province,
    SEGMENT_LABEL[r.figure.segment][locale],
    r.figure.gap ?? hiddenMark(k),
    percent(r.figure.percentBp) ?? hiddenMark(k),
    r.figure.participants ?? hiddenMark(k),
    r.figure.denominator,
    DEFINITION_LABELS[r.figure.definition][locale],
    r.figure.denominatorDate,
    r.figure.denominatorSource,
  ]);
  return { title, header, rows, percentColumns: [6] };
}

export function trendTable(title: string, trend: readonly ({ date: string } & Record<Segment, number | null>)[], locale: Locale, definition: string): Table {
  const header = locale === 'id' ? ['tanggal_peserta', 'definisi_penyebut', 'cakupan_formal_persen', 'cakupan_informal_persen', 'cakupan_total_persen'] : ['participants_date', 'denominator_definition', 'coverage_formal_percent', 'coverage_informal_percent', 'coverage_total_percent'];
  const label = DEFINITION_LABELS[definition as keyof typeof DEFINITION_LABELS]?.[locale] ?? definition;
  return { title, header, rows: trend.map((t) => [t.date, label, percent(t.FORMAL), percent(t.INFORMAL), percent(t.TOTAL)]), percentColumns: [2, 3, 4] };
}

/** CSV: Indonesian readers get a decimal comma (Excel in id-ID reads "41.30" as 4130). */
export function tableCsv(table: Table, locale: Locale): string {
  const rows = table.rows.map((row) =>
    row.map((cell, i) => (typeof cell === 'number' && table.percentColumns.includes(i) && locale === 'id' ? cell.toFixed(2).replace('.', ',') : cell)),
  );
  return safeCsv(table.header, rows);
}

export async function tableXlsx(table: Table): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(table.title.slice(0, 31).replace(/[[\]*?/\\:]/g, ' '));
  sheet.addRow(table.header);
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell) => (typeof cell === 'number' ? cell : cell === null ? null : safeCell(cell))));
  for (const i of table.percentColumns) sheet.getColumn(i + 1).numFmt = '0.00';
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(40, Math.max(10, (table.header[i]?.length ?? 10) + 2));
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
