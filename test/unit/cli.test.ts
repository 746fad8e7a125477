import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { TEST_SECRETS } from '../helpers/env.ts';

const run = promisify(execFile);
const BIN = path.resolve('bin/lingkaran.js');

async function lingkaran(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the lingkaran command', () => {
  it('stops with one clear line when a variable is wrong', async () => {
    const result = await lingkaran(['migrate'], { DATABASE_URL: 'mysql://root@localhost/x' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('Konfigurasi salah: DATABASE_URL harus URL postgres://… atau postgresql://… (sekarang: "mysql://root@localhost/x")');
  });

  it('stops with one clear line when a required secret is missing', async () => {
    const result = await lingkaran(['migrate'], { DATABASE_URL: 'postgres://u@127.0.0.1:1/x', ...TEST_SECRETS, SESSION_SECRET: '' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Konfigurasi salah: SESSION_SECRET wajib diisi/);
  });

  it('stops with one clear line when the database cannot be reached', async () => {
    const result = await lingkaran(['migrate'], { DATABASE_URL: 'postgres://u@127.0.0.1:1/lingkaran', ...TEST_SECRETS });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Tidak dapat terhubung ke database 127\.0\.0\.1:1\/lingkaran: .*ECONNREFUSED/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('refuses demo data and reset on a database that is not embedded', async () => {
    const env = { DATABASE_URL: 'postgres://u@127.0.0.1:1/lingkaran', ...TEST_SECRETS };
    const seed = await lingkaran(['seed', 'demo'], env);
    expect(seed.code).toBe(1);
    expect(seed.stderr).toMatch(/Menolak mengisi data demo ke 127\.0\.0\.1:1\/lingkaran.*--allow-postgres/);
    const reset = await lingkaran(['db', 'reset'], env);
    expect(reset.code).toBe(1);
    expect(reset.stderr).toMatch(/Menolak mereset .*--force/);
  });

  it('explains itself', async () => {
    const result = await lingkaran(['--help'], { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'lk-cli-')) });
    expect(result.stdout).toMatch(/serve/);
    expect(result.stdout).toMatch(/migrate/);
    expect(result.stdout).toMatch(/seed/);
    expect(result.stdout).toMatch(/db/);
  });
});

describe('lingkaran import workers', () => {
  it('checks every row, writes a problem report, and saves the valid rows', async () => {
    const { inject } = await import('vitest');
    const { createDatabase } = await import('../../src/db/database.ts');
    const { randomNik, randomName, villageIn } = await import('../helpers/factories.ts');
    const { writeFileSync, readFileSync } = await import('node:fs');
    const database = createDatabase({ url: inject('databaseUrl'), mode: inject('databaseMode'), maxConnections: 1 });
    const { villageCode, districtCode } = await villageIn(database, '64.07');
    await database.close();
    const dir = mkdtempSync(path.join(tmpdir(), 'lingkaran-import-'));
    const file = path.join(dir, 'kutai-barat.csv');
    const rows = [0, 1].map(() => `${randomNik({ districtCode }).nik},Warga ${randomName()},${villageCode},PENYADAP_KARET`);
    writeFileSync(file, ['nik,nama,kode_desa,pekerjaan', ...rows, `12345,Warga Salah,${villageCode},PETANI`].join('\n'));
    const env = { DATABASE_URL: inject('databaseUrl'), ...TEST_SECRETS, DATA_DIR: dir };
    const result = await lingkaran(['import', 'workers', file, '--mode', 'valid-only'], env);
    expect(result.stderr).not.toMatch(/Gagal/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Diperiksa 3 baris dalam [\d.]+ detik: 2 benar, 1 salah/);
    expect(result.stdout).toMatch(/Disimpan 2 pekerja/);
    expect(readFileSync(`${file}.masalah.csv`, 'utf8')).toContain('NIK_LENGTH');
    const again = await lingkaran(['import', 'workers', file, '--mode', 'all-or-nothing'], env);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/0 benar, 3 salah/);
  });
});

describe('lingkaran ledger check', () => {
  it('runs every invariant and says OK for each on a sound ledger', async () => {
    const { inject } = await import('vitest');
    const result = await lingkaran(['ledger', 'check'], { DATABASE_URL: inject('databaseUrl'), ...TEST_SECRETS });
    expect(result.stdout).toMatch(/^OK {4}I1 /m);
    expect(result.stdout).toMatch(/^OK {4}I10 /m);
    expect(result.code).toBe(0);
  });
});
