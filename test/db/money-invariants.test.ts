import { spawn } from 'node:child_process';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { allocateDonation } from '../../src/modules/donations/allocate.ts';
import { createDonation } from '../../src/modules/donations/service.ts';
import { checkLedger } from '../../src/modules/ledger/check.ts';
import { balanceOf } from '../../src/modules/ledger/ledger.ts';
import { startPayment } from '../../src/modules/payments/service.ts';
import { applyProviderStatus } from '../../src/modules/payments/settle.ts';
import { newUser, testConfig, testDatabase } from '../helpers/context.ts';
import { TEST_SECRETS } from '../helpers/env.ts';
import { villageIn } from '../helpers/factories.ts';
import { newDonorOrg, nextMonth, seedVerifiedWorkers, systemActor } from '../helpers/money.ts';

const database = testDatabase(12);
const config = testConfig();
let actor: ReturnType<typeof systemActor>;

beforeAll(async () => {
  actor = systemActor((await newUser(database, { role: 'admin' })).id);
});
afterAll(async () => {
  await database.close();
});

const paymentDeps = { db: database.db, config, providers: {}, onPaid: async () => {} };

/** A donation paid by bank transfer (settled as the gateway or an officer would confirm it). */
async function paidDonation(input: Parameters<typeof createDonation>[1]): Promise<string> {
  const id = await createDonation({ db: database.db, book: config.rules, actor, requestId: null }, input);
  const { paymentId } = await startPayment(paymentDeps, actor, id, 'bank_transfer');
  const payment = await database.db.selectFrom('payments').select('amount').where('id', '=', paymentId).executeTakeFirstOrThrow();
  const { outcome } = await applyProviderStatus(database.db, paymentId, { status: 'settled', amount: payment.amount, currency: 'IDR', providerRef: null, raw: null });
  expect(outcome).toBe('settled');
  return id;
}

async function invariantsHold() {
  const results = await checkLedger(database.db);
  expect(results.filter((r) => r.violations > 0)).toEqual([]);
}

describe('allocation under concurrency', () => {
  it('8 donors allocating at once to the same 20 workers: each worker-month paid once, no fund overdrawn', async () => {
    const { villageCode } = await villageIn(database, '64.07');
    const workers = await seedVerifiedWorkers(database, config.keyring, { count: 20, villageCode, occupation: 'PETERNAK' });
    const donors = await Promise.all(Array.from({ length: 8 }, () => newDonorOrg(database)));
    const donations: string[] = [];
    for (const donorOrgId of donors) {
      donations.push(
        await paidDonation({ donorOrgId, programs: ['JKK', 'JKM'], months: 3, startMonth: nextMonth(), selection: { kind: 'cohort', regionCode: villageCode, occupations: ['PETERNAK'], count: 5 } }),
      );
    }
    await Promise.all(donations.map((id) => allocateDonation(database.db, config.rules, id, { chunkWorkers: 2 })));

    const covered = await database.db
      .selectFrom('coverage_months')
      .select([sql<number>`count(*)::int`.as('rows'), sql<number>`count(distinct worker_id)::int`.as('workers'), sql<bigint>`sum(amount)::int8`.as('amount')])
      .where('worker_id', 'in', workers)
      .executeTakeFirstOrThrow();
    expect(covered).toEqual({ rows: 20 * 3 * 2, workers: 20, amount: 20n * 3n * 16_800n });
    const balances = await Promise.all(donors.map((donorOrgId) => balanceOf(database.db, { kind: 'donor_fund', donorOrgId, name: 'x' })));
    expect(balances.every((b) => b.balance >= 0n)).toBe(true);
    expect(balances.reduce((s, b) => s + b.balance, 0n)).toBe(8n * 5n * 3n * 16_800n - 20n * 3n * 16_800n);
    await invariantsHold();
  });
});

describe('allocation killed midway', () => {
  it('resumes after SIGKILL and ends exactly as an uninterrupted run', async () => {
    const { villageCode } = await villageIn(database, '16.01');
    const [first, twin] = [
      await seedVerifiedWorkers(database, config.keyring, { count: 30, villageCode, occupation: 'BURUH_TANI' }),
      await seedVerifiedWorkers(database, config.keyring, { count: 30, villageCode, occupation: 'BURUH_TANI' }),
    ];
    const donorOrgId = await newDonorOrg(database);
    const input = { donorOrgId, programs: ['JKK', 'JKM', 'JHT'], months: 6, startMonth: nextMonth() };
    const interrupted = await paidDonation({ ...input, selection: { kind: 'list', workerIds: first } });
    const uninterrupted = await paidDonation({ ...input, selection: { kind: 'list', workerIds: twin } });

    // The allocator runs in its own process, one worker per transaction, and is killed after 5 chunks.
    const child = spawn(process.execPath, [path.resolve('bin/lingkaran.js'), 'donations', 'allocate', interrupted, '--chunk', '1'], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: inject('databaseUrl'), ...TEST_SECRETS, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        lines += chunk.toString().split('\n').filter((l) => l.startsWith('Dialokasikan')).length;
        if (lines >= 5 && child.exitCode === null) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    const midway = await database.db.selectFrom('donations').select(['status', 'allocated_through']).where('id', '=', interrupted).executeTakeFirstOrThrow();
    expect(midway.status).toBe('paid');
    expect(midway.allocated_through).toBeGreaterThanOrEqual(5);
    expect(midway.allocated_through).toBeLessThan(30);

    await allocateDonation(database.db, config.rules, interrupted);
    await allocateDonation(database.db, config.rules, uninterrupted);
    const state = async (id: string) => {
      const d = await database.db.selectFrom('donations').select(['status', 'allocated_workers', 'allocated_amount', 'skipped_worker_months', 'allocated_through']).where('id', '=', id).executeTakeFirstOrThrow();
      const c = await database.db.selectFrom('coverage_months').select([sql<number>`count(*)::int`.as('rows'), sql<bigint>`coalesce(sum(amount), 0)::int8`.as('amount')]).where('donation_id', '=', id).executeTakeFirstOrThrow();
      const e = await database.db
        .selectFrom('journal_entries as e')
        .innerJoin('postings as p', 'p.entry_id', 'e.id')
        .select(sql<bigint>`coalesce(sum(p.amount) filter (where p.side = 'debit'), 0)::int8`.as('allocated'))
        .where('e.donation_id', '=', id)
        .where('e.kind', '=', 'allocation')
        .executeTakeFirstOrThrow();
      return { ...d, ...c, ...e };
    };
    const a = await state(interrupted);
    const b = await state(uninterrupted);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ status: 'allocated', allocated_workers: 30, rows: 30 * 6 * 3, amount: 30n * 6n * 36_800n, allocated: 30n * 6n * 36_800n });
    await invariantsHold();
  }, 60_000);
});
