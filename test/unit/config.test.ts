import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { TEST_SECRETS } from '../helpers/env.ts';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('defaults to the embedded database and generates its secrets once, outside git', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lk-config-'));
    const first = loadConfig({ DATA_DIR: dir });
    expect(first.databaseMode).toBe('embedded');
    expect(first.port).toBe(3000);
    expect(first.host).toBe('127.0.0.1');
    const file = path.join(dir, 'secrets.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = loadConfig({ DATA_DIR: dir });
    expect(second.sessionSecret).toBe(first.sessionSecret);
    expect(second.keyring.blindIndexKey.equals(first.keyring.blindIndexKey)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).sessionSecret).toBe(first.sessionSecret);
  });

  it('names the variable and what is expected for each wrong value', () => {
    expect(problemsOf({ DATABASE_URL: 'mysql://x', ...TEST_SECRETS })).toEqual([
      'DATABASE_URL harus URL postgres://… atau postgresql://… (sekarang: "mysql://x")',
    ]);
    const port = problemsOf({ PORT: 'abc', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'lk-')) });
    expect(port).toHaveLength(1);
    expect(port[0]).toMatch(/^PORT/);
    expect(problemsOf({ LOG_LEVEL: 'loud', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'lk-')) })[0]).toMatch(/^LOG_LEVEL/);
  });

  it('requires the secrets from the environment when DATABASE_URL is set', () => {
    const problems = problemsOf({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' });
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['SESSION_SECRET', 'ENCRYPTION_KEYS', 'BLIND_INDEX_KEY', 'CARD_SIGNING_KEYS']);
    expect(problemsOf({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', ...TEST_SECRETS, BLIND_INDEX_KEY: 'c2hvcnQ=' })[0]).toMatch(
      /^BLIND_INDEX_KEY harus 32 byte/,
    );
    const config = loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', ...TEST_SECRETS });
    expect(config.databaseMode).toBe('postgres');
    expect(config.host).toBe('0.0.0.0');
    expect(config.keyring.activeKeyId).toBe('t1');
  });

  it('refuses an active key id that is not in the keyring', () => {
    expect(problemsOf({ DATABASE_URL: 'postgres://u@h/db', ...TEST_SECRETS, ENCRYPTION_ACTIVE_KEY: 'k9' })).toEqual([
      'ENCRYPTION_ACTIVE_KEY: "k9" tidak ada di ENCRYPTION_KEYS',
    ]);
  });
});
