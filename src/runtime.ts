import path from 'node:path';
import type { Config } from './config.ts';
import { assertReachable, createDatabase, type Database } from './db/database.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './db/embedded.ts';

export type Runtime = {
  database: Database;
  embedded: EmbeddedPostgres | null;
  close: () => Promise<void>;
};

/**
 * Opens the database the configuration names: the embedded PostgreSQL in DATA_DIR/pgdata when
 * DATABASE_URL is unset, else the PostgreSQL server at DATABASE_URL. Fails with one clear
 * sentence when it cannot be reached.
 */
export async function openRuntime(config: Config): Promise<Runtime> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pgdata') });
  const database = createDatabase({
    url: config.databaseUrl ?? embedded!.url,
    mode: config.databaseMode,
    maxConnections: embedded ? 4 : 10,
  });
  try {
    await assertReachable(database);
  } catch (error) {
    await database.close();
    await embedded?.stop();
    throw error;
  }
  return {
    database,
    embedded,
    close: async () => {
      await database.close();
      await embedded?.stop();
    },
  };
}
