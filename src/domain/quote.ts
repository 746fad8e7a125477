import { firstDayOf, lastDayOf, monthOf, monthRange, type IsoDate, type YearMonth } from './dates.ts';
import { DomainError, type DomainIssue } from './errors.ts';
import { formatThousands, percentOf, sumRupiah, type Rupiah } from './money.ts';
import { occupationByCode } from './occupations.ts';
import { PROGRAMS, rateVersionOn, type Discount, type Program, type RuleBook } from './rules/index.ts';
import type { ProgramRate } from './rules/rates.ts';
import type { Source } from './rules/regulations.ts';

/**
 * What protection costs (domain.md §1.2): per programme per worker per month, JKK = 1 % and JHT = 2 %
 * of the declared-income bracket, JKM flat; discounts by period, programme and occupation; then
 * N workers × M months. Every month is priced with the rates in force on its first day, so a rate
 * change or a discount that ends inside the period is priced correctly.
 */
export type MonthlyLine = {
  program: Program;
  base: Rupiah;
  discount: Rupiah;
  net: Rupiah;
  rate: ProgramRate;
  discountId: string | null;
};

export type MonthlyContribution = { month: YearMonth; rateVersionId: string; lines: MonthlyLine[]; total: Rupiah };

/** Contribution of one worker for one month. Inputs must already be valid (see quoteContribution). */
export function monthlyContribution(
  book: RuleBook,
  input: { programs: readonly Program[]; declaredIncome: Rupiah; month: YearMonth; occupationCode?: string | null },
): MonthlyContribution {
  const day = firstDayOf(input.month);
  const version = rateVersionOn(book, day);
  const lines = PROGRAMS.filter((p) => input.programs.includes(p)).map((program): MonthlyLine => {
    const rate = version.rates[program];
    const base = rate.kind === 'percent' ? percentOf(input.declaredIncome, rate.basisPoints) : rate.amount;
    const discount = bestDiscount(book.discounts, { program, day, occupationCode: input.occupationCode ?? null });
    const off = discount ? percentOf(base, discount.basisPoints) : 0n;
    return { program, base, discount: off, net: base - off, rate, discountId: discount?.id ?? null };
  });
  return { month: input.month, rateVersionId: version.id, lines, total: sumRupiah(lines.map((l) => l.net)) };
}

/** Discounts do not stack: the largest one that applies to the programme, month and occupation. */
function bestDiscount(discounts: readonly Discount[], where: { program: Program; day: IsoDate; occupationCode: string | null }) {
  let best: Discount | undefined;
  for (const d of discounts) {
    if (!d.programs.includes(where.program) || d.from > where.day || d.to < where.day) continue;
    if (!appliesToOccupation(d, where.occupationCode)) continue;
    if (!best || d.basisPoints > best.basisPoints) best = d;
  }
  return best;
}

function appliesToOccupation(discount: Discount, occupationCode: string | null): boolean {
  const groups = discount.occupationGroups ?? [];
  const codes = discount.occupations ?? [];
  if (groups.length === 0 && codes.length === 0) return true;
  if (!occupationCode) return false;
  if (codes.includes(occupationCode)) return true;
  const occupation = occupationByCode(occupationCode);
  return !!occupation && groups.includes(occupation.group);
}

export type QuoteInput = {
  programs: readonly string[];
  declaredIncome: Rupiah;
  workers: number;
  months: number;
  /** A day in the first contribution month. */
  startDate: IsoDate;
  occupationCode?: string | null;
};

export type QuoteLine = {
  program: Program;
  /** First month, per worker: before discount, discount, after discount. */
  monthlyBase: Rupiah;
  monthlyDiscount: Rupiah;
  monthly: Rupiah;
  /** All months, per worker and for all workers. */
  perWorker: Rupiah;
  total: Rupiah;
  rate: ProgramRate;
};

export type Quote = {
  programs: Program[];
  declaredIncome: Rupiah;
  workers: number;
  months: number;
  startMonth: YearMonth;
  endMonth: YearMonth;
  /** Protection paid for: the first day of the first month to the last day of the last. */
  coveredFrom: IsoDate;
  coveredUntil: IsoDate;
  perWorkerMonthly: Rupiah;
  perWorker: Rupiah;
  total: Rupiah;
  lines: QuoteLine[];
  monthly: MonthlyContribution[];
  discounts: { id: string; nameId: string; nameEn: string; basisPoints: number; programs: readonly Program[]; months: YearMonth[]; source: Source }[];
  rateVersionIds: string[];
};

