import { describe, expect, it } from 'vitest';
import { simulateBenefit, type BenefitInput } from '../../../src/domain/benefits.ts';
import { DomainError } from '../../../src/domain/errors.ts';
import { decideHeirs } from '../../../src/domain/heirs.ts';
import { DEFAULT_RULE_BOOK as book } from '../../../src/domain/rules/index.ts';
import { compareCoverage, coverageFigure, coverageGap, formatCoverage, sumCoverage, type CoverageFigure } from '../../../src/domain/stats.ts';

const simulate = (input: Partial<BenefitInput> & { type: string }) =>
  simulateBenefit(book, { eventDate: '2026-11-01', declaredIncome: 1_000_000n, ...input });
const itemsOf = (r: ReturnType<typeof simulate>) => r.items.map((i) => [i.code, i.amount]);
const codesOf = (input: Partial<BenefitInput> & { type: string }) => {
  try {
    simulate(input);
    return [];
  } catch (error) {
    return (error as DomainError).issues.map((i) => i.code);
  }
};

describe('benefits (PP 82/2019, domain.md §2)', () => {
  it('JKM pays Rp 42 juta = 20 + 12 + 10, whatever the months of contributions', () => {
    const r = simulate({ type: 'JKM', contributionMonths: 1 });
    expect(itemsOf(r)).toEqual([
      ['JKM_LUMP_SUM', 20_000_000n],
      ['PERIODIC', 12_000_000n],
      ['FUNERAL', 10_000_000n],
    ]);
    expect(r.total).toBe(42_000_000n);
    expect(r.items.every((i) => i.regulation === 'PP-82-2019')).toBe(true);
    expect(r.scholarship).toMatchObject({ isEligible: false, reason: 'CONTRIBUTION_MONTHS', minContributionMonths: 36 });
  });

  it('JKM adds scholarships only after 36 months of contributions, for at most 2 children, Rp 174 juta at most', () => {
    const toddler = { birthDate: '2024-01-01', level: 'BELUM_SEKOLAH' };
    const r = simulate({ type: 'JKM', contributionMonths: 36, children: [toddler, toddler, toddler] });
    expect(r.scholarship.children.map((c) => [c.isEligible, c.reason, c.total])).toEqual([
      [true, 'OK', 87_000_000n],
      [true, 'OK', 87_000_000n],
      [false, 'MAX_CHILDREN', 0n],
    ]);
    expect(r.total).toBe(42_000_000n + 174_000_000n);
    expect(r.notes).toContain('SCHOLARSHIP_TK_ENTRY_AGE_ASSUMED');
    expect(simulate({ type: 'JKM', contributionMonths: 35, children: [toddler] }).total).toBe(42_000_000n);
  });

  it('JKK death: the Tangerang example, Rp 241.303.408 (48 × 3.131.321 + 12 + 10 juta + 69 juta scholarship)', () => {
    const r = simulate({
      type: 'JKK_DEATH',
      declaredIncome: 3_131_321n,
      contributionMonths: 0,
      children: [{ birthDate: '2011-06-01', level: 'SMA' }],
    });
    expect(itemsOf(r)).toEqual([
      ['JKK_DEATH_LUMP_SUM', 150_303_408n],
      ['PERIODIC', 12_000_000n],
      ['FUNERAL', 10_000_000n],
      ['SCHOLARSHIP', 69_000_000n],
    ]);
    expect(r.total).toBe(241_303_408n);
    expect(r.items[0]!.basis).toBe('48 × Rp 3.131.321');
  });

  it('stops a scholarship at age 23', () => {
    // 18 at the event, at university: years starting at 18–22 are paid; none at 23.
    const r = simulate({ type: 'JKK_DEATH', children: [{ birthDate: '2008-06-01', level: 'PT' }] });
    expect(r.scholarship.children[0]!.years.length).toBe(5);
    const older = simulate({ type: 'JKK_DEATH', children: [{ birthDate: '2005-06-01', level: 'PT' }] });
    expect(older.scholarship.children[0]!.years.map((y) => y.schoolYearStarts)).toEqual(['2026-11-01', '2027-11-01']);
    const adult = simulate({ type: 'JKK_DEATH', children: [{ birthDate: '2003-01-01', level: 'PT' }] });
    expect(adult.scholarship.children[0]).toMatchObject({ isEligible: false, reason: 'AGE_LIMIT' });
  });

  it('JKK total permanent disability: 70 % × 80 × income = 56 × income', () => {
    const r = simulate({ type: 'JKK_TOTAL_DISABILITY', declaredIncome: 2_000_000n });
    expect(itemsOf(r)).toEqual([['TOTAL_DISABILITY', 112_000_000n]]);
    expect(r.notes).toContain('TOTAL_DISABILITY_PERIODIC_NOT_COMPUTED');
  });

  it('JKK partial disability from a percentage or the table', () => {
    expect(simulate({ type: 'JKK_PARTIAL_DISABILITY', disabilityPercent: 40 }).total).toBe(32_000_000n);
    expect(simulate({ type: 'JKK_PARTIAL_DISABILITY', disabilityPercent: 12.5 }).items[0]!.basis).toBe('12,5 % × 80 × Rp 1.000.000');
    const thumb = simulate({ type: 'JKK_PARTIAL_DISABILITY', disabilityCode: 'IBU_JARI_KANAN' });
    expect(thumb.total).toBe(12_000_000n);
    expect(thumb.notes).toContain('DISABILITY_TABLE_UNVERIFIED');
  });

  it('temporary incapacity: 100 % for the first 12 months, 50 % after', () => {
    expect(itemsOf(simulate({ type: 'JKK_TEMPORARY_INCAPACITY', incapacityMonths: 3 }))).toEqual([['INCAPACITY_FULL', 3_000_000n]]);
    expect(itemsOf(simulate({ type: 'JKK_TEMPORARY_INCAPACITY', incapacityMonths: 15 }))).toEqual([
      ['INCAPACITY_FULL', 12_000_000n],
      ['INCAPACITY_HALF', 1_500_000n],
    ]);
  });

  it('caps transport (land 5, sea 2, air 10 juta) and home care (20 juta); medical care has no ceiling', () => {
    const r = simulate({
      type: 'JKK_TEMPORARY_INCAPACITY',
      incapacityMonths: 1,
      transport: { LAND: 7_500_000n, SEA: 1_000_000n, AIR: 12_000_000n },
      homeCare: 25_000_000n,
      medical: 80_000_000n,
    });
    expect(itemsOf(r)).toEqual([
      ['INCAPACITY_FULL', 1_000_000n],
      ['TRANSPORT_LAND', 5_000_000n],
      ['TRANSPORT_SEA', 1_000_000n],
      ['TRANSPORT_AIR', 10_000_000n],
      ['HOME_CARE', 20_000_000n],
      ['MEDICAL', 80_000_000n],
    ]);
  });

  it('refuses bad input with specific codes', () => {
    expect(codesOf({ type: 'JHT' })).toEqual(['BENEFIT_TYPE_UNKNOWN']);
    expect(codesOf({ type: 'JKM', eventDate: '2018-01-01' })).toEqual(['NO_BENEFIT_RULES_IN_FORCE']);
    expect(codesOf({ type: 'JKM', contributionMonths: -1 })).toEqual(['CONTRIBUTION_MONTHS_INVALID']);
    expect(codesOf({ type: 'JKK_PARTIAL_DISABILITY' })).toEqual(['DISABILITY_REQUIRED']);
    expect(codesOf({ type: 'JKK_PARTIAL_DISABILITY', disabilityPercent: 150 })).toEqual(['DISABILITY_PERCENT_INVALID']);
    expect(codesOf({ type: 'JKK_PARTIAL_DISABILITY', disabilityCode: 'EKOR' })).toEqual(['DISABILITY_CODE_UNKNOWN']);
    expect(codesOf({ type: 'JKK_TEMPORARY_INCAPACITY' })).toEqual(['INCAPACITY_MONTHS_INVALID']);
    expect(codesOf({ type: 'JKM', children: [{ birthDate: '2027-01-01', level: 'S3' }] })).toEqual(['SCHOOL_LEVEL_UNKNOWN', 'CHILD_BORN_AFTER_EVENT']);
  });
});

