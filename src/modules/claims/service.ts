import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { ClaimsTable, DB } from '../../db/schema.ts';
import { simulateBenefit, type BenefitInput, type BenefitResult } from '../../domain/benefits.ts';
import { coverageStatusOn, jkkLatePenalty, serviceLevelDeadline, workingCalendar } from '../../domain/calendar.ts';
import { isDeath, programOf, requiredDocuments, serviceKindOf, type ClaimType, type DocumentKindCode } from '../../domain/claims.ts';
import { addDays, birthdayAt, jakartaToday, monthOf, type IsoDate } from '../../domain/dates.ts';
import { decideHeirs, type HeirDecision } from '../../domain/heirs.ts';
import type { RuleBook } from '../../domain/rules/index.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../http/policy.ts';
import { encryptField, type Keyring } from '../../lib/crypto.ts';
import { DOCUMENT_TYPES, type DocumentKind, type DocumentStore } from '../../lib/documents.ts';
import { newId } from '../../lib/ids.ts';
import { writeAudit } from '../audit/audit.ts';
import { accountId, postEntry } from '../ledger/ledger.ts';

/**
 * Claims from intake to payout (domain.md §2): the worker's coverage on the event date decides
 * eligibility, the rules in force on that date compute the benefit, the legal order decides who
 * receives, and the money moves in two phases in the ledger — approval reserves, payment posts,
 * rejection after approval voids (reliability.md M-11, I8). Whoever opened or verified a claim never
 * approves it (S-31; also a CHECK in the database). A payout account changed less than
 * PAYOUT_HOLD_HOURS ago holds the payment (S-32).
 */
export type ClaimDeps = { db: Kysely<DB>; book: RuleBook; keyring: Keyring };
export type ClaimRow = Selectable<ClaimsTable>;
export const PAYOUT_HOLD_HOURS = 24;

export type CoverageOnEvent = {
  state: 'NOT_STARTED' | 'ACTIVE' | 'ARREARS' | 'ENDED';
  isCovered: boolean;
  /** Why: ACTIVE, ARREARS_COVERED, ARREARS_NOT_COVERED (setting coverage.claimsDuringArrears), ENDED, NOT_STARTED. */
  reason: string;
  unpaidMonths: number;
  paidThrough: string | null;
  endsOn: string | null;
  contributionMonths: number;
  declaredIncome: string;
};

/** The worker's coverage of the claim's programme on the event date, and what the benefit is based on. */
export async function coverageOnEvent(db: Kysely<DB> | Transaction<DB>, book: RuleBook, workerId: string, type: ClaimType, eventDate: IsoDate): Promise<CoverageOnEvent> {
  const program = programOf(type);
  const months = await db
    .selectFrom('coverage_months as m')
    .leftJoin('donations as d', 'd.id', 'm.donation_id')
    .select(['m.period_month', 'd.declared_income'])
    .where('m.worker_id', '=', workerId)
    .where('m.program', '=', program)
    .orderBy('m.period_month')
    .execute();
  const paid = months.map((m) => monthOf(m.period_month));
  const status = coverageStatusOn(book, workingCalendar(book), { paidMonths: paid, startsOn: null, on: eventDate });
  const eventMonth = monthOf(eventDate);
  const upToEvent = months.filter((m) => monthOf(m.period_month) <= eventMonth);
  const worker = await db.selectFrom('workers').select('income_bracket').where('id', '=', workerId).executeTakeFirstOrThrow();
  // The benefit base is the income declared for the contributions (the last month paid by the event).
  const declared = upToEvent.at(-1)?.declared_income ?? worker.income_bracket;
  const reason =
    status.state === 'ARREARS' ? (status.isCovered ? 'ARREARS_COVERED' : 'ARREARS_NOT_COVERED') : status.state;
  return {
    state: status.state,
    isCovered: status.isCovered,
    reason,
    unpaidMonths: status.unpaidMonths,
    paidThrough: status.paidThrough,
    endsOn: status.endsOn,
    contributionMonths: upToEvent.length,
    declaredIncome: declared.toString(),
  };
}

export type ChildDetail = { name: string; birthDate: IsoDate; level: string };
export type BenefitDetails = Pick<BenefitInput, 'incapacityMonths' | 'disabilityPercent' | 'disabilityCode' | 'transport' | 'homeCare' | 'medical'> & { children?: ChildDetail[] };

