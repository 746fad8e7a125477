import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { dueDate, workingCalendar } from '../../domain/calendar.ts';
import { addDays, addMonths, firstDayOf, monthOf, type IsoDate, type YearMonth } from '../../domain/dates.ts';
import { monthlyContribution } from '../../domain/quote.ts';
import type { RuleBook } from '../../domain/rules/index.ts';
import { newId } from '../../lib/ids.ts';
import { issueMissingKpjs } from '../cards/service.ts';
import { donorChannel, enqueueMessage, enqueueMessages, workerChannel, type MessagingConfig } from '../messages/outbox.ts';
import { allocatePool, type PoolResult } from './pool.ts';
import { selfPayCodes } from './self-pay.ts';
import { distinctRegencies } from './service.ts';
import { refreshStates } from './states.ts';

/**
 * The monthly run for month M, as of the day after M's due date: every worker's state moves (chunked
 * by regency, each chunk one transaction with the run's cursor), the continuity pool covers workers
 * in arrears, lapse forecasts are counted (active workers whose paid protection ends within 30, 60
 * and 90 days), and reminders are queued. Running it twice changes
 * nothing (states are recomputed, forecasts upserted, reminders keyed by event, coverage paid once);
 * killed midway and started again, it continues after the last regency done.
 */
export type RunDeps = { db: Kysely<DB>; book: RuleBook; messaging: MessagingConfig; publicUrl: string };

export type RunSummary = {
  month: YearMonth;
  asOf: IsoDate;
  states: Record<string, number>;
  forecasts: Record<'30' | '60' | '90', number>;
  pool: { workers: number; workerMonths: number; amount: string };
  reminders: { workers: number; donors: number };
  continuity: Continuity;
};

export function runAsOf(book: RuleBook, month: YearMonth): IsoDate {
  return addDays(dueDate(book, workingCalendar(book), month), 1);
}

/** Progress of a run: regencies done in the state phase, then in the reminder phase. */
export type RunProgress = (done: number, total: number, phase: 'states' | 'reminders') => void;

export async function runMonth(deps: RunDeps, month: YearMonth, options: { asOf?: IsoDate; onProgress?: RunProgress } = {}): Promise<RunSummary> {
  const { db, book } = deps;
  const calendar = workingCalendar(book);
  const asOf = options.asOf ?? runAsOf(book, month);
  const regencies = await distinctRegencies(db);

  // Resume an interrupted run of this month; a finished one starts over (its results are the same).
  const existing = await db.selectFrom('coverage_runs').selectAll().where('month', '=', firstDayOf(month)).executeTakeFirst();
  const runId = existing?.id ?? newId();
  if (!existing) {
    await db.insertInto('coverage_runs').values({ id: runId, month: firstDayOf(month), as_of: asOf, status: 'running', regions_total: regencies.length }).execute();
  } else if (existing.status === 'done' || existing.as_of !== asOf) {
    await db.updateTable('coverage_runs').set({ status: 'running', cursor_region: null, regions_done: 0, regions_total: regencies.length, as_of: asOf, finished_at: null }).where('id', '=', runId).execute();
  }
  const cursor = (await db.selectFrom('coverage_runs').select('cursor_region').where('id', '=', runId).executeTakeFirstOrThrow()).cursor_region;
  let done = cursor ? regencies.filter((r) => r <= cursor).length : 0;

  for (const regency of regencies) {
    if (cursor && regency <= cursor) continue;
    await db.transaction().execute(async (trx) => {
      await refreshStates(trx, book, calendar, { asOf, scope: { regencyCode: regency } });
      // Workers covered before KPJ numbers were issued by Lingkaran get theirs here.
      await issueMissingKpjs(trx, book, regency);
      await trx.updateTable('coverage_runs').set((eb) => ({ cursor_region: regency, regions_done: eb('regions_done', '+', 1) })).where('id', '=', runId).execute();
    });
    done += 1;
    options.onProgress?.(done, regencies.length, 'states');
  }

  const pool: PoolResult = await allocatePool(db, book, calendar, { month, asOf });
  // Forecasts after the pool: whom it covered are counted by their new protection.
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('coverage_forecasts').where('run_id', '=', runId).execute();
    await sql`
      insert into coverage_forecasts (run_id, regency_code, horizon_days, workers)
      select ${runId}::uuid, w.regency_code, h.days, count(*) filter (where s.protected_until < ${asOf}::date + h.days)::int
      from coverage_states s
      join workers w on w.id = s.worker_id
      cross join (values (30), (60), (90)) as h(days)
      where s.program = 'JKM' and s.state = 'ACTIVE'
      group by w.regency_code, h.days
    `.execute(trx);
  });
  const reminders = await queueReminders(deps, { month, asOf, regencies, onProgress: options.onProgress });
  const summary: RunSummary = {
    month,
    asOf,
    states: Object.fromEntries(
      (await db.selectFrom('coverage_states').select(['state', sql<number>`count(*)::int`.as('n')]).where('program', '=', 'JKM').groupBy('state').execute()).map((r) => [r.state, r.n]),
    ),
    forecasts: Object.fromEntries(
      (await db.selectFrom('coverage_forecasts').select(['horizon_days', sql<number>`sum(workers)::int`.as('n')]).where('run_id', '=', runId).groupBy('horizon_days').execute()).map((r) => [
        String(r.horizon_days),
        r.n,
      ]),
    ) as RunSummary['forecasts'],
    pool: { workers: pool.workers, workerMonths: pool.workerMonths, amount: pool.amount.toString() },
    reminders,
    continuity: await continuity(db, addMonths(month, -1)),
  };
  await db.updateTable('coverage_runs').set({ status: 'done', finished_at: new Date(), summary: JSON.stringify(summary) }).where('id', '=', runId).execute();
  return summary;
}

