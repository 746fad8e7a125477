import { fail } from './errors.ts';

/**
 * Money is whole rupiah as `bigint`: never a float, never a fraction of a rupiah. Rates are
 * basis points (1 % = 100 bp) so percentages stay integer arithmetic too.
 */
export type Rupiah = bigint;
export type BasisPoints = number;

const MAX_AMOUNT = 10n ** 15n; // Rp 1 kuadriliun: far above any real amount, below int8.

/**
 * Parses an amount the way people write it: "16800", "16.800", "Rp 16.800", "Rp16.800,00".
 * Dots are thousands separators (Indonesian); a decimal part is accepted only if it is zero.
 */
export function parseRupiah(input: string, field = 'amount'): Rupiah {
  const raw = String(input);
  const text = raw.replace(/[\s\u00a0]/g, '').replace(/^Rp\.?/i, '');
  const match = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,0+)?$/.exec(text);
  if (!match) fail('AMOUNT_INVALID', { field, params: { value: raw } });
  const amount = BigInt(match[2]!.replaceAll('.', ''));
  if (match[1] === '-' && amount !== 0n) fail('AMOUNT_NEGATIVE', { field, params: { value: raw } });
  if (amount > MAX_AMOUNT) fail('AMOUNT_TOO_LARGE', { field, params: { value: raw } });
  return amount;
}

/** 16800n → "16.800". */
export function formatThousands(amount: Rupiah): string {
  const negative = amount < 0n;
  const digits = (negative ? -amount : amount).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return negative ? `-${grouped}` : grouped;
}

/** 16800n → "Rp 16.800"; -500n → "-Rp 500". */
export function formatRupiah(amount: Rupiah): string {
  return amount < 0n ? `-Rp ${formatThousands(-amount)}` : `Rp ${formatThousands(amount)}`;
}

/**
 * `basisPoints` of `amount`, rounded half up to a whole rupiah (the rounding is ours: the
 * regulations only ever produce whole rupiah at the verified brackets).
 */
export function percentOf(amount: Rupiah, basisPoints: BasisPoints): Rupiah {
  if (!Number.isInteger(basisPoints)) throw new Error(`basis points must be an integer: ${basisPoints}`);
  const product = amount * BigInt(basisPoints);
  const sign = product < 0n ? -1n : 1n;
  return (sign * (sign * product + 5_000n)) / 10_000n;
}

/**
 * Splits `total` into parts proportional to `weights` by the largest-remainder method: the parts
 * always sum to exactly `total`, no rupiah lost or invented. Ties go to the earlier part, so the
 * split is deterministic. `allocate(100n, 3)` → [34n, 33n, 33n].
 */
export function allocate(total: Rupiah, weights: number | readonly bigint[]): Rupiah[] {
  const list = typeof weights === 'number' ? Array.from({ length: weights }, () => 1n) : [...weights];
  if (list.length === 0) throw new Error('allocate needs at least one part');
  if (total < 0n) throw new Error('allocate needs a non-negative total');
  if (list.some((w) => w < 0n)) throw new Error('weights must not be negative');
  const sum = list.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new Error('weights must not all be zero');
  const parts = list.map((w) => (total * w) / sum);
  const remainders = list.map((w, index) => ({ index, remainder: (total * w) % sum }));
  let left = total - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    parts[index] = parts[index]! + 1n;
    left -= 1n;
  }
  return parts;
}

export function sumRupiah(amounts: Iterable<Rupiah>): Rupiah {
  let total = 0n;
  for (const amount of amounts) total += amount;
  return total;
}

export function minRupiah(a: Rupiah, b: Rupiah): Rupiah {
  return a < b ? a : b;
}
