import { sql, type Kysely } from 'kysely';
import { newId } from '../../lib/ids.ts';
import type { DB } from '../../db/schema.ts';
import { sha256 } from '../../lib/crypto.ts';
import { AppError } from '../../http/errors.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { createSession, type SessionSettings } from './sessions.ts';

/** ASVS 6.3.1: at most 10 failures per account and 100 per address in 15 minutes. */
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_IP = 100;

export type LoginOptions = {
  db: Kysely<DB>;
  email: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  settings: SessionSettings;
};

/**
 * Password sign-in. Unknown e-mail, wrong password and disabled account give the same answer
 * (INVALID_CREDENTIALS) after the same amount of work. Every attempt is a security event.
 */
export async function login(options: LoginOptions): Promise<{ userId: string; token: string }> {
  const { db } = options;
  const email = options.email.trim().toLowerCase();
  const emailHash = sha256(email);

  const failures = await db
    .selectFrom('auth_events')
    .select([
      sql<number>`count(*) filter (where email_hash = ${emailHash})::int`.as('account'),
      sql<number>`count(*) filter (where ip = ${options.ip})::int`.as('ip'),
    ])
    .where('kind', '=', 'login_failed')
    .where('at', '>', sql<Date>`now() - make_interval(mins => ${LOGIN_WINDOW_MINUTES})`)
    .where((eb) => eb.or([eb('email_hash', '=', emailHash), eb('ip', '=', options.ip)]))
    .executeTakeFirstOrThrow();
  if (failures.account >= MAX_FAILURES_PER_ACCOUNT || failures.ip >= MAX_FAILURES_PER_IP) {
    throw new AppError('TOO_MANY_ATTEMPTS', { headers: { 'retry-after': String(LOGIN_WINDOW_MINUTES * 60) } });
  }

  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash', 'disabled_at'])
    .where(sql`lower(email)`, '=', email)
    .executeTakeFirst();
  const isPasswordRight = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), options.password);

  if (!user || !isPasswordRight || user.disabled_at) {
    await db
      .insertInto('auth_events')
      .values({ id: newId(), kind: 'login_failed', user_id: user?.id ?? null, email_hash: emailHash, ip: options.ip })
      .execute();
    throw new AppError('INVALID_CREDENTIALS');
  }

  const token = await createSession(db, {
    userId: user.id,
    ip: options.ip,
    userAgent: options.userAgent,
    settings: options.settings,
  });
  await db
    .insertInto('auth_events')
    .values({ id: newId(), kind: 'login_ok', user_id: user.id, email_hash: emailHash, ip: options.ip })
    .execute();
  return { userId: user.id, token };
}