export type ClaimantInput = {
  fullName: string;
  relationship: string;
  phone?: string | undefined;
  bankName?: string | undefined;
  bankAccount?: string | undefined;
  bankAccountHolder?: string | undefined;
  isPublicNameConsented?: boolean | undefined;
};

function computeBenefit(book: RuleBook, type: ClaimType, eventDate: IsoDate, coverage: CoverageOnEvent, details: BenefitDetails): BenefitResult {
  return simulateBenefit(book, {
    type,
    eventDate,
    declaredIncome: BigInt(coverage.declaredIncome),
    contributionMonths: coverage.contributionMonths,
    children: (details.children ?? []).map((c) => ({ birthDate: c.birthDate, level: c.level })),
    incapacityMonths: details.incapacityMonths,
    disabilityPercent: details.disabilityPercent,
    disabilityCode: details.disabilityCode,
    transport: details.transport,
    homeCare: details.homeCare,
    medical: details.medical,
  });
}

/**
 * What the claim pays at once: every item but the scholarships, which are an entitlement paid a
 * school year at a time against proof of schooling (and booked then).
 */
export function cashTotal(benefit: BenefitResult): bigint {
  return benefit.items.filter((i) => i.code !== 'SCHOLARSHIP').reduce((sum, i) => sum + i.amount, 0n);
}

/** JSON for a jsonb column, rupiah (bigint) as decimal strings. */
function toJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

async function nextClaimNumber(db: Kysely<DB> | Transaction<DB>, today: IsoDate): Promise<string> {
  const { rows } = await sql<{ n: string }>`select nextval('claim_number_seq')::text as n`.execute(db);
  return `KLM-${today.slice(0, 4)}-${rows[0]!.n.padStart(6, '0')}`;
}

export function bankAccountDigits(value: string): string {
  const digits = value.replace(/[\s.-]/g, '');
  if (!/^\d{6,20}$/.test(digits)) throw new AppError('VALIDATION_FAILED', { details: { field: 'bankAccount', reason: '6–20 angka' } });
  return digits;
}

function claimantRow(keyring: Keyring, claimId: string, c: ClaimantInput) {
  const id = newId();
  const phone = c.phone ? encryptField(keyring, c.phone, `claimant.phone:${id}`) : null;
  const account = c.bankAccount ? bankAccountDigits(c.bankAccount) : null;
  const sealed = account ? encryptField(keyring, account, `claimant.bank:${id}`) : null;
  return {
    id,
    claim_id: claimId,
    full_name: c.fullName.trim(),
    relationship: c.relationship,
    phone_ciphertext: phone?.ciphertext ?? null,
    phone_key_id: phone?.keyId ?? null,
    bank_name: c.bankName?.trim() || null,
    bank_account_ciphertext: sealed?.ciphertext ?? null,
    bank_account_key_id: sealed?.keyId ?? null,
    bank_account_last4: account ? account.slice(-4) : null,
    bank_account_holder: c.bankAccountHolder?.trim() || null,
    is_public_name_consented: c.isPublicNameConsented ?? false,
  };
}

export type OpenClaimInput = {
  workerId: string;
  type: ClaimType;
  eventDate: IsoDate;
  description?: string | undefined;
  details?: BenefitDetails | undefined;
  claimants?: ClaimantInput[] | undefined;
};

