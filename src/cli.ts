import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { sql } from 'kysely';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { DatabaseUnreachableError, describeUrl } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { registerHousekeeping } from './jobs/housekeeping.ts';
import { createPgBossQueue, type Queue } from './jobs/queue.ts';
import { terminalProgress } from './lib/progress.ts';
import { openRuntime, type Runtime } from './runtime.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './seed/demo/index.ts';
import { seedRegions } from './seed/regions.ts';
import { ensureWebBuilt } from './web-build.ts';

const say = (line: string) => process.stdout.write(line + '\n');
const progress = terminalProgress(process.stderr, {
  regions: 'Memuat wilayah Kemendagri',
  workers: 'Membuat pekerja demo',
});

/** Runs a command body with the database open; every known failure ends in one clear line. */
async function withRuntime<T>(config: Config, body: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(config);
  try {
    return await body(runtime);
  } finally {
    await runtime.close();
  }
}

async function prepareDatabase(runtime: Runtime, config: Config, options: { isDemoWanted: boolean; workers?: number }) {
  const { db } = runtime.database;
  const { applied } = await migrateToLatest(db);
  if (applied.length) say(`Migrasi diterapkan: ${applied.join(', ')}`);
  const regions = await seedRegions(db, { onProgress: progress });
  if (!regions.skipped) say(`Wilayah dimuat: ${regions.loaded.toLocaleString('id-ID')} baris.`);
  if (!options.isDemoWanted) return { isDemoPresent: false };
  const report = await seedDemo({ db, keyring: config.keyring, workers: options.workers ?? config.demoWorkers, onProgress: progress });
  if (!report.skipped) {
    say(
      `Data demo dibuat: ${report.workers.toLocaleString('id-ID')} pekerja, ${report.donorOrgs} donatur, ` +
        `${report.branches} kantor cabang, ${report.users} pengguna.`,
    );
  }
  return { isDemoPresent: true };
}

function isDemoWantedAtStart(config: Config): boolean {
  if (config.seedDemo === 'true') return true;
  if (config.seedDemo === 'false') return false;
  return config.databaseMode === 'embedded';
}

function printBanner(config: Config, url: string, isDemoPresent: boolean) {
  say('');
  say(`Lingkaran ${config.version} siap: ${url}`);
  say(
    config.databaseMode === 'embedded'
      ? `Database: PostgreSQL tertanam (PGlite) di ${path.join(config.dataDir, 'pgdata')}`
      : `Database: PostgreSQL di ${describeUrl(config.databaseUrl!)}`,
  );
  if (isDemoPresent) {
    say(`Akun demo (kata sandi semuanya: ${DEMO_PASSWORD}):`);
    const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
    for (const account of DEMO_ACCOUNTS) say(`  ${account.email.padEnd(width)}  ${account.description}`);
  }
  say('Dokumentasi API: ' + url + '/api/docs');
  say('Hentikan dengan Ctrl+C.');
}

async function serve(config: Config) {
  const startedAt = Date.now();
  await ensureWebBuilt(say);
  const runtime = await openRuntime(config);
  let queue: Queue | null = null;
  try {
    const { isDemoPresent } = await prepareDatabase(runtime, config, { isDemoWanted: isDemoWantedAtStart(config) });
    if (config.jobsEnabled) {
      queue = createPgBossQueue(runtime.database.pool);
      await queue.start();
      await registerHousekeeping(queue, { db: runtime.database.db, idleMinutes: config.sessionIdleMinutes });
    }
    const app = await buildApp({ config, database: runtime.database, queue });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
    printBanner(config, `http://${shownHost}:${port}`, isDemoPresent);
    say(`Siap dalam ${((Date.now() - startedAt) / 1000).toFixed(1)} detik.`);

    let isStopping = false;
    const stop = async (signal: string) => {
      if (isStopping) return;
      isStopping = true;
      say(`\n${signal} diterima: menyelesaikan permintaan yang sedang berjalan…`);
      const force = setTimeout(() => {
        process.stderr.write('Berhenti paksa setelah 15 detik.\n');
        process.exit(1);
      }, 15_000);
      force.unref();
      await app.close(); // stops accepting, waits for in-flight requests
      await queue?.stop();
      await runtime.close();
      say('Lingkaran berhenti dengan rapi.');
      process.exit(0);
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  } catch (error) {
    await queue?.stop().catch(() => {});
    await runtime.close().catch(() => {});
    throw error;
  }
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10_000_000) throw new InvalidArgumentError('harus bilangan bulat 0–10.000.000');
  return n;
}