describe('heirs in legal order (PP 44/2015 Pasal 37(5))', () => {
  const total = 42_000_000n;
  const funeral = 10_000_000n;

  it('spouse and children first, sharing equally; others excluded', () => {
    const d = decideHeirs({
      total,
      funeral,
      claimants: [
        { id: 'istri', relationship: 'SPOUSE' },
        { id: 'anak', relationship: 'CHILD' },
        { id: 'ibu', relationship: 'PARENT' },
      ],
    });
    expect(d.tier).toBe(1);
    expect(d.recipients.map((r) => [r.id, r.amount])).toEqual([
      ['istri', 21_000_000n],
      ['anak', 21_000_000n],
    ]);
    expect(d.excluded.map((e) => e.id)).toEqual(['ibu']);
  });

  it('then lineal relatives, siblings, parents-in-law, the will', () => {
    const tier = (...relationships: string[]) => decideHeirs({ total, funeral, claimants: relationships.map((r, i) => ({ id: String(i), relationship: r })) }).tier;
    expect(tier('SIBLING', 'GRANDCHILD')).toBe(2);
    expect(tier('PARENT_IN_LAW', 'SIBLING')).toBe(3);
    expect(tier('WILL_BENEFICIARY', 'PARENT_IN_LAW')).toBe(4);
    expect(tier('WILL_BENEFICIARY', 'FUNERAL_ARRANGER')).toBe(5);
  });

  it('with no heir, the funeral cost goes to whoever arranged it and the rest back to the fund', () => {
    const d = decideHeirs({ total, funeral, claimants: [{ id: 'takmir', relationship: 'FUNERAL_ARRANGER' }] });
    expect(d).toMatchObject({ tier: 6, recipients: [], returnedToFund: 32_000_000n });
    expect(d.funeralTo).toEqual([{ id: 'takmir', relationship: 'FUNERAL_ARRANGER', amount: 10_000_000n }]);
    expect(decideHeirs({ total, funeral, claimants: [] }).returnedToFund).toBe(total);
  });

  it('splits three ways without losing a rupiah', () => {
    const d = decideHeirs({ total: 42_000_001n, funeral, claimants: ['a', 'b', 'c'].map((id) => ({ id, relationship: 'CHILD' })) });
    expect(d.recipients.map((r) => r.amount)).toEqual([14_000_001n, 14_000_000n, 14_000_000n]);
  });

  it('refuses an unknown relationship', () => {
    expect(() => decideHeirs({ total, funeral, claimants: [{ id: 'x', relationship: 'TETANGGA' }] })).toThrow(DomainError);
  });
});

