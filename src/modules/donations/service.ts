import { sql, type Kysely } from 'kysely';
import type { DB, DonationStatus } from '../../db/schema.ts';
import { addDays, addMonths, firstDayOf, jakartaToday, monthOf, parseYearMonth } from '../../domain/dates.ts';
import { DomainError, type DomainIssue } from '../../domain/errors.ts';
import { formatRupiah, parseRupiah } from '../../domain/money.ts';
import { isOccupationCode } from '../../domain/occupations.ts';
import { quoteContribution, type Quote } from '../../domain/quote.ts';
import type { RuleBook } from '../../domain/rules/index.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../http/policy.ts';
import { newId } from '../../lib/ids.ts';
import { writeAudit } from '../audit/audit.ts';
import { workerScope } from '../workers/repository.ts';
import { countCohortCandidates, type CohortSpec } from './cohort.ts';
import { buildPricing } from './pricing.ts';

/**
 * Donations: who pays for whom, which programmes, for how long. A donation is quoted from the rules,
 * numbered as an invoice with a due date, paid through a gateway or a bank transfer, and allocated
 * into coverage months once the money is in the ledger.
 */
export type DonationContext = { db: Kysely<DB>; book: RuleBook; actor: Actor; requestId: string | null };

export const PAYMENT_DAYS = 7;

export type DonationInput = {
  donorOrgId?: string;
  programs: readonly string[];
  declaredIncome?: string;
  months: number;
  startMonth: string;
  selection: { kind: 'list'; workerIds: readonly string[] } | { kind: 'cohort'; regionCode: string; occupations?: readonly string[]; count: number };
  /** Set by renewDonation only (not part of the API body). */
  renewsDonationId?: string;
};

export type StoredQuote = {
  programs: string[];
  declaredIncome: string;
  months: number;
  startMonth: string;
  endMonth: string;
  perWorkerMonthly: string;
  perWorker: string;
  lines: { program: string; monthly: string; perWorker: string }[];
  rateVersionIds: string[];
  discounts: { id: string; nameId: string; nameEn: string; months: string[] }[];
  pricing: { rows: { occupation: string; month: string; program: string; amount: string }[]; perWorkerByOccupation: Record<string, string> };
};

/** What a donation keeps of its quote: the prices per occupation, month and programme it will be allocated at. */
export function storeQuote(book: RuleBook, quote: Quote): StoredQuote {
  const pricing = buildPricing(book, quote);
  return {
    programs: quote.programs,
    declaredIncome: quote.declaredIncome.toString(),
    months: quote.months,
    startMonth: quote.startMonth,
    endMonth: quote.endMonth,
    perWorkerMonthly: quote.perWorkerMonthly.toString(),
    perWorker: quote.perWorker.toString(),
    lines: quote.lines.map((l) => ({ program: l.program, monthly: l.monthly.toString(), perWorker: l.perWorker.toString() })),
    rateVersionIds: quote.rateVersionIds,
    discounts: quote.discounts.map((d) => ({ id: d.id, nameId: d.nameId, nameEn: d.nameEn, months: d.months })),
    pricing: { rows: pricing.rows.map((r) => ({ ...r, amount: r.amount.toString() })), perWorkerByOccupation: pricing.perWorkerByOccupation },
  };
}

/** The donor organisation a donation is for: donors their own; officers and admins name one. */
async function donorOrgFor(ctx: DonationContext, requested: string | undefined): Promise<{ id: string; display_name: string }> {
  const id = ctx.actor.role === 'donor' ? ctx.actor.donorOrgId : requested;
  if (!id) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ path: 'donorOrgId', code: 'required', message: 'donorOrgId' }] } });
  if (ctx.actor.role === 'donor' && requested && requested !== id) throw new AppError('FORBIDDEN');
  const org = await ctx.db.selectFrom('donor_orgs').select(['id', 'display_name']).where('id', '=', id).executeTakeFirst();
  if (!org) throw new AppError('NOT_FOUND', { details: { entity: 'donor_org' } });
  return org;
}