/**
 * Reminders: workers whose paid protection ends within 30 days get their self-payment code; workers
 * in arrears are told when protection will end; donors whose donation ends this month or next are
 * offered a renewal. One message per event, never two.
 */
async function queueReminders(
  deps: RunDeps,
  options: { month: YearMonth; asOf: IsoDate; regencies: readonly string[]; onProgress?: RunProgress },
): Promise<{ workers: number; donors: number }> {
  const { db, book, messaging, publicUrl } = deps;
  let workers = 0;
  const prices = new Map<string, bigint>();
  const monthlyOf = (occupationCode: string, income: bigint) => {
    const key = `${occupationCode}:${income}`;
    let price = prices.get(key);
    if (price === undefined) {
      price = monthlyContribution(book, { programs: ['JKK', 'JKM'], declaredIncome: income, month: options.month, occupationCode }).total;
      prices.set(key, price);
    }
    return price;
  };
  // Regency by regency (an index probe each), a thousand workers per statement.
  for (const [index, regency] of options.regencies.entries()) {
    const { rows } = await sql<{ worker_id: string; full_name: string; state: string; paid_through: string; protected_until: string; ends_on: string; unpaid_months: number; occupation_code: string; income_bracket: bigint }>`
      with w as materialized (
        -- The regency's workers first (its index), then their states by primary key: never a scan of
        -- every worker in arrears in the country for each regency.
        select id, full_name, occupation_code, income_bracket from workers where regency_code = ${regency} and status = 'verified'
      )
      select s.worker_id, w.full_name, s.state, s.paid_through, s.protected_until, s.ends_on, s.unpaid_months, w.occupation_code, w.income_bracket
      from w join coverage_states s on s.worker_id = w.id and s.program = 'JKM'
      where (s.state = 'ACTIVE' and s.protected_until < ${options.asOf}::date + 30) or s.state = 'ARREARS'
    `.execute(db);
    for (let start = 0; start < rows.length; start += 1000) {
      const page = rows.slice(start, start + 1000);
      const codes = await selfPayCodes(db, page.map((r) => r.worker_id));
      workers += await enqueueMessages(
        db,
        page.map((r) => {
          const isArrears = r.state === 'ARREARS';
          return {
            eventKey: isArrears ? `worker:${r.worker_id}:arrears:${r.paid_through}:${r.unpaid_months}` : `worker:${r.worker_id}:lapse:${r.paid_through}`,
            channel: workerChannel(messaging),
            recipientKind: 'worker' as const,
            recipientId: r.worker_id,
            template: isArrears ? ('worker_arrears' as const) : ('worker_lapse_soon' as const),
            params: {
              name: r.full_name,
              protectedUntil: r.protected_until,
              endsOn: r.ends_on,
              months: String(r.unpaid_months),
              code: codes.get(r.worker_id)!,
              monthly: monthlyOf(r.occupation_code, r.income_bracket).toString(),
              url: `${publicUrl}/mandiri`,
            },
          };
        }),
      );
    }
    options.onProgress?.(index + 1, options.regencies.length, 'reminders');
  }

  const ending = await sql<{ id: string; number: string; donor_org_id: string; allocated_workers: number; end_month: string }>`
    select d.id, d.number, d.donor_org_id, d.allocated_workers, (d.start_month + make_interval(months => d.months - 1))::date as end_month
    from donations d
    where d.status = 'allocated' and d.selection in ('list', 'cohort')
      and (d.start_month + make_interval(months => d.months - 1))::date between ${firstDayOf(options.month)}::date and ${firstDayOf(addMonths(options.month, 1))}::date
      and not exists (select 1 from donations r where r.renews_donation_id = d.id and r.status not in ('cancelled', 'expired'))
  `.execute(db);
  let donors = 0;
  for (const d of ending.rows) {
    const queued = await enqueueMessage(db, {
      eventKey: `donation:${d.id}:renewal`,
      channel: donorChannel(messaging),
      recipientKind: 'donor_org',
      recipientId: d.donor_org_id,
      template: 'donor_renewal',
      params: { number: d.number, workers: String(d.allocated_workers), endMonth: monthOf(d.end_month), url: `${publicUrl}/donations/${d.id}` },
    });
    if (queued) donors += 1;
  }
  return { workers, donors };
}

