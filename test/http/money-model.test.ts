import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLedger } from '../../src/modules/ledger/check.ts';
import { balanceOf } from '../../src/modules/ledger/ledger.ts';
import { pollPendingPayments } from '../../src/modules/payments/service.ts';
import { buildNotification } from '../../src/modules/payments/simulator.ts';
import { authHeaders, newUser, signIn, type Session } from '../helpers/context.ts';
import { villageIn } from '../helpers/factories.ts';
import { createListeningContext } from '../helpers/listening.ts';
import { newDonorOrg, nextMonth, seedVerifiedWorkers } from '../helpers/money.ts';

/**
 * Model-based test of the money loop (reliability.md M-15): random sequences of donate, pay, notify
 * (valid, duplicate, stale, forged, lost), poll and refund, through the real HTTP API, the real
 * Midtrans adapter and the simulator. A small model says which worker-months must be covered and how
 * much each donor fund must hold; after every step the database must agree and every ledger
 * invariant must hold. A failure prints its seed and a shrunk command list to replay.
 */
type Model = {
  donations: { id: string; workers: string[]; months: string[]; total: bigint; status: 'awaiting' | 'paid' | 'cancelled' }[];
  payments: { donation: number; orderId: string; status: 'pending' | 'settled' | 'refunded' }[];
  covered: Set<string>;
  fund: bigint;
  receivable: bigint;
};

let ctx: Awaited<ReturnType<typeof createListeningContext>>;

beforeAll(async () => {
  ctx = await createListeningContext();
});
afterAll(async () => {
  await ctx?.close();
});

const PRICE = 16_800n;