describe('coverage statistics (domain.md §6)', () => {
  const figure = (numerator: bigint, denominator: bigint, definition: CoverageFigure['definition'] = 'PENDUDUK_BEKERJA'): CoverageFigure =>
    coverageFigure({ regionCode: '62', segment: 'TOTAL', numerator, denominator, definition, referenceDate: '2026-02-01', source: 'uji' });

  it('reproduces the reported figures', () => {
    expect(formatCoverage(figure(3_302_762n, 7_996_826n))).toBe('41,30 %'); // Kalimantan, Feb 2026
    expect(formatCoverage(figure(384_661n, 910_996n, 'ANGKATAN_KERJA'))).toBe('42,22 %'); // Kalteng, Dec 2023
    expect(formatCoverage(figure(667_719n, 1_786_809n, 'POTENSI_BPS'), 1)).toBe('37,4 %'); // Kalbar, Nov 2022
    expect(formatCoverage(figure(40_196n, 215_243n))).toBe('18,67 %'); // Semarang: reported 18,64 %
    expect(coverageGap(figure(3_302_762n, 7_996_826n))).toBe(4_694_064n);
  });

  it('refuses to compare or sum figures with different denominator definitions or dates', () => {
    const a = figure(10n, 100n);
    const b = figure(20n, 100n, 'ANGKATAN_KERJA');
    expect(() => compareCoverage(a, b)).toThrow(/STATS_DEFINITION_MISMATCH/);
    expect(() => sumCoverage([a, b], '62')).toThrow(/STATS_DEFINITION_MISMATCH/);
    expect(() => sumCoverage([a, { ...a, referenceDate: '2025-01-01' }], '62')).toThrow(/STATS_DATE_MISMATCH/);
    expect(compareCoverage(a, figure(20n, 100n))).toBe(1000);
    expect(sumCoverage([a, figure(30n, 100n)], '6')).toMatchObject({ numerator: 40n, denominator: 200n });
    expect(() => figure(1n, 0n)).toThrow(/STATS_DENOMINATOR_INVALID/);
  });
});