/** INV-2026-000123 for donations, MDR-2026-000124 for self-payments: one sequence, never reused. */
export async function nextDonationNumber(db: Kysely<DB>, today: string, prefix: 'INV' | 'MDR' = 'INV'): Promise<string> {
  const { rows } = await sql<{ n: string }>`select nextval('donation_number_seq')::text as n`.execute(db);
  return `${prefix}-${today.slice(0, 4)}-${rows[0]!.n.padStart(6, '0')}`;
}

export async function createDonation(ctx: DonationContext, input: DonationInput) {
  const today = jakartaToday();
  const issues: DomainIssue[] = [];
  let startMonth = '';
  try {
    startMonth = parseYearMonth(input.startMonth, 'startMonth');
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    issues.push(...error.issues);
  }
  if (startMonth && (startMonth < monthOf(today) || startMonth > addMonths(monthOf(today), 12))) {
    issues.push({ code: 'MONTH_INVALID', field: 'startMonth', params: { value: input.startMonth } });
  }
  let declaredIncome = 1_000_000n;
  if (input.declaredIncome !== undefined) {
    try {
      declaredIncome = parseRupiah(input.declaredIncome, 'declaredIncome');
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      issues.push(...error.issues);
    }
  }
  const selection = input.selection;
  if (selection.kind === 'cohort') {
    for (const code of selection.occupations ?? []) if (!isOccupationCode(code)) issues.push({ code: 'OCCUPATION_UNKNOWN', field: 'selection.occupations', params: { value: code } });
    if (!/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/.test(selection.regionCode)) issues.push({ code: 'VILLAGE_UNKNOWN', field: 'selection.regionCode', params: { value: selection.regionCode } });
  }
  if (issues.length > 0) throw new DomainError(issues);

  const workerCount = selection.kind === 'list' ? new Set(selection.workerIds).size : selection.count;
  const quote = quoteContribution(ctx.book, {
    programs: input.programs,
    declaredIncome,
    workers: workerCount,
    months: input.months,
    startDate: firstDayOf(startMonth),
    occupationCode: selection.kind === 'cohort' && selection.occupations?.length === 1 ? selection.occupations[0] : null,
  });
  const stored = storeQuote(ctx.book, quote);
  const org = await donorOrgFor(ctx, input.donorOrgId);
  const id = newId();

  return ctx.db.transaction().execute(async (trx) => {
    let total = quote.total;
    let cohort: CohortSpec | null = null;
    if (selection.kind === 'list') {
      const ids = [...new Set(selection.workerIds)];
      // The caller must be able to see every worker (officers their region, donors those they already protect).
      const rows = await trx
        .selectFrom('workers')
        .select(['workers.id', 'workers.occupation_code', 'workers.status'])
        .where(sql<boolean>`workers.id = any(${ids}::uuid[])`)
        .where(workerScope(ctx.actor))
        .execute();
      const bad = ids.filter((wid) => !rows.some((r) => r.id === wid && r.status === 'verified'));
      if (bad.length > 0) throw new AppError('WORKERS_NOT_ELIGIBLE', { details: { workerIds: bad.slice(0, 50), count: bad.length } });
      // Exact price per worker: discounts can depend on the occupation.
      total = rows.reduce((sum, r) => sum + BigInt(stored.pricing.perWorkerByOccupation[r.occupation_code] ?? stored.perWorker), 0n);
    } else {
      cohort = { regionCode: selection.regionCode, occupations: [...(selection.occupations ?? [])], count: selection.count, rule: 'LONGEST_UNCOVERED' };
      const available = await countCohortCandidates(trx, { cohort, programs: quote.programs, startMonth: firstDayOf(startMonth), months: quote.months, book: ctx.book, limit: selection.count });
      if (available < selection.count) throw new AppError('NO_ELIGIBLE_WORKERS', { details: { requested: selection.count, available } });
    }
    const number = await nextDonationNumber(trx, today);
    await trx
      .insertInto('donations')
      .values({
        id,
        number,
        donor_org_id: org.id,
        created_by: ctx.actor.userId,
        programs: quote.programs,
        declared_income: declaredIncome,
        months: quote.months,
        start_month: firstDayOf(startMonth),
        selection: selection.kind,
        cohort: cohort ? JSON.stringify(cohort) : null,
        worker_count: workerCount,
        per_worker: quote.perWorker,
        total,
        quote: JSON.stringify(stored),
        status: 'awaiting_payment',
        due_date: addDays(today, PAYMENT_DAYS),
        renews_donation_id: input.renewsDonationId ?? null,
      })
      .execute();
    if (selection.kind === 'list') {
      const ids = [...new Set(selection.workerIds)];
      await sql`
        insert into donation_workers (donation_id, position, worker_id)
        select ${id}::uuid, p, w from unnest(${ids}::uuid[]) with ordinality as t(w, p)
      `.execute(trx);
    }
    await writeAudit(trx, {
      actorId: ctx.actor.userId,
      action: 'donation.create',
      entity: 'donation',
      entityId: id,
      after: { number, donorOrgId: org.id, workers: workerCount, months: quote.months, total: total.toString(), selection: selection.kind },
      requestId: ctx.requestId,
    });
    return id;
  });
}

