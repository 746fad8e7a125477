import { existsSync } from 'node:fs';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { parseKeyring } from '../src/config.ts';
import { createDatabase } from '../src/db/database.ts';
import { startEmbeddedPostgres } from '../src/db/embedded.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedDemo } from '../src/seed/demo/index.ts';
import { seedRegions } from '../src/seed/regions.ts';
import { ensureWebBuilt } from '../src/web-build.ts';
import { TEST_SECRETS } from './helpers/env.ts';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  export interface ProvidedContext {
    databaseUrl: string;
    databaseMode: 'embedded' | 'postgres';
  }
}

/**
 * One database per test run: the embedded PostgreSQL (in memory) by default, or a fresh
 * database on the server named by TEST_DATABASE_URL, dropped afterwards. Migrated, with the
 * region tree and a small demo dataset. Tests isolate by creating their own data.
 */
export default async function setup(project: TestProject) {
  // The browser suites run in parallel and all serve web/dist: build it once here, before any of them
  // starts, so two Vite builds never write the same directory at once.
  if (existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) await ensureWebBuilt();
  const serverUrl = process.env.TEST_DATABASE_URL;
  let url: string;
  let teardown: () => Promise<void>;
  if (serverUrl) {
    const name = `lingkaran_test_${Date.now()}_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const parsed = new URL(serverUrl);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    teardown = async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    };
    process.stdout.write(`[test] PostgreSQL: database ${name}\n`);
  } else {
    const embedded = await startEmbeddedPostgres();
    url = embedded.url;
    teardown = embedded.stop;
    process.stdout.write('[test] PostgreSQL tertanam (PGlite, in memory)\n');
  }

  const database = createDatabase({ url, mode: serverUrl ? 'postgres' : 'embedded', maxConnections: 2 });
  try {
    await migrateToLatest(database.db);
    await seedRegions(database.db);
    const keyring = parseKeyring(TEST_SECRETS.ENCRYPTION_KEYS, undefined, TEST_SECRETS.BLIND_INDEX_KEY);
    await seedDemo({ db: database.db, keyring, workers: 300 });
  } finally {
    await database.close();
  }

  project.provide('databaseUrl', url);
  project.provide('databaseMode', serverUrl ? 'postgres' : 'embedded');
  return teardown;
}
