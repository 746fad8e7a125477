import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { createDatabase, type Database } from '../../src/db/database.ts';
import type { Role } from '../../src/db/schema.ts';
import { hashPassword } from '../../src/modules/auth/password.ts';
import { TEST_SECRETS, uniqueSuffix } from './env.ts';

export type TestContext = {
  app: FastifyInstance;
  database: Database;
  config: Config;
  close: () => Promise<void>;
};

export function testConfig(overrides: Record<string, string> = {}): Config {
  const config = loadConfig({
    DATABASE_URL: inject('databaseUrl'),
    ...TEST_SECRETS,
    LOG_LEVEL: 'silent',
    JOBS: 'false',
    // Uploads, proofs and other files of tests never land in the repository's .data/.
    DATA_DIR: path.join(tmpdir(), `lingkaran-test-${process.pid}`),
    ...overrides,
  });
  return { ...config, databaseMode: inject('databaseMode') };
}

export function testDatabase(maxConnections = 4): Database {
  return createDatabase({ url: inject('databaseUrl'), mode: inject('databaseMode'), maxConnections });
}

/** A real application on the test database, driven through app.inject(). */
export async function createTestContext(options: { config?: Record<string, string> } = {}): Promise<TestContext> {
  const config = testConfig(options.config);
  const database = testDatabase();
  const app = await buildApp({ config, database, isWebServed: false });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export type TestUser = { id: string; email: string; password: string; role: Role };

export async function newUser(
  database: Database,
  options: { role: Role; regionScopes?: string[]; donorOrgId?: string; password?: string } = { role: 'admin' },
): Promise<TestUser> {
  const password = options.password ?? `sandi-uji-${uniqueSuffix()}`;
  const email = `${options.role}-${uniqueSuffix()}@uji.test`;
  let donorOrgId = options.donorOrgId ?? null;
  if (options.role === 'donor' && !donorOrgId) {
    donorOrgId = uuidv7();
    await database.db
      .insertInto('donor_orgs')
      .values({ id: donorOrgId, type: 'SWASTA', legal_name: `PT Uji ${uniqueSuffix()}`, display_name: 'PT Uji', region_code: null })
      .execute();
  }
  const id = uuidv7();
  const scoped = ['officer', 'gov', 'agent'].includes(options.role);
  await database.db
    .insertInto('users')
    .values({
      id,
      email,
      password_hash: await hashPassword(password),
      full_name: `Pengguna Uji ${options.role}`,
      role: options.role,
      region_scopes: options.regionScopes ?? (scoped ? ['62.02'] : []),
      donor_org_id: donorOrgId,
    })
    .execute();
  return { id, email, password, role: options.role };
}

export type Session = { cookie: string; csrfToken: string };

export function cookieFrom(response: LightMyRequestResponse): string {
  const header = response.headers['set-cookie'];
  const first = Array.isArray(header) ? header[0] : header;
  if (!first) throw new Error('no Set-Cookie in response');
  return first.split(';')[0]!;
}

export async function signIn(app: FastifyInstance, user: { email: string; password: string }): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: user.password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return { cookie: cookieFrom(response), csrfToken: response.json().csrfToken as string };
}

/** Headers of an authenticated request; unsafe methods carry the CSRF token. */
export function authHeaders(session: Session, method = 'GET'): Record<string, string> {
  const headers: Record<string, string> = { cookie: session.cookie };
  if (method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
  return headers;
}
