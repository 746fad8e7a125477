/**
 * bench/run-month — the monthly run (`lingkaran run-month`) over N workers on real PostgreSQL
 * (default 1,000,000; BENCH_WORKERS=10000000 for ten million), against the equivalent raw SQL
 * statement measured in the same run: one INSERT … SELECT computing every worker's state at once
 * into an empty table of the same shape as coverage_states. The run does more than that statement —
 * one transaction per regency with its cursor (so it resumes), the pool, the lapse forecasts and the
 * reminders with payment codes — so the ratio (baseline time ÷ run time) says what all that costs.
 *
 * Workers and their coverage months are generated in SQL (setup, not measured): 50 % protected
 * beyond the month, 10 % whose protection ends with it, 15 % two months in arrears, 10 % ended,
 * 15 % never paid — about 3 paid months per worker, JKK and JKM.
 *
 *   npm run bench:run-month
 *   BENCH_WORKERS=10000000 npm run bench:run-month
 *   BENCH_KEEP=1 …        keeps the database afterwards (to EXPLAIN what is slow)
 *   BENCH_REUSE=<db> …    runs again on a kept database, without creating the registry
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../src/db/schema.ts';
import { workingCalendar } from '../src/domain/calendar.ts';
import { firstDayOf, jakartaToday, monthOf, type YearMonth } from '../src/domain/dates.ts';
import { newId } from '../src/lib/ids.ts';
import { accountId, postEntry } from '../src/modules/ledger/ledger.ts';
import { LOG_ONLY } from '../src/modules/messages/outbox.ts';
import { runAsOf, runMonth } from '../src/modules/coverage/run-month.ts';
import { computedStates, STATE_COLUMNS } from '../src/modules/coverage/states.ts';
import { benchDatabase, insertBenchWorkers } from './lib.ts';

const WORKERS = Number(process.env.BENCH_WORKERS ?? 1_000_000);
const say = (line: string) => process.stdout.write(line + '\n');
const seconds = (from: number) => (performance.now() - from) / 1000;

/** The registry of the benchmark: workers and their paid months (setup, not measured). */
async function createRegistry(db: Kysely<DB>, R: YearMonth) {
  await insertBenchWorkers(db, WORKERS, (done) => process.stderr.write(`\r  workers: ${done.toLocaleString('en')}`));
  process.stderr.write('\n');
  const entryId = await db.transaction().execute(async (trx) => {
    const bank = await accountId(trx, { kind: 'bank' });
    const payable = await accountId(trx, { kind: 'refunds_payable' });
    return postEntry(trx, { id: newId(), kind: 'adjustment', memo: 'bench history', postings: [{ accountId: bank, side: 'debit', amount: 1n }, { accountId: payable, side: 'credit', amount: 1n }] });
  });
  // Paid months per group (offsets from R, inclusive), by worker number modulo 20.
  const groups = [
    { from: 0, to: 9, first: -2, last: 1 }, // protected beyond R
    { from: 10, to: 11, first: -3, last: 0 }, // protection ends with R
    { from: 12, to: 14, first: -4, last: -2 }, // in arrears
    { from: 15, to: 16, first: -9, last: -7 }, // ended
  ];
  // A worker's group is a hash of its id, modulo 20.
  for (let slice = 0; slice < 16; slice++) {
    const { low, high, last } = idSlice(slice);
    for (const g of groups) {
      await sql`
        insert into coverage_months (worker_id, program, period_month, amount, source, entry_id)
        select w.id, p.program, (${firstDayOf(R)}::date + make_interval(months => m))::date, case when p.program = 'JKK' then 10000 else 6800 end, 'donation', ${entryId}::uuid
        from workers w
        cross join generate_series(${g.first}::int, ${g.last}::int) as m
        cross join (values ('JKK'), ('JKM')) as p(program)
        where w.id >= ${low}::uuid and w.id ${last ? sql`<=` : sql`<`} ${high}::uuid and abs(hashtext(w.id::text)) % 20 between ${g.from} and ${g.to}
      `.execute(db);
    }
    process.stderr.write(`\r  coverage months: ${slice + 1}/16`);
  }
  process.stderr.write('\n');
}

/** Sixteen slices of the (random) worker ids, so no statement holds all workers at once. */
function idSlice(slice: number) {
  const low = `${slice.toString(16)}0000000-0000-0000-0000-000000000000`;
  const high = slice === 15 ? 'ffffffff-ffff-ffff-ffff-ffffffffffff' : `${(slice + 1).toString(16)}0000000-0000-0000-0000-000000000000`;
  return { low, high, last: slice === 15 };
}

