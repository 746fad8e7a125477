/**
 * bench/dashboard — the public statistics dashboard over a national registry on real PostgreSQL:
 * loads 10,000,000 workers (BENCH_WORKERS; each with a JKM state: 60 % protected by one of 300
 * donors, 10 % in arrears, 15 % ended, 15 % not started) and the demo official figures for 38
 * provinces and 514 regencies, refreshes the pre-aggregated tables (time printed), then drives the
 * real HTTP server with autocannon: GET /api/health as the bare-server baseline, and each dashboard
 * endpoint, in the same run with the same connections (asking for gzip, as every browser does). Printed per endpoint: requests/s, p50 and p95
 * latency (from every response time, not a histogram bucket) and the ratio of its throughput to the
 * health endpoint's. Target: p95 under 50 ms.
 *
 *   npm run bench:dashboard                      (10 M workers; setup takes a while)
 *   BENCH_WORKERS=1000000 npm run bench:dashboard
 *   BENCH_SECONDS=10 BENCH_CONNECTIONS=10 …      (per endpoint; defaults)
 *   BENCH_KEEP=1 …, then BENCH_REUSE=<database> … (measure again on the kept database, without the setup)
 */
import autocannon from 'autocannon';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../src/db/schema.ts';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { newId } from '../src/lib/ids.ts';
import { refreshStatistics } from '../src/modules/statistics/refresh.ts';
import { seedDemoStatistics } from '../src/seed/demo/statistics.ts';
import { BENCH_SECRETS, benchDatabase, insertBenchWorkers } from './lib.ts';

