import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DomainError } from '../../../src/domain/errors.ts';
import { allocate, formatRupiah, formatThousands, parseRupiah, percentOf } from '../../../src/domain/money.ts';

describe('rupiah', () => {
  it('formats the Indonesian way', () => {
    expect(formatRupiah(16_800n)).toBe('Rp 16.800');
    expect(formatRupiah(42_000_000n)).toBe('Rp 42.000.000');
    expect(formatRupiah(0n)).toBe('Rp 0');
    expect(formatRupiah(999n)).toBe('Rp 999');
    expect(formatRupiah(-1_500n)).toBe('-Rp 1.500');
    expect(formatThousands(241_303_408n)).toBe('241.303.408');
  });

  it('parses what people type', () => {
    expect(parseRupiah('16800')).toBe(16_800n);
    expect(parseRupiah('16.800')).toBe(16_800n);
    expect(parseRupiah('Rp 16.800')).toBe(16_800n);
    expect(parseRupiah('Rp16.800,00')).toBe(16_800n);
    expect(parseRupiah(' 1.000.000 ')).toBe(1_000_000n);
    expect(parseRupiah('0')).toBe(0n);
  });

  it('refuses what is not a whole rupiah amount, with a specific code', () => {
    const codeOf = (value: string) => {
      try {
        parseRupiah(value);
        return 'parsed';
      } catch (error) {
        return (error as DomainError).code;
      }
    };
    expect(codeOf('-5')).toBe('AMOUNT_NEGATIVE');
    expect(codeOf('16,5')).toBe('AMOUNT_INVALID');
    expect(codeOf('16.80')).toBe('AMOUNT_INVALID');
    expect(codeOf('1e6')).toBe('AMOUNT_INVALID');
    expect(codeOf('')).toBe('AMOUNT_INVALID');
    expect(codeOf('12345678901234567890')).toBe('AMOUNT_TOO_LARGE');
  });

  it('formats and parses back to the same amount', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (amount) => parseRupiah(formatRupiah(amount)) === amount));
  });

  it('takes percentages in basis points, rounding half up to whole rupiah', () => {
    expect(percentOf(1_000_000n, 100)).toBe(10_000n);
    expect(percentOf(20_700_000n, 200)).toBe(414_000n);
    expect(percentOf(16_800n, 5_000)).toBe(8_400n);
    expect(percentOf(3n, 5_000)).toBe(2n); // 1,5 → 2
    expect(percentOf(1n, 4_999)).toBe(0n);
  });
});

describe('allocate', () => {
  it('splits without losing or inventing a rupiah, ties to the earlier part', () => {
    expect(allocate(100n, 3)).toEqual([34n, 33n, 33n]);
    expect(allocate(42_000_000n, 3)).toEqual([14_000_000n, 14_000_000n, 14_000_000n]);
    expect(allocate(10n, [1n, 1n, 2n])).toEqual([3n, 2n, 5n]);
    expect(allocate(0n, 2)).toEqual([0n, 0n]);
  });

  it('always sums back to the total, each part within one rupiah of its exact share', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 6n }), { minLength: 1, maxLength: 30 }).filter((w) => w.some((x) => x > 0n)),
        (total, weights) => {
          const parts = allocate(total, weights);
          const sum = weights.reduce((a, b) => a + b, 0n);
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
          parts.forEach((part, i) => {
            const exactTimesSum = total * weights[i]!;
            expect(part * sum >= exactTimesSum - sum && part * sum <= exactTimesSum + sum).toBe(true);
          });
        },
      ),
    );
  });
});
