import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { sql } from 'kysely';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { DatabaseUnreachableError, describeUrl } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { registerHousekeeping } from './jobs/housekeeping.ts';
import { registerCardJobs } from './jobs/cards.ts';
import { registerCoverageJobs } from './jobs/coverage.ts';
import { runMonth } from './modules/coverage/run-month.ts';
import { deliverMessages } from './modules/messages/outbox.ts';
import { parseIsoDate, parseYearMonth } from './domain/dates.ts';
import { formatRupiah } from './domain/money.ts';
import { registerMoneyJobs } from './jobs/money.ts';
import { checkLedger } from './modules/ledger/check.ts';
import { allocateDonation } from './modules/donations/allocate.ts';
import { createPgBossQueue, type Queue } from './jobs/queue.ts';
import { terminalProgress } from './lib/progress.ts';
import { openRuntime, type Runtime } from './runtime.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './seed/demo/index.ts';
import { seedDemoHistory } from './seed/demo/history.ts';
import { seedDemoStatistics } from './seed/demo/statistics.ts';
import { refreshStatistics } from './modules/statistics/refresh.ts';
import { seedRegions } from './seed/regions.ts';
import { ensureWebBuilt } from './web-build.ts';
import { createBatch, runBatch } from './modules/cards/batches.ts';
import { ensureCardKeysPublished, publishCardKeys } from './modules/cards/keys.ts';
import { verifyCard } from './modules/cards/service.ts';
import { verifyOffline, VERDICT_TEXT } from './modules/cards/offline.ts';
import { formatKpj } from './domain/kpj.ts';
import { documentStoreFor } from './lib/documents.ts';
import { createWriteStream } from 'node:fs';
import { domainMessage, isDomainErrorCode } from './domain/errors.ts';
import { safeCsv, safeCsvRows } from './lib/safe-csv.ts';
import { loadImport, recoverInterruptedImports, startCommit, startImport, type ImportDeps, type Importer } from './modules/workers/import/service.ts';

