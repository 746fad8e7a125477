import { sql, type Kysely } from 'kysely';
import type { AccountKind, DB, EntryKind, Side } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';

/**
 * The double-entry ledger. The database enforces the rules (migration 0003): every entry balances
 * with at least two postings (checked at commit), postings and entries are append-only, balances
 * move with postings, and an account that does not allow it can never go negative. This module
 * only names accounts and writes entries; corrections are reversal entries.
 */
export type AccountSpec =
  | { kind: 'donor_fund'; donorOrgId: string; name: string }
  | { kind: 'clearing'; provider: string }
  | { kind: 'bpjs_payable'; program: string }
  | { kind: 'pool' }
  | { kind: 'refunds_payable' }
  | { kind: 'receivable' }
  | { kind: 'bank' }
  | { kind: 'benefit_reserve'; program: string }
  | { kind: 'payout' }
  | { kind: 'benefits_paid'; program: string };

const ACCOUNT_NAMES: Record<Exclude<AccountKind, 'donor_fund'>, string> = {
  clearing: 'Kliring gateway',
  bpjs_payable: 'Iuran terutang ke BPJS Ketenagakerjaan',
  pool: 'Dana kesinambungan (pool)',
  refunds_payable: 'Pengembalian dana terutang',
  receivable: 'Piutang / kerugian (perlu ditinjau)',
  bank: 'Rekening bank penampung',
  benefit_reserve: 'Dana Jaminan Sosial: manfaat',
  payout: 'Manfaat disetujui, belum dibayar',
  benefits_paid: 'Manfaat dibayarkan',
};

function describe(spec: AccountSpec): { code: string; name: string; normal: Side; donorOrgId: string | null; provider: string | null; program: string | null; allowNegative?: boolean } {
  switch (spec.kind) {
    case 'donor_fund':
      return { code: `DONOR_FUND:${spec.donorOrgId}`, name: `Dana donatur: ${spec.name}`, normal: 'credit', donorOrgId: spec.donorOrgId, provider: null, program: null };
    case 'clearing':
      return { code: `CLEARING:${spec.provider}`, name: `${ACCOUNT_NAMES.clearing} ${spec.provider}`, normal: 'debit', donorOrgId: null, provider: spec.provider, program: null };
    case 'bpjs_payable':
      return { code: `BPJS_PAYABLE:${spec.program}`, name: `${ACCOUNT_NAMES.bpjs_payable} (${spec.program})`, normal: 'credit', donorOrgId: null, provider: null, program: spec.program };
    case 'pool':
      return { code: 'POOL:CONTINUITY', name: ACCOUNT_NAMES.pool, normal: 'credit', donorOrgId: null, provider: null, program: null };
    case 'refunds_payable':
      return { code: 'REFUNDS_PAYABLE', name: ACCOUNT_NAMES.refunds_payable, normal: 'credit', donorOrgId: null, provider: null, program: null };
    case 'receivable':
      return { code: 'RECEIVABLE:LOSS', name: ACCOUNT_NAMES.receivable, normal: 'debit', donorOrgId: null, provider: null, program: null };
    case 'bank':
      return { code: 'BANK:OPERATING', name: ACCOUNT_NAMES.bank, normal: 'debit', donorOrgId: null, provider: null, program: null };
    // Benefits are paid by BPJS from the social-security fund, which Lingkaran does not hold. Two phases
    // (M-11): approval moves the benefit from the fund's reserve (which may go negative: it counts what
    // the fund has committed) to the payable; payment moves the payable to "paid to heirs"; rejection
    // after approval moves it back. The payable can never go negative: no payout beyond what was approved.
    case 'benefit_reserve':
      return { code: `BENEFIT_RESERVE:${spec.program}`, name: `${ACCOUNT_NAMES.benefit_reserve} ${spec.program}`, normal: 'credit', donorOrgId: null, provider: null, program: spec.program, allowNegative: true };
    case 'payout':
      return { code: 'PAYOUT:PENDING', name: ACCOUNT_NAMES.payout, normal: 'credit', donorOrgId: null, provider: null, program: null };
    case 'benefits_paid':
      return { code: `BENEFITS_PAID:${spec.program}`, name: `${ACCOUNT_NAMES.benefits_paid} ${spec.program}`, normal: 'credit', donorOrgId: null, provider: null, program: spec.program };
  }
}

