import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { purgeExpiredSessions } from '../modules/auth/sessions.ts';
import type { Queue } from './queue.ts';

export const PURGE_SESSIONS_JOB = 'sessions.purge-expired';

/** Deletes sessions past their absolute or idle lifetime, every hour. */
export async function registerHousekeeping(queue: Queue, deps: { db: Kysely<DB>; idleMinutes: number }): Promise<void> {
  await queue.work(PURGE_SESSIONS_JOB, async () => {
    await purgeExpiredSessions(deps.db, deps.idleMinutes);
  });
  await queue.schedule(PURGE_SESSIONS_JOB, '17 * * * *');
}
