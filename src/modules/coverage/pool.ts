import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { WorkingCalendar } from '../../domain/calendar.ts';
import { addMonths, firstDayOf, monthOf, type IsoDate, type YearMonth } from '../../domain/dates.ts';
import { monthlyContribution } from '../../domain/quote.ts';
import type { RuleBook } from '../../domain/rules/index.ts';
import { newId } from '../../lib/ids.ts';
import { accountId, postEntry } from '../ledger/ledger.ts';
import { refreshStates } from './states.ts';

/**
 * The continuity pool covers workers about to lapse, by a published priority rule, as ordinary
 * ledger allocations (debit the pool, credit what is owed to BPJS). Workers in arrears are covered for
 * their unpaid months up to the month of the run, in order: the longest continuous coverage first,
 * then the poorest (lowest P3KE decile, then DTKS), then by id. The order is strict: when the next
 * worker does not fit in what is left, the run stops (no one further down jumps the queue).
 */
export const POOL_RULE = {
  id: 'Pekerja dalam tunggakan, yang paling lama terlindungi tanpa putus lebih dulu; bila sama, desil P3KE terendah, lalu terdaftar DTKS. Dibayar bulan tunggakan sampai bulan berjalan.',
  en: 'Workers in arrears, the longest continuously covered first; ties go to the lowest P3KE decile, then DTKS registration. The unpaid months up to the current month are paid.',
};

const CHUNK = 500;

export type PoolResult = { workers: number; workerMonths: number; amount: bigint };

export async function allocatePool(db: Kysely<DB>, book: RuleBook, calendar: WorkingCalendar, options: { month: YearMonth; asOf: IsoDate }): Promise<PoolResult> {
  const result: PoolResult = { workers: 0, workerMonths: 0, amount: 0n };
  for (;;) {
    const chunk = await db.transaction().execute(async (trx) => {
      const poolId = await accountId(trx, { kind: 'pool' });
      const pool = await trx.selectFrom('ledger_accounts').select(['credits', 'debits']).where('id', '=', poolId).forUpdate().executeTakeFirstOrThrow();
      let left = pool.credits - pool.debits;
      if (left <= 0n) return null;
      const candidates = await sql<{ worker_id: string; occupation_code: string; income_bracket: bigint; paid_through: string }>`
        select s.worker_id, w.occupation_code, w.income_bracket, s.paid_through
        from coverage_states s
        join workers w on w.id = s.worker_id
        where s.program = 'JKM' and s.state = 'ARREARS' and w.status = 'verified' and s.paid_through < ${firstDayOf(options.month)}::date
        order by s.run_length desc, w.p3ke_decile asc nulls last, w.is_dtks desc, w.id
        limit ${CHUNK}
        for update of w skip locked
      `.execute(trx);
      if (candidates.rows.length === 0) return null;
      const rows: { worker: string; program: string; month: string; amount: bigint }[] = [];
      const chosen: string[] = [];
      let isStopped = false;
      for (const c of candidates.rows) {
        const lines: typeof rows = [];
        for (let m = addMonths(monthOf(c.paid_through), 1); m <= options.month; m = addMonths(m, 1)) {
          const price = monthlyContribution(book, { programs: ['JKK', 'JKM'], declaredIncome: c.income_bracket, month: m, occupationCode: c.occupation_code });
          for (const line of price.lines) lines.push({ worker: c.worker_id, program: line.program, month: firstDayOf(m), amount: line.net });
        }
        const cost = lines.reduce((s, l) => s + l.amount, 0n);
        if (cost > left) {
          isStopped = true;
          break;
        }
        left -= cost;
        rows.push(...lines);
        chosen.push(c.worker_id);
      }
      if (rows.length === 0) return null;
      const entryId = newId();
      const { rows: inserted } = await sql<{ program: string; amount: bigint; months: number }>`
        with ins as (
          insert into coverage_months (worker_id, program, period_month, amount, source, entry_id)
          select w, p, m, a, 'pool', ${entryId}::uuid
          from unnest(${rows.map((r) => r.worker)}::uuid[], ${rows.map((r) => r.program)}::text[], ${rows.map((r) => r.month)}::date[], ${rows.map((r) => r.amount)}::int8[]) as t(w, p, m, a)
          order by w, p, m
          on conflict do nothing
          returning program, amount
        )
        select program, sum(amount)::int8 as amount, count(*)::int as months from ins group by program
      `.execute(trx);
      const total = inserted.reduce((s, r) => s + r.amount, 0n);
      if (total > 0n) {
        const credits = await Promise.all(inserted.map(async (r) => ({ accountId: await accountId(trx, { kind: 'bpjs_payable', program: r.program }), side: 'credit' as const, amount: r.amount })));
        await postEntry(trx, { id: entryId, kind: 'pool_allocation', memo: `Dana kesinambungan ${options.month}: ${chosen.length} pekerja`, postings: [{ accountId: poolId, side: 'debit', amount: total }, ...credits] });
      }
      await refreshStates(trx, book, calendar, { asOf: options.asOf, scope: { workerIds: chosen } });
      return { workers: chosen.length, workerMonths: inserted.reduce((s, r) => s + r.months, 0) / 2, amount: total, isStopped };
    });
    if (!chunk) return result;
    result.workers += chunk.workers;
    result.workerMonths += chunk.workerMonths;
    result.amount += chunk.amount;
    if (chunk.isStopped) return result;
  }
}
