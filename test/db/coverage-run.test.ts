import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, firstDayOf, jakartaToday, monthOf } from '../../src/domain/dates.ts';
import { monthlyContribution } from '../../src/domain/quote.ts';
import type { Database } from '../../src/db/database.ts';
import { allocateDonation } from '../../src/modules/donations/allocate.ts';
import { createDonation, createPoolDonation, type DonationInput } from '../../src/modules/donations/service.ts';
import { checkLedger } from '../../src/modules/ledger/check.ts';
import { balanceOf } from '../../src/modules/ledger/ledger.ts';
import { deliverMessages, LOG_ONLY } from '../../src/modules/messages/outbox.ts';
import { startPayment } from '../../src/modules/payments/service.ts';
import { applyProviderStatus } from '../../src/modules/payments/settle.ts';
import { continuity, runAsOf, runMonth } from '../../src/modules/coverage/run-month.ts';
import { createSelfPayDonation, selfPayCode } from '../../src/modules/coverage/self-pay.ts';
import { newUser, testConfig } from '../helpers/context.ts';
import { villageIn } from '../helpers/factories.ts';
import { isolatedDatabase } from '../helpers/isolated.ts';
import { newDonorOrg, seedVerifiedWorkers, systemActor } from '../helpers/money.ts';

/**
 * The monthly run on a database of its own, with workers in every state. Dates are relative to the
 * current month M0: donations start in M0 or M0+1 and the run is for R = M0+4, so the test means the
 * same whatever day it runs.
 */
const config = testConfig();
const book = config.rules;
let iso: Awaited<ReturnType<typeof isolatedDatabase>>;
let database: Database;
let actor: ReturnType<typeof systemActor>;
const M0 = monthOf(jakartaToday());
const R = addMonths(M0, 4);
const price = (month: string) => monthlyContribution(book, { programs: ['JKK', 'JKM'], declaredIncome: 1_000_000n, month, occupationCode: 'PETANI' }).total;
const groups: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', string[]> = { A: [], B: [], C: [], D: [], E: [], F: [] };
const donations: Record<string, string> = {};
let donorOrgId: string;

const deps = () => ({ db: database.db, book, messaging: LOG_ONLY, publicUrl: 'http://localhost:3000' });
const paymentDeps = () => ({ db: database.db, config, providers: {}, onPaid: async () => {} });

async function settle(donationId: string) {
  const { paymentId } = await startPayment(paymentDeps(), actor, donationId, 'bank_transfer');
  const payment = await database.db.selectFrom('payments').select('amount').where('id', '=', paymentId).executeTakeFirstOrThrow();
  await applyProviderStatus(database.db, paymentId, { status: 'settled', amount: payment.amount, currency: 'IDR', providerRef: null, raw: null });
  await allocateDonation(database.db, book, donationId);
}

async function donate(workerIds: string[], months: number, startMonth: string): Promise<string> {
  const input: DonationInput = { donorOrgId, programs: ['JKK', 'JKM'], months, startMonth, selection: { kind: 'list', workerIds } };
  const id = await createDonation({ db: database.db, book, actor, requestId: null }, input);
  await settle(id);
  return id;
}

async function snapshot() {
  const db = database.db;
  const count = (table: 'coverage_months' | 'journal_entries' | 'messages' | 'postings') =>
    db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow().then((r) => r.n);
  return {
    states: await db.selectFrom('coverage_states').select(['worker_id', 'program', 'state', 'unpaid_months', 'paid_through', 'protected_until', 'ends_on', 'run_length', 'last_source']).orderBy('worker_id').orderBy('program').execute(),
    forecasts: await sql`select f.regency_code, f.horizon_days, f.workers from coverage_forecasts f join coverage_runs r on r.id = f.run_id where r.month = ${firstDayOf(R)}::date order by 1, 2`.execute(db).then((r) => r.rows),
    coverageMonths: await count('coverage_months'),
    entries: await count('journal_entries'),
    postings: await count('postings'),
    messages: await count('messages'),
    pool: (await balanceOf(db, { kind: 'pool' })).balance,
  };
}

async function stateOf(workerId: string) {
  const row = await database.db.selectFrom('coverage_states').select(['state', 'unpaid_months', 'last_source']).where('worker_id', '=', workerId).where('program', '=', 'JKM').executeTakeFirst();
  return row ? `${row.state}:${row.unpaid_months}${row.last_source === 'donation' || !row.last_source ? '' : `:${row.last_source}`}` : 'NONE';
}