/** Donations a caller may see: donors their organisation's; officers and admins all. */
export function donationScope(actor: Actor) {
  return actor.role === 'donor' ? sql<boolean>`donations.donor_org_id = ${actor.donorOrgId}::uuid` : sql<boolean>`true`;
}

export async function loadDonation(db: Kysely<DB>, actor: Actor, id: string) {
  const row = await db
    .selectFrom('donations')
    .innerJoin('donor_orgs', 'donor_orgs.id', 'donations.donor_org_id')
    .selectAll('donations')
    .select(['donor_orgs.display_name as donor_name', 'donor_orgs.legal_name as donor_legal_name', 'donor_orgs.type as donor_type'])
    .where('donations.id', '=', id)
    .where(donationScope(actor))
    .executeTakeFirst();
  // Another donor's donation does not exist for you (BOLA: 404, not 403).
  if (!row) throw new AppError('NOT_FOUND', { details: { entity: 'donation' } });
  return row;
}

export async function cancelDonation(ctx: DonationContext, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const donation = await trx.selectFrom('donations').select(['id', 'status', 'donor_org_id']).where('id', '=', id).where(donationScope(ctx.actor)).forUpdate().executeTakeFirst();
    if (!donation) throw new AppError('NOT_FOUND', { details: { entity: 'donation' } });
    if (donation.status !== 'awaiting_payment') throw new AppError('DONATION_NOT_PAYABLE', { details: { status: donation.status } });
    const live = await trx.selectFrom('payments').select('id').where('donation_id', '=', id).where('status', 'in', ['settled', 'awaiting_approval']).executeTakeFirst();
    if (live) throw new AppError('DONATION_NOT_PAYABLE', { details: { status: 'payment in progress' } });
    // Pending gateway payments are left as they are: the donor may already have paid at the gateway.
    // The poller keeps asking; money that arrives after all is credited to the donor's fund.
    await trx.updateTable('donations').set({ status: 'cancelled', cancelled_at: new Date() }).where('id', '=', id).execute();
    await writeAudit(trx, { actorId: ctx.actor.userId, action: 'donation.cancel', entity: 'donation', entityId: id, before: { status: donation.status }, after: { status: 'cancelled' }, requestId: ctx.requestId });
  });
}

export const DONATION_STATUSES: readonly DonationStatus[] = ['awaiting_payment', 'paid', 'allocated', 'cancelled', 'expired', 'refunded'];

export const POOL_MIN_GIFT = 16_800n;

/**
 * A gift to the continuity pool: any amount from one worker-month up. Paid like any donation; once
 * settled, the whole amount moves from the donor's fund to the pool, which covers workers about to
 * lapse by the published rule at every monthly run.
 */