async function main() {
  const reuse = process.env.BENCH_REUSE;
  const bench = await benchDatabase('run', { maxConnections: 4, reuse });
  const { config, database } = bench;
  const db = database.db;
  try {
    const R = monthOf(jakartaToday());
    const asOf = runAsOf(config.rules, R);
    say(`${bench.version}\n${WORKERS.toLocaleString('en')} workers; run for ${R} as of ${asOf}`);

    // Setup (not measured).
    const setup = performance.now();
    if (reuse) {
      // A kept database: what an earlier run made is removed, the registry and its months stay.
      await sql`truncate coverage_states, coverage_runs, coverage_forecasts, messages`.execute(db);
    } else await createRegistry(db, R);
    // KPJ numbers, as allocation issues them when a worker is first covered (placeholders of series 8
    // here, set-based): without them the first run would number eight million workers, a one-time
    // back-fill that is not the monthly run being measured.
    for (let slice = 0; slice < 16; slice++) {
      const { low, high, last } = idSlice(slice);
      await sql`
        update workers w set kpj = '8' || lpad(nextval('kpj_seq')::text, 10, '0')
        where w.kpj is null and w.id >= ${low}::uuid and w.id ${last ? sql`<=` : sql`<`} ${high}::uuid
          and exists (select 1 from coverage_months m where m.worker_id = w.id)
      `.execute(db);
      process.stderr.write(`\r  KPJ numbers: ${slice + 1}/16`);
    }
    process.stderr.write('\n');
    await sql`vacuum analyze`.execute(db);
    const { rows: rowCount } = await sql<{ n: number }>`select count(*)::int as n from coverage_months`.execute(db);
    say(`setup: ${seconds(setup).toFixed(0)} s, ${rowCount[0]!.n.toLocaleString('en')} coverage months`);

    // The run, as `lingkaran run-month` does it.
    const t0 = performance.now();
    let statesDone = 0;
    let regions = 0;
    const summary = await runMonth({ db, book: config.rules, messaging: LOG_ONLY, publicUrl: 'https://lingkaran.example' }, R, {
      asOf,
      onProgress: (done, total, phase) => {
        regions = total;
        if (phase === 'states' && done === total) statesDone = performance.now();
        if (done % 50 === 0 || done === total) process.stderr.write(`\r  ${phase}: ${done}/${total} regencies`);
      },
    });
    const runSeconds = seconds(t0);
    process.stderr.write('\n');

    // The baseline: one raw INSERT … SELECT of every worker's state into an empty table of the same shape.
    await sql`create table coverage_states_baseline (like coverage_states including all)`.execute(db);
    const t1 = performance.now();
    await sql`insert into coverage_states_baseline (${STATE_COLUMNS}) ${computedStates(config.rules, workingCalendar(config.rules), { asOf, scope: { all: true } })}`.execute(db);
    const baselineSeconds = seconds(t1);
    const { rows: same } = await sql<{ n: number }>`
      select count(*)::int as n from coverage_states s join coverage_states_baseline b using (worker_id, program)
      where s.state = b.state and s.paid_through is not distinct from b.paid_through and s.ends_on is not distinct from b.ends_on
    `.execute(db);
    const { rows: stateRows } = await sql<{ n: number }>`select count(*)::int as n from coverage_states`.execute(db);
    if (same[0]!.n !== stateRows[0]!.n) throw new Error(`run and baseline disagree on ${stateRows[0]!.n - same[0]!.n} states`);

    const statesSeconds = (statesDone - t0) / 1000;
    say(
      [
        `states    : ${JSON.stringify(summary.states)}; forecasts ${JSON.stringify(summary.forecasts)}; reminders ${summary.reminders.workers.toLocaleString('en')}`,
        `run       : ${runSeconds.toFixed(1)} s (${Math.round(WORKERS / runSeconds).toLocaleString('en')} workers/s): states ${statesSeconds.toFixed(1)} s in ${regions} regency transactions, pool + forecasts + reminders ${(runSeconds - statesSeconds).toFixed(1)} s`,
        `baseline  : ${baselineSeconds.toFixed(1)} s (${Math.round(WORKERS / baselineSeconds).toLocaleString('en')} workers/s): one INSERT … SELECT of all states`,
        `ratio     : ${(baselineSeconds / runSeconds).toFixed(2)} whole run, ${(baselineSeconds / statesSeconds).toFixed(2)} state phase (target ≥ 0.50)`,
        '',
      ].join('\n'),
    );
  } finally {
    await bench.dispose();
  }
}

await main();