/** A new claim (draft from an officer; submitted from the public form), with coverage and benefit computed. */
export async function openClaim(deps: ClaimDeps, actor: Actor | null, input: OpenClaimInput, options: { source: 'officer' | 'public'; publicTokenHash?: string; requestId?: string }): Promise<ClaimRow> {
  const today = jakartaToday();
  if (input.eventDate > today) throw new AppError('VALIDATION_FAILED', { details: { field: 'eventDate', reason: 'future' } });
  return deps.db.transaction().execute(async (trx) => {
    const worker = await trx.selectFrom('workers').select(['id', 'status']).where('id', '=', input.workerId).executeTakeFirst();
    if (!worker) throw new AppError('NOT_FOUND', { details: { entity: 'worker' } });
    if (isDeath(input.type)) {
      // A person dies once: a second death claim (JKM or JKK) waits until the first is rejected.
      const open = await trx
        .selectFrom('claims')
        .select(['number', 'status'])
        .where('worker_id', '=', input.workerId)
        .where('type', 'in', ['JKM', 'JKK_DEATH'])
        .where('status', '<>', 'rejected')
        .executeTakeFirst();
      if (open) throw new AppError('CLAIM_DUPLICATE', { details: { number: open.number, status: open.status } });
    }
    const coverage = await coverageOnEvent(trx, deps.book, input.workerId, input.type, input.eventDate);
    const details = input.details ?? {};
    const benefit = computeBenefit(deps.book, input.type, input.eventDate, coverage, details);
    const id = newId();
    const row = await trx
      .insertInto('claims')
      .values({
        id,
        number: await nextClaimNumber(trx, today),
        worker_id: input.workerId,
        type: input.type,
        event_date: input.eventDate,
        event_description: input.description?.trim() ?? '',
        source: options.source,
        status: options.source === 'public' ? 'submitted' : 'draft',
        submitted_at: options.source === 'public' ? new Date() : null,
        coverage: JSON.stringify(coverage),
        benefit_input: toJson(details),
        benefit: toJson(benefit),
        benefit_total: cashTotal(benefit),
        created_by: actor?.userId ?? null,
        public_token_hash: options.publicTokenHash ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (input.claimants?.length) await trx.insertInto('claimants').values(input.claimants.map((c) => claimantRow(deps.keyring, id, c))).execute();
    await writeAudit(trx, { actorId: actor?.userId ?? null, action: 'claim.open', entity: 'claim', entityId: id, after: { type: input.type, eventDate: input.eventDate, source: options.source, coverage: coverage.reason }, requestId: options.requestId });
    return row;
  });
}

export async function addClaimant(deps: ClaimDeps, actor: Actor, claimId: string, input: ClaimantInput, requestId?: string): Promise<string> {
  return deps.db.transaction().execute(async (trx) => {
    const claim = await lockClaim(trx, claimId);
    if (!['draft', 'submitted'].includes(claim.status)) throw new AppError('INVALID_STATE', { details: { status: claim.status } });
    const row = claimantRow(deps.keyring, claimId, input);
    await trx.insertInto('claimants').values(row).execute();
    await writeAudit(trx, { actorId: actor.userId, action: 'claim.claimant.add', entity: 'claim', entityId: claimId, after: { relationship: input.relationship, bankLast4: row.bank_account_last4 }, requestId });
    return row.id;
  });
}

/** Recomputes the benefit from new details (children, costs) while the claim is still being prepared. */
export async function updateDetails(deps: ClaimDeps, actor: Actor, claimId: string, details: BenefitDetails, requestId?: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const claim = await lockClaim(trx, claimId);
    if (!['draft', 'submitted'].includes(claim.status)) throw new AppError('INVALID_STATE', { details: { status: claim.status } });
    const coverage = claim.coverage as CoverageOnEvent;
    const benefit = computeBenefit(deps.book, claim.type, claim.event_date, coverage, details);
    await trx
      .updateTable('claims')
      .set({
        benefit_input: toJson(details),
        benefit: toJson(benefit),
        benefit_total: cashTotal(benefit),
        updated_at: new Date(),
      })
      .where('id', '=', claimId)
      .execute();
    await writeAudit(trx, { actorId: actor.userId, action: 'claim.details', entity: 'claim', entityId: claimId, before: { total: claim.benefit_total.toString() }, after: { total: benefit.total.toString() }, requestId });
  });
}

async function lockClaim(trx: Transaction<DB>, claimId: string): Promise<ClaimRow> {
  const claim = await trx.selectFrom('claims').selectAll().where('id', '=', claimId).forUpdate().executeTakeFirst();
  if (!claim) throw new AppError('NOT_FOUND', { details: { entity: 'claim' } });
  return claim;
}

/**
 * A document of a claim: the bytes to the (encrypted) store under `claims/<claim>/<document>`, its
 * row with the type decided from the content. Used by officers' and heirs' uploads and the demo.
 */
export async function storeClaimDocument(
  db: Kysely<DB>,
  store: DocumentStore,
  claimId: string,
  uploadedBy: string | null,
  document: { kind: DocumentKindCode; fileName: string; type: DocumentKind; bytes: Buffer },
): Promise<string> {
  const id = newId();
  const key = `claims/${claimId}/${id}`;
  const { sha256 } = await store.put(key, document.bytes);
  await db
    .insertInto('claim_documents')
    .values({
      id,
      claim_id: claimId,
      kind: document.kind,
      file_name: document.fileName || `${document.kind.toLowerCase()}.${document.type}`,
      content_type: DOCUMENT_TYPES[document.type],
      size_bytes: document.bytes.length,
      sha256,
      storage_key: key,
      uploaded_by: uploadedBy,
    })
    .execute();
  return id;
}

