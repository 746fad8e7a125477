import { fail } from './errors.ts';
import { parseKpj } from './contact.ts';

/**
 * KPJ numbers issued by Lingkaran: 11 digits = a series prefix (setting `cards.kpjSeries`, default
 * "9") + a zero-padded sequence + one check digit by the Damm algorithm.
 *
 * BPJS Ketenagakerjaan's own KPJ structure is not public (domain.md §5, UNVERIFIED), so numbers
 * recorded from BPJS are only held to "11 digits"; numbers in our series also carry our check digit.
 * Damm (quasigroup of order 10, weakly totally anti-symmetric) detects every single-digit error and
 * every transposition of two adjacent digits — the two mistakes people make when typing a number
 * from a card — which Luhn does not fully (09 ↔ 90).
 */
const DAMM: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/** The Damm check digit of a string of digits (interim 0 at the start). */
export function dammDigit(digits: string): number {
  let interim = 0;
  for (const ch of digits) interim = DAMM[interim]![ch.charCodeAt(0) - 48]!;
  return interim;
}

/** A number with its Damm digit appended is valid when the whole string reduces to 0. */
export function isDammValid(digits: string): boolean {
  return /^\d+$/.test(digits) && dammDigit(digits) === 0;
}

export const KPJ_LENGTH = 11;

/** The KPJ for the n-th number of a series: prefix + sequence (zero-padded) + Damm digit. */
export function makeKpj(series: string, sequence: bigint | number): string {
  const body = KPJ_LENGTH - 1 - series.length;
  const seq = String(sequence);
  if (!/^\d{1,3}$/.test(series)) throw new Error(`KPJ series "${series}" must be 1 to 3 digits`);
  if (BigInt(sequence) < 1n || seq.length > body) throw new Error(`KPJ sequence ${seq} does not fit ${body} digits of series ${series}`);
  const base = series + seq.padStart(body, '0');
  return base + String(dammDigit(base));
}

/**
 * Parses a KPJ typed by a person (spaces and dashes allowed). Numbers in our series must pass the check
 * digit (KPJ_CHECK_DIGIT); other 11-digit numbers are accepted as recorded from BPJS.
 */
export function parseIssuedKpj(value: string, series: string, field = 'kpj'): string {
  const kpj = parseKpj(value, field);
  if (kpj.startsWith(series) && !isDammValid(kpj)) fail('KPJ_CHECK_DIGIT', { field });
  return kpj;
}

/** '90000000127' → '9000 0000 127' (how it is printed on a card, easy to read aloud). */
export function formatKpj(kpj: string): string {
  return `${kpj.slice(0, 4)} ${kpj.slice(4, 8)} ${kpj.slice(8)}`;
}