describe('the money loop against a model', () => {
  it('keeps coverage, funds and every invariant right under random sequences', async () => {
    const { villageCode } = await villageIn(ctx.database, '63.01');
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          // Weighted towards the steps that move money, so most runs pay and allocate.
          fc.oneof(
            { weight: 3, arbitrary: fc.record({ kind: fc.constant('donate' as const), workers: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }), months: fc.constantFrom(1, 3) }) },
            { weight: 3, arbitrary: fc.record({ kind: fc.constant('pay' as const), donation: fc.nat() }) },
            { weight: 4, arbitrary: fc.record({ kind: fc.constant('notify' as const), payment: fc.nat(), how: fc.constantFrom('normal', 'duplicate', 'stale', 'lost', 'forged') }) },
            { weight: 1, arbitrary: fc.record({ kind: fc.constant('poll' as const) }) },
            { weight: 1, arbitrary: fc.record({ kind: fc.constant('refund' as const), payment: fc.nat() }) },
            { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), donation: fc.nat() }) },
          ),
          { minLength: 4, maxLength: 14 },
        ),
        async (commands) => {
          // Fresh workers, donor and officer for every run: runs do not see each other.
          const officer: Session = await signIn(ctx.app, await newUser(ctx.database, { role: 'officer', regionScopes: ['63'] }));
          const donorOrgId = await newDonorOrg(ctx.database);
          const workers = await seedVerifiedWorkers(ctx.database, ctx.config.keyring, { count: 4, villageCode, occupation: 'PEDAGANG_KELILING' });
          const model: Model = { donations: [], payments: [], covered: new Set(), fund: 0n, receivable: 0n };
          const receivableStart = (await balanceOf(ctx.database.db, { kind: 'receivable' })).balance;
          const post = (url: string, payload: object) => ctx.app.inject({ method: 'POST', url, payload, headers: authHeaders(officer, 'POST') });
          const simulate = (orderId: string, body: object) =>
            fetch(`${ctx.baseUrl}/simulator/midtrans/pay/${encodeURIComponent(orderId)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
          const settleInModel = (p: Model['payments'][number]) => {
            p.status = 'settled';
            const d = model.donations[p.donation]!;
            model.fund += d.total;
            if (d.status !== 'awaiting') return;
            d.status = 'paid';
            for (const w of d.workers) for (const m of d.months) for (const program of ['JKK', 'JKM']) {
              const key = `${w}|${program}|${m}`;
              if (model.covered.has(key)) continue;
              model.covered.add(key);
              model.fund -= program === 'JKK' ? 10_000n : 6_800n;
            }
          };

          for (const c of commands) {
            if (c.kind === 'donate') {
              const months = c.months;
              const response = await post('/api/donations', { donorOrgId, programs: ['JKK', 'JKM'], months, startMonth: nextMonth(), selection: { kind: 'list', workerIds: c.workers.map((i) => workers[i]!) } });
              expect(response.statusCode).toBe(201);
              const d = response.json();
              const first = nextMonth();
              const monthList = Array.from({ length: months }, (_, i) => {
                const [y, m] = first.split('-').map(Number) as [number, number];
                const date = new Date(Date.UTC(y, m - 1 + i, 1));
                return date.toISOString().slice(0, 10);
              });
              model.donations.push({ id: d.id, workers: c.workers.map((i) => workers[i]!), months: monthList, total: BigInt(c.workers.length * months) * PRICE, status: 'awaiting' });
            } else if (c.kind === 'pay' && model.donations.length > 0) {
              const index = c.donation % model.donations.length;
              const d = model.donations[index]!;
              const response = await post(`/api/donations/${d.id}/payments`, { method: 'simulator' });
              if (d.status !== 'awaiting') {
                expect(response.statusCode).toBe(409);
                continue;
              }
              expect(response.statusCode).toBe(201);
              const orderId = response.json().orderId as string;
              if (!model.payments.some((p) => p.orderId === orderId)) model.payments.push({ donation: index, orderId, status: 'pending' });
            } else if (c.kind === 'notify' && model.payments.length > 0) {
              const p = model.payments[c.payment % model.payments.length]!;
              if (c.how === 'forged') {
                const forged = buildNotification({ order_id: p.orderId, transaction_id: 't', gross_amount: 1n, transaction_status: 'settlement', payment_type: 'x' }, 'SB-Mid-server-forged');
                expect((await ctx.app.inject({ method: 'POST', url: '/api/payments/webhooks/simulator', payload: forged })).statusCode).toBe(401);
                continue;
              }
              if (p.status !== 'pending') continue;
              await simulate(p.orderId, { outcome: 'settlement', duplicate: c.how === 'duplicate', staleAfter: c.how === 'stale', lose: c.how === 'lost' });
              if (c.how === 'lost') (p as { lost?: boolean }).lost = true;
              else settleInModel(p);
            } else if (c.kind === 'poll') {
              await pollPendingPayments(ctx.app.payments, { olderThanMinutes: 0 });
              for (const p of model.payments) if ((p as { lost?: boolean }).lost && p.status === 'pending') settleInModel(p);
            } else if (c.kind === 'refund' && model.payments.length > 0) {
              const p = model.payments[c.payment % model.payments.length]!;
              if (p.status !== 'settled') continue;
              await simulate(p.orderId, { outcome: 'refund' });
              p.status = 'refunded';
              const amount = model.donations[p.donation]!.total;
              const fromFund = model.fund < amount ? model.fund : amount;
              model.fund -= fromFund;
              model.receivable += amount - fromFund;
            } else if (c.kind === 'cancel' && model.donations.length > 0) {
              const d = model.donations[c.donation % model.donations.length]!;
              const response = await post(`/api/donations/${d.id}/cancel`, {});
              const hasSettled = model.payments.some((p) => model.donations[p.donation] === d && p.status !== 'pending');
              if (d.status === 'awaiting' && !hasSettled) {
                expect(response.statusCode).toBe(200);
                d.status = 'cancelled';
              } else expect(response.statusCode).toBe(409);
            }

            // After every step the database agrees with the model.
            const rows = await ctx.database.db.selectFrom('coverage_months').select(['worker_id', 'program', 'period_month']).where('worker_id', 'in', workers).execute();
            expect(new Set(rows.map((r) => `${r.worker_id}|${r.program}|${r.period_month}`))).toEqual(model.covered);
            expect((await balanceOf(ctx.database.db, { kind: 'donor_fund', donorOrgId, name: 'x' })).balance).toBe(model.fund);
            expect((await balanceOf(ctx.database.db, { kind: 'receivable' })).balance - receivableStart).toBe(model.receivable);
          }
          const invariants = await checkLedger(ctx.database.db);
          expect(invariants.filter((r) => r.violations > 0)).toEqual([]);
          const settlements = await sql<{ n: number }>`
            select count(*)::int as n from journal_entries e join payments p on p.id = e.payment_id
            where e.kind = 'settlement' and p.donation_id = any(${model.donations.map((d) => d.id)}::uuid[])`.execute(ctx.database.db);
          expect(settlements.rows[0]!.n).toBe(model.payments.filter((p) => p.status !== 'pending').length);
        },
      ),
      { numRuns: Number(process.env.MODEL_RUNS ?? 25), ...(process.env.SEED ? { seed: Number(process.env.SEED) } : {}) },
    );
  }, 240_000);
});
