import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { DB } from './schema.ts';

export type DatabaseMode = 'embedded' | 'postgres';

export type Database = {
  db: Kysely<DB>;
  pool: pg.Pool;
  mode: DatabaseMode;
  url: string;
  close: () => Promise<void>;
};

const OID_INT8 = 20;
const OID_INT8_ARRAY = 1016;
const OID_DATE = 1082;
const OID_DATE_ARRAY = 1182;
const OID_TEXT_ARRAY = 1009;
const builtinParser = pg.types.getTypeParser as (oid: number) => (value: string) => unknown;

/**
 * The same type parsers in both modes: int8 → bigint (money is whole rupiah in bigint),
 * date → 'YYYY-MM-DD' string (never a JavaScript Date shifted by the time zone).
 * Set per pool, not globally, so no other library's parsing changes.
 */
export const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (format !== 'binary') {
      if (oid === OID_INT8) return (value: string) => BigInt(value);
      if (oid === OID_DATE) return (value: string) => value;
      if (oid === OID_INT8_ARRAY) {
        const parseArray = builtinParser(OID_TEXT_ARRAY);
        return (value: string) => (parseArray(value) as string[]).map((v) => (v === null ? null : BigInt(v)));
      }
      if (oid === OID_DATE_ARRAY) return builtinParser(OID_TEXT_ARRAY);
    }
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

export type ConnectOptions = {
  url: string;
  mode: DatabaseMode;
  maxConnections?: number;
  applicationName?: string;
};

export function createDatabase(options: ConnectOptions): Database {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    types: typeParsers,
    application_name: options.applicationName ?? 'lingkaran',
    connectionTimeoutMillis: 10_000,
  });
  // An idle client losing its connection must not crash the process.
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    mode: options.mode,
    url: options.url,
    close: async () => {
      await db.destroy();
    },
  };
}

/** Checks that the database answers; turns a connection failure into one clear sentence. */
export async function assertReachable(database: Database): Promise<void> {
  try {
    await database.pool.query('select 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnreachableError(`${describeUrl(database.url)}: ${reason}`);
  }
}

export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

/** host:port/database of a connection URL, without the password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return '(URL tidak terbaca)';
  }
}
