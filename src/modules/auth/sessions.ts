import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { hmacHex, randomToken, sha256 } from '../../lib/crypto.ts';
import type { Actor } from '../../http/policy.ts';

export type SessionSettings = {
  idleMinutes: number;
  absoluteHours: number;
  secret: string;
};

/** Creates a session and returns the cookie token; only its SHA-256 is stored. */
export async function createSession(
  db: Kysely<DB>,
  options: { userId: string; ip: string | null; userAgent: string | null; settings: SessionSettings },
): Promise<string> {
  const token = randomToken(32);
  await db
    .insertInto('sessions')
    .values({
      token_hash: sha256(token),
      user_id: options.userId,
      expires_at: new Date(Date.now() + options.settings.absoluteHours * 3_600_000),
      ip: options.ip,
      user_agent: options.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return token;
}

/**
 * The actor behind a cookie token, or null when the session is unknown, past its absolute
 * lifetime, idle for too long, or its user is disabled. Touches last_seen_at at most once a minute.
 */
export async function resolveSession(db: Kysely<DB>, token: string, settings: SessionSettings): Promise<Actor | null> {
  const tokenHash = sha256(token);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      'u.id',
      'u.email',
      'u.full_name',
      'u.role',
      'u.region_scopes',
      'u.branch_id',
      'u.donor_org_id',
      'u.locale',
      's.last_seen_at',
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('s.last_seen_at', '>', sql<Date>`now() - make_interval(mins => ${settings.idleMinutes})`)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  if (Date.now() - new Date(row.last_seen_at).getTime() > 60_000) {
    await db.updateTable('sessions').set({ last_seen_at: sql`now()` }).where('token_hash', '=', tokenHash).execute();
  }
  return {
    userId: row.id,
    email: row.email,
    fullName: row.full_name,
    role: row.role,
    regionScopes: row.region_scopes,
    branchId: row.branch_id,
    donorOrgId: row.donor_org_id,
    locale: row.locale,
    sessionTokenHash: tokenHash,
  };
}

export async function deleteSession(db: Kysely<DB>, tokenHash: Buffer): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Kysely<DB>, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function purgeExpiredSessions(db: Kysely<DB>, idleMinutes: number): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', sql<Date>`now()`),
        eb('last_seen_at', '<=', sql<Date>`now() - make_interval(mins => ${idleMinutes})`),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The CSRF token is bound to the session: HMAC of the session's token hash. */
export function csrfTokenFor(secret: string, tokenHash: Buffer): string {
  return hmacHex(secret, Buffer.concat([Buffer.from('csrf:'), tokenHash]));
}
