import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { dueDate, type WorkingCalendar } from '../../domain/calendar.ts';
import { addMonths, monthIndex, monthOf, type IsoDate } from '../../domain/dates.ts';
import type { RuleBook } from '../../domain/rules/index.ts';

/**
 * The coverage state of every worker's programme on a date, computed in SQL over coverage_months and
 * stored in coverage_states, so lists, filters and exports of millions of workers read one row each.
 * It is the set-based twin of `coverageStatusOn` in src/domain/calendar.ts (a property test checks
 * that both agree): ACTIVE while the month is paid or not yet due, ARREARS for 1..grace overdue months
 * (no fine), ENDED beyond, NOT_STARTED before protection begins. Due dates (the 15th or the next
 * working day) come from the domain calendar as a table of months.
 */
export type StateScope = { regencyCode: string } | { workerIds: readonly string[] } | { all: true };

function scopeSql(scope: StateScope): RawBuilder<unknown> {
  if ('all' in scope) return sql`select id from workers`;
  return 'regencyCode' in scope
    ? sql`select id from workers where regency_code = ${scope.regencyCode}`
    : sql`select unnest(${[...scope.workerIds]}::uuid[])`;
}

/** The columns of coverage_states, in the order computedStates selects them. */
export const STATE_COLUMNS = sql.raw(
  'worker_id, program, state, unpaid_months, starts_on, paid_through, protected_until, ends_on, run_length, last_source, last_donor_org_id, as_of, updated_at',
);

/**
 * Due dates of a window of months around the target month, as an array indexed from `baseMi`
 * (month index = year × 12 + month − 1): ten years back (any lapse date of an old history) to three
 * years ahead (the longest donation starts a year ahead and runs a year).
 */
function dueWindow(book: RuleBook, calendar: WorkingCalendar, targetMonth: string) {
  const base = addMonths(targetMonth, -120);
  const dues: string[] = [];
  for (let offset = 0; offset <= 120 + 36 + book.settings.coverage.graceMonths + 1; offset++) dues.push(dueDate(book, calendar, addMonths(base, offset)));
  return { baseMi: monthIndex(base), dues };
}

/**
 * A SELECT of the states (coverage_states columns) of the workers in scope as of `asOf`, in one pass
 * over their coverage months: consecutive months form islands (month index minus row number); the
 * current island is the latest one that began by the target month; its end is paid-through, its
 * length the run. Months overdue are those after the last paid month up to the latest month whose
 * due date has passed (due dates only grow, so that is a subtraction).
 */
export function computedStates(book: RuleBook, calendar: WorkingCalendar, options: { asOf: IsoDate; scope: StateScope }): RawBuilder<unknown> {
  const targetMonth = monthOf(options.asOf);
  const T = monthIndex(targetMonth);
  const grace = book.settings.coverage.graceMonths;
  // The latest month whose due date is before asOf: this month once its due date has passed, else the last.
  const D = dueDate(book, calendar, targetMonth) < options.asOf ? T : T - 1;
  const { baseMi, dues } = dueWindow(book, calendar, targetMonth);
  const monthStart = (mi: RawBuilder<unknown>) => sql`make_date((${mi}) / 12, (${mi}) % 12 + 1, 1)`;
  return sql`
    with cov as (
      select c.worker_id, c.program, c.source, c.donor_org_id, m.mi,
             m.mi - (row_number() over (partition by c.worker_id, c.program order by c.period_month))::int as island
      from coverage_months c
      cross join lateral (select extract(year from c.period_month)::int * 12 + extract(month from c.period_month)::int - 1 as mi) m
      where c.worker_id in (${scopeSql(options.scope)})
    ),
    islands as (
      select worker_id, program, min(mi) as lo, max(mi) as hi, count(*)::int as n,
             (array_agg(source order by mi desc) filter (where mi <= ${T}))[1] as source,
             (array_agg(donor_org_id order by mi desc) filter (where mi <= ${T}))[1] as donor_org_id,
             min(min(mi)) over (partition by worker_id, program) as first_mi
      from cov
      group by worker_id, program, island
    ),
    current_island as (
      select distinct on (worker_id, program) *
      from islands
      order by worker_id, program, (lo <= ${T}) desc, lo desc
    ),
    classified as (
      select i.worker_id, i.program, i.source, i.donor_org_id, i.hi, i.n,
             greatest(${monthStart(sql`i.first_mi`)}, (w.created_at at time zone 'Asia/Jakarta')::date) as starts_on,
             greatest(0, ${D} - least(i.hi, ${T})) as overdue,
             (${dues}::date[])[i.hi + ${grace + 1} - ${baseMi} + 1] as lapse_due,
             case when i.lo > ${T} or ${options.asOf}::date < greatest(${monthStart(sql`i.first_mi`)}, (w.created_at at time zone 'Asia/Jakarta')::date) then 'NOT_STARTED'
                  when i.hi >= ${T} or ${D} - i.hi <= 0 then 'ACTIVE'
                  when ${D} - i.hi <= ${grace} then 'ARREARS'
                  else 'ENDED' end as state
      from current_island i
      join workers w on w.id = i.worker_id
    )
    select worker_id, program, state,
           case when state in ('ARREARS', 'ENDED') then overdue else 0 end,
           starts_on,
           case when state = 'NOT_STARTED' then null else ${monthStart(sql`hi`)} end,
           case when state = 'NOT_STARTED' then null else (${monthStart(sql`hi`)} + interval '1 month' - interval '1 day')::date end,
           case when state = 'NOT_STARTED' then null else lapse_due + 1 end,
           case when state = 'NOT_STARTED' then 0 else n end,
           case when state = 'NOT_STARTED' then null else source end,
           case when state = 'NOT_STARTED' then null else donor_org_id end,
           ${options.asOf}::date, now()
    from classified
  `;
}

/** Recomputes (upserts) the states of the workers in scope as of `asOf`. Returns the rows written. */
export async function refreshStates(
  db: Kysely<DB>,
  book: RuleBook,
  calendar: WorkingCalendar,
  options: { asOf: IsoDate; scope: StateScope },
): Promise<number> {
  const result = await sql`
    insert into coverage_states (${STATE_COLUMNS})
    ${computedStates(book, calendar, options)}
    on conflict (worker_id, program) do update set
      state = excluded.state, unpaid_months = excluded.unpaid_months, starts_on = excluded.starts_on,
      paid_through = excluded.paid_through, protected_until = excluded.protected_until, ends_on = excluded.ends_on,
      run_length = excluded.run_length, last_source = excluded.last_source, last_donor_org_id = excluded.last_donor_org_id,
      as_of = excluded.as_of, updated_at = excluded.updated_at
  `.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}
