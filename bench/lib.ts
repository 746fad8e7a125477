import pg from 'pg';
import { sql } from 'kysely';
import { loadConfig, type Config } from '../src/config.ts';
import { createDatabase, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedRegions } from '../src/seed/regions.ts';

/**
 * What every benchmark needs: a fresh database on the PostgreSQL server (BENCH_DATABASE_URL, default
 * the machine's PostgreSQL 15), migrated, with the region tree; fixed secrets; and dropping it after
 * (BENCH_KEEP=1 keeps it, to EXPLAIN what was slow).
 */
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const BENCH_SECRETS = {
  SESSION_SECRET: 'bench-session-secret-0123456789-abcdefghijkl',
  ENCRYPTION_KEYS: `b1:${Buffer.alloc(32, 3).toString('base64')}`,
  BLIND_INDEX_KEY: Buffer.alloc(32, 4).toString('base64'),
  CARD_SIGNING_KEYS: `b1:${Buffer.alloc(32, 5).toString('base64')}`,
};

export type BenchDatabase = { name: string; url: string; config: Config; database: Database; version: string; dispose: () => Promise<void> };

/**
 * `reuse`: the name of a database an earlier run kept (BENCH_KEEP=1), to measure again without the
 * setup; it is kept again afterwards.
 */
export async function benchDatabase(prefix: string, options: { maxConnections?: number; reuse?: string } = {}): Promise<BenchDatabase> {
  const name = options.reuse ?? `lingkaran_bench_${prefix}_${Date.now()}`;
  if (!/^lingkaran_bench_[a-z]+_\d+$/.test(name)) throw new Error(`not a benchmark database: ${name}`);
  if (!options.reuse) {
    const admin = new pg.Client({ connectionString: SERVER });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
  }
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const config = loadConfig({ DATABASE_URL: url.toString(), ...BENCH_SECRETS, LOG_LEVEL: 'warn' });
  const database = createDatabase({ url: url.toString(), mode: 'postgres', maxConnections: options.maxConnections ?? 4 });
  const dispose = async () => {
    await database.close();
    if (process.env.BENCH_KEEP || options.reuse) {
      process.stdout.write(`kept database ${name}\n`);
      return;
    }
    const cleanup = new pg.Client({ connectionString: SERVER });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  };
  try {
    await migrateToLatest(database.db);
    await seedRegions(database.db);
    const { rows } = await sql<{ v: string }>`select version() as v`.execute(database.db);
    return { name, url: url.toString(), config, database, version: rows[0]!.v, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/**
 * Loads `count` verified workers spread evenly over every village, in set-based batches of 500,000
 * (setup of the benchmarks that need a national registry; not measured). The name search index is
 * not used by the benchmarks and is slow to build at this size: it is dropped first.
 */
export async function insertBenchWorkers(db: Database['db'], count: number, onProgress?: (done: number) => void): Promise<void> {
  const BATCH = 500_000;
  await sql`drop index if exists workers_name_trgm_idx`.execute(db);
  await sql`create temporary table if not exists bench_villages as select code, row_number() over (order by code) - 1 as k from regions where level = 4`.execute(db);
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from bench_villages`.execute(db);
  const villages = rows[0]!.n;
  for (let from = 0; from < count; from += BATCH) {
    const to = Math.min(count, from + BATCH) - 1;
    await sql`
      insert into workers (id, nik_ciphertext, nik_key_id, nik_bidx, nik_last4, nik_prefix4, full_name, name_norm, birth_date, sex,
                           village_code, regency_code, occupation_code, status, verified_at, source, created_at)
      select gen_random_uuid(), '\\x00'::bytea, 'b1', decode(md5('nik' || i), 'hex'), lpad((i % 10000)::text, 4, '0'), '6202',
             'Warga ' || i, 'warga ' || i, date '1970-01-01' + (i % 10000), case when i % 2 = 0 then 'L' else 'P' end,
             v.code, left(v.code, 5), 'PETANI', 'verified', now(), 'import', timestamptz '2024-01-01'
      from generate_series(${from}::int, ${to}::int) as i
      join bench_villages v on v.k = i % ${villages}
    `.execute(db);
    onProgress?.(to + 1);
  }
}
