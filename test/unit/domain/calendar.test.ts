import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  coverageStatusOn,
  dueDate,
  isWorkingDay,
  jkkLatePenalty,
  protectionStart,
  serviceLevelDeadline,
  workingCalendar,
} from '../../../src/domain/calendar.ts';
import { addDays, monthRange } from '../../../src/domain/dates.ts';
import { DEFAULT_RULE_BOOK as book, type RuleBook } from '../../../src/domain/rules/index.ts';

const calendar = workingCalendar(book);
const withGrace = (graceMonths: number): RuleBook => ({ ...book, settings: { ...book.settings, coverage: { ...book.settings.coverage, graceMonths } } });

describe('working days', () => {
  it('skips weekends, national holidays and collective leave', () => {
    expect(isWorkingDay(calendar, '2026-11-24')).toBe(true); // Tuesday
    expect(isWorkingDay(calendar, '2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay(calendar, '2026-08-17')).toBe(false); // Independence Day (Monday)
    expect(isWorkingDay(calendar, '2026-03-20')).toBe(false); // cuti bersama Idul Fitri
    const noLeave: RuleBook = { ...book, settings: { ...book.settings, sla: { ...book.settings.sla, isCutiBersamaHoliday: false } } };
    expect(isWorkingDay(workingCalendar(noLeave), '2026-03-20')).toBe(true);
  });

  it('adds working days', () => {
    expect(addWorkingDays(calendar, '2026-11-24', 3)).toBe('2026-11-27');
    expect(addWorkingDays(calendar, '2026-11-26', 3)).toBe('2026-12-01'); // over a weekend
    // 18 cuti, 19 Nyepi, 20 cuti, 21–22 Idul Fitri (weekend), 23–24 cuti: the 25th, 26th and 27th count.
    expect(addWorkingDays(calendar, '2026-03-17', 3)).toBe('2026-03-27');
  });
});

describe('due dates (PP 44/2015: by the 15th of the contribution month)', () => {
  it('is the 15th, or the next working day', () => {
    expect(dueDate(book, calendar, '2026-01')).toBe('2026-01-15'); // Thursday
    // 15th a Sunday, 16th cuti bersama Imlek, 17th Imlek: due on Wednesday the 18th.
    expect(dueDate(book, calendar, '2026-02')).toBe('2026-02-18');
    expect(dueDate(book, calendar, '2026-11')).toBe('2026-11-16'); // 15th a Sunday
  });
});

describe('coverage state on a date', () => {
  const paid = monthRange('2026-01', 6); // January–June 2026
  const status = (on: string, options: { book?: RuleBook; areArrearsPaidLater?: boolean } = {}) =>
    coverageStatusOn(options.book ?? book, calendar, { paidMonths: paid, startsOn: '2026-01-05', on, areArrearsPaidLater: options.areArrearsPaidLater });

  it('is NOT_STARTED before protection starts, ACTIVE in a paid month', () => {
    expect(status('2026-01-04').state).toBe('NOT_STARTED');
    expect(status('2026-01-05')).toMatchObject({ state: 'ACTIVE', paidThrough: '2026-06', protectedUntil: '2026-06-30' });
  });

  it('stays ACTIVE until the next month is overdue, then ARREARS for 1–3 months, then ENDED', () => {
    expect(status('2026-07-10')).toMatchObject({ state: 'ACTIVE', unpaidMonths: 0, nextDue: { month: '2026-07', dueDate: '2026-07-15' } });
    expect(status('2026-07-15').state).toBe('ACTIVE');
    expect(status('2026-07-16')).toMatchObject({ state: 'ARREARS', unpaidMonths: 1, isCovered: true });
    expect(status('2026-08-20')).toMatchObject({ state: 'ARREARS', unpaidMonths: 2 });
    expect(status('2026-09-16')).toMatchObject({ state: 'ARREARS', unpaidMonths: 3 });
    expect(status('2026-10-15').state).toBe('ARREARS');
    expect(status('2026-10-16')).toMatchObject({ state: 'ENDED', unpaidMonths: 4, isCovered: false });
    expect(status('2026-07-01').endsOn).toBe('2026-10-16');
  });

  it('makes the grace length and the arrears rule configuration', () => {
    expect(status('2026-08-20', { book: withGrace(1) }).state).toBe('ENDED');
    const ifPaid: RuleBook = { ...book, settings: { ...book.settings, coverage: { ...book.settings.coverage, claimsDuringArrears: 'covered_if_paid' } } };
    expect(status('2026-08-20', { book: ifPaid }).isCovered).toBe(false);
    expect(status('2026-08-20', { book: ifPaid, areArrearsPaidLater: true }).isCovered).toBe(true);
  });

  it('ends paid protection on the last day of the month: 28, 29 (leap year), 30 or 31 days, across a year end', () => {
    const until = (months: string[], on: string) => coverageStatusOn(book, calendar, { paidMonths: months, startsOn: null, on });
    expect(until(['2027-02'], '2027-02-10').protectedUntil).toBe('2027-02-28');
    expect(until(['2028-02'], '2028-02-10').protectedUntil).toBe('2028-02-29');
    expect(until(['2026-04'], '2026-04-10').protectedUntil).toBe('2026-04-30');
    expect(until(['2026-11', '2026-12'], '2026-12-31')).toMatchObject({ state: 'ACTIVE', protectedUntil: '2026-12-31', nextDue: { month: '2027-01', dueDate: '2027-01-15' } });
    // January 2027 unpaid: due Friday the 15th, in arrears from the 16th.
    expect(until(['2026-11', '2026-12'], '2027-01-16')).toMatchObject({ state: 'ARREARS', unpaidMonths: 1 });
    // 29 February 2028 paid; March due Wednesday the 15th; ends after June's due date (grace 3).
    expect(until(['2028-02'], '2028-03-16')).toMatchObject({ state: 'ARREARS', unpaidMonths: 1, endsOn: '2028-06-16' });
    // 15 May 2027 is a Saturday: due Monday the 17th.
    expect(dueDate(book, calendar, '2027-05')).toBe('2027-05-17');
  });

  it('starts protection on registration, never before the first paid month', () => {
    expect(protectionStart({ registeredOn: '2026-01-05', firstPaidMonth: '2026-01' })).toBe('2026-01-05');
    expect(protectionStart({ registeredOn: '2025-12-20', firstPaidMonth: '2026-01' })).toBe('2026-01-01');
  });

  it('never jumps from ACTIVE to ENDED without ARREARS when grace > 0', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 700 }),
        (grace, monthOffsets, startOffset) => {
          const months = monthOffsets.map((o) => monthRange('2025-01', 24)[o]!);
          let previous = '';
          for (let d = 0; d < 200; d++) {
            const on = addDays('2025-01-01', startOffset + d);
            const state = coverageStatusOn(withGrace(grace), calendar, { paidMonths: months, startsOn: null, on }).state;
            if (previous === 'ACTIVE') expect(state).not.toBe('ENDED');
            previous = state;
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('service levels (PP 44/2015 Pasal 37 and 40)', () => {
  it('JKM within 3 working days, JKK within 7', () => {
    expect(serviceLevelDeadline(book, calendar, { kind: 'JKM', completeOn: '2026-11-24' })).toBe('2026-11-27');
    expect(serviceLevelDeadline(book, calendar, { kind: 'JKK', completeOn: '2026-11-24' })).toBe('2026-12-03');
  });

  it('skip national holidays and collective leave: Idul Fitri and Nyepi 2026, Christmas 2026', () => {
    // Complete on Tue 17 March: 18 (cuti bersama), 19 (Nyepi), 20 (cuti), 21–22 (Idul Fitri, weekend), 23–24 (cuti) are not working days.
    expect(serviceLevelDeadline(book, calendar, { kind: 'JKM', completeOn: '2026-03-17' })).toBe('2026-03-27');
    expect(serviceLevelDeadline(book, calendar, { kind: 'JKK', completeOn: '2026-03-17' })).toBe('2026-04-02');
    expect(serviceLevelDeadline(book, calendar, { kind: 'JKM', completeOn: '2026-12-23' })).toBe('2026-12-30');
    // With collective leave counted as a working day (a setting), 24 December counts.
    const open: RuleBook = { ...book, settings: { ...book.settings, sla: { ...book.settings.sla, isCutiBersamaHoliday: false } } };
    expect(serviceLevelDeadline(open, workingCalendar(open), { kind: 'JKM', completeOn: '2026-12-23' })).toBe('2026-12-29');
  });

  it('JKK paid late costs 1 % of the benefit per day', () => {
    expect(jkkLatePenalty(book, calendar, { benefit: 10_000_000n, deadline: '2026-12-03', paidOn: '2026-12-03' })).toEqual({ daysLate: 0, penalty: 0n });
    expect(jkkLatePenalty(book, calendar, { benefit: 10_000_000n, deadline: '2026-12-03', paidOn: '2026-12-08' })).toEqual({ daysLate: 5, penalty: 500_000n });
    const working: RuleBook = { ...book, settings: { ...book.settings, sla: { ...book.settings.sla, penaltyDays: 'working' } } };
    expect(jkkLatePenalty(working, workingCalendar(working), { benefit: 10_000_000n, deadline: '2026-12-03', paidOn: '2026-12-08' })).toEqual({ daysLate: 3, penalty: 300_000n });
  });
});