/** Who receives: for deaths the legal order over the claimants; otherwise the worker's own account (first claimant). */
export async function recipientsOf(db: Kysely<DB> | Transaction<DB>, claim: Pick<ClaimRow, 'id' | 'type' | 'benefit' | 'benefit_total'>): Promise<{ decision: HeirDecision | null; recipients: { claimantId: string; amount: string }[] }> {
  const claimants = await db.selectFrom('claimants').select(['id', 'relationship']).where('claim_id', '=', claim.id).orderBy('created_at').execute();
  const benefit = claim.benefit as { items: { code: string; amount: string }[] };
  if (!isDeath(claim.type)) {
    const first = claimants[0];
    return { decision: null, recipients: first ? [{ claimantId: first.id, amount: claim.benefit_total.toString() }] : [] };
  }
  if (claimants.length === 0) return { decision: null, recipients: [] };
  const funeral = BigInt(benefit.items.find((i) => i.code === 'FUNERAL')?.amount ?? '0');
  const decision = decideHeirs({ claimants: claimants.map((c) => ({ id: c.id, relationship: c.relationship })), total: claim.benefit_total, funeral });
  const recipients = [...decision.recipients, ...decision.funeralTo].map((r) => ({ claimantId: r.id, amount: r.amount.toString() }));
  return { decision, recipients };
}

export async function submitClaim(deps: ClaimDeps, actor: Actor, claimId: string, requestId?: string): Promise<void> {
  await transition(deps, actor, claimId, 'claim.submit', async (trx, claim) => {
    if (claim.status !== 'draft') throw new AppError('INVALID_STATE', { details: { status: claim.status } });
    await trx.updateTable('claims').set({ status: 'submitted', submitted_at: new Date(), updated_at: new Date() }).where('id', '=', claimId).execute();
  }, requestId);
}

/**
 * Documents complete, worker covered on the event date, someone to pay with an account: verified.
 * The service-level clock starts today (JKM 3, JKK 7 working days over the holiday calendar).
 */
export async function verifyClaim(deps: ClaimDeps, actor: Actor, claimId: string, requestId?: string): Promise<void> {
  await transition(deps, actor, claimId, 'claim.verify', async (trx, claim) => {
    if (claim.status !== 'submitted') throw new AppError('INVALID_STATE', { details: { status: claim.status } });
    const coverage = claim.coverage as CoverageOnEvent;
    if (!coverage.isCovered) throw new AppError('CLAIM_NOT_COVERED', { details: { state: coverage.state, reason: coverage.reason, endsOn: coverage.endsOn } });
    const missing = await missingDocuments(trx, claim);
    if (missing.length) throw new AppError('CLAIM_DOCUMENTS_MISSING', { details: { missing } });
    const { recipients } = await recipientsOf(trx, claim);
    if (recipients.length === 0) throw new AppError('CLAIM_NO_RECIPIENT');
    const accounts = await trx.selectFrom('claimants').select(['id', 'bank_account_last4']).where('id', 'in', recipients.map((r) => r.claimantId)).execute();
    const noAccount = accounts.filter((a) => !a.bank_account_last4).map((a) => a.id);
    if (noAccount.length) throw new AppError('CLAIM_PAYOUT_ACCOUNT_MISSING', { details: { claimantIds: noAccount } });
    const today = jakartaToday();
    const due = serviceLevelDeadline(deps.book, workingCalendar(deps.book), { kind: serviceKindOf(claim.type), completeOn: today });
    await trx.updateTable('claims').set({ status: 'verified', verified_at: new Date(), verified_by: actor.userId, sla_due_on: due, updated_at: new Date() }).where('id', '=', claimId).execute();
  }, requestId);
}

export async function missingDocuments(db: Kysely<DB> | Transaction<DB>, claim: Pick<ClaimRow, 'id' | 'type'>): Promise<DocumentKindCode[]> {
  const claimants = await db.selectFrom('claimants').select('relationship').where('claim_id', '=', claim.id).execute();
  const required = requiredDocuments(claim.type, { hasSpouseClaimant: claimants.some((c) => c.relationship === 'SPOUSE') });
  const present = new Set((await db.selectFrom('claim_documents').select('kind').where('claim_id', '=', claim.id).execute()).map((d) => d.kind));
  return required.filter((k) => !present.has(k));
}

