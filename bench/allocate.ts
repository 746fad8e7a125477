/**
 * bench/allocate — allocates a paid donation of N workers × 12 months (default 100,000 workers,
 * JKK + JKM: 2.4 million coverage rows) on real PostgreSQL, chunked as in production (each chunk:
 * coverage rows + the ledger entry that pays for them + the donation's cursor, in one transaction),
 * and compares it with a raw `INSERT … SELECT` of the same rows, in the same chunks, into a table of
 * the same shape, indexes and foreign keys, measured in the same run. Prints worker-months per second and the
 * ratio (baseline time ÷ allocation time; target ≥ 0.5).
 *
 *   npm run bench:allocate
 *   BENCH_WORKERS=20000 npm run bench:allocate
 */
import { sql } from 'kysely';
import { normalizeName } from '../src/domain/worker-input.ts';
import { newId } from '../src/lib/ids.ts';
import { ALLOCATION_CHUNK_WORKERS, allocateDonation } from '../src/modules/donations/allocate.ts';
import { pricingColumns } from '../src/modules/donations/pricing.ts';
import { accountId, postEntry } from '../src/modules/ledger/ledger.ts';
import { createDonation, type StoredQuote } from '../src/modules/donations/service.ts';
import { startPayment } from '../src/modules/payments/service.ts';
import { applyProviderStatus } from '../src/modules/payments/settle.ts';
import { insertWorkers } from '../src/modules/workers/repository.ts';
import { benchDatabase } from './lib.ts';

const WORKERS = Number(process.env.BENCH_WORKERS ?? 100_000);
const two = (n: number) => String(n).padStart(2, '0');

