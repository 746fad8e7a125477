import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { DB } from '../db/schema.ts';
import { runBatch } from '../modules/cards/batches.ts';
import type { Queue } from './queue.ts';

/** Card print batches run in the background; the batch row carries the progress the UI polls. */
export async function registerCardJobs(queue: Queue, deps: { db: Kysely<DB>; config: Config }): Promise<void> {
  await queue.work<{ batchId: string }>('cards.batch', async ({ batchId }) => {
    await runBatch({ db: deps.db, keyring: deps.config.cardKeys, book: deps.config.rules }, batchId);
  });
}
