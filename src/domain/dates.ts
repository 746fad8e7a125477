import { fail } from './errors.ts';

/**
 * Calendar dates as 'YYYY-MM-DD' strings and months as 'YYYY-MM', computed on day numbers (days
 * since 1970-01-01) so no time zone ever shifts a date. Periods are in Asia/Jakarta (UTC+7, no
 * daylight saving): `jakartaToday()` is the only function here that reads a clock.
 */
export type IsoDate = string;
export type YearMonth = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  return !!m && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Checks a 'YYYY-MM-DD' string, failing with DATE_INVALID. */
export function parseIsoDate(value: string, field = 'date'): IsoDate {
  if (typeof value !== 'string' || !isIsoDate(value)) fail('DATE_INVALID', { field, params: { value: String(value) } });
  return value;
}

export function parseYearMonth(value: string, field = 'month'): YearMonth {
  const m = typeof value === 'string' ? MONTH_RE.exec(value) : null;
  if (!m || !isValidYmd(Number(m[1]), Number(m[2]), 1)) fail('MONTH_INVALID', { field, params: { value: String(value) } });
  return value;
}

export function ymd(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function splitDate(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = splitDate(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * 86_400_000);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function monthOf(date: IsoDate): YearMonth {
  return date.slice(0, 7);
}

export function firstDayOf(month: YearMonth): IsoDate {
  return `${month}-01`;
}

export function lastDayOf(month: YearMonth): IsoDate {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return ymd(year, m, daysInMonth(year, m));
}

export function monthIndex(month: YearMonth): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromIndex(index: number): YearMonth {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function addMonths(month: YearMonth, count: number): YearMonth {
  return monthFromIndex(monthIndex(month) + count);
}

export function monthsBetween(from: YearMonth, to: YearMonth): number {
  return monthIndex(to) - monthIndex(from);
}

/** `count` consecutive months starting with `start`. */
export function monthRange(start: YearMonth, count: number): YearMonth[] {
  return Array.from({ length: count }, (_, i) => addMonths(start, i));
}

/** Whole years of age on `on` (a birthday on 29 February counts from 1 March in common years). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const b = splitDate(birthDate);
  const d = splitDate(on);
  let age = d.year - b.year;
  if (d.month < b.month || (d.month === b.month && d.day < b.day)) age -= 1;
  return age;
}

/** The date on which someone born on `birthDate` turns `years` old. */
export function birthdayAt(birthDate: IsoDate, years: number): IsoDate {
  const b = splitDate(birthDate);
  const year = b.year + years;
  if (b.month === 2 && b.day === 29 && !isValidYmd(year, 2, 29)) return ymd(year, 3, 1);
  return ymd(year, b.month, b.day);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** Today's date in Asia/Jakarta (WIB, UTC+7). */
export function jakartaToday(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