export function buildCli(): Command {
  const program = new Command('lingkaran')
    .description('Lingkaran — platform GN Lingkaran (perlindungan BPJS Ketenagakerjaan bagi pekerja rentan)')
    .showHelpAfterError();

  program
    .command('serve', { isDefault: true })
    .description('jalankan server web dan API (membangun tampilan, migrasi, memuat wilayah dan data demo bila perlu)')
    .action(async () => serve(loadConfig()));

  program
    .command('migrate')
    .description('terapkan migrasi database yang belum dijalankan')
    .action(async () => {
      await withRuntime(loadConfig(), async (runtime) => {
        const { applied } = await migrateToLatest(runtime.database.db);
        say(applied.length ? `Migrasi diterapkan: ${applied.join(', ')}` : 'Tidak ada migrasi baru.');
      });
    });

  const seed = program.command('seed').description('isi data');
  seed
    .command('demo')
    .description('isi wilayah dan data demo sintetis (hanya database tertanam, kecuali --allow-postgres)')
    .option('--workers <n>', 'jumlah pekerja demo', positiveInt)
    .option('--allow-postgres', 'izinkan data demo di PostgreSQL sungguhan (DATABASE_URL)')
    .action(async (options: { workers?: number; allowPostgres?: boolean }) => {
      const config = loadConfig();
      if (config.databaseMode !== 'embedded' && !options.allowPostgres) {
        throw new UsageError(
          `Menolak mengisi data demo ke ${describeUrl(config.databaseUrl!)}: itu bukan database tertanam. ` +
            'Tambahkan --allow-postgres bila memang disengaja.',
        );
      }
      await withRuntime(config, async (runtime) => {
        await prepareDatabase(runtime, config, { isDemoWanted: true, workers: options.workers ?? config.demoWorkers });
        say('Selesai.');
      });
    });

  const dbCommand = program.command('db').description('perawatan database');
  dbCommand
    .command('reset')
    .description('hapus seluruh data lalu migrasi dan isi ulang (database tertanam; PostgreSQL hanya dengan --force)')
    .option('--force', 'izinkan reset database PostgreSQL di DATABASE_URL')
    .option('--workers <n>', 'jumlah pekerja demo sesudah reset', positiveInt)
    .action(async (options: { force?: boolean; workers?: number }) => {
      const config = loadConfig();
      if (config.databaseMode === 'embedded') {
        await rm(path.join(config.dataDir, 'pgdata'), { recursive: true, force: true });
        say(`Database tertanam di ${path.join(config.dataDir, 'pgdata')} dihapus.`);
      } else {
        if (!options.force) {
          throw new UsageError(`Menolak mereset ${describeUrl(config.databaseUrl!)}: bukan database tertanam. Tambahkan --force bila memang disengaja.`);
        }
        await withRuntime(config, async (runtime) => {
          await sql`drop schema if exists pgboss cascade; drop schema public cascade; create schema public`.execute(runtime.database.db);
        });
        say(`Semua data di ${describeUrl(config.databaseUrl!)} dihapus.`);
      }
      await withRuntime(config, async (runtime) => {
        await prepareDatabase(runtime, config, {
          isDemoWanted: config.databaseMode === 'embedded' || config.seedDemo === 'true',
          workers: options.workers ?? config.demoWorkers,
        });
        say('Selesai.');
      });
    });

  return program;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Entry point of bin/lingkaran.js: one clear line for every known failure, exit code 1. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) process.stderr.write(`Konfigurasi salah: ${problem}\n`);
    } else if (error instanceof DatabaseUnreachableError) {
      process.stderr.write(`Tidak dapat terhubung ke database ${error.message}\n`);
    } else if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`Gagal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exit(1);
  }
}
