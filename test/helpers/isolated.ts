import pg from 'pg';
import { inject } from 'vitest';
import { createDatabase, type Database } from '../../src/db/database.ts';
import { startEmbeddedPostgres } from '../../src/db/embedded.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { seedRegions } from '../../src/seed/regions.ts';

/**
 * A database of its own, for tests of whole-database operations (the monthly run touches every
 * worker; on the shared test database it would meet other test files' workers). In the embedded mode
 * a new in-memory PGlite, in the PostgreSQL mode a new database on the same server; migrated and with
 * the region tree, no demo data.
 */
export async function isolatedDatabase(): Promise<{ url: string; database: Database; close: () => Promise<void> }> {
  let url: string;
  let drop: () => Promise<void>;
  if (inject('databaseMode') === 'postgres') {
    const server = new URL(inject('databaseUrl'));
    server.pathname = '/postgres';
    const name = `lingkaran_iso_${Date.now()}_${process.pid}`;
    const admin = new pg.Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const own = new URL(server);
    own.pathname = `/${name}`;
    url = own.toString();
    drop = async () => {
      const client = new pg.Client({ connectionString: server.toString() });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    };
  } else {
    const embedded = await startEmbeddedPostgres();
    url = embedded.url;
    drop = embedded.stop;
  }
  const database = createDatabase({ url, mode: inject('databaseMode'), maxConnections: 4 });
  await migrateToLatest(database.db);
  await seedRegions(database.db);
  return {
    url,
    database,
    close: async () => {
      await database.close();
      await drop();
    },
  };
}
