import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { purgeIdempotencyKeys } from '../http/idempotency.ts';
import { purgeExpiredSessions } from '../modules/auth/sessions.ts';
import type { Queue } from './queue.ts';

export const PURGE_SESSIONS_JOB = 'sessions.purge-expired';

/** Every hour: deletes sessions past their absolute or idle lifetime, and idempotency keys older than a day. */
export async function registerHousekeeping(queue: Queue, deps: { db: Kysely<DB>; idleMinutes: number }): Promise<void> {
  await queue.work(PURGE_SESSIONS_JOB, async () => {
    await purgeExpiredSessions(deps.db, deps.idleMinutes);
    await purgeIdempotencyKeys(deps.db);
  });
  await queue.schedule(PURGE_SESSIONS_JOB, '17 * * * *');
}
