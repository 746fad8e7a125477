import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CoverageState } from '../../domain/calendar.ts';
import { addDays, addMonths, firstDayOf, jakartaToday, monthOf, type IsoDate, type YearMonth } from '../../domain/dates.ts';
import { DomainError } from '../../domain/errors.ts';
import { quoteContribution } from '../../domain/quote.ts';
import type { RuleBook } from '../../domain/rules/index.ts';
import { AppError } from '../../http/errors.ts';
import { checkedCode, isCheckedCode, newId } from '../../lib/ids.ts';
import { writeAudit } from '../audit/audit.ts';
import { nextDonationNumber, PAYMENT_DAYS, storeQuote } from '../donations/service.ts';
import { startPayment, type PaymentDeps } from '../payments/service.ts';
import { maskName } from './self-check.ts';

/**
 * "Lanjut mandiri": a worker whose sponsorship ends continues alone with a personal payment code.
 * A self-payment is a donation of the system organisation "Iuran mandiri" for one worker, so it is
 * paid, settled and allocated like any other (coverage source 'self'). It starts at the first month
 * not paid: arrears first (BPU pays up to 3 months of arrears, no fine), or the current month when
 * protection has ended (re-activation by NIK, domain.md §1.4 — the other reading, registering anew,
 * is a setting to add if BPJS confirms it).
 */
export const SELF_PAY_ORG_NAME = 'Iuran mandiri pekerja';
const CODE_PREFIX = 'LM';
const CODE_DIGITS = 9;

export async function selfPayOrg(db: Kysely<DB>): Promise<string> {
  const existing = await db.selectFrom('donor_orgs').select('id').where('is_system', '=', true).where('legal_name', '=', SELF_PAY_ORG_NAME).executeTakeFirst();
  if (existing) return existing.id;
  const id = newId();
  await db
    .insertInto('donor_orgs')
    .values({ id, type: 'PERORANGAN', legal_name: SELF_PAY_ORG_NAME, display_name: 'Iuran mandiri', region_code: null, is_system: true })
    .execute();
  return id;
}

/** The worker's personal payment code, created on first use. */
export async function selfPayCode(db: Kysely<DB>, workerId: string): Promise<string> {
  return (await selfPayCodes(db, [workerId])).get(workerId)!;
}

/** Payment codes of many workers at once (created for those without one): a few statements per batch. */
export async function selfPayCodes(db: Kysely<DB>, workerIds: readonly string[]): Promise<Map<string, string>> {
  const codes = new Map<string, string>();
  let missing = [...new Set(workerIds)];
  while (missing.length > 0) {
    const existing = await db.selectFrom('self_pay_accounts').select(['worker_id', 'code']).where('worker_id', 'in', missing).execute();
    for (const row of existing) codes.set(row.worker_id, row.code);
    missing = missing.filter((id) => !codes.has(id));
    if (missing.length === 0) break;
    // A code already taken (one in a thousand million) or a worker given one meanwhile: the next pass sorts it out.
    const fresh = missing.map(() => checkedCode(CODE_PREFIX, CODE_DIGITS));
    await sql`
      insert into self_pay_accounts (worker_id, code)
      select * from unnest(${missing}::uuid[], ${fresh}::text[])
      on conflict do nothing
    `.execute(db);
  }
  return codes;
}

export function isSelfPayCode(code: string): boolean {
  return isCheckedCode(code.trim().toUpperCase(), CODE_PREFIX, CODE_DIGITS);
}

export async function workerOfCode(db: Kysely<DB>, code: string): Promise<string | null> {
  if (!isSelfPayCode(code)) return null;
  const row = await db.selectFrom('self_pay_accounts').select('worker_id').where('code', '=', code.trim().toUpperCase()).executeTakeFirst();
  return row?.worker_id ?? null;
}

export type SelfPayOption = { months: number; from: string; to: string; amount: string };

/** What continuing costs: the options of 1, 3, 6 and 12 months from the first unpaid month. */
export async function selfPayOptions(db: Kysely<DB>, book: RuleBook, workerId: string): Promise<{ firstMonth: string; options: SelfPayOption[] }> {
  const worker = await db.selectFrom('workers').select(['occupation_code', 'income_bracket', 'status']).where('id', '=', workerId).executeTakeFirstOrThrow();
  const state = await db.selectFrom('coverage_states').select(['state', 'paid_through']).where('worker_id', '=', workerId).where('program', '=', 'JKM').executeTakeFirst();
  const current = monthOf(jakartaToday());
  const firstMonth =
    state && (state.state === 'ACTIVE' || state.state === 'ARREARS') && state.paid_through ? addMonths(monthOf(state.paid_through), 1) : current;
  const options = book.settings.quote.allowedMonths.map((months) => {
    const quote = quoteContribution(book, {
      programs: ['JKK', 'JKM'],
      declaredIncome: worker.income_bracket,
      workers: 1,
      months,
      startDate: firstDayOf(firstMonth),
      occupationCode: worker.occupation_code,
    });
    return { months, from: firstMonth, to: quote.endMonth, amount: quote.total.toString() };
  });
  return { firstMonth, options };
}

