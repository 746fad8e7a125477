import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../src/domain/dates.ts';
import { type DomainError } from '../../../src/domain/errors.ts';
import { monthlyContribution, quoteContribution, workersForBudget, type QuoteInput } from '../../../src/domain/quote.ts';
import { DEFAULT_RULE_BOOK as book, type RuleBook } from '../../../src/domain/rules/index.ts';

const base: QuoteInput = { programs: ['JKK', 'JKM'], declaredIncome: 1_000_000n, workers: 1, months: 1, startDate: '2026-05-01' };

function issueCodes(input: Partial<QuoteInput>) {
  try {
    quoteContribution(book, { ...base, ...input });
    return [];
  } catch (error) {
    return (error as DomainError).issues.map((i) => i.code);
  }
}

describe('quote (domain.md §1.2)', () => {
  it('JKK + JKM at Rp 1.000.000 is Rp 16.800 a month; with JHT Rp 36.800', () => {
    const q = quoteContribution(book, base);
    expect(q.perWorkerMonthly).toBe(16_800n);
    expect(q.lines.map((l) => [l.program, l.monthly])).toEqual([
      ['JKK', 10_000n],
      ['JKM', 6_800n],
    ]);
    expect(quoteContribution(book, { ...base, programs: ['JKK', 'JKM', 'JHT'] }).perWorkerMonthly).toBe(36_800n);
  });

  it('at the highest bracket Rp 20.700.000: JKK 207.000, JKM 6.800, JHT 414.000; totals 213.800 and 627.800', () => {
    const q = quoteContribution(book, { ...base, declaredIncome: 20_700_000n, programs: ['JHT', 'JKM', 'JKK'] });
    expect(q.lines.map((l) => [l.program, l.monthly])).toEqual([
      ['JKK', 207_000n],
      ['JKM', 6_800n],
      ['JHT', 414_000n],
    ]);
    expect(q.perWorkerMonthly).toBe(627_800n);
    expect(quoteContribution(book, { ...base, declaredIncome: 20_700_000n }).perWorkerMonthly).toBe(213_800n);
  });

  it('prices N workers × M months, itemised, with the covered period', () => {
    const q = quoteContribution(book, { ...base, workers: 100, months: 6, startDate: '2026-01-01' });
    expect(q.total).toBe(10_080_000n);
    expect(q.lines.map((l) => [l.program, l.total])).toEqual([
      ['JKK', 6_000_000n],
      ['JKM', 4_080_000n],
    ]);
    expect([q.startMonth, q.endMonth, q.coveredFrom, q.coveredUntil]).toEqual(['2026-01', '2026-06', '2026-01-01', '2026-06-30']);
    expect(q.rateVersionIds).toEqual(['BPU-2015']);
  });

  it('applies the 2025 transport discount (50 % JKK + JKM = Rp 8.400) only to transport workers and only in its months', () => {
    const ojek = quoteContribution(book, { ...base, occupationCode: 'OJEK', startDate: '2026-02-10', months: 3 });
    expect(ojek.monthly.map((m) => [m.month, m.total])).toEqual([
      ['2026-02', 8_400n],
      ['2026-03', 8_400n],
      ['2026-04', 16_800n],
    ]);
    expect(ojek.total).toBe(33_600n);
    expect(ojek.discounts.map((d) => [d.id, d.months])).toEqual([['STIMULUS-2025-TRANSPORT', ['2026-02', '2026-03']]]);
    expect(quoteContribution(book, { ...base, occupationCode: 'PETANI', startDate: '2026-02-10' }).perWorkerMonthly).toBe(16_800n);
    expect(quoteContribution(book, { ...base, startDate: '2026-02-10' }).perWorkerMonthly).toBe(16_800n);
    // JHT is not discounted.
    const withJht = quoteContribution(book, { ...base, programs: ['JKK', 'JKM', 'JHT'], occupationCode: 'KURIR', startDate: '2026-02-01' });
    expect(withJht.perWorkerMonthly).toBe(8_400n + 20_000n);
  });

  it('prices each month with the rates in force on its first day (a new rate is a new dated row)', () => {
    const newer: RuleBook = {
      ...book,
      rates: [...book.rates, { ...book.rates[0]!, id: 'TEST-2027', effectiveFrom: '2027-01-01', rates: { ...book.rates[0]!.rates, JKM: { kind: 'flat', amount: 7_000n, source: book.rates[0]!.rates.JKM.source } } }],
    };
    const q = quoteContribution(newer, { ...base, startDate: '2026-11-01', months: 3 });
    expect(q.monthly.map((m) => m.total)).toEqual([16_800n, 16_800n, 17_000n]);
    expect(q.rateVersionIds).toEqual(['BPU-2015', 'TEST-2027']);
  });

  it('refuses bad input with specific codes, all at once', () => {
    expect(issueCodes({ months: 5 })).toEqual(['MONTHS_NOT_ALLOWED']);
    expect(issueCodes({ programs: ['JKK', 'JKP'] })).toEqual(['PROGRAM_UNKNOWN']);
    expect(issueCodes({ programs: ['JKM'] })).toEqual(['PROGRAMS_JKK_JKM_REQUIRED']);
    expect(issueCodes({ programs: [] })).toEqual(['PROGRAMS_REQUIRED']);
    expect(issueCodes({ programs: ['JKK', 'JKM', 'JKK'] })).toEqual(['PROGRAM_DUPLICATE']);
    expect(issueCodes({ workers: 0 })).toEqual(['WORKERS_INVALID']);
    expect(issueCodes({ workers: 2.5 })).toEqual(['WORKERS_INVALID']);
    expect(issueCodes({ declaredIncome: 1_500_000n })).toEqual(['INCOME_NOT_A_BRACKET']);
    expect(issueCodes({ startDate: '2010-01-01' })).toEqual(['NO_RATE_IN_FORCE']);
    expect(issueCodes({ months: 5, workers: 0, programs: ['XYZ'] })).toEqual(['PROGRAM_UNKNOWN', 'MONTHS_NOT_ALLOWED', 'WORKERS_INVALID']);
  });

  it('is additive over workers and over consecutive months', () => {
    const month = fc.integer({ min: 0, max: 36 }).map((i) => addMonths('2024-06', i));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom(1, 3, 6, 12),
        month,
        fc.constantFrom<readonly string[]>(['JKK', 'JKM'], ['JKK', 'JKM', 'JHT']),
        fc.constantFrom(null, 'OJEK', 'PETANI'),
        (a, b, months, start, programs, occupationCode) => {
          const q = (workers: number) => quoteContribution(book, { ...base, programs, workers, months, startDate: `${start}-01`, occupationCode });
          expect(q(a + b).total).toBe(q(a).total + q(b).total);
          expect(q(a).total).toBe(q(a).lines.reduce((s, l) => s + l.total, 0n));
        },
      ),
    );
    fc.assert(
      fc.property(month, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (start, m1, m2) => {
        const sum = (from: string, count: number) =>
          Array.from({ length: count }, (_, i) => monthlyContribution(book, { programs: ['JKK', 'JKM'], declaredIncome: 1_000_000n, month: addMonths(from, i), occupationCode: 'OJOL' }).total).reduce((x, y) => x + y, 0n);
        expect(sum(start, m1 + m2)).toBe(sum(start, m1) + sum(addMonths(start, m1), m2));
      }),
    );
  });

  it('tells a donor how many workers a budget protects', () => {
    const r = workersForBudget(book, { ...base, months: 12, budget: 100_000_000n });
    expect(r.workers).toBe(496); // 100.000.000 / (16.800 × 12) = 496,03
    expect(r.remainder).toBe(100_000_000n - 496n * 201_600n);
    expect(workersForBudget(book, { ...base, months: 12, budget: 100_000n }).workers).toBe(0);
  });
});