beforeAll(async () => {
  iso = await isolatedDatabase();
  database = iso.database;
  actor = systemActor((await newUser(database, { role: 'admin' })).id);
  donorOrgId = await newDonorOrg(database);
  const sampit = (await villageIn(database, '62.02')).villageCode;
  const bandung = (await villageIn(database, '32.73')).villageCode;
  const kutai = (await villageIn(database, '64.07')).villageCode;
  const seed = (count: number, villageCode: string) => seedVerifiedWorkers(database, config.keyring, { count, villageCode, occupation: 'PETANI' });
  groups.A = await seed(2, sampit); // paid M0+1..M0+6: active beyond R
  groups.B = await seed(2, sampit); // paid M0+2..R: active, protection ends with R
  groups.C = await seed(3, bandung); // paid M0+1..M0+3: one month in arrears at R
  groups.D = await seed(1, kutai); // paid M0+1: three months in arrears at R
  groups.E = await seed(1, kutai); // paid M0: ended at R
  groups.F = await seed(1, kutai); // never paid
  // Poverty deciles decide between equally long runs in the pool: C[1] is poorest, C[2] unknown.
  await database.db.updateTable('workers').set({ p3ke_decile: 5 }).where('id', '=', groups.C[0]!).execute();
  await database.db.updateTable('workers').set({ p3ke_decile: 1 }).where('id', '=', groups.C[1]!).execute();
  donations.A = await donate(groups.A, 6, addMonths(M0, 1));
  donations.B = await donate(groups.B, 3, addMonths(M0, 2));
  donations.C = await donate(groups.C, 3, addMonths(M0, 1));
  donations.D = await donate(groups.D, 1, addMonths(M0, 1));
  donations.E = await donate(groups.E, 1, M0);
  // The pool holds enough for two workers' month R and a little more.
  const poolGift = await createPoolDonation({ db: database.db, book, actor, requestId: null }, { donorOrgId, amount: String(price(R) * 2n + 5_000n) });
  await settle(poolGift);
}, 180_000);

afterAll(async () => {
  await iso?.close();
});