export function parsePrograms(values: readonly string[], field = 'programs'): Program[] {
  const issues: DomainIssue[] = [];
  const seen = new Set<Program>();
  for (const value of values) {
    if (!PROGRAMS.includes(value as Program)) {
      issues.push({ code: 'PROGRAM_UNKNOWN', field, params: { value } });
      continue;
    }
    if (seen.has(value as Program)) issues.push({ code: 'PROGRAM_DUPLICATE', field, params: { value } });
    seen.add(value as Program);
  }
  if (issues.length === 0 && values.length === 0) issues.push({ code: 'PROGRAMS_REQUIRED', field });
  else if (issues.length === 0 && !(seen.has('JKK') && seen.has('JKM'))) issues.push({ code: 'PROGRAMS_JKK_JKM_REQUIRED', field });
  if (issues.length > 0) throw new DomainError(issues);
  return PROGRAMS.filter((p) => seen.has(p));
}

/** Validates everything first and reports every problem at once. */
export function quoteContribution(book: RuleBook, input: QuoteInput): Quote {
  const issues: DomainIssue[] = [];
  let programs: Program[] = [];
  try {
    programs = parsePrograms(input.programs);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    issues.push(...error.issues);
  }
  const { allowedMonths, maxWorkers } = book.settings.quote;
  if (!allowedMonths.includes(input.months)) issues.push({ code: 'MONTHS_NOT_ALLOWED', field: 'months', params: { value: input.months } });
  if (!Number.isInteger(input.workers) || input.workers < 1 || input.workers > maxWorkers) {
    issues.push({ code: 'WORKERS_INVALID', field: 'workers', params: { value: input.workers, max: maxWorkers } });
  }
  const startMonth = monthOf(input.startDate);
  const months = monthRange(startMonth, allowedMonths.includes(input.months) ? input.months : 1);
  for (const month of months) {
    const version = rateVersionOn(book, firstDayOf(month));
    if (!version.brackets.includes(input.declaredIncome)) {
      issues.push({
        code: 'INCOME_NOT_A_BRACKET',
        field: 'declaredIncome',
        params: { value: formatThousands(input.declaredIncome), date: firstDayOf(month), brackets: version.brackets.map(formatThousands).join(', ') },
      });
      break;
    }
  }
  if (issues.length > 0) throw new DomainError(issues);

  const monthly = months.map((month) =>
    monthlyContribution(book, { programs, declaredIncome: input.declaredIncome, month, occupationCode: input.occupationCode ?? null }),
  );
  const workers = BigInt(input.workers);
  const first = monthly[0]!;
  const lines = first.lines.map((line): QuoteLine => {
    const perWorker = sumRupiah(monthly.map((m) => m.lines.find((l) => l.program === line.program)!.net));
    return {
      program: line.program,
      monthlyBase: line.base,
      monthlyDiscount: line.discount,
      monthly: line.net,
      perWorker,
      total: perWorker * workers,
      rate: line.rate,
    };
  });
  const perWorker = sumRupiah(monthly.map((m) => m.total));
  const discounts = book.discounts
    .map((d) => ({ d, months: monthly.filter((m) => m.lines.some((l) => l.discountId === d.id)).map((m) => m.month) }))
    .filter((x) => x.months.length > 0)
    .map(({ d, months: ms }) => ({ id: d.id, nameId: d.nameId, nameEn: d.nameEn, basisPoints: d.basisPoints, programs: d.programs, months: ms, source: d.source }));
  const endMonth = months[months.length - 1]!;
  return {
    programs,
    declaredIncome: input.declaredIncome,
    workers: input.workers,
    months: input.months,
    startMonth,
    endMonth,
    coveredFrom: firstDayOf(startMonth),
    coveredUntil: lastDayOf(endMonth),
    perWorkerMonthly: first.total,
    perWorker,
    total: perWorker * workers,
    lines,
    monthly,
    discounts,
    rateVersionIds: [...new Set(monthly.map((m) => m.rateVersionId))],
  };
}

/** How many workers a budget protects for M months (the donor's question on the simulator). */
export function workersForBudget(book: RuleBook, input: Omit<QuoteInput, 'workers'> & { budget: Rupiah }): { workers: number; quote: Quote | null; remainder: Rupiah } {
  const one = quoteContribution(book, { ...input, workers: 1 });
  if (one.perWorker === 0n) return { workers: 0, quote: null, remainder: input.budget };
  const max = BigInt(book.settings.quote.maxWorkers);
  let workers = input.budget / one.perWorker;
  if (workers > max) workers = max;
  if (workers === 0n) return { workers: 0, quote: null, remainder: input.budget };
  const quote = quoteContribution(book, { ...input, workers: Number(workers) });
  return { workers: Number(workers), quote, remainder: input.budget - quote.total };
}