export type Continuity = { month: YearMonth; sponsorshipEnded: number; stayedCovered: number; bySource: Record<'donation' | 'pool' | 'self', number>; share: number | null };

/**
 * Of the workers whose donation ended with month M (it paid M but not M+1), how many stayed covered
 * in M+1 — by a renewal or another donor, by the pool, or paying themselves.
 */
export async function continuity(db: Kysely<DB>, month: YearMonth, regions: readonly string[] | null = null): Promise<Continuity> {
  const next = firstDayOf(addMonths(month, 1));
  const region = regions
    ? sql`and (${sql.join(
        regions.length ? regions.map((r) => sql`(w.village_code = ${r} or w.village_code like ${`${r}.%`})`) : [sql`false`],
        sql` or `,
      )})`
    : sql``;
  const { rows } = await sql<{ ended: number; donation: number; pool: number; self: number }>`
    with ended as (
      select c.worker_id from coverage_months c join workers w on w.id = c.worker_id
      where c.program = 'JKM' and c.period_month = ${firstDayOf(month)}::date and c.source = 'donation' ${region}
        and not exists (select 1 from coverage_months n where n.worker_id = c.worker_id and n.program = 'JKM'
                        and n.period_month = ${next}::date and n.source = 'donation' and n.donation_id is not distinct from c.donation_id)
    )
    select count(*)::int as ended,
           count(*) filter (where n.source = 'donation')::int as donation,
           count(*) filter (where n.source = 'pool')::int as pool,
           count(*) filter (where n.source = 'self')::int as self
    from ended e left join coverage_months n on n.worker_id = e.worker_id and n.program = 'JKM' and n.period_month = ${next}::date
  `.execute(db);
  const r = rows[0]!;
  const stayed = r.donation + r.pool + r.self;
  return { month, sponsorshipEnded: r.ended, stayedCovered: stayed, bySource: { donation: r.donation, pool: r.pool, self: r.self }, share: r.ended > 0 ? stayed / r.ended : null };
}