const say = (line: string) => process.stdout.write(line + '\n');
const progress = terminalProgress(process.stderr, {
  regions: 'Memuat wilayah Kemendagri',
  workers: 'Membuat pekerja demo',
  check: 'Memeriksa baris',
  commit: 'Menyimpan pekerja',
  run: 'Memperbarui status per kabupaten/kota',
  history: 'Membuat riwayat donasi demo',
  remind: 'Mengantre pengingat per kabupaten/kota',
  cards: 'Menerbitkan dan menggambar kartu',
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
  const recovered = await recoverInterruptedImports(db);
  if (recovered) say(`Impor yang terputus ditandai: ${recovered}.`);
  if (!options.isDemoWanted) return { isDemoPresent: false };
  const report = await seedDemo({ db, keyring: config.keyring, workers: options.workers ?? config.demoWorkers, onProgress: progress });
  if (!report.skipped) {
    say(
      `Data demo dibuat: ${report.workers.toLocaleString('id-ID')} pekerja, ${report.donorOrgs} donatur, ` +
        `${report.branches} kantor cabang, ${report.users} pengguna.`,
    );
    const history = await seedDemoHistory({ db, book: config.rules, keyring: config.keyring, publicUrl: config.publicUrl, documents: documentStoreFor(config), onProgress: progress });
    if (history) {
      say(
        `Riwayat demo: ${history.donations} donasi (${history.renewals} perpanjangan), ${history.pooledWorkers} pekerja ditanggung dana kesinambungan, ` +
          `${history.selfPaid} membayar mandiri, ${history.paidClaims} klaim JKM dibayar; status JKM: aktif ${history.states.ACTIVE ?? 0}, menunggak ${history.states.ARREARS ?? 0}, berakhir ${history.states.ENDED ?? 0}.`,
      );
    }
    const stats = await seedDemoStatistics(db);
    if (!stats.skipped) say(`Statistik cakupan demo: ${stats.rows.toLocaleString('id-ID')} angka (38 provinsi dan kabupaten/kotanya, ditandai "angka demo").`);
  }
  // The dashboard's pre-aggregated figures, fresh at every start (the job keeps them fresh after).
  await refreshStatistics(db);
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
    // A card key id reused for a different key would void every card it signed: stop here instead.
    await ensureCardKeysPublished(runtime.database.db, config.cardKeys);
    if (queue) {
      await registerMoneyJobs(queue, app.payments);
      await registerCoverageJobs(queue, { db: runtime.database.db, config });
      await registerCardJobs(queue, { db: runtime.database.db, config });
    }
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

  program
    .command('import')
    .description('impor data')
    .command('workers <file>')
    .description('impor daftar pekerja dari CSV atau XLSX: periksa setiap baris, lalu simpan')
    .option('--mode <mode>', 'valid-only: simpan baris yang benar; all-or-nothing: tidak ada yang disimpan bila satu baris salah', 'valid-only')
    .option('--dry-run', 'hanya periksa, jangan simpan apa pun')
    .option('--as <email>', 'impor atas nama pengguna ini (wilayah kerjanya berlaku); tanpa ini: impor sistem, seluruh Indonesia')
    .option('--max-rows <n>', 'batas jumlah baris', positiveInt)
    .option('--report <path>', 'tulis laporan masalah (CSV) ke berkas ini')
    .option('--stats', 'cetak memori puncak proses di akhir')
    .action(async (file: string, options: { mode: string; dryRun?: boolean; as?: string; maxRows?: number; report?: string; stats?: boolean }) => {
      if (options.mode !== 'valid-only' && options.mode !== 'all-or-nothing') throw new UsageError('--mode harus valid-only atau all-or-nothing');
      const config = loadConfig();
      const code = await withRuntime(config, async (runtime) => importWorkersCommand(config, runtime, file, options));
      if (options.stats) say(`Memori puncak: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
      if (code !== 0) process.exitCode = code;
    });

  program
    .command('donations')
    .description('donasi')
    .command('allocate <donationId>')
    .description('alokasikan donasi yang sudah dibayar ke bulan-pekerja (melanjutkan bila sempat terhenti)')
    .option('--chunk <n>', 'jumlah pekerja per transaksi', positiveInt)
    .action(async (donationId: string, options: { chunk?: number }) => {
      const config = loadConfig();
      await withRuntime(config, async (runtime) => {
        await allocateDonation(runtime.database.db, config.rules, donationId, {
          chunkWorkers: options.chunk,
          notify: { messaging: config.messaging, publicUrl: config.publicUrl },
          onProgress: (workers) => say(`Dialokasikan: ${workers} pekerja`),
        });
        const done = await runtime.database.db.selectFrom('donations').select(['status', 'allocated_workers', 'skipped_worker_months']).where('id', '=', donationId).executeTakeFirst();
        if (!done) throw new UsageError(`Donasi ${donationId} tidak ditemukan`);
        say(`Status: ${done.status}; ${done.allocated_workers} pekerja terlindungi; ${done.skipped_worker_months} bulan-pekerja sudah dibayar pihak lain.`);
      });
    });

  program
    .command('run-month <month>')
    .description('proses bulanan TTTT-BB: status perlindungan semua pekerja, dana kesinambungan, perkiraan 30/60/90 hari, pengingat (aman diulang; melanjutkan bila terhenti)')
    .option('--as-of <date>', 'tanggal acuan TTTT-BB-HH (bawaan: sehari sesudah jatuh tempo bulan itu)')
    .option('--deliver', 'kirim pesan yang antre sesudahnya')
    .action(async (monthText: string, options: { asOf?: string; deliver?: boolean }) => {
      const config = loadConfig();
      let month: string;
      let asOf: string | undefined;
      try {
        month = parseYearMonth(monthText, 'month');
        asOf = options.asOf ? parseIsoDate(options.asOf, 'asOf') : undefined;
      } catch {
        throw new UsageError(`Bulan harus TTTT-BB (mis. 2026-11) dan --as-of TTTT-BB-HH; yang diberikan: ${monthText}${options.asOf ? `, ${options.asOf}` : ''}`);
      }
      await withRuntime(config, async (runtime) => {
        const db = runtime.database.db;
        const summary = await runMonth({ db, book: config.rules, messaging: config.messaging, publicUrl: config.publicUrl }, month, {
          asOf,
          onProgress: (done, total, phase) => progress({ step: phase === 'states' ? 'run' : 'remind', done, total }),
        });
        const n = (v: number) => v.toLocaleString('id-ID');
        say(`Proses bulan ${summary.month} per ${summary.asOf} selesai.`);
        say(`Status JKM: aktif ${n(summary.states.ACTIVE ?? 0)}, menunggak ${n(summary.states.ARREARS ?? 0)}, berakhir ${n(summary.states.ENDED ?? 0)}, belum mulai ${n(summary.states.NOT_STARTED ?? 0)}.`);
        say(`Perkiraan habis: 30 hari ${n(summary.forecasts['30'] ?? 0)}, 60 hari ${n(summary.forecasts['60'] ?? 0)}, 90 hari ${n(summary.forecasts['90'] ?? 0)} pekerja.`);
        say(`Dana kesinambungan: ${n(summary.pool.workers)} pekerja, ${n(summary.pool.workerMonths)} bulan-pekerja, ${formatRupiah(BigInt(summary.pool.amount))}.`);
        say(`Pengingat diantre: ${n(summary.reminders.workers)} pekerja, ${n(summary.reminders.donors)} donatur.`);
        const c = summary.continuity;
        const stats = await refreshStatistics(db);
        say(`Statistik dasbor diperbarui: ${n(stats.regencies)} kabupaten/kota dalam ${n(stats.ms)} ms.`);
        if (c.share !== null) say(`Kesinambungan ${c.month}: ${n(c.stayedCovered)} dari ${n(c.sponsorshipEnded)} pekerja yang donasinya berakhir tetap terlindungi (${Math.round(c.share * 100)}%).`);
        if (options.deliver) {
          let sent = 0;
          for (let batch; (batch = await deliverMessages(db, config.keyring, config.messaging)) > 0; ) sent += batch;
          say(`Pesan diproses: ${n(sent)}.`);
        }
      });
    });

  const card = program.command('card').description('kartu peserta');
  card
    .command('verify <payload>')
    .description('periksa isi QR kartu: SAH, KEDALUWARSA, DICABUT, DIPALSUKAN, KUNCI TAK DIKENAL atau BUKAN KARTU (kode keluar 0 hanya bila sah)')
    .option('--keys <file-or-url>', 'periksa tanpa database, dengan kunci publik dari berkas atau alamat /api/cards/keys')
    .option('--today <date>', 'tanggal pemeriksaan TTTT-BB-HH (bawaan: hari ini, WIB)')
    .action(async (payload: string, options: { keys?: string; today?: string }) => {
      const today = options.today ? parseIsoDate(options.today, 'today') : undefined;
      const result = options.keys ? await verifyOffline(payload, options.keys, today) : await withRuntime(loadConfig(), async (runtime) => verifyCard(runtime.database.db, payload, today));
      say(`${VERDICT_TEXT[result.verdict]}`);
      if (result.card) {
        const c = result.card;
        say(`KPJ ${formatKpj(c.kpj)} · kartu ke-${c.cardNo} · ${c.programs.join(' + ')} · terlindungi sampai ${c.protectedUntil} · terbit ${c.issuedOn} · kunci ${c.keyId}`);
        if ('holder' in c && c.holder) say(`Pemegang: ${c.holder}`);
      }
      if (result.verdict !== 'VALID') process.exitCode = 2;
    });
  card
    .command('batch')
    .description('buat berkas cetak kartu (PDF) untuk sebuah donasi atau wilayah, dengan kemajuan')
    .option('--donation <id>', 'kartu para pekerja sebuah donasi')
    .option('--region <code>', 'kartu para pekerja terlindungi di wilayah ini (mis. 62.02)')
    .option('--layout <layout>', 'a4 (10 kartu per lembar) atau cr80 (satu kartu per halaman)', 'a4')
    .requiredOption('--as <email>', 'atas nama pengguna ini (admin, petugas atau agen; wilayah kerjanya berlaku)')
    .requiredOption('--out <file>', 'tulis PDF ke berkas ini')
    .action(async (options: { donation?: string; region?: string; layout: string; as: string; out: string }) => {
      if (Boolean(options.donation) === Boolean(options.region)) throw new UsageError('pilih tepat satu: --donation atau --region');
      if (options.layout !== 'a4' && options.layout !== 'cr80') throw new UsageError('--layout harus a4 atau cr80');
      const config = loadConfig();
      await withRuntime(config, async (runtime) => {
        const db = runtime.database.db;
        const user = await db.selectFrom('users').select(['id', 'email', 'full_name', 'role', 'region_scopes', 'donor_org_id']).where(sql<string>`lower(email)`, '=', options.as.toLowerCase()).executeTakeFirst();
        if (!user || !['admin', 'officer', 'agent'].includes(user.role)) throw new UsageError(`--as: ${options.as} bukan admin, petugas atau agen yang terdaftar`);
        const actor = { userId: user.id, email: user.email, fullName: user.full_name, role: user.role, regionScopes: user.region_scopes, branchId: null, donorOrgId: user.donor_org_id, locale: 'id' as const, sessionTokenHash: Buffer.alloc(0) };
        await publishCardKeys(db, config.cardKeys);
        const selection = options.donation ? { donationId: options.donation } : { regionCode: options.region! };
        const created = await createBatch(db, actor, { selection, layout: options.layout as 'a4' | 'cr80' });
        await runBatch({ db, keyring: config.cardKeys, book: config.rules }, created.id, (done, total) => progress({ step: 'cards', done, total }));
        const row = await db.selectFrom('card_batches').select(['pdf', 'total']).where('id', '=', created.id).executeTakeFirstOrThrow();
        await writeFile(options.out, row.pdf!);
        say(`${row.total.toLocaleString('id-ID')} kartu ditulis ke ${options.out}${created.leftOut.notProtected ? `; ${created.leftOut.notProtected.toLocaleString('id-ID')} pekerja dilewati karena tidak sedang terlindungi` : ''}.`);
      });
    });

  program
    .command('ledger')
    .description('buku besar')
    .command('check')
    .description('periksa semua invarian buku besar; keluar dengan kode bukan nol bila ada yang dilanggar')
    .action(async () => {
      const config = loadConfig();
      const failed = await withRuntime(config, async (runtime) => {
        const results = await checkLedger(runtime.database.db);
        for (const r of results) {
          say(`${r.violations === 0 ? 'OK   ' : 'GAGAL'} ${r.id}  ${r.description}${r.violations ? ` — ${r.violations} pelanggaran: ${r.sample.join(', ')}` : ''}`);
        }
        return results.filter((r) => r.violations > 0);
      });
      if (failed.length > 0) {
        process.stderr.write(`Invarian dilanggar: ${failed.map((r) => r.id).join(', ')}\n`);
        process.exitCode = 1;
      }
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

async function importWorkersCommand(
  config: Config,
  runtime: Runtime,
  file: string,
  options: { mode: string; dryRun?: boolean; as?: string; maxRows?: number; report?: string },
): Promise<number> {
  const db = runtime.database.db;
  await migrateToLatest(db);
  // Villages are checked against the region tree: load it if this database has never been started.
  await seedRegions(db, { onProgress: progress });
  let importer: Importer = { userId: null, scopes: null };
  if (options.as) {
    const user = await db.selectFrom('users').select(['id', 'role', 'region_scopes']).where(sql<string>`lower(email)`, '=', options.as.toLowerCase()).executeTakeFirst();
    if (!user || !['admin', 'officer', 'agent'].includes(user.role)) throw new UsageError(`--as: ${options.as} bukan admin, petugas atau agen yang terdaftar`);
    importer = { userId: user.id, scopes: user.role === 'admin' ? null : user.region_scopes };
  }
  const deps: ImportDeps = {
    db,
    keyring: config.keyring,
    book: config.rules,
    uploadsDir: path.join(config.dataDir, 'uploads'),
    limits: { ...config.imports, maxRows: options.maxRows ?? 10_000_000 },
    log: (error) => process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
  };
  const startedAt = Date.now();
  // valid-only saves as it checks (one pass); all-or-nothing and --dry-run check everything first.
  const isOnePass = options.mode === 'valid-only' && !options.dryRun;
  const { id, validation } = await startImport(deps, importer, { name: path.basename(file), filePath: path.resolve(file) }, {
    onProgress: (done) => progress({ step: isOnePass ? 'commit' : 'check', done, total: 0 }),
    isOnePass,
  });
  await validation;
  const checked = await loadImport(db, { ...importer, isAdmin: true }, id);
  const failure = checked.failure as { code: string; details?: unknown } | null;
  if (checked.status === 'failed') {
    say(`Berkas ditolak: ${failure?.code ?? 'GAGAL'} ${failure?.details ? JSON.stringify(failure.details) : ''}`);
    return 1;
  }
  say(
    `Diperiksa ${checked.total_rows.toLocaleString('id-ID')} baris dalam ${((Date.now() - startedAt) / 1000).toFixed(1)} detik: ` +
      `${checked.valid_rows.toLocaleString('id-ID')} benar, ${checked.error_rows.toLocaleString('id-ID')} salah, ${checked.warning_rows.toLocaleString('id-ID')} dengan peringatan.`,
  );
  if (checked.error_rows > 0 || checked.warning_rows > 0) {
    const report = options.report ?? `${file}.masalah.csv`;
    await writeIssueReport(db, id, report);
    say(`Laporan masalah: ${report}`);
  }
  if (options.dryRun) {
    say('Hanya pemeriksaan (--dry-run): tidak ada yang disimpan.');
    return 0;
  }
  if (checked.status === 'committed') {
    const seconds = (Date.now() - startedAt) / 1000;
    say(`Disimpan ${checked.committed_rows.toLocaleString('id-ID')} pekerja dalam ${seconds.toFixed(1)} detik (${Math.round(checked.committed_rows / Math.max(seconds, 0.001)).toLocaleString('id-ID')} baris/detik). Impor ${id}.`);
    return checked.committed_rows > 0 ? 0 : 1;
  }
  const mode = options.mode === 'all-or-nothing' ? 'all_or_nothing' : 'valid_only';
  if (mode === 'all_or_nothing' && checked.error_rows > 0) {
    say('Tidak ada yang disimpan: ada baris yang salah dan --mode all-or-nothing dipilih.');
    return 1;
  }
  if (checked.valid_rows === 0) {
    say('Tidak ada baris yang benar untuk disimpan.');
    return 1;
  }
  const commitStarted = Date.now();
  const { commit } = await startCommit(deps, { ...importer, isAdmin: true }, id, mode, {
    filePath: path.resolve(file),
    onProgress: (done, total) => progress({ step: 'commit', done, total: total ?? done }),
  });
  await commit;
  const done = await loadImport(db, { ...importer, isAdmin: true }, id);
  if (done.status !== 'committed') {
    say(`Penyimpanan tidak selesai: ${JSON.stringify(done.failure)}`);
    return 1;
  }
  const seconds = (Date.now() - commitStarted) / 1000;
  say(`Disimpan ${done.committed_rows.toLocaleString('id-ID')} pekerja dalam ${seconds.toFixed(1)} detik (${Math.round(done.committed_rows / Math.max(seconds, 0.001)).toLocaleString('id-ID')} baris/detik). Impor ${id}.`);
  return 0;
}

/** The problem report as CSV, written page by page: a million bad rows do not fill the memory. */
async function writeIssueReport(db: Runtime['database']['db'], importId: string, file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve())));
  const message = (code: string, params: unknown) => (isDomainErrorCode(code) ? domainMessage({ code, params: (params ?? {}) as Record<string, string> }, 'id') : code);
  await write(safeCsv(['baris', 'jenis', 'kolom', 'kode', 'pesan'], []));
  let after = { row: 0, seq: 0 };
  for (;;) {
    const page = await db
      .selectFrom('worker_import_issues')
      .selectAll()
      .where('import_id', '=', importId)
      .where(sql<boolean>`(row_number, seq) > (${after.row}, ${after.seq})`)
      .orderBy('row_number')
      .orderBy('seq')
      .limit(10_000)
      .execute();
    if (page.length === 0) break;
    await write(safeCsvRows(page.map((i) => [i.row_number, i.severity === 'error' ? 'kesalahan' : 'peringatan', i.column_name ?? '', i.code, message(i.code, i.params)])));
    const last = page.at(-1)!;
    after = { row: last.row_number, seq: last.seq };
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
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