/** The donation of a self-payment (awaiting payment), ready for startPayment. */
export async function createSelfPayDonation(db: Kysely<DB>, book: RuleBook, workerId: string, months: number): Promise<string> {
  const worker = await db.selectFrom('workers').select(['occupation_code', 'income_bracket', 'status']).where('id', '=', workerId).executeTakeFirstOrThrow();
  if (worker.status !== 'verified') throw new AppError('WORKERS_NOT_ELIGIBLE', { details: { status: worker.status } });
  const { firstMonth } = await selfPayOptions(db, book, workerId);
  const quote = quoteContribution(book, {
    programs: ['JKK', 'JKM'],
    declaredIncome: worker.income_bracket,
    workers: 1,
    months,
    startDate: firstDayOf(firstMonth),
    occupationCode: worker.occupation_code,
  });
  const stored = storeQuote(book, quote);
  const orgId = await selfPayOrg(db);
  const id = newId();
  const today = jakartaToday();
  await db.transaction().execute(async (trx) => {
    const number = await nextDonationNumber(trx, today, 'MDR');
    await trx
      .insertInto('donations')
      .values({
        id,
        number,
        donor_org_id: orgId,
        created_by: null,
        programs: quote.programs,
        declared_income: quote.declaredIncome,
        months: quote.months,
        start_month: firstDayOf(firstMonth),
        selection: 'self',
        cohort: null,
        worker_count: 1,
        per_worker: quote.perWorker,
        total: quote.total,
        quote: JSON.stringify(stored),
        status: 'awaiting_payment',
        due_date: addDays(today, PAYMENT_DAYS),
      })
      .execute();
    await trx.insertInto('donation_workers').values({ donation_id: id, position: 1, worker_id: workerId }).execute();
    await writeAudit(trx, { actorId: null, action: 'self_pay.create', entity: 'donation', entityId: id, after: { workerId, months, total: quote.total.toString() } });
  });
  return id;
}

export type SelfPayView = {
  maskedName: string;
  regency: string;
  state: CoverageState | 'NONE';
  protectedUntil: IsoDate | null;
  endsOn: IsoDate | null;
  firstMonth: YearMonth;
  options: SelfPayOption[];
  lastPayment: { number: string; status: string; amount: string; createdAt: string } | null;
};

/** What the public "lanjut mandiri" page shows for a code: a masked name and the choices, nothing more. */
export async function selfPayView(db: Kysely<DB>, book: RuleBook, code: string, regionName: (code: string) => string | null): Promise<SelfPayView & { workerId: string }> {
  const workerId = await workerOfCodeOrThrow(db, code);
  const worker = await db.selectFrom('workers').select(['full_name', 'regency_code']).where('id', '=', workerId).executeTakeFirstOrThrow();
  const state = await db.selectFrom('coverage_states').select(['state', 'protected_until', 'ends_on']).where('worker_id', '=', workerId).where('program', '=', 'JKM').executeTakeFirst();
  const { firstMonth, options } = await selfPayOptions(db, book, workerId);
  const last = await db
    .selectFrom('donation_workers as dw')
    .innerJoin('donations as d', 'd.id', 'dw.donation_id')
    .select(['d.number', 'd.status', 'd.total', 'd.created_at'])
    .where('dw.worker_id', '=', workerId)
    .where('d.selection', '=', 'self')
    .orderBy('d.created_at', 'desc')
    .executeTakeFirst();
  return {
    workerId,
    maskedName: maskName(worker.full_name),
    regency: regionName(worker.regency_code) ?? worker.regency_code,
    state: state?.state ?? 'NONE',
    protectedUntil: state?.protected_until ?? null,
    endsOn: state?.ends_on ?? null,
    firstMonth,
    options,
    lastPayment: last ? { number: last.number, status: last.status, amount: last.total.toString(), createdAt: last.created_at.toISOString() } : null,
  };
}

async function workerOfCodeOrThrow(db: Kysely<DB>, code: string): Promise<string> {
  if (!isSelfPayCode(code)) throw new AppError('SELF_PAY_CODE_INVALID', { details: { field: 'code' } });
  const workerId = await workerOfCode(db, code);
  if (!workerId) throw new AppError('SELF_PAY_CODE_UNKNOWN');
  return workerId;
}

/**
 * Starts a self-payment from the public page: the unpaid self-payment for the same months is reused
 * (a second click pays the same invoice), otherwise a new one is created; then the gateway is asked.
 */
export async function startSelfPayment(deps: PaymentDeps, input: { code: string; months: number; method: 'simulator' | 'midtrans' | 'xendit' }) {
  const { db, config } = deps;
  const book = config.rules;
  if (!book.settings.quote.allowedMonths.includes(input.months)) {
    throw new DomainError({ code: 'MONTHS_NOT_ALLOWED', field: 'months', params: { value: input.months } });
  }
  const workerId = await workerOfCodeOrThrow(db, input.code);
  const { firstMonth } = await selfPayOptions(db, book, workerId);
  const open = await db
    .selectFrom('donation_workers as dw')
    .innerJoin('donations as d', 'd.id', 'dw.donation_id')
    .select('d.id')
    .where('dw.worker_id', '=', workerId)
    .where('d.selection', '=', 'self')
    .where('d.status', '=', 'awaiting_payment')
    .where('d.months', '=', input.months)
    .where('d.start_month', '=', firstDayOf(firstMonth))
    .executeTakeFirst();
  const donationId = open?.id ?? (await createSelfPayDonation(db, book, workerId, input.months));
  const payment = await startPayment(deps, null, donationId, input.method);
  const donation = await db.selectFrom('donations').select(['number', 'total', 'start_month', 'months']).where('id', '=', donationId).executeTakeFirstOrThrow();
  return { ...payment, number: donation.number, amount: donation.total.toString(), from: monthOf(donation.start_month), to: addMonths(monthOf(donation.start_month), donation.months - 1) };
}
