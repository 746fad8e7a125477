import type { Worker } from '../../workers/api';
import { parseCount } from '../../simulasi/input';
import type { AvailabilityParams, DonationBody, QuoteBody } from '../api';

/** Everything the new-donation wizard has been told so far. */
export type Draft = {
  /** Officers and admins: the organisation that pays. Donors always pay for their own. */
  donorOrgId: string;
  /** A cohort found by the published rule, or (officers and admins) a list of named workers. */
  kind: 'cohort' | 'list';
  regionCode: string;
  occupations: string[];
  count: string;
  workers: Worker[];
  hasJht: boolean;
  income: string;
  months: number;
  /** YYYY-MM, the first month paid for. */
  startMonth: string;
};

export type Step = 1 | 2 | 3;
export const STEPS: readonly Step[] = [1, 2, 3];

export const DEFAULT_INCOME = '1000000';
export const DEFAULT_MONTHS = 12;
/** How far ahead a donation may start (the server allows the current month up to twelve ahead). */
export const MONTHS_AHEAD = 12;
const MAX_COUNT_DIGITS = 7;

export function emptyDraft(options: { donorOrgId: string; regionCode: string }): Draft {
  return {
    donorOrgId: options.donorOrgId,
    kind: 'cohort',
    regionCode: options.regionCode,
    occupations: [],
    count: '',
    workers: [],
    hasJht: false,
    income: DEFAULT_INCOME,
    months: DEFAULT_MONTHS,
    startMonth: '',
  };
}

export function programsOf(draft: Pick<Draft, 'hasJht'>): string[] {
  return draft.hasJht ? ['JKK', 'JKM', 'JHT'] : ['JKK', 'JKM'];
}

/** "2026-11" + 3 → "2027-02". */
export function addMonths(yearMonth: string, count: number): string {
  const [year, month] = yearMonth.split('-').map(Number);
  if (!year || !month) return yearMonth;
  const index = year * 12 + (month - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The start months on offer: the first payable month and the twelve after it. */
export function startMonthsFrom(firstMonth: string): string[] {
  return Array.from({ length: MONTHS_AHEAD + 1 }, (_, index) => addMonths(firstMonth, index));
}

/** The number of workers typed for a cohort, when it is a usable whole number. */
export function cohortCount(draft: Pick<Draft, 'count'>): number | null {
  const parsed = parseCount(draft.count);
  if (parsed.kind !== 'number' || parsed.value < 1 || String(parsed.value).length > MAX_COUNT_DIGITS) return null;
  return parsed.value;
}

/** How many workers the donation protects: the cohort's number, or the workers ticked. */
export function workerCount(draft: Draft): number | null {
  if (draft.kind === 'list') return draft.workers.length > 0 ? draft.workers.length : null;
  return cohortCount(draft);
}

export function hasRegion(draft: Pick<Draft, 'regionCode'>): boolean {
  return /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/.test(draft.regionCode);
}

/** The question for the live availability check, or null while the cohort is incomplete. */
export function availabilityParams(draft: Draft, count: number | null): AvailabilityParams | null {
  if (draft.kind !== 'cohort' || !hasRegion(draft) || count === null || !draft.startMonth) return null;
  return {
    regionCode: draft.regionCode,
    ...(draft.occupations.length > 0 ? { occupations: draft.occupations.join(',') } : {}),
    programs: programsOf(draft).join(','),
    months: String(draft.months),
    startMonth: draft.startMonth,
    want: String(count),
  };
}

/**
 * The public quote for the same choices. A single occupation is priced with its discounts, as the
 * server prices the donation; with several, the general rate applies.
 */
export function quoteBody(draft: Draft, count: number | null): QuoteBody | null {
  if (count === null || !draft.startMonth) return null;
  const occupation = draft.kind === 'cohort' && draft.occupations.length === 1 ? draft.occupations[0] : undefined;
  return {
    programs: programsOf(draft),
    declaredIncome: draft.income,
    workers: count,
    months: draft.months,
    date: `${draft.startMonth}-01`,
    ...(occupation ? { occupation } : {}),
  };
}

export function donationBody(draft: Draft, options: { isDesk: boolean }): DonationBody {
  const count = cohortCount(draft);
  return {
    ...(options.isDesk && draft.donorOrgId ? { donorOrgId: draft.donorOrgId } : {}),
    programs: programsOf(draft),
    declaredIncome: draft.income,
    months: draft.months,
    startMonth: draft.startMonth,
    selection:
      draft.kind === 'list'
        ? { kind: 'list', workerIds: draft.workers.map((worker) => worker.id) }
        : { kind: 'cohort', regionCode: draft.regionCode, count: count ?? 0, ...(draft.occupations.length > 0 ? { occupations: draft.occupations } : {}) },
  };
}