const WORKERS = Number(process.env.BENCH_WORKERS ?? 10_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DONORS = 300;
const say = (line: string) => process.stdout.write(line + '\n');
const seconds = (from: number) => (performance.now() - from) / 1000;

type Measured = { path: string; rps: number; p50: number; p95: number; errors: number; non2xx: number };

async function measure(baseUrl: string, path: string): Promise<Measured> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: baseUrl + path, connections: CONNECTIONS, duration: SECONDS, headers: { 'accept-encoding': 'gzip, deflate, br' } }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { path, rps: result.requests.average, p50: at(0.5), p95: at(0.95), errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

/** Setup (not measured): workers, their JKM states, donors, and the official figures. */
async function setUp(db: Kysely<DB>) {
  const setup = performance.now();
  await insertBenchWorkers(db, WORKERS, (done) => process.stderr.write(`\r  workers: ${done.toLocaleString('en')}`));
  process.stderr.write('\n');
  const donorIds = Array.from({ length: DONORS }, () => newId());
  await db
    .insertInto('donor_orgs')
    .values(donorIds.map((id, i) => ({ id, type: 'SWASTA' as const, legal_name: `PT Donatur Bangku Uji ${i}`, display_name: `PT Donatur ${i}`, region_code: null, is_public_name_consented: i % 3 !== 0 })))
    .execute();
  await sql`create temporary table bench_donors as select id, row_number() over (order by id) - 1 as k from donor_orgs`.execute(db);
  // Sixteen slices of the (random) worker ids, so no statement holds ten million rows at once.
  for (let slice = 0; slice < 16; slice++) {
    const low = `${slice.toString(16)}0000000-0000-0000-0000-000000000000`;
    const high = slice === 15 ? 'ffffffff-ffff-ffff-ffff-ffffffffffff' : `${(slice + 1).toString(16)}0000000-0000-0000-0000-000000000000`;
    await sql`
      insert into coverage_states (worker_id, program, state, unpaid_months, starts_on, paid_through, protected_until, ends_on, run_length, last_source, last_donor_org_id, as_of)
      select w.id, 'JKM', s.state, case when s.state = 'ARREARS' then 1 else 0 end, date '2025-01-01',
             date '2026-10-01', date '2026-10-31', date '2027-02-16', 6,
             case when s.state = 'NOT_STARTED' then null else 'donation' end,
             case when s.state = 'NOT_STARTED' then null else d.id end, current_date
      from workers w
      cross join lateral (select abs(hashtext(w.id::text)) % 20 as h) g
      cross join lateral (select case when g.h < 12 then 'ACTIVE' when g.h < 14 then 'ARREARS' when g.h < 17 then 'ENDED' else 'NOT_STARTED' end as state) s
      join bench_donors d on d.k = abs(hashtext(w.regency_code)) % ${DONORS}
      where w.id >= ${low}::uuid and w.id ${slice === 15 ? sql`<=` : sql`<`} ${high}::uuid
    `.execute(db);
    process.stderr.write(`\r  coverage states: ${slice + 1}/16`);
  }
  process.stderr.write('\n');
  await seedDemoStatistics(db);
  await sql`vacuum analyze`.execute(db);
  say(`setup     : ${seconds(setup).toFixed(0)} s`);
}

async function main() {
  const reuse = process.env.BENCH_REUSE;
  const bench = await benchDatabase('dash', { maxConnections: 10, reuse });
  const { database } = bench;
  const db = database.db;
  try {
    say(`${bench.version}\n${WORKERS.toLocaleString('en')} workers, ${DONORS} donors; ${CONNECTIONS} connections × ${SECONDS} s per endpoint`);

    if (!reuse) await setUp(db);

    // The refresh the job runs every five minutes.
    const refreshed = await refreshStatistics(db);
    const again = await refreshStatistics(db);
    say(`refresh   : ${(refreshed.ms / 1000).toFixed(1)} s, then ${(again.ms / 1000).toFixed(1)} s (${refreshed.regencies} regencies; the job's cost every five minutes)`);

    // The real server, as `npm start` builds it, on this database; the public rate limit lifted for the load.
    const config = { ...loadConfig({ DATABASE_URL: bench.url, ...BENCH_SECRETS, LOG_LEVEL: 'warn', JOBS: 'false', PUBLIC_STATS_PER_MINUTE: '1000000' }), logLevel: 'silent' as const };
    const app = await buildApp({ config, database, isWebServed: false });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const paths = ['/api/public/statistics', '/api/public/statistics?segment=TOTAL&definition=PENDUDUK_BEKERJA', '/api/public/statistics/regions/62', '/api/public/statistics/regions/62.02'];
      // Warm-up (JIT, connection pool, caches), not measured.
      for (const path of ['/api/health', ...paths]) for (let i = 0; i < 20; i++) await fetch(address + path).then((r) => r.arrayBuffer());
      // The baseline is measured before and after the endpoints (the machine's state drifts); its mean is the reference.
      const before = await measure(address, '/api/health');
      const results = [];
      for (const path of paths) results.push(await measure(address, path));
      const after = await measure(address, '/api/health');
      const baseline = { ...after, rps: (before.rps + after.rps) / 2, p50: Math.max(before.p50, after.p50), p95: Math.max(before.p95, after.p95) };
      say(`health    : ${before.rps.toFixed(0)} req/s before, ${after.rps.toFixed(0)} req/s after the endpoints`);
      const line = (m: Measured) =>
        `${m.path.padEnd(68)} ${m.rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50.toFixed(1).padStart(6)} ms  p95 ${m.p95.toFixed(1).padStart(6)} ms` +
        (m.errors || m.non2xx ? `  errors ${m.errors}, non-2xx ${m.non2xx}` : '');
      say(`baseline  : ${line(baseline)}`);
      for (const m of results) say(`endpoint  : ${line(m)}  ratio ${(m.rps / baseline.rps).toFixed(2)}${m.p95 < 50 ? '' : '  ← p95 above 50 ms'}`);
      const worst = Math.max(...results.map((m) => m.p95));
      say(`result    : worst p95 ${worst.toFixed(1)} ms (target < 50 ms); throughput ratio to /api/health ${Math.min(...results.map((m) => m.rps / baseline.rps)).toFixed(2)}–${Math.max(...results.map((m) => m.rps / baseline.rps)).toFixed(2)}`);
      if (results.some((m) => m.errors || m.non2xx)) throw new Error('some requests failed');
    } finally {
      await app.close();
    }
  } finally {
    await bench.dispose();
  }
}

await main();
