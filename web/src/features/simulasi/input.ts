/**
 * What people type into the forms: rupiah with or without "Rp" and thousands dots, counts with
 * thousands dots. Anything that is not clearly a number goes to the server unchanged, which answers
 * with a specific message in the user's language.
 */
const DIGITS = /^\d+$/;
const GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const WHOLE = /^-?\d+$/;

function bareAmount(text: string): string {
  return text
    .replace(/[\s\u00a0]/g, '')
    .replace(/^Rp\.?/i, '')
    .replace(/,0+$/, '');
}

/** "Rp 1.000.000" → "1000000"; "abc" → "abc" (the server says what is wrong with it). */
export function toDecimalString(text: string): string {
  const bare = bareAmount(text);
  if (DIGITS.test(bare)) return bare.replace(/^0+(?=\d)/, '');
  if (GROUPED.test(bare)) return bare.replaceAll('.', '');
  return text.trim();
}

/** "1000000" → "1.000.000", for showing an amount back after typing; anything else unchanged. */
export function groupAmount(text: string): string {
  const decimal = toDecimalString(text);
  return DIGITS.test(decimal) ? decimal.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : text;
}

export type CountInput = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'number'; value: number };

/** "100", "1.000", "-1" → a whole number (the server checks its range); "" → empty; "1,5" → invalid. */
export function parseCount(text: string): CountInput {
  const bare = text.replace(/[\s\u00a0]/g, '');
  if (bare === '') return { kind: 'empty' };
  const digits = GROUPED.test(bare.replace(/^-/, '')) ? bare.replaceAll('.', '') : bare;
  if (!WHOLE.test(digits)) return { kind: 'invalid' };
  return { kind: 'number', value: Number(digits) };
}

/** "12,5" or "12.5" → 12.5 (a percentage, not money); "" → empty. */
export function parsePercent(text: string): CountInput {
  const bare = text.replace(/[\s\u00a0%]/g, '').replace(',', '.');
  if (bare === '') return { kind: 'empty' };
  const value = Number(bare);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Today on this device as YYYY-MM-DD (the server treats calendar dates without a time zone). */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type YearMonth = { year: number; month: number };

export function thisMonth(): YearMonth {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

/** The first day of a month, as the quote's `date`. */
export function firstDayIso(value: YearMonth): string {
  return `${value.year}-${pad(value.month)}-01`;
}
