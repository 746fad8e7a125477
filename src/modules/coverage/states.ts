import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { dueDate, type WorkingCalendar } from '../../domain/calendar.ts';
import { addMonths, firstDayOf, monthIndex, monthOf, type IsoDate } from '../../domain/dates.ts';
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

/** Due dates of the months around a target month (enough for any overdue count and lapse date). */
export function dueTable(book: RuleBook, calendar: WorkingCalendar, targetMonth: string) {
  const grace = book.settings.coverage.graceMonths;
  const months: string[] = [];
  const dues: string[] = [];
  for (let offset = -(grace + 24); offset <= 13 + grace + 1; offset++) {
    const month = addMonths(targetMonth, offset);
    months.push(firstDayOf(month));
    dues.push(dueDate(book, calendar, month));
  }
  return { months, dues };
}

/** A SELECT of the states (coverage_states columns) of the workers in scope as of `asOf`. */
export function computedStates(book: RuleBook, calendar: WorkingCalendar, options: { asOf: IsoDate; scope: StateScope }): RawBuilder<unknown> {
  const targetMonth = monthOf(options.asOf);
  const targetMi = monthIndex(targetMonth);
  const grace = book.settings.coverage.graceMonths;
  const due = dueTable(book, calendar, targetMonth);
  return sql`
    with months_due as (
      select * from unnest(${due.months}::date[], ${due.dues}::date[]) as m(period_month, due_date)
    ),
    cov as (
      select c.worker_id, c.program, c.period_month, c.source, c.donor_org_id,
             (extract(year from c.period_month)::int * 12 + extract(month from c.period_month)::int - 1) as mi
      from coverage_months c
      where c.worker_id in (${scopeSql(options.scope)})
    ),
    islands as (
      select cov.*, mi - (row_number() over (partition by worker_id, program order by mi))::int as island from cov
    ),
    last_paid as (
      select distinct on (worker_id, program) worker_id, program, island, period_month, mi, source, donor_org_id
      from islands where mi <= ${targetMi}
      order by worker_id, program, mi desc
    ),
    run as (
      select i.worker_id, i.program, max(i.period_month) as paid_through, count(*)::int as run_length
      from islands i join last_paid l on l.worker_id = i.worker_id and l.program = i.program and l.island = i.island
      group by i.worker_id, i.program
    ),
    firsts as (
      select worker_id, program, min(period_month) as first_month from cov group by worker_id, program
    ),
    computed as (
      select f.worker_id, f.program,
             greatest(f.first_month, (w.created_at at time zone 'Asia/Jakarta')::date) as starts_on,
             l.period_month as last_month, l.mi as last_mi, l.source, l.donor_org_id, r.paid_through, r.run_length,
             (select count(*)::int from months_due m
              where m.period_month > l.period_month and m.period_month <= ${firstDayOf(targetMonth)}::date and m.due_date < ${options.asOf}::date) as overdue,
             (select m.due_date from months_due m
              where m.period_month = (r.paid_through + make_interval(months => ${grace + 1}))::date) as lapse_due
      from firsts f
      join workers w on w.id = f.worker_id
      left join last_paid l on l.worker_id = f.worker_id and l.program = f.program
      left join run r on r.worker_id = f.worker_id and r.program = f.program
    ),
    classified as (
      select *,
             case when last_month is null or ${options.asOf}::date < starts_on then 'NOT_STARTED'
                  when last_mi = ${targetMi} or overdue = 0 then 'ACTIVE'
                  when overdue <= ${grace} then 'ARREARS'
                  else 'ENDED' end as state
      from computed
    )
    select worker_id, program, state,
           case when state in ('ARREARS', 'ENDED') then overdue else 0 end,
           starts_on,
           case when state = 'NOT_STARTED' then null else paid_through end,
           case when state = 'NOT_STARTED' then null else (paid_through + interval '1 month' - interval '1 day')::date end,
           case when state = 'NOT_STARTED' then null else lapse_due + 1 end,
           case when state = 'NOT_STARTED' then 0 else run_length end,
           source, donor_org_id, ${options.asOf}::date, now()
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
