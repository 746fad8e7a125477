import {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  firstDayOf,
  lastDayOf,
  maxDate,
  monthIndex,
  monthOf,
  ymd,
  type IsoDate,
  type YearMonth,
} from './dates.ts';
import { percentOf, type Rupiah } from './money.ts';
import { holidaySet, type RuleBook } from './rules/index.ts';

/**
 * The coverage calendar (domain.md §1.3–§1.5, §2.6): due dates, working days, the state of a
 * worker's protection on a date, when protection starts, and the service-level clocks of claims.
 */
export type WorkingCalendar = { holidays: ReadonlySet<IsoDate> };

export function workingCalendar(book: RuleBook): WorkingCalendar {
  return { holidays: holidaySet(book) };
}

export function isWorkingDay(calendar: WorkingCalendar, date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6 && !calendar.holidays.has(date);
}

/** `date` itself if it is a working day, otherwise the next working day. */
export function nextWorkingDayFrom(calendar: WorkingCalendar, date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(calendar, day)) day = addDays(day, 1);
  return day;
}

/** The `count`-th working day after `date` (`date` itself does not count). */
export function addWorkingDays(calendar: WorkingCalendar, date: IsoDate, count: number): IsoDate {
  let day = date;
  let left = count;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(calendar, day)) left -= 1;
  }
  return day;
}

/** Working days after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function workingDaysBetween(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(calendar, day)) count += 1;
  return count;
}

/** Contribution for month M is due by the 15th of M itself, or the next working day (PP 44/2015). */
export function dueDate(book: RuleBook, calendar: WorkingCalendar, month: YearMonth): IsoDate {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return nextWorkingDayFrom(calendar, ymd(year, m, book.settings.coverage.dueDay));
}

/**
 * When protection starts for a new registration (Perdir 22/2022 via domain.md §1.5): on the day
 * the registration is accepted, but never before the first month that is paid for.
 */
export function protectionStart(input: { registeredOn: IsoDate; firstPaidMonth: YearMonth }): IsoDate {
  return maxDate(input.registeredOn, firstDayOf(input.firstPaidMonth));
}

export type CoverageState = 'NOT_STARTED' | 'ACTIVE' | 'ARREARS' | 'ENDED';

export type CoverageStatus = {
  state: CoverageState;
  /** Months whose due date has passed unpaid since the last paid month (0 when ACTIVE). */
  unpaidMonths: number;
  /** The last month of the paid run the date falls in or follows. */
  paidThrough: YearMonth | null;
  /** Last day of paidThrough: protection paid for up to here. */
  protectedUntil: IsoDate | null;
  /** The first day the state is ENDED if nothing more is paid. */
  endsOn: IsoDate | null;
  /** The next unpaid month and its due date. */
  nextDue: { month: YearMonth; dueDate: IsoDate } | null;
  /** Whether an event on this date is covered, given the arrears setting and whether arrears get paid. */
  isCovered: boolean;
};

/**
 * The state of one programme of one worker on `on`, from the months paid for (domain.md §1.4):
 * ACTIVE while the month is paid or not yet due, ARREARS for 1..grace overdue months (no fine),
 * ENDED beyond that, NOT_STARTED before protection begins. As the date advances, the count of
 * overdue months grows by at most one a day, so ACTIVE never jumps to ENDED when grace > 0.
 */
export function coverageStatusOn(
  book: RuleBook,
  calendar: WorkingCalendar,
  input: { paidMonths: Iterable<YearMonth>; startsOn: IsoDate | null; on: IsoDate; areArrearsPaidLater?: boolean },
): CoverageStatus {
  const paid = new Set(input.paidMonths);
  const grace = book.settings.coverage.graceMonths;
  const month = monthOf(input.on);
  const notStarted: CoverageStatus = {
    state: 'NOT_STARTED',
    unpaidMonths: 0,
    paidThrough: null,
    protectedUntil: null,
    endsOn: null,
    nextDue: null,
    isCovered: false,
  };
  if (paid.size === 0 || (input.startsOn !== null && input.on < input.startsOn)) return notStarted;

  // The last paid month at or before this month.
  const indexes = [...paid].map(monthIndex).sort((a, b) => a - b);
  const target = monthIndex(month);
  let lastPaid: number | null = null;
  for (const index of indexes) if (index <= target) lastPaid = index;
  if (lastPaid === null) return notStarted;

  let runEnd = lastPaid;
  while (paid.has(addMonths(month, runEnd + 1 - target))) runEnd += 1;
  const paidThrough = addMonths(month, runEnd - target);
  const nextUnpaid = addMonths(paidThrough, 1);
  const nextDue = { month: nextUnpaid, dueDate: dueDate(book, calendar, nextUnpaid) };
  const endsOn = addDays(dueDate(book, calendar, addMonths(paidThrough, grace + 1)), 1);
  const base = { paidThrough, protectedUntil: lastDayOf(paidThrough), endsOn, nextDue };

  if (lastPaid === target) return { ...base, state: 'ACTIVE', unpaidMonths: 0, isCovered: true };

  let overdue = 0;
  for (let index = lastPaid + 1; index <= target; index++) {
    if (dueDate(book, calendar, addMonths(month, index - target)) < input.on) overdue += 1;
  }
  if (overdue === 0) return { ...base, state: 'ACTIVE', unpaidMonths: 0, isCovered: true };
  if (overdue <= grace) {
    const rule = book.settings.coverage.claimsDuringArrears;
    const isCovered = rule === 'covered' || (rule === 'covered_if_paid' && input.areArrearsPaidLater === true);
    return { ...base, state: 'ARREARS', unpaidMonths: overdue, isCovered };
  }
  return { ...base, state: 'ENDED', unpaidMonths: overdue, isCovered: false };
}

export type ClaimKind = 'JKM' | 'JKK';

/** The last day a complete claim may be paid on time: 3 working days for JKM, 7 for JKK. */
export function serviceLevelDeadline(book: RuleBook, calendar: WorkingCalendar, input: { kind: ClaimKind; completeOn: IsoDate }): IsoDate {
  const days = input.kind === 'JKM' ? book.settings.sla.jkmWorkingDays : book.settings.sla.jkkWorkingDays;
  return addWorkingDays(calendar, input.completeOn, days);
}

/**
 * The JKK late penalty (PP 44/2015 Pasal 37(3)): 1 % of the benefit for every day of delay after
 * the deadline, paid to the participant. Days are calendar or working days per the setting.
 */
export function jkkLatePenalty(
  book: RuleBook,
  calendar: WorkingCalendar,
  input: { benefit: Rupiah; deadline: IsoDate; paidOn: IsoDate },
): { daysLate: number; penalty: Rupiah } {
  const { penaltyDays, jkkLatePenaltyBasisPointsPerDay } = book.settings.sla;
  const daysLate =
    input.paidOn <= input.deadline
      ? 0
      : penaltyDays === 'calendar'
        ? daysBetween(input.deadline, input.paidOn)
        : workingDaysBetween(calendar, input.deadline, input.paidOn);
  return { daysLate, penalty: percentOf(input.benefit, jkkLatePenaltyBasisPointsPerDay * daysLate) };
}
