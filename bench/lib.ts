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

export async function benchDatabase(prefix: string, options: { maxConnections?: number } = {}): Promise<BenchDatabase> {
  const name = `lingkaran_bench_${prefix}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const config = loadConfig({ DATABASE_URL: url.toString(), ...BENCH_SECRETS, LOG_LEVEL: 'warn' });
  const database = createDatabase({ url: url.toString(), mode: 'postgres', maxConnections: options.maxConnections ?? 4 });
  const dispose = async () => {
    await database.close();
    if (process.env.BENCH_KEEP) {
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
