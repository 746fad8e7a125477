import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Keyring } from '../../lib/crypto.ts';
import { hashPassword } from '../../modules/auth/password.ts';
import { DEMO_PASSWORD } from './accounts.ts';
import {
  insertBranches,
  insertDonorOrgs,
  insertStaff,
  insertWorkerChunk,
  isDemoPresent,
  loadDemoVillages,
  newDemoIds,
  registrarsOf,
  type Registrars,
} from './persist.ts';
import { buildVillagePool, DEFAULT_DEMO_SEED, generateDemoWorkers, type DemoWorker, type VillagePool } from './workers.ts';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.ts';
export { DEFAULT_DEMO_SEED } from './workers.ts';

export type DemoSeedProgress = { step: string; done: number; total: number };

export type DemoSeedOptions = {
  db: Kysely<DB>;
  keyring: Keyring;
  workers: number;
  /** Same seed, same data (names, NIKs, villages, occupations, flags); ids differ per run. */
  seed?: number;
  onProgress?: (p: DemoSeedProgress) => void;
};

export type DemoSeedReport = { skipped: boolean; users: number; donorOrgs: number; branches: number; workers: number };

const WORKER_CHUNK = 1000;

const SKIPPED: DemoSeedReport = { skipped: true, users: 0, donorOrgs: 0, branches: 0, workers: 0 };

/**
 * Fills an empty database with a synthetic demo: branches, donor organisations, one account per
 * role and `workers` vulnerable workers. Does nothing when the demo admin already exists.
 * Requires the region tree. Writes in one transaction that only ever uses `trx` (the embedded
 * database has a single connection).
 */
export async function seedDemo(options: DemoSeedOptions): Promise<DemoSeedReport> {
  const { db, keyring, workers: count, seed = DEFAULT_DEMO_SEED, onProgress } = options;
  if (!Number.isInteger(count) || count < 0) throw new Error(`Jumlah pekerja demo harus bilangan bulat ≥ 0, bukan ${count}`);
  if (await isDemoPresent(db)) return SKIPPED;

  // Reads and the slow password hash happen before the transaction holds the connection.
  const pool = buildVillagePool(await loadDemoVillages(db));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = newDemoIds();

  return db.transaction().execute(async (trx) => {
    if (await isDemoPresent(trx)) return SKIPPED;
    const branches = await insertBranches(trx, ids);
    const donorOrgs = await insertDonorOrgs(trx, ids);
    const users = await insertStaff(trx, ids, passwordHash);
    const workers = await insertWorkers({ trx, keyring, registrars: registrarsOf(ids), pool, seed, count, onProgress });
    return { skipped: false, users, donorOrgs, branches, workers };
  });
}

async function insertWorkers({
  trx,
  keyring,
  registrars,
  pool,
  seed,
  count,
  onProgress,
}: {
  trx: Kysely<DB>;
  keyring: Keyring;
  registrars: Registrars;
  pool: VillagePool;
  seed: number;
  count: number;
  onProgress?: (p: DemoSeedProgress) => void;
}): Promise<number> {
  let done = 0;
  let chunk: DemoWorker[] = [];
  const flush = async () => {
    await insertWorkerChunk({ trx, keyring, registrars, workers: chunk });
    done += chunk.length;
    chunk = [];
    onProgress?.({ step: 'workers', done, total: count });
  };
  for (const worker of generateDemoWorkers({ seed, count, pool })) {
    chunk.push(worker);
    if (chunk.length === WORKER_CHUNK) await flush();
  }
  if (chunk.length > 0) await flush();
  return done;
}