describe('the monthly run', () => {
  it('moves every worker to its state, pools by the published rule, forecasts and reminds', async () => {
    const summary = await runMonth(deps(), R);
    expect(summary.asOf).toBe(runAsOf(book, R));
    for (const w of groups.A) expect(await stateOf(w)).toBe('ACTIVE:0');
    for (const w of groups.B) expect(await stateOf(w)).toBe('ACTIVE:0');
    expect(await stateOf(groups.D[0]!)).toBe('ARREARS:3');
    expect(await stateOf(groups.E[0]!)).toBe('ENDED:4');
    expect(await stateOf(groups.F[0]!)).toBe('NONE');

    // Pool: equal runs of 3 months, so the lowest decile first (C[1], then C[0]); C[2] does not fit
    // in what is left, and D (shorter run) does not jump the queue.
    expect(await stateOf(groups.C[1]!)).toBe('ACTIVE:0:pool');
    expect(await stateOf(groups.C[0]!)).toBe('ACTIVE:0:pool');
    expect(await stateOf(groups.C[2]!)).toBe('ARREARS:1');
    expect(summary.pool).toEqual({ workers: 2, workerMonths: 2, amount: String(price(R) * 2n) });
    expect((await balanceOf(database.db, { kind: 'pool' })).balance).toBe(5_000n);

    // Within 30 and 60 days: B and the two pooled workers (protected to the end of R); within 90: also A (to the end of R+2).
    expect(summary.forecasts).toEqual({ '30': 4, '60': 4, '90': 6 });
    expect(summary.states).toMatchObject({ ACTIVE: 6, ARREARS: 2, ENDED: 1 });

    const messages = await database.db.selectFrom('messages').select(['template', 'recipient_id', 'event_key']).execute();
    const to = (template: string) => messages.filter((m) => m.template === template).map((m) => m.recipient_id).sort();
    expect(to('worker_lapse_soon')).toEqual([...groups.B, groups.C[0]!, groups.C[1]!].sort());
    expect(to('worker_arrears')).toEqual([groups.C[2]!, groups.D[0]!].sort());
    expect(to('donor_renewal')).toEqual([donorOrgId]);
    expect(messages.find((m) => m.template === 'donor_renewal')!.event_key).toBe(`donation:${donations.B}:renewal`);
    expect((await checkLedger(database.db)).filter((r) => r.violations > 0)).toEqual([]);
  });

  it('changes nothing when run again, and never queues a reminder twice', async () => {
    const before = await snapshot();
    const delivered = await deliverMessages(database.db, config.keyring, LOG_ONLY);
    expect(delivered).toBe(before.messages);
    const sent = await database.db.selectFrom('messages').select(['status', 'body']).execute();
    expect(sent.every((m) => m.status === 'sent' && m.body && m.body.startsWith('Lingkaran:'))).toBe(true);
    await runMonth(deps(), R);
    await runMonth(deps(), R);
    expect(await snapshot()).toEqual(before);
    expect(await deliverMessages(database.db, config.keyring, LOG_ONLY)).toBe(0);
  });

  it('killed after the first region, continues where it stopped and ends as an uninterrupted run', async () => {
    const finished = await snapshot();
    const stop = (at: number) => (done: number, _total: number, phase: string) => {
      if (phase === 'states' && done === at) throw new Error('killed');
    };
    // A finished run starts over; this one dies after its first regency (each regency commits alone).
    await expect(runMonth(deps(), R, { onProgress: stop(1) })).rejects.toThrow('killed');
    const midway = await database.db.selectFrom('coverage_runs').select(['status', 'regions_done', 'regions_total']).where('month', '=', firstDayOf(R)).executeTakeFirstOrThrow();
    expect(midway).toEqual({ status: 'running', regions_done: 1, regions_total: 3 });
    const resumed: number[] = [];
    await runMonth(deps(), R, { onProgress: (done, _total, phase) => phase === 'states' && resumed.push(done) });
    expect(resumed).toEqual([2, 3]);
    expect(await snapshot()).toEqual(finished);
    const run = await database.db.selectFrom('coverage_runs').select(['status', 'regions_done']).where('month', '=', firstDayOf(R)).executeTakeFirstOrThrow();
    expect(run).toEqual({ status: 'done', regions_done: 3 });
  });

  it('a worker paying themself continues: the payment extends coverage like any other, and counts for continuity', async () => {
    const worker = groups.C[2]!;
    const code = await selfPayCode(database.db, worker);
    expect(code).toMatch(/^LM\d{10}$/);
    expect(await selfPayCode(database.db, worker)).toBe(code);
    const donationId = await createSelfPayDonation(database.db, book, worker, 3);
    const donation = await database.db.selectFrom('donations').select(['number', 'start_month', 'total', 'selection']).where('id', '=', donationId).executeTakeFirstOrThrow();
    expect(donation).toMatchObject({ selection: 'self', start_month: firstDayOf(R) });
    expect(donation.number).toMatch(/^MDR-/);
    await settle(donationId);
    await runMonth(deps(), R);
    expect(await stateOf(worker)).toBe('ACTIVE:0:self');
    const months = await database.db.selectFrom('coverage_months').select(['period_month', 'source']).where('worker_id', '=', worker).where('program', '=', 'JKM').orderBy('period_month').execute();
    expect(months.map((m) => `${monthOf(m.period_month)}:${m.source}`)).toEqual([
      ...[1, 2, 3].map((i) => `${addMonths(M0, i)}:donation`),
      ...[0, 1, 2].map((i) => `${addMonths(R, i)}:self`),
    ]);
    const confirmation = await database.db.selectFrom('messages').select(['template', 'params']).where('event_key', '=', `donation:${donationId}:self-paid`).executeTakeFirstOrThrow();
    expect(confirmation.template).toBe('worker_self_pay_paid');

    // Of the three whose donation ended with R-1, all stayed covered in R: two by the pool, one alone.
    expect(await continuity(database.db, addMonths(R, -1))).toEqual({
      month: addMonths(R, -1),
      sponsorshipEnded: 3,
      stayedCovered: 3,
      bySource: { donation: 0, pool: 2, self: 1 },
      share: 1,
    });
    expect((await checkLedger(database.db)).filter((r) => r.violations > 0)).toEqual([]);
  });
});