/** A second officer approves: the benefit is reserved in the ledger (pending payout). */
export async function approveClaim(deps: ClaimDeps, actor: Actor, claimId: string, requestId?: string): Promise<void> {
  await transition(deps, actor, claimId, 'claim.approve', async (trx, claim) => {
    if (claim.status !== 'verified') throw new AppError('INVALID_STATE', { details: { status: claim.status } });
    if (claim.created_by === actor.userId || claim.verified_by === actor.userId) throw new AppError('CLAIM_MAKER_CANNOT_APPROVE');
    const program = programOf(claim.type);
    await postEntry(trx, {
      kind: 'claim_approval',
      claimId,
      memo: `Klaim ${claim.number} disetujui`,
      createdBy: actor.userId,
      postings: [
        { accountId: await accountId(trx, { kind: 'benefit_reserve', program }), side: 'debit', amount: claim.benefit_total },
        { accountId: await accountId(trx, { kind: 'payout' }), side: 'credit', amount: claim.benefit_total },
      ],
    });
    await trx.updateTable('claims').set({ status: 'approved', approved_at: new Date(), approved_by: actor.userId, updated_at: new Date() }).where('id', '=', claimId).execute();
    await createScholarships(trx, claim);
  }, requestId);
}

async function createScholarships(trx: Transaction<DB>, claim: ClaimRow): Promise<void> {
  const benefit = claim.benefit as { scholarship: { isEligible: boolean; children: { index: number; isEligible: boolean; years: unknown[] }[] } };
  const children = ((claim.benefit_input as BenefitDetails).children ?? []) as ChildDetail[];
  const eligible = benefit.scholarship.isEligible ? benefit.scholarship.children.filter((c) => c.isEligible) : [];
  if (eligible.length === 0) return;
  const endAge = 23;
  await trx
    .insertInto('scholarship_entitlements')
    .values(
      eligible.map((c) => {
        const child = children[c.index - 1]!;
        return { id: newId(), claim_id: claim.id, child_index: c.index, child_name: child.name, birth_date: child.birthDate, ends_on: addDays(birthdayAt(child.birthDate, endAge), -1), plan: JSON.stringify(c.years) };
      }),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * The payout is recorded once (a unique index on the payout entry; the claim row locked). A JKK claim
 * paid after its service level carries the late penalty, paid to the participant with the benefit.
 */
export async function payClaim(deps: ClaimDeps, actor: Actor, claimId: string, input: { reference: string; paidOn?: IsoDate | undefined }, requestId?: string): Promise<void> {
  await transition(deps, actor, claimId, 'claim.pay', async (trx, claim) => {
    if (claim.status === 'paid') throw new AppError('CLAIM_ALREADY_PAID', { details: { paidAt: claim.paid_at?.toISOString(), reference: claim.payout_reference } });
    if (claim.status !== 'approved') throw new AppError('INVALID_STATE', { details: { status: claim.status } });
    const { recipients } = await recipientsOf(trx, claim);
    const holdUntil = await payoutHoldUntil(trx, recipients.map((r) => r.claimantId));
    if (holdUntil && holdUntil > new Date()) throw new AppError('CLAIM_PAYOUT_HOLD', { details: { until: holdUntil.toISOString() } });
    const paidOn = input.paidOn ?? jakartaToday();
    const { daysLate, penalty } =
      programOf(claim.type) === 'JKK' && claim.sla_due_on
        ? jkkLatePenalty(deps.book, workingCalendar(deps.book), { benefit: claim.benefit_total, deadline: claim.sla_due_on, paidOn })
        : { daysLate: 0, penalty: 0n };
    const program = programOf(claim.type);
    await postEntry(trx, {
      kind: 'claim_payout',
      claimId,
      memo: `Klaim ${claim.number} dibayar, ref ${input.reference}`,
      createdBy: actor.userId,
      postings: [
        { accountId: await accountId(trx, { kind: 'payout' }), side: 'debit', amount: claim.benefit_total },
        { accountId: await accountId(trx, { kind: 'benefit_reserve', program }), side: 'debit', amount: penalty },
        { accountId: await accountId(trx, { kind: 'benefits_paid', program }), side: 'credit', amount: claim.benefit_total + penalty },
      ],
    });
    await trx
      .updateTable('claims')
      .set({ status: 'paid', paid_at: new Date(), paid_on: paidOn, paid_by: actor.userId, payout_reference: input.reference.trim(), penalty_days: daysLate, penalty_amount: penalty, updated_at: new Date() })
      .where('id', '=', claimId)
      .execute();
  }, requestId);
}

async function payoutHoldUntil(trx: Transaction<DB>, claimantIds: string[]): Promise<Date | null> {
  if (claimantIds.length === 0) return null;
  const rows = await trx.selectFrom('claimants').select('bank_changed_at').where('id', 'in', claimantIds).where('bank_changed_at', 'is not', null).execute();
  const latest = rows.map((r) => r.bank_changed_at!.getTime()).sort((a, b) => b - a)[0];
  return latest === undefined ? null : new Date(latest + PAYOUT_HOLD_HOURS * 3_600_000);
}

/** Rejected with a reason; a claim already approved gets its reservation voided in the ledger. */
export async function rejectClaim(deps: ClaimDeps, actor: Actor, claimId: string, reason: string, requestId?: string): Promise<void> {
  await transition(deps, actor, claimId, 'claim.reject', async (trx, claim) => {
    if (claim.status === 'paid' || claim.status === 'rejected') throw new AppError('INVALID_STATE', { details: { status: claim.status } });
    if (claim.status === 'approved') {
      const program = programOf(claim.type);
      await postEntry(trx, {
        kind: 'claim_void',
        claimId,
        memo: `Klaim ${claim.number} ditolak sesudah disetujui`,
        createdBy: actor.userId,
        postings: [
          { accountId: await accountId(trx, { kind: 'payout' }), side: 'debit', amount: claim.benefit_total },
          { accountId: await accountId(trx, { kind: 'benefit_reserve', program }), side: 'credit', amount: claim.benefit_total },
        ],
      });
    }
    await trx.updateTable('claims').set({ status: 'rejected', rejected_at: new Date(), rejected_by: actor.userId, rejection_reason: reason.trim(), updated_at: new Date() }).where('id', '=', claimId).execute();
  }, requestId);
}

async function transition(
  deps: ClaimDeps,
  actor: Actor,
  claimId: string,
  action: string,
  body: (trx: Transaction<DB>, claim: ClaimRow) => Promise<void>,
  requestId?: string,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const claim = await lockClaim(trx, claimId);
    await body(trx, claim);
    const after = await trx.selectFrom('claims').select(['status']).where('id', '=', claimId).executeTakeFirstOrThrow();
    await writeAudit(trx, { actorId: actor.userId, action, entity: 'claim', entityId: claimId, before: { status: claim.status }, after: { status: after.status }, requestId });
  });
}