/** The account's id, created on first use (idempotent under concurrency). */
export async function accountId(db: Kysely<DB>, spec: AccountSpec): Promise<string> {
  const d = describe(spec);
  const inserted = await db
    .insertInto('ledger_accounts')
    .values({ id: newId(), code: d.code, name: d.name, kind: spec.kind, normal_side: d.normal, allow_negative: d.allowNegative ?? false, donor_org_id: d.donorOrgId, provider: d.provider, program: d.program })
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return inserted.id;
  return (await db.selectFrom('ledger_accounts').select('id').where('code', '=', d.code).executeTakeFirstOrThrow()).id;
}

export type Posting = { accountId: string; side: Side; amount: bigint };

export type EntryInput = {
  id?: string;
  kind: EntryKind;
  donationId?: string | null;
  paymentId?: string | null;
  reversesEntryId?: string | null;
  memo?: string | null;
  createdBy?: string | null;
  claimId?: string | null;
  postings: readonly Posting[];
};

/** True when a database error is the no-overdraft check of an account. */
export function isOverdraft(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string };
  return e.code === '23514' && e.constraint === 'ledger_accounts_no_overdraft';
}

/**
 * Writes one balanced entry in the caller's transaction. Zero amounts are dropped; what remains must
 * balance (checked here for a clear error, and again by the database at commit). An overdraft
 * becomes INSUFFICIENT_FUNDS.
 */
export async function postEntry(trx: Kysely<DB>, entry: EntryInput): Promise<string> {
  const postings = entry.postings.filter((p) => p.amount !== 0n);
  if (postings.some((p) => p.amount < 0n)) throw new Error('postings must not be negative');
  const debit = postings.filter((p) => p.side === 'debit').reduce((s, p) => s + p.amount, 0n);
  const credit = postings.filter((p) => p.side === 'credit').reduce((s, p) => s + p.amount, 0n);
  if (postings.length < 2 || debit !== credit) throw new Error(`unbalanced entry: debit ${debit}, credit ${credit}, ${postings.length} postings`);
  const id = entry.id ?? newId();
  await trx
    .insertInto('journal_entries')
    .values({
      id,
      kind: entry.kind,
      donation_id: entry.donationId ?? null,
      payment_id: entry.paymentId ?? null,
      reverses_entry_id: entry.reversesEntryId ?? null,
      memo: entry.memo ?? null,
      created_by: entry.createdBy ?? null,
      claim_id: entry.claimId ?? null,
    })
    .execute();
  try {
    await sql`
      insert into postings (id, entry_id, account_id, side, amount)
      select * from unnest(${postings.map(() => newId())}::uuid[], ${postings.map(() => id)}::uuid[],
                           ${postings.map((p) => p.accountId)}::uuid[], ${postings.map((p) => p.side)}::text[],
                           ${postings.map((p) => p.amount)}::int8[])
    `.execute(trx);
  } catch (error) {
    if (isOverdraft(error)) throw new AppError('INSUFFICIENT_FUNDS');
    throw error;
  }
  return id;
}

export type Balance = { accountId: string; code: string; debits: bigint; credits: bigint; balance: bigint };

export async function balanceOf(db: Kysely<DB>, spec: AccountSpec): Promise<Balance> {
  const id = await accountId(db, spec);
  const row = await db.selectFrom('ledger_accounts').select(['id', 'code', 'debits', 'credits', 'normal_side']).where('id', '=', id).executeTakeFirstOrThrow();
  const balance = row.normal_side === 'credit' ? row.credits - row.debits : row.debits - row.credits;
  return { accountId: row.id, code: row.code, debits: row.debits, credits: row.credits, balance };
}
