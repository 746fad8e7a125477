import { fail } from './errors.ts';

/**
 * Indonesian mobile numbers and KPJ membership numbers.
 * Mobile numbers are normalised to E.164 (`+628…`): people write 0812-3456-7890, 62812…, +62 812….
 * Indonesian mobile numbers start with 8 after the country code and have 9 to 12 digits after
 * +62 (10 to 13 digits written with the leading 0).
 */
export function normalizeMobile(input: string, field = 'phone'): string {
  const raw = String(input);
  const compact = raw.replace(/[\s\u00a0().-]/g, '');
  if (!/^\+?\d+$/.test(compact)) fail('PHONE_INVALID', { field, params: { value: raw } });
  let national: string;
  if (compact.startsWith('+62')) national = compact.slice(3);
  else if (compact.startsWith('+')) return fail('PHONE_NOT_MOBILE', { field });
  else if (compact.startsWith('62')) national = compact.slice(2);
  else if (compact.startsWith('0')) national = compact.slice(1);
  else national = compact;
  if (national.startsWith('0')) national = national.slice(1); // +62 0812… typed by habit
  if (!/^8\d{8,11}$/.test(national)) fail('PHONE_NOT_MOBILE', { field });
  return `+62${national}`;
}

/** '+6281234567890' → '+62812****7890'. */
export function maskPhone(e164: string): string {
  if (e164.length < 10) return '****';
  return `${e164.slice(0, 6)}****${e164.slice(-4)}`;
}

/** KPJ (Kartu Peserta Jamsostek) numbers have exactly 11 digits (domain.md §5). */
export function isKpjFormat(value: string): boolean {
  return /^\d{11}$/.test(value);
}

export function parseKpj(value: string, field = 'kpj'): string {
  const compact = String(value).replace(/[\s-]/g, '');
  if (!isKpjFormat(compact)) fail('KPJ_FORMAT', { field });
  return compact;
}
