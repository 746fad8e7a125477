/**
 * bench/import-workers — imports a generated CSV of N workers (default 1,000,000) into real
 * PostgreSQL with `lingkaran import workers FILE --mode valid-only` (every row checked and the valid
 * ones saved, in one pass), and compares it with
 * a raw `INSERT … SELECT FROM unnest` of the same rows into tables of the same shape and indexes,
 * measured in the same run. Prints rows per second, the ratio (baseline time ÷ import time;
 * target ≥ 0.5) and the importing process's peak memory (target < 512 MB).
 *
 *   npm run bench:import                      # 1,000,000 rows on postgres://postgres@127.0.0.1:5432
 *   BENCH_ROWS=100000 npm run bench:import
 */
import { execFile } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { parseKeyring } from '../src/config.ts';
import { normalizeName } from '../src/domain/worker-input.ts';
import { workerColumns, type WorkerRowInput } from '../src/modules/workers/repository.ts';
import { BENCH_SECRETS, benchDatabase } from './lib.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const OCCUPATIONS = ['PETANI', 'NELAYAN', 'PKL', 'OJEK', 'PEMULUNG', 'MARBOT', 'BURUH_TANI', 'PEDAGANG_KELILING'];
const two = (n: number) => String(n).padStart(2, '0');

function nameOf(i: number): string {
  let n = i;
  let word = '';
  do {
    word += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  } while (n > 0);
  return `Warga ${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}

/** Row i: unique NIK by construction (birth date and serial come from i), a village round-robin. */
function row(i: number, villages: string[]) {
  const village = villages[i % villages.length]!;
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const year = 1965 + (Math.floor(i / 336) % 40);
  const serial = 1 + Math.floor(i / 13_440);
  const female = i % 2 === 1;
  const nik = `${village.slice(0, 8).replaceAll('.', '')}${two(female ? day + 40 : day)}${two(month)}${two(year % 100)}${String(serial).padStart(4, '0')}`;
  return { nik, name: nameOf(i), village, occupation: OCCUPATIONS[i % OCCUPATIONS.length]!, phone: `08${String(1_200_000_000 + i).padStart(10, '0')}`, birth: `${year}-${two(month)}-${two(day)}`, female };
}

async function main() {
  const bench = await benchDatabase('import', { maxConnections: 2 });
  const { database } = bench;
  const dir = mkdtempSync(path.join(tmpdir(), 'lingkaran-bench-'));
  try {
    const villages = (await database.db.selectFrom('regions').select('code').where('level', '=', 4).orderBy('code').execute()).map((r) => r.code);
    process.stdout.write(`${bench.version}\n${ROWS.toLocaleString('en')} rows, ${villages.length.toLocaleString('en')} villages\n`);

    // The file to import.
    const file = path.join(dir, 'workers.csv');
    const out = createWriteStream(file);
    out.write('nik,nama_lengkap,kode_desa,pekerjaan,no_hp\n');
    for (let i = 0; i < ROWS; i++) {
      const r = row(i, villages);
      if (!out.write(`${r.nik},${r.name},${r.village},${r.occupation},${r.phone}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve) => out.end(() => resolve()));

    // The import, as an operator runs it.
    const started = performance.now();
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [path.resolve('bin/lingkaran.js'), 'import', 'workers', file, '--mode', 'valid-only', '--stats'],
      { env: { PATH: process.env.PATH ?? '', DATABASE_URL: bench.url, DATA_DIR: dir, LOG_LEVEL: 'warn', ...BENCH_SECRETS }, maxBuffer: 1 << 24 },
    );
    const importSeconds = (performance.now() - started) / 1000;
    process.stdout.write(stdout + stderr);
    const saved = Number(/Disimpan ([\d.]+) pekerja/.exec(stdout)?.[1]?.replaceAll('.', '') ?? 0);
    const peakMb = Number(/Memori puncak: (\d+) MB/.exec(stdout)?.[1] ?? 0);
    if (saved !== ROWS) throw new Error(`import saved ${saved} of ${ROWS}:\n${stdout}`);

    // The baseline: the same rows, already prepared and encrypted in memory, inserted raw into the same
    // tables (same indexes and constraints), after emptying them.
    await sql`truncate worker_duplicates, worker_nik_index, workers cascade`.execute(database.db);
    await sql`vacuum analyze workers`.execute(database.db);
    const keyring = parseKeyring(BENCH_SECRETS.ENCRYPTION_KEYS, undefined, BENCH_SECRETS.BLIND_INDEX_KEY);
    const chunk = 5_000;
    let baselineMs = 0;
    for (let start = 0; start < ROWS; start += chunk) {
      const rows: WorkerRowInput[] = Array.from({ length: Math.min(chunk, ROWS - start) }, (_, k) => {
        const r = row(start + k, villages);
        return {
          id: uuidv7(), nik: r.nik, fullName: r.name, nameNorm: normalizeName(r.name), birthDate: r.birth, sex: r.female ? 'P' : 'L',
          villageCode: r.village, regencyCode: r.village.slice(0, 5), occupationCode: r.occupation, occupationOther: null,
          incomeBracket: 1_000_000n, phone: `+62${r.phone.slice(1)}`, isDtks: false, p3keDecile: null, isWageEarner: false,
          status: 'registered', source: 'import', registeredBy: null, verifiedBy: null, importId: null,
        };
      });
      const c = workerColumns(keyring, rows);
      const t0 = performance.now();
      await sql`
        insert into workers (id, nik_ciphertext, nik_key_id, nik_bidx, nik_last4, nik_prefix4, full_name, name_norm, birth_date, sex,
                             village_code, regency_code, occupation_code, occupation_other, income_bracket, phone_ciphertext, phone_key_id,
                             phone_masked, is_dtks, p3ke_decile, is_wage_earner, status, source, registered_by, verified_by, import_id)
        select * from unnest(${c.id}::uuid[], ${c.nikCiphertext}::bytea[], ${c.nikKeyId}::text[], ${c.nikBidx}::bytea[], ${c.nikLast4}::text[],
                             ${c.nikPrefix4}::text[], ${c.fullName}::text[], ${c.nameNorm}::text[], ${c.birthDate}::date[], ${c.sex}::text[],
                             ${c.villageCode}::text[], ${c.regencyCode}::text[], ${c.occupationCode}::text[], ${c.occupationOther}::text[],
                             ${c.incomeBracket}::int8[], ${c.phoneCiphertext}::bytea[], ${c.phoneKeyId}::text[], ${c.phoneMasked}::text[],
                             ${c.isDtks}::bool[], ${c.p3keDecile}::int2[], ${c.isWageEarner}::bool[], ${c.status}::text[], ${c.source}::text[],
                             ${c.registeredBy}::uuid[], ${c.verifiedBy}::uuid[], ${c.importId}::uuid[])
      `.execute(database.db);
      await sql`insert into worker_nik_index (nik_bidx, worker_id) select * from unnest(${c.nikBidx}::bytea[], ${c.id}::uuid[])`.execute(database.db);
      baselineMs += performance.now() - t0;
    }
    const baselineSeconds = baselineMs / 1000;
    const ratio = baselineSeconds / importSeconds;
    process.stdout.write(
      [
        `import   : ${importSeconds.toFixed(1)} s, ${Math.round(ROWS / importSeconds).toLocaleString('en')} rows/s (lingkaran import workers, end to end), peak memory ${peakMb} MB`,
        `baseline : ${baselineSeconds.toFixed(1)} s, ${Math.round(ROWS / baselineSeconds).toLocaleString('en')} rows/s (raw INSERT … SELECT FROM unnest of the same rows, prepared and encrypted beforehand, into the same tables)`,
        `ratio    : ${ratio.toFixed(2)} (target ≥ 0.50)   peak memory: ${peakMb} MB (target < 512 MB)`,
        '',
      ].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await bench.dispose();
  }
}

await main();