/** A payout account changed: only with the officer's password again, audited, and the payout held (S-32). */
export async function changePayoutAccount(
  deps: ClaimDeps,
  actor: Actor,
  claimId: string,
  claimantId: string,
  input: { bankName: string; bankAccount: string; bankAccountHolder: string },
  requestId?: string,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const claim = await lockClaim(trx, claimId);
    if (claim.status === 'paid' || claim.status === 'rejected') throw new AppError('INVALID_STATE', { details: { status: claim.status } });
    const claimant = await trx.selectFrom('claimants').select(['id', 'bank_account_last4']).where('id', '=', claimantId).where('claim_id', '=', claimId).executeTakeFirst();
    if (!claimant) throw new AppError('NOT_FOUND', { details: { entity: 'claimant' } });
    const digits = bankAccountDigits(input.bankAccount);
    const sealed = encryptField(deps.keyring, digits, `claimant.bank:${claimantId}`);
    await trx
      .updateTable('claimants')
      .set({
        bank_name: input.bankName.trim(),
        bank_account_ciphertext: sealed.ciphertext,
        bank_account_key_id: sealed.keyId,
        bank_account_last4: digits.slice(-4),
        bank_account_holder: input.bankAccountHolder.trim(),
        // The first account given is not a change; replacing one is.
        bank_changed_at: claimant.bank_account_last4 ? new Date() : null,
      })
      .where('id', '=', claimantId)
      .execute();
    await writeAudit(trx, {
      actorId: actor.userId,
      action: 'claim.payout_account',
      entity: 'claimant',
      entityId: claimantId,
      before: { bankLast4: claimant.bank_account_last4 },
      after: { bankLast4: digits.slice(-4), bankName: input.bankName },
      reason: 'ganti rekening pembayaran (autentikasi ulang)',
      requestId,
    });
  });
}

