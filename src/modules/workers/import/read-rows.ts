import { Readable, Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { AppError } from '../../../http/errors.ts';

/**
 * Streaming readers of uploaded lists: CSV (UTF-8, comma, semicolon or tab separated) and XLSX
 * (ExcelJS's streaming reader, after a check of the ZIP directory so a decompression bomb is
 * refused before anything is inflated). Rows come one at a time: memory stays flat.
 */
export type FileKind = 'csv' | 'xlsx';
export type Cell = string | number | boolean | Date | null;
/** rowNumber is the spreadsheet row (the header is row 1). */
export type RawRow = { rowNumber: number; cells: Cell[] };
export type RowReader = { headers: string[]; rows: AsyncIterable<RawRow> };

export type ZipLimits = { maxUncompressedBytes: number; maxEntries: number; maxRatio: number };

const PK = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The kind of a file by its first bytes, never by its name: a ZIP is XLSX, valid UTF-8 text is CSV. */
export function sniffKind(head: Buffer): FileKind {
  if (head.subarray(0, 4).equals(PK)) return 'xlsx';
  const sample = head.subarray(0, 4096);
  if (sample.includes(0)) throw new AppError('FILE_TYPE_UNSUPPORTED', { details: { reason: 'binary' } });
  // Known binary or markup formats disguised as lists.
  const text = sample.toString('latin1').trimStart().toLowerCase();
  if (text.startsWith('<!doctype') || text.startsWith('<html') || text.startsWith('%pdf') || text.startsWith('mz')) {
    throw new AppError('FILE_TYPE_UNSUPPORTED', { details: { reason: 'not a list' } });
  }
  return 'csv';
}

/** Rejects invalid UTF-8 and NUL bytes as the text streams through. */
class Utf8Check extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    try {
      if (chunk.includes(0)) throw new Error('NUL');
      callback(null, this.decoder.decode(chunk, { stream: true }));
    } catch {
      callback(new AppError('FILE_NOT_TEXT'));
    }
  }
  override _flush(callback: TransformCallback) {
    try {
      const rest = this.decoder.decode();
      callback(null, rest || undefined);
    } catch {
      callback(new AppError('FILE_NOT_TEXT'));
    }
  }
}

function detectDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]!.n > 0 ? counts[0]!.d : ',';
}

export async function openCsv(source: () => Readable): Promise<RowReader> {
  // Read the first line to learn the separator and the headers.
  const head = await firstLine(source());
  const delimiter = detectDelimiter(head);
  const records = source()
    .pipe(new Utf8Check())
    .pipe(parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true, info: true }));
  const iterator = records[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const first = await iterator.next();
  if (first.done) throw new AppError('FILE_EMPTY');
  const headers = first.value.record.map((h) => String(h));
  async function* rows(): AsyncGenerator<RawRow> {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const { record, info } = next.value;
      if (record.every((cell) => cell === '')) continue;
      yield { rowNumber: info.lines, cells: record };
    }
  }
  return { headers, rows: rows() };
}

async function firstLine(stream: Readable): Promise<string> {
  let text = '';
  try {
    for await (const chunk of stream.pipe(new Utf8Check())) {
      text += String(chunk);
      const end = text.search(/\r?\n/);
      if (end >= 0) return text.slice(0, end);
      if (text.length > 65_536) break;
    }
  } finally {
    stream.destroy();
  }
  return text;
}

/** Checks the ZIP central directory (sizes as declared, entry count, ratio) without inflating anything. */
export async function checkZip(buffer: Buffer, limits: ZipLimits): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, autoClose: true }, (error, file) => (error || !file ? reject(error ?? new Error('zip')) : resolve(file))),
  ).catch(() => {
    throw new AppError('FILE_UNREADABLE', { details: { reason: 'not a valid xlsx (zip) file' } });
  });
  let entries = 0;
  let total = 0;
  let hasWorkbook = false;
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries += 1;
      total += entry.uncompressedSize;
      if (entry.fileName === 'xl/workbook.xml') hasWorkbook = true;
      const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : entry.uncompressedSize > 0 ? Infinity : 1;
      if (entries > limits.maxEntries || total > limits.maxUncompressedBytes || (entry.uncompressedSize > 1_000_000 && ratio > limits.maxRatio)) {
        zip.close();
        reject(new AppError('FILE_ZIP_BOMB', { details: { entries, uncompressedBytes: total, limits } }));
        return;
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', () => reject(new AppError('FILE_UNREADABLE')));
    zip.readEntry();
  });
  if (!hasWorkbook) throw new AppError('FILE_UNREADABLE', { details: { reason: 'no workbook in the zip' } });
}

function cellValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    // A formula cell: its last computed result, never evaluated here.
    if ('result' in v) return cellValue(v.result);
    if (typeof v.text === 'string') return v.text;
    if (v.error) return null;
  }
  return String(value);
}

/** The first worksheet of an XLSX, streamed. Call checkZip first. */
export async function openXlsx(buffer: Buffer): Promise<RowReader> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const sheets = reader[Symbol.asyncIterator]();
  const sheet = await sheets.next();
  if (sheet.done) throw new AppError('FILE_EMPTY');
  const rowsIterator = (sheet.value as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();
  let headerRow: ExcelJS.Row | undefined;
  for (;;) {
    const next = await rowsIterator.next();
    if (next.done) throw new AppError('FILE_EMPTY');
    const values = (next.value.values as unknown[]).slice(1).map(cellValue);
    if (values.some((v) => v !== null && String(v).trim() !== '')) {
      headerRow = next.value;
      break;
    }
  }
  const headers = (headerRow.values as unknown[]).slice(1).map((v) => String(cellValue(v) ?? ''));
  async function* rows(): AsyncGenerator<RawRow> {
    for (;;) {
      const next = await rowsIterator.next();
      if (next.done) return;
      const cells = (next.value.values as unknown[]).slice(1).map(cellValue);
      if (cells.every((c) => c === null || String(c).trim() === '')) continue;
      yield { rowNumber: next.value.number, cells };
    }
  }
  return { headers, rows: rows() };
}
