import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLedger } from '../../src/modules/ledger/check.ts';
import { documentStoreFor } from '../../src/lib/documents.ts';
import { seedDemoHistory, type HistoryReport } from '../../src/seed/demo/history.ts';
import { seedDemo } from '../../src/seed/demo/index.ts';
import { testConfig } from '../helpers/context.ts';
import { isolatedDatabase } from '../helpers/isolated.ts';

/** The demo a fresh `npm start` shows: the coverage lifecycle at work, through the real money paths. */
const config = testConfig();
let iso: Awaited<ReturnType<typeof isolatedDatabase>>;
let report: HistoryReport | null;

beforeAll(async () => {
  iso = await isolatedDatabase();
  await seedDemo({ db: iso.database.db, keyring: config.keyring, workers: 1000 });
  report = await seedDemoHistory({ db: iso.database.db, book: config.rules, keyring: config.keyring, publicUrl: 'http://localhost:3000', documents: documentStoreFor(config) });
}, 180_000);
afterAll(async () => {
  await iso?.close();
});

describe('the demo history', () => {
  it('has workers in every state, a renewal, a pooled allocation and a self-payment', async () => {
    const db = iso.database.db;
    expect(report).not.toBeNull();
    expect(report!.states).toMatchObject({ ACTIVE: expect.any(Number), ARREARS: expect.any(Number), ENDED: expect.any(Number) });
    for (const state of ['ACTIVE', 'ARREARS', 'ENDED'] as const) expect(report!.states[state]).toBeGreaterThan(0);
    const never = await db.selectFrom('workers').leftJoin('coverage_states as s', 's.worker_id', 'workers.id').select(sql<number>`count(*)::int`.as('n')).where('s.worker_id', 'is', null).executeTakeFirstOrThrow();
    expect(never.n).toBeGreaterThan(0);
    const expiring = await db.selectFrom('coverage_states').select(sql<number>`count(*)::int`.as('n')).where('state', '=', 'ACTIVE').where('program', '=', 'JKM').where(sql<boolean>`protected_until < current_date + 31`).executeTakeFirstOrThrow();
    expect(expiring.n).toBeGreaterThan(0);

    const renewal = await db.selectFrom('donations').select(['status', 'renews_donation_id']).where('renews_donation_id', 'is not', null).execute();
    expect(renewal).toEqual([expect.objectContaining({ status: 'allocated' })]);
    expect(report!.pooledWorkers).toBeGreaterThan(0);
    const pooled = await db.selectFrom('coverage_states').select(sql<number>`count(*)::int`.as('n')).where('last_source', '=', 'pool').where('state', '=', 'ACTIVE').where('program', '=', 'JKM').executeTakeFirstOrThrow();
    expect(pooled.n).toBe(report!.pooledWorkers);
    const self = await db.selectFrom('coverage_states').select(['worker_id']).where('last_source', '=', 'self').where('program', '=', 'JKM').execute();
    expect(self).toHaveLength(1);
    expect(await db.selectFrom('self_pay_accounts').select('code').where('worker_id', '=', self[0]!.worker_id).executeTakeFirst()).toBeDefined();

    // The donor of the demo sees a renewal offer for the donation ending this month, and reminders went out.
    const messages = await db.selectFrom('messages').select(['template', 'status']).execute();
    expect(new Set(messages.map((m) => m.template))).toEqual(new Set(['donor_allocated', 'donor_renewal', 'worker_lapse_soon', 'worker_arrears', 'worker_self_pay_paid']));
    expect(messages.every((m) => m.status === 'sent')).toBe(true);
    const run = await db.selectFrom('coverage_runs').select(['status']).execute();
    expect(run).toEqual([{ status: 'done' }]);
    // A JKM claim paid through the workflow, approved by the branch's second officer; every covered worker has a KPJ.
    expect(report!.paidClaims).toBe(1);
    const claim = await db.selectFrom('claims').select(['status', 'benefit_total', 'created_by', 'approved_by']).executeTakeFirstOrThrow();
    expect(claim).toMatchObject({ status: 'paid', benefit_total: 42_000_000n });
    expect(claim.approved_by).not.toBe(claim.created_by);
    const withoutKpj = await db.selectFrom('coverage_states as s').innerJoin('workers as w', 'w.id', 's.worker_id').select(sql<number>`count(*)::int`.as('n')).where('w.kpj', 'is', null).executeTakeFirstOrThrow();
    expect(withoutKpj.n).toBe(0);
    expect((await checkLedger(db)).filter((r) => r.violations > 0)).toEqual([]);
  });

  it('is made once', async () => {
    expect(await seedDemoHistory({ db: iso.database.db, book: config.rules, keyring: config.keyring, publicUrl: 'http://localhost:3000' })).toBeNull();
  });
});
