import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { withRetry } from '../../db/retry.ts';
import type { RuleBook } from '../../domain/rules/index.ts';
import { newId } from '../../lib/ids.ts';
import { accountId, postEntry } from '../ledger/ledger.ts';
import { pickCohortChunk, type CohortSpec } from './cohort.ts';
import { pricingColumns } from './pricing.ts';
import { issueKpjs } from '../cards/service.ts';
import { refreshStates } from '../coverage/states.ts';
import { workingCalendar } from '../../domain/calendar.ts';
import { jakartaToday, lastDayOf, monthOf } from '../../domain/dates.ts';
import { donorChannel, enqueueMessage, LOG_ONLY, workerChannel, type MessagingConfig } from '../messages/outbox.ts';
import type { StoredQuote } from './service.ts';

/**
 * Turns a paid donation into coverage months, a chunk of workers per transaction. In each chunk the
 * coverage rows (one per worker, programme and month, unique) and the ledger entry that pays for
 * exactly the rows that went in are written together; a worker-month someone already covered is
 * skipped and its money stays in the donor's fund. The donation row carries the cursor, so a run
 * killed midway resumes where the last committed chunk ended and ends as an uninterrupted run would.
 */
export const ALLOCATION_CHUNK_WORKERS = 2_000;

export type AllocationProgress = { workers: number; done: boolean };

type ChunkResult = { isDone: boolean; workers: number };

/** Where confirmations go: the channels and the address of the application for links. */
export type Notify = { messaging: MessagingConfig; publicUrl: string };

async function allocateChunk(trx: Kysely<DB>, book: RuleBook, donationId: string, chunkSize: number, notify: Notify): Promise<ChunkResult> {
  const donation = await trx
    .selectFrom('donations')
    .innerJoin('donor_orgs', 'donor_orgs.id', 'donations.donor_org_id')
    .select([
      'donations.id',
      'donations.status',
      'donations.donor_org_id',
      'donations.selection',
      'donations.cohort',
      'donations.worker_count',
      'donations.allocated_through',
      'donations.programs',
      'donations.start_month',
      'donations.months',
      'donations.quote',
      'donor_orgs.display_name',
    ])
    .where('donations.id', '=', donationId)
    .forUpdate()
    .executeTakeFirst();
  if (!donation || donation.status !== 'paid') return { isDone: true, workers: 0 };
  const cursor = donation.allocated_through;

  if (donation.selection === 'pool') {
    // A gift to the continuity pool: the whole amount moves from the donor's fund to the pool.
    const total = (await trx.selectFrom('donations').select('total').where('id', '=', donationId).executeTakeFirstOrThrow()).total;
    const fund = await accountId(trx, { kind: 'donor_fund', donorOrgId: donation.donor_org_id, name: donation.display_name });
    const pool = await accountId(trx, { kind: 'pool' });
    await postEntry(trx, {
      kind: 'pool_contribution',
      donationId,
      memo: 'Sumbangan ke dana kesinambungan',
      postings: [
        { accountId: fund, side: 'debit', amount: total },
        { accountId: pool, side: 'credit', amount: total },
      ],
    });
    await trx.updateTable('donations').set({ status: 'allocated', allocated_at: new Date(), allocated_amount: total }).where('id', '=', donationId).execute();
    return { isDone: true, workers: 0 };
  }

  let chunk: string[];
  if (donation.selection === 'list' || donation.selection === 'self') {
    const rows = await trx
      .selectFrom('donation_workers')
      .select('worker_id')
      .where('donation_id', '=', donationId)
      .where('position', '>', cursor)
      .orderBy('position')
      .limit(chunkSize)
      .execute();
    chunk = rows.map((r) => r.worker_id);
  } else {
    chunk = await pickCohortChunk(trx, {
      cohort: donation.cohort as CohortSpec,
      programs: donation.programs,
      startMonth: donation.start_month,
      months: donation.months,
      book,
      donationId,
      limit: Math.min(chunkSize, donation.worker_count - cursor),
    });
    if (chunk.length > 0) {
      await sql`
        insert into donation_workers (donation_id, position, worker_id)
        select ${donationId}::uuid, ${cursor}::int + p, w from unnest(${chunk}::uuid[]) with ordinality as t(w, p)
      `.execute(trx);
    }
  }
  if (chunk.length === 0) {
    await trx.updateTable('donations').set({ status: 'allocated', allocated_at: new Date() }).where('id', '=', donationId).execute();
    await confirmAllocation(trx, donationId, donation.selection, notify);
    return { isDone: true, workers: 0 };
  }

  const quote = donation.quote as StoredQuote;
  const prices = pricingColumns(quote.pricing);
  const entryId = newId();
  // Worker-months already covered (by anyone) are skipped by the primary key; rows are inserted in key
  // order so two allocations over the same workers lock in the same order (no deadlock cycle).
  const { rows: inserted } = await sql<{ program: string; amount: bigint; months: number; all_workers: number }>`
    with chunk as (select * from unnest(${chunk}::uuid[]) as c(worker_id)),
    prices as (select * from unnest(${prices.occupation}::text[], ${prices.month}::date[], ${prices.program}::text[], ${prices.amount}::int8[])
               as p(occupation, period_month, program, amount)),
    ins as (
      insert into coverage_months (worker_id, program, period_month, amount, source, donation_id, donor_org_id, entry_id)
      select w.id, p.program, p.period_month, p.amount, ${donation.selection === 'self' ? 'self' : 'donation'}, ${donationId}::uuid, ${donation.donor_org_id}::uuid, ${entryId}::uuid
      from chunk c
      join workers w on w.id = c.worker_id and w.status = 'verified'
      join prices p on p.occupation = w.occupation_code
      order by w.id, p.program, p.period_month
      on conflict do nothing
      returning worker_id, program, amount
    )
    select program, sum(amount)::int8 as amount, count(*)::int as months, (select count(distinct worker_id)::int from ins) as all_workers
    from ins group by program
  `.execute(trx);

  const total = inserted.reduce((s, r) => s + r.amount, 0n);
  const rowsIn = inserted.reduce((s, r) => s + r.months, 0);
  const expected = chunk.length * donation.months * donation.programs.length;
  const workersCovered = inserted[0]?.all_workers ?? 0;
  if (rowsIn > 0) {
    if (total === 0n) throw new Error(`donation ${donationId}: coverage without a price cannot be posted`);
    const fund = await accountId(trx, { kind: 'donor_fund', donorOrgId: donation.donor_org_id, name: donation.display_name });
    const credits = await Promise.all(
      inserted.map(async (r) => ({ accountId: await accountId(trx, { kind: 'bpjs_payable', program: r.program }), side: 'credit' as const, amount: r.amount })),
    );
    await postEntry(trx, {
      id: entryId,
      kind: 'allocation',
      donationId,
      memo: `Alokasi: ${rowsIn} iuran bulanan per program (${donation.programs.join(', ')})`,
      postings: [{ accountId: fund, side: 'debit', amount: total }, ...credits],
    });
  }
  // The states of these workers move now, not only at the next monthly run.
  if (rowsIn > 0) {
    await refreshStates(trx, book, workingCalendar(book), { asOf: jakartaToday(), scope: { workerIds: chunk } });
    // A worker's first coverage gives them a KPJ membership number (the card can then be printed).
    await issueKpjs(trx, book, chunk);
  }
  await trx
    .updateTable('donations')
    .set((eb) => ({
      allocated_through: cursor + chunk.length,
      allocated_workers: eb('allocated_workers', '+', workersCovered),
      allocated_amount: eb('allocated_amount', '+', total),
      skipped_worker_months: eb('skipped_worker_months', '+', expected - rowsIn),
    }))
    .where('id', '=', donationId)
    .execute();
  return { isDone: false, workers: chunk.length };
}

