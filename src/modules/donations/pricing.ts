import { addMonths, firstDayOf, type YearMonth } from '../../domain/dates.ts';
import { sumRupiah, type Rupiah } from '../../domain/money.ts';
import { OCCUPATIONS } from '../../domain/occupations.ts';
import { monthlyContribution, type Quote } from '../../domain/quote.ts';
import type { Program, RuleBook } from '../../domain/rules/index.ts';

/**
 * The price of every worker-month of a donation, fixed when it is quoted: per occupation (discounts
 * can depend on it), month and programme. Allocation uses these prices even if the rules change
 * before the money arrives, so a donor pays what the invoice says.
 */
export type PriceRow = { occupation: string; month: string; program: Program; amount: Rupiah };
export type Pricing = { rows: PriceRow[]; perWorkerByOccupation: Record<string, string> };

export function buildPricing(book: RuleBook, quote: Quote): Pricing {
  const rows: PriceRow[] = [];
  const perWorkerByOccupation: Record<string, string> = {};
  const months: YearMonth[] = Array.from({ length: quote.months }, (_, i) => addMonths(quote.startMonth, i));
  for (const occupation of OCCUPATIONS) {
    const monthly = months.map((month) => monthlyContribution(book, { programs: quote.programs, declaredIncome: quote.declaredIncome, month, occupationCode: occupation.code }));
    for (const m of monthly) for (const line of m.lines) rows.push({ occupation: occupation.code, month: firstDayOf(m.month), program: line.program, amount: line.net });
    perWorkerByOccupation[occupation.code] = sumRupiah(monthly.map((m) => m.total)).toString();
  }
  return { rows, perWorkerByOccupation };
}

/** Column arrays of the prices, for `unnest` in the allocation statement. */
export function pricingColumns(pricing: { rows: readonly { occupation: string; month: string; program: string; amount: string | bigint }[] }) {
  return {
    occupation: pricing.rows.map((r) => r.occupation),
    month: pricing.rows.map((r) => r.month),
    program: pricing.rows.map((r) => r.program),
    amount: pricing.rows.map((r) => BigInt(r.amount)),
  };
}