/** One school year of a scholarship, against proof of schooling; once per year, in the plan's order. */
export async function payScholarshipYear(
  deps: ClaimDeps,
  actor: Actor,
  entitlementId: string,
  input: { proofDocumentId: string; reference: string },
  requestId?: string,
): Promise<{ schoolYear: number; amount: bigint; level: string }> {
  return deps.db.transaction().execute(async (trx) => {
    const ent = await trx.selectFrom('scholarship_entitlements').selectAll().where('id', '=', entitlementId).forUpdate().executeTakeFirst();
    if (!ent) throw new AppError('NOT_FOUND', { details: { entity: 'scholarship' } });
    if (ent.status !== 'active') throw new AppError('INVALID_STATE', { details: { status: ent.status, reason: ent.ended_reason } });
    const claim = await trx.selectFrom('claims').select(['id', 'number', 'type', 'status']).where('id', '=', ent.claim_id).executeTakeFirstOrThrow();
    if (claim.status !== 'paid') throw new AppError('INVALID_STATE', { details: { claimStatus: claim.status } });
    const proof = await trx.selectFrom('claim_documents').select(['id', 'kind']).where('id', '=', input.proofDocumentId).where('claim_id', '=', claim.id).executeTakeFirst();
    if (!proof || proof.kind !== 'BUKTI_SEKOLAH') throw new AppError('VALIDATION_FAILED', { details: { field: 'proofDocumentId', reason: 'BUKTI_SEKOLAH' } });
    const paidYears = await trx.selectFrom('scholarship_payments').select(sql<number>`count(*)::int`.as('n')).where('entitlement_id', '=', entitlementId).executeTakeFirstOrThrow();
    const plan = ent.plan as { schoolYearStarts: string; level: string; amount: string }[];
    const next = plan[paidYears.n];
    const today = jakartaToday();
    if (!next || today > ent.ends_on) {
      await trx.updateTable('scholarship_entitlements').set({ status: 'ended', ended_reason: today > ent.ends_on ? 'age' : 'completed' }).where('id', '=', entitlementId).execute();
      throw new AppError('INVALID_STATE', { details: { reason: today > ent.ends_on ? 'age' : 'completed' } });
    }
    const amount = BigInt(next.amount);
    const program = programOf(claim.type as ClaimType);
    await postEntry(trx, {
      kind: 'scholarship_payout',
      claimId: claim.id,
      memo: `Beasiswa anak ke-${ent.child_index} tahun ke-${paidYears.n + 1}, klaim ${claim.number}, ref ${input.reference}`,
      createdBy: actor.userId,
      postings: [
        { accountId: await accountId(trx, { kind: 'benefit_reserve', program }), side: 'debit', amount },
        { accountId: await accountId(trx, { kind: 'benefits_paid', program }), side: 'credit', amount },
      ],
    });
    await trx
      .insertInto('scholarship_payments')
      .values({ id: newId(), entitlement_id: entitlementId, school_year: paidYears.n + 1, level: next.level, amount, proof_document_id: proof.id, paid_by: actor.userId, payout_reference: input.reference.trim() })
      .execute();
    await writeAudit(trx, { actorId: actor.userId, action: 'claim.scholarship.pay', entity: 'scholarship', entityId: entitlementId, after: { schoolYear: paidYears.n + 1, amount: amount.toString() }, requestId });
    return { schoolYear: paidYears.n + 1, amount, level: next.level };
  });
}

export async function endScholarship(deps: ClaimDeps, actor: Actor, entitlementId: string, reason: 'married' | 'working' | 'stopped_school', requestId?: string): Promise<void> {
  const updated = await deps.db
    .updateTable('scholarship_entitlements')
    .set({ status: 'ended', ended_reason: reason })
    .where('id', '=', entitlementId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw new AppError('INVALID_STATE');
  await writeAudit(deps.db, { actorId: actor.userId, action: 'claim.scholarship.end', entity: 'scholarship', entityId: entitlementId, after: { reason }, requestId });
}
