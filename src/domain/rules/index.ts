import type { IsoDate } from '../dates.ts';
import { fail } from '../errors.ts';
import { BENEFIT_VERSIONS, DISABILITY_TABLE, type BenefitVersion, type DisabilityRow } from './benefits.ts';
import { HOLIDAY_YEARS, type Holiday, type HolidayYear } from './holidays.ts';
import { DISCOUNTS, RATE_VERSIONS, type Discount, type RateVersion } from './rates.ts';
import { REGULATIONS, type Regulation, type Source } from './regulations.ts';
import { DEFAULT_SETTINGS, type RuleSettings } from './settings.ts';

/**
 * All rule data in one value, passed to the pure functions. The default book is the data in this
 * folder; a deployment may add rows (a new rate, discount or holiday year) and change settings
 * without touching the functions that use them.
 */
export type RuleBook = {
  regulations: readonly Regulation[];
  rates: readonly RateVersion[];
  discounts: readonly Discount[];
  benefits: readonly BenefitVersion[];
  disability: { rows: readonly DisabilityRow[]; source: Source };
  holidays: readonly HolidayYear[];
  settings: RuleSettings;
};

export const DEFAULT_RULE_BOOK: RuleBook = {
  regulations: REGULATIONS,
  rates: RATE_VERSIONS,
  discounts: DISCOUNTS,
  benefits: BENEFIT_VERSIONS,
  disability: DISABILITY_TABLE,
  holidays: HOLIDAY_YEARS,
  settings: DEFAULT_SETTINGS,
};

type Dated = { effectiveFrom: IsoDate; effectiveTo: IsoDate | null };

/** The latest row whose period contains `date`. */
function inForce<T extends Dated>(rows: readonly T[], date: IsoDate): T | undefined {
  let best: T | undefined;
  for (const row of rows) {
    if (row.effectiveFrom > date) continue;
    if (row.effectiveTo !== null && row.effectiveTo < date) continue;
    if (!best || row.effectiveFrom > best.effectiveFrom) best = row;
  }
  return best;
}

export function rateVersionOn(book: RuleBook, date: IsoDate): RateVersion {
  return inForce(book.rates, date) ?? fail('NO_RATE_IN_FORCE', { field: 'date', params: { date } });
}

export function benefitVersionOn(book: RuleBook, date: IsoDate): BenefitVersion {
  return inForce(book.benefits, date) ?? fail('NO_BENEFIT_RULES_IN_FORCE', { field: 'eventDate', params: { date } });
}

export function regulationOf(book: RuleBook, id: string): Regulation | undefined {
  return book.regulations.find((r) => r.id === id);
}

/** The set of non-working dates (holidays, and collective leave when the setting says so). */
export function holidaySet(book: RuleBook): ReadonlySet<IsoDate> {
  const days: Holiday[] = book.holidays.flatMap((y) => y.days);
  return new Set(days.filter((d) => d.kind === 'LIBUR_NASIONAL' || book.settings.sla.isCutiBersamaHoliday).map((d) => d.date));
}

export type { BenefitVersion, Discount, DisabilityRow, Holiday, HolidayYear, RateVersion, Regulation, RuleSettings, Source };
export { PROGRAMS, type Program } from './rates.ts';
export { SCHOOL_LEVELS, type ChildLevel, type SchoolLevel, type TransportMode } from './benefits.ts';