/**
 * Once allocated, the payer is told, once: a worker who paid for themself until when they are
 * protected; a donor how many workers its donation protects.
 */
async function confirmAllocation(trx: Kysely<DB>, donationId: string, selection: string, { messaging, publicUrl }: Notify): Promise<void> {
  const d = await trx
    .selectFrom('donations')
    .select(['number', 'donor_org_id', 'allocated_amount', 'allocated_workers', sql<string | null>`(select max(period_month)::text from coverage_months c where c.donation_id = donations.id)`.as('last_month')])
    .where('id', '=', donationId)
    .executeTakeFirstOrThrow();
  if (selection === 'self') {
    const worker = await trx.selectFrom('donation_workers as dw').innerJoin('workers as w', 'w.id', 'dw.worker_id').select(['w.id', 'w.full_name']).where('dw.donation_id', '=', donationId).executeTakeFirst();
    if (!worker || !d.last_month) return;
    await enqueueMessage(trx, {
      eventKey: `donation:${donationId}:self-paid`,
      channel: workerChannel(messaging),
      recipientKind: 'worker',
      recipientId: worker.id,
      template: 'worker_self_pay_paid',
      params: { name: worker.full_name, amount: d.allocated_amount.toString(), protectedUntil: lastDayOf(monthOf(d.last_month)) },
    });
  } else if (selection === 'list' || selection === 'cohort') {
    await enqueueMessage(trx, {
      eventKey: `donation:${donationId}:allocated`,
      channel: donorChannel(messaging),
      recipientKind: 'donor_org',
      recipientId: d.donor_org_id,
      template: 'donor_allocated',
      params: { number: d.number, workers: String(d.allocated_workers), url: `${publicUrl}/donations/${donationId}` },
    });
  }
}

/** Allocates a paid donation to the end (resuming if it was interrupted). */
export async function allocateDonation(
  db: Kysely<DB>,
  book: RuleBook,
  donationId: string,
  options: { chunkWorkers?: number; onProgress?: (workers: number) => void; notify?: Notify } = {},
): Promise<void> {
  let workers = 0;
  for (;;) {
    const result = await withRetry(() => db.transaction().execute((trx) => allocateChunk(trx, book, donationId, options.chunkWorkers ?? ALLOCATION_CHUNK_WORKERS, options.notify ?? { messaging: LOG_ONLY, publicUrl: '' })));
    if (result.isDone) return;
    workers += result.workers;
    options.onProgress?.(workers);
  }
}