export async function createPoolDonation(ctx: DonationContext, input: { donorOrgId?: string; amount: string }): Promise<string> {
  const amount = parseRupiah(input.amount, 'amount');
  if (amount < POOL_MIN_GIFT) {
    throw new DomainError({ code: 'AMOUNT_TOO_SMALL', field: 'amount', params: { value: formatRupiah(amount), min: formatRupiah(POOL_MIN_GIFT) } });
  }
  const org = await donorOrgFor(ctx, input.donorOrgId);
  const today = jakartaToday();
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const number = await nextDonationNumber(trx, today);
    await trx
      .insertInto('donations')
      .values({
        id,
        number,
        donor_org_id: org.id,
        created_by: ctx.actor.userId,
        programs: ['JKK', 'JKM'],
        declared_income: 1_000_000n,
        months: 1,
        start_month: firstDayOf(monthOf(today)),
        selection: 'pool',
        cohort: null,
        worker_count: 0,
        per_worker: amount,
        total: amount,
        quote: JSON.stringify({ programs: ['JKK', 'JKM'], declaredIncome: '1000000', months: 1, startMonth: monthOf(today), endMonth: monthOf(today), perWorkerMonthly: '0', perWorker: '0', lines: [], rateVersionIds: [], discounts: [], pricing: { rows: [], perWorkerByOccupation: {} } } satisfies StoredQuote),
        status: 'awaiting_payment',
        due_date: addDays(today, PAYMENT_DAYS),
      })
      .execute();
    await writeAudit(trx, { actorId: ctx.actor.userId, action: 'donation.create', entity: 'donation', entityId: id, after: { number, donorOrgId: org.id, pool: true, total: amount.toString() }, requestId: ctx.requestId });
  });
  return id;
}

/**
 * Renewal: the same workers (those the donation protected and who can still be covered), for the
 * same period length, programmes and income, starting the month after it ends (or this month, if it
 * has already ended): one step, a new quote and a new payment. A donation is renewed once (a renewal
 * cancelled or expired may be made again).
 */
export async function renewDonation(ctx: DonationContext, donationId: string): Promise<string> {
  const old = await loadDonation(ctx.db, ctx.actor, donationId);
  if (old.selection === 'pool' || old.selection === 'self') throw new AppError('INVALID_STATE', { details: { selection: old.selection } });
  if (old.status !== 'allocated') throw new AppError('INVALID_STATE', { details: { status: old.status } });
  const existing = await openRenewal(ctx.db, donationId);
  if (existing) throw new AppError('INVALID_STATE', { details: { renewedBy: existing.number } });
  const workers = await ctx.db
    .selectFrom('coverage_months')
    .innerJoin('workers', 'workers.id', 'coverage_months.worker_id')
    .select('coverage_months.worker_id')
    .distinct()
    .where('coverage_months.donation_id', '=', donationId)
    .where('workers.status', '=', 'verified')
    .execute();
  if (workers.length === 0) throw new AppError('WORKERS_NOT_ELIGIBLE', { details: { count: 0 } });
  const after = addMonths(monthOf(old.start_month), old.months);
  const current = monthOf(jakartaToday());
  try {
    return await createDonation(ctx, {
      donorOrgId: old.donor_org_id,
      programs: old.programs,
      declaredIncome: old.declared_income.toString(),
      months: old.months,
      startMonth: after > current ? after : current,
      selection: { kind: 'list', workerIds: workers.map((w) => w.worker_id) },
      renewsDonationId: donationId,
    });
  } catch (error) {
    // Renewed at the same moment from another tab: the other one won.
    if ((error as { constraint?: string }).constraint === 'donations_one_live_renewal') {
      throw new AppError('INVALID_STATE', { details: { renewedBy: (await openRenewal(ctx.db, donationId))?.number ?? null } });
    }
    throw error;
  }
}

/** The renewal of a donation that is still alive (awaiting payment, paid or allocated), if any. */
export async function openRenewal(db: Kysely<DB>, donationId: string): Promise<{ id: string; number: string } | undefined> {
  return db
    .selectFrom('donations')
    .select(['id', 'number'])
    .where('renews_donation_id', '=', donationId)
    .where('status', 'not in', ['cancelled', 'expired', 'refunded'])
    .executeTakeFirst();
}