async function main() {
  const bench = await benchDatabase('allocate', { maxConnections: 4 });
  const { config, database } = bench;
  try {
    const villages = (await database.db.selectFrom('regions').select('code').where('level', '=', 4).orderBy('code').execute()).map((r) => r.code);
    process.stdout.write(`${bench.version}\n${WORKERS.toLocaleString('en')} workers × 12 months × JKK + JKM\n`);

    // Verified workers (setup, not measured).
    const ids: string[] = [];
    for (let start = 0; start < WORKERS; start += 5_000) {
      const rows = Array.from({ length: Math.min(5_000, WORKERS - start) }, (_, k) => {
        const i = start + k;
        const village = villages[i % villages.length]!;
        const nik = `${village.slice(0, 8).replaceAll('.', '')}${two(1 + (i % 28))}${two(1 + (Math.floor(i / 28) % 12))}${two(70 + (Math.floor(i / 336) % 30))}${String(1 + Math.floor(i / 10_080)).padStart(4, '0')}`;
        const fullName = `Warga ${i.toString(26).replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]!)}`;
        return {
          id: newId(), nik, fullName, nameNorm: normalizeName(fullName), birthDate: `19${70 + (Math.floor(i / 336) % 30)}-${two(1 + (Math.floor(i / 28) % 12))}-${two(1 + (i % 28))}`,
          sex: 'L' as const, villageCode: village, regencyCode: village.slice(0, 5), occupationCode: 'PETANI', occupationOther: null, incomeBracket: 1_000_000n,
          phone: null, isDtks: false, p3keDecile: null, isWageEarner: false, status: 'verified' as const, source: 'import' as const, registeredBy: null, verifiedBy: null, importId: null,
        };
      });
      const inserted = await insertWorkers(database.db, config.keyring, rows);
      ids.push(...rows.map((r) => r.id).filter((id) => inserted.has(id)));
    }
    const userId = newId();
    await database.db.insertInto('users').values({ id: userId, email: 'bench@lingkaran.test', password_hash: 'x', full_name: 'Bench', role: 'admin' }).execute();
    const actor = { userId, email: 'bench@lingkaran.test', fullName: 'Bench', role: 'admin' as const, regionScopes: [], branchId: null, donorOrgId: null, locale: 'id' as const, sessionTokenHash: Buffer.alloc(32) };
    const donorOrgId = newId();
    await database.db.insertInto('donor_orgs').values({ id: donorOrgId, type: 'BUMN', legal_name: 'PT Bench', display_name: 'Bench', region_code: null }).execute();
    const now = new Date(Date.now() + 7 * 3_600_000);
    const startMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 7);
    const donationId = await createDonation({ db: database.db, book: config.rules, actor, requestId: null }, { donorOrgId, programs: ['JKK', 'JKM'], months: 12, startMonth, selection: { kind: 'list', workerIds: ids } });
    const { paymentId } = await startPayment({ db: database.db, config, providers: {}, onPaid: async () => {} }, actor, donationId, 'bank_transfer');
    const payment = await database.db.selectFrom('payments').select('amount').where('id', '=', paymentId).executeTakeFirstOrThrow();
    await applyProviderStatus(database.db, paymentId, { status: 'settled', amount: payment.amount, currency: 'IDR', providerRef: null, raw: null });
    await sql`vacuum analyze`.execute(database.db);

    // The allocation, as the job runs it.
    const t0 = performance.now();
    await allocateDonation(database.db, config.rules, donationId);
    const allocationSeconds = (performance.now() - t0) / 1000;
    const done = await database.db.selectFrom('donations').select(['status', 'allocated_amount', 'total']).where('id', '=', donationId).executeTakeFirstOrThrow();
    if (done.status !== 'allocated' || done.allocated_amount !== done.total) throw new Error(`allocation incomplete: ${JSON.stringify(done, (_, v) => (typeof v === 'bigint' ? v.toString() : v))}`);

    // The baseline: the same rows, the same chunks, a raw INSERT … SELECT into a table of the same shape and indexes.
    // Same columns, indexes and foreign keys as coverage_months; the rows reference a real (balanced) entry.
    await sql`create table coverage_baseline (like coverage_months including all)`.execute(database.db);
    await sql`
      alter table coverage_baseline
        add foreign key (worker_id) references workers (id),
        add foreign key (entry_id) references journal_entries (id) deferrable initially deferred
    `.execute(database.db);
    const quote = (await database.db.selectFrom('donations').select('quote').where('id', '=', donationId).executeTakeFirstOrThrow()).quote as StoredQuote;
    const prices = pricingColumns(quote.pricing);
    const entryId = await database.db.transaction().execute(async (trx) => {
      const bank = await accountId(trx, { kind: 'bank' });
      const payable = await accountId(trx, { kind: 'refunds_payable' });
      return postEntry(trx, { kind: 'adjustment', memo: 'baseline', postings: [{ accountId: bank, side: 'debit', amount: 1n }, { accountId: payable, side: 'credit', amount: 1n }] });
    });
    const t1 = performance.now();
    for (let start = 0; start < ids.length; start += ALLOCATION_CHUNK_WORKERS) {
      const chunk = ids.slice(start, start + ALLOCATION_CHUNK_WORKERS);
      await sql`
        insert into coverage_baseline (worker_id, program, period_month, amount, source, donation_id, donor_org_id, entry_id)
        select c.worker_id, p.program, p.period_month, p.amount, 'donation', ${donationId}::uuid, ${donorOrgId}::uuid, ${entryId}::uuid
        from unnest(${chunk}::uuid[]) as c(worker_id)
        cross join (select * from unnest(${prices.occupation}::text[], ${prices.month}::date[], ${prices.program}::text[], ${prices.amount}::int8[])
                    as p(occupation, period_month, program, amount) where occupation = 'PETANI') p
      `.execute(database.db);
    }
    const baselineSeconds = (performance.now() - t1) / 1000;
    const workerMonths = WORKERS * 12;
    process.stdout.write(
      [
        `allocation: ${allocationSeconds.toFixed(1)} s, ${Math.round(workerMonths / allocationSeconds).toLocaleString('en')} worker-months/s (coverage rows + ledger entries + cursor, chunks of ${ALLOCATION_CHUNK_WORKERS} workers)`,
        `baseline  : ${baselineSeconds.toFixed(1)} s, ${Math.round(workerMonths / baselineSeconds).toLocaleString('en')} worker-months/s (raw INSERT … SELECT of the same rows, same indexes and foreign keys)`,
        `ratio     : ${(baselineSeconds / allocationSeconds).toFixed(2)} (target ≥ 0.50)`,
        '',
      ].join('\n'),
    );
  } finally {
    await bench.dispose();
  }
}

await main();
