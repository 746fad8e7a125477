/**
 * Indonesian-first formatting of money, numbers and dates with Intl.
 * Money is whole rupiah: bigint, an integer number, or a decimal string from the API.
 */
export type Locale = 'id' | 'en';

const INTL_LOCALE: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

const rupiahFormat = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  id: new Intl.NumberFormat(INTL_LOCALE.id),
  en: new Intl.NumberFormat(INTL_LOCALE.en),
};

const dateOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat(INTL_LOCALE.id, dateOptions),
  en: new Intl.DateTimeFormat(INTL_LOCALE.en, dateOptions),
};
// Calendar dates (YYYY-MM-DD) carry no time zone: format them in UTC so they never shift a day.
const calendarDateFormats: Record<Locale, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat(INTL_LOCALE.id, { ...dateOptions, timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(INTL_LOCALE.en, { ...dateOptions, timeZone: 'UTC' }),
};

const WHOLE_NUMBER = /^-?\d+$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toLocale(locale: string | undefined): Locale {
  return locale?.startsWith('en') ? 'en' : 'id';
}

/** Whole rupiah → "Rp 16.800" (always Indonesian grouping, plain spaces). */
export function formatRupiah(value: bigint | number | string): string {
  let amount: bigint | number;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (!WHOLE_NUMBER.test(trimmed)) throw new RangeError(`Not a whole rupiah amount: ${value}`);
    amount = BigInt(trimmed);
  } else {
    amount = value;
  }
  // Intl puts a no-break space after "Rp"; normalise every kind of space to a plain one.
  return rupiahFormat.format(amount).replace(/\s/gu, ' ');
}

/** 83763 → "83.763" (id) or "83,763" (en). */
export function formatNumber(value: bigint | number, locale?: string): string {
  return numberFormats[toLocale(locale)].format(value);
}

/** A date, an ISO timestamp or a calendar date → "23 November 2026". */
export function formatDate(value: Date | string, locale?: string): string {
  const lang = toLocale(locale);
  if (typeof value === 'string' && CALENDAR_DATE.test(value)) {
    return calendarDateFormats[lang].format(new Date(`${value}T00:00:00Z`));
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return dateFormats[lang].format(date);
}

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const monthFormats: Record<Locale, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat(INTL_LOCALE.id, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(INTL_LOCALE.en, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const monthNameFormats: Record<Locale, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat(INTL_LOCALE.id, { month: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(INTL_LOCALE.en, { month: 'long', timeZone: 'UTC' }),
};

/** A calendar month (YYYY-MM) → "Januari 2026"; anything else is returned as it came. */
export function formatMonth(value: string, locale?: string): string {
  const match = YEAR_MONTH.exec(value);
  if (!match) return value;
  return monthFormats[toLocale(locale)].format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

/** The twelve month names, January first: "Januari" … "Desember". */
export function monthNames(locale?: string): string[] {
  const format = monthNameFormats[toLocale(locale)];
  return Array.from({ length: 12 }, (_, index) => format.format(new Date(Date.UTC(2000, index, 1))));
}

/** Basis points → "1 %" / "12,5 %" (id) or "1%" / "12.5%" (en). 100 bp = 1 %. */
export function formatPercent(basisPoints: number, locale?: string): string {
  const lang = toLocale(locale);
  const number = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 2 }).format(basisPoints / 100);
  return lang === 'id' ? `${number} %` : `${number}%`;
}

const dateTimeFormats: Record<Locale, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat(INTL_LOCALE.id, { ...dateOptions, hour: '2-digit', minute: '2-digit' }),
  en: new Intl.DateTimeFormat(INTL_LOCALE.en, { ...dateOptions, hour: '2-digit', minute: '2-digit' }),
};

/** An instant → "24 November 2026 pukul 14.05" (id) or "24 November 2026 at 14:05" (en), local time. */
export function formatDateTime(value: Date | string, locale?: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return dateTimeFormats[toLocale(locale)].format(date);
}
