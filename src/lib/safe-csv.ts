import { stringify } from 'csv-stringify/sync';

/**
 * Spreadsheet-safe text (OWASP CSV injection, ASVS 1.2.10): a cell that starts with = + - @, a tab
 * or a carriage return would be run as a formula by Excel, Calc or Sheets, so it gets a leading
 * apostrophe. Quoting alone does not stop it.
 */
export function safeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'bigint' ? value.toString() : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A CSV document (UTF-8 with BOM, so Excel reads it as UTF-8) with every cell made safe. */
export function safeCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return '\ufeff' + safeCsvRows([header, ...rows]);
}

/** Rows of a CSV document without the BOM, for writing a large document in pieces. */
export function safeCsvRows(rows: readonly (readonly unknown[])[]): string {
  return rows.length === 0 ? '' : stringify(rows.map((row) => row.map(safeCell)), { record_delimiter: '\r\n' });
}
