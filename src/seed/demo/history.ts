import { requiredDocuments } from '../../domain/claims.ts';
import type { DocumentStore } from '../../lib/documents.ts';
import { approveClaim, openClaim, payClaim, storeClaimDocument, submitClaim, verifyClaim } from '../../modules/claims/service.ts';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays, addMonths, firstDayOf, jakartaToday, monthOf, type IsoDate, type YearMonth } from '../../domain/dates.ts';
import { quoteContribution } from '../../domain/quote.ts';
import type { RuleBook } from '../../domain/rules/index.ts';
import type { Actor } from '../../http/policy.ts';
import type { Keyring } from '../../lib/crypto.ts';
import { newId } from '../../lib/ids.ts';
import { monthDue } from '../../jobs/coverage.ts';
import { runMonth, type RunSummary } from '../../modules/coverage/run-month.ts';
import { createSelfPayDonation } from '../../modules/coverage/self-pay.ts';
import { allocateDonation } from '../../modules/donations/allocate.ts';
import { createPoolDonation, nextDonationNumber, storeQuote } from '../../modules/donations/service.ts';
import { deliverMessages, LOG_ONLY } from '../../modules/messages/outbox.ts';
import { bankReference } from '../../modules/payments/service.ts';
import { applyProviderStatus } from '../../modules/payments/settle.ts';
import { ADMIN_EMAIL } from './accounts.ts';
import { DEMO_DONOR_ORGS } from './donors.ts';

/**
 * A year of demo history, relative to today, so a fresh `npm start` shows the coverage lifecycle at
 * work: donations that protect workers now, one ending this month and already renewed, one ending
 * without a renewal yet (its donor is offered one), one that ended two months ago (its workers in
 * arrears, some covered by the continuity pool, one paying themself), one long ended, and the month's
 * run with its forecasts and reminders. Everything goes through the real allocation, ledger and run:
 * only the dates of the donations are set in the past. Runs once, on a demo without donations.
 */
export type HistoryReport = { donations: number; renewals: number; pooledWorkers: number; selfPaid: number; paidClaims: number; states: RunSummary['states'] };

type Org = keyof typeof ORG_KEYS;
const ORG_KEYS = { sawit: 'sawit', tambang: 'tambang', perkebunan: 'perkebunan', laz: 'laz', pemkab: 'pemkab-kotim', rudianto: 'perorangan-sampit' } as const;

export async function seedDemoHistory(options: {
  db: Kysely<DB>;
  book: RuleBook;
  keyring: Keyring;
  publicUrl: string;
  /** Where the demo claim's documents are stored; without it no demo claim is made. */
  documents?: DocumentStore;
  onProgress?: (p: { step: string; done: number; total: number }) => void;
}): Promise<HistoryReport | null> {
  const { db, book } = options;
  if (await db.selectFrom('donations').select('id').limit(1).executeTakeFirst()) return null;
  const admin = await db.selectFrom('users').select(['id', 'email', 'full_name']).where('email', '=', ADMIN_EMAIL).executeTakeFirst();
  if (!admin) return null;
  const today = jakartaToday();
  const M0 = monthOf(today);
  const notify = { messaging: LOG_ONLY, publicUrl: options.publicUrl };
  const orgs = new Map<Org, string>();
  for (const [key, demoKey] of Object.entries(ORG_KEYS) as [Org, string][]) {
    const legalName = DEMO_DONOR_ORGS.find((o) => o.key === demoKey)!.legalName;
    const row = await db.selectFrom('donor_orgs').select('id').where('legal_name', '=', legalName).executeTakeFirst();
    if (!row) return null;
    orgs.set(key, row.id);
  }

  const taken = new Set<string>();
  const pick = async (regionPrefix: string, count: number): Promise<string[]> => {
    const rows = await db
      .selectFrom('workers')
      .select('id')
      .where('status', '=', 'verified')
      .where('village_code', 'like', `${regionPrefix}.%`)
      .orderBy('name_norm')
      .orderBy('id')
      .limit(count + taken.size)
      .execute();
    const chosen = rows.map((r) => r.id).filter((id) => !taken.has(id)).slice(0, count);
    for (const id of chosen) taken.add(id);
    return chosen;
  };
  const plan = [
    { key: 'renewed', org: 'sawit', region: '62.02', workers: 20, months: 12, start: addMonths(M0, -11) },
    { key: 'ending', org: 'sawit', region: '62.02', workers: 15, months: 6, start: addMonths(M0, -5) },
    { key: 'arrears', org: 'pemkab', region: '62.02', workers: 12, months: 6, start: addMonths(M0, -7) },
    { key: 'ended', org: 'rudianto', region: '62.02', workers: 5, months: 3, start: addMonths(M0, -9) },
    { key: 'ended-kubar', org: 'tambang', region: '64.07', workers: 10, months: 3, start: addMonths(M0, -9) },
    { key: 'active', org: 'perkebunan', region: '63.71', workers: 25, months: 12, start: addMonths(M0, -2) },
  ] as const;
  const groups = new Map<string, string[]>();
  for (const p of plan) groups.set(p.key, await pick(p.region, p.workers));
  // Registered before anything was paid for them.
  if (taken.size > 0) {
    await db.updateTable('workers').set({ created_at: new Date(`${addDays(firstDayOf(addMonths(M0, -12)), 3)}T09:00:00+07:00`) }).where('id', 'in', [...taken]).execute();
  }

  const total = plan.length + 5;
  let done = 0;
  const step = () => options.onProgress?.({ step: 'history', done: ++done, total });
  const ids = new Map<string, string>();
  for (const p of plan) {
    const workers = groups.get(p.key)!;
    if (workers.length > 0) ids.set(p.key, await pastDonation(db, book, notify, { donorOrgId: orgs.get(p.org)!, workerIds: workers, months: p.months, startMonth: p.start }));
    step();
  }

  // The donation ending this month was renewed by its donor: the same workers, another year.
  let renewals = 0;
  const renewedId = ids.get('renewed');
  if (renewedId) {
    const renewal = await pastDonation(db, book, notify, { donorOrgId: orgs.get('sawit')!, workerIds: groups.get('renewed')!, months: 12, startMonth: addMonths(M0, 1), createdOn: addDays(today, -6) });
    await db.updateTable('donations').set({ renews_donation_id: renewedId }).where('id', '=', renewal).execute();
    renewals = 1;
  }
  step();

  // A zakat body gave to the continuity pool: enough for a few workers' unpaid months.
  const actor: Actor = { userId: admin.id, email: admin.email, fullName: admin.full_name, role: 'admin', regionScopes: [], branchId: null, donorOrgId: null, locale: 'id', sessionTokenHash: Buffer.alloc(32) };
  const poolGift = await createPoolDonation({ db, book, actor, requestId: null }, { donorOrgId: orgs.get('laz')!, amount: '168000' });
  await settle(db, poolGift, 'bank_transfer');
  await allocateDonation(db, book, poolGift, { notify });
  step();

  // This month's run: states, the pool covers the longest-covered workers in arrears, forecasts, reminders.
  const runDeps = { db, book, messaging: LOG_ONLY, publicUrl: options.publicUrl };
  const month = monthDue({ rules: book }, today);
  await runMonth(runDeps, month, { asOf: today });
  step();

  // One worker in arrears continues alone with the code the reminder gave them.
  let selfPaid = 0;
  const stillInArrears = await db
    .selectFrom('coverage_states')
    .select('worker_id')
    .where('program', '=', 'JKM')
    .where('state', '=', 'ARREARS')
    .where('worker_id', 'in', groups.get('arrears')!.length ? groups.get('arrears')! : [newId()])
    .orderBy('worker_id')
    .executeTakeFirst();
  if (stillInArrears) {
    const selfPay = await createSelfPayDonation(db, book, stillInArrears.worker_id, 3);
    await settle(db, selfPay, 'simulator');
    await allocateDonation(db, book, selfPay, { notify });
    selfPaid = 1;
  }
  const summary = await runMonth(runDeps, month, { asOf: today });
  for (let sent = -1; sent !== 0; ) sent = await deliverMessages(db, options.keyring, LOG_ONLY);
  step();

  // A fisherman protected by the plantation company died last month; his widow received the benefit.
  let paidClaims = 0;
  const deceased = groups.get('renewed')?.[0];
  if (deceased && options.documents) {
    await demoPaidClaim({ db, book, keyring: options.keyring, documents: options.documents, workerId: deceased, eventDate: `${addMonths(M0, -1)}-09` });
    paidClaims = 1;
  }
  step();

  const pooled = await db.selectFrom('coverage_months').select(sql<number>`count(distinct worker_id)::int`.as('n')).where('source', '=', 'pool').executeTakeFirstOrThrow();
  return { donations: ids.size + renewals, renewals, pooledWorkers: pooled.n, selfPaid, paidClaims, states: summary.states };
}

/** A donation made, paid and allocated in the past (the dates on its rows say when). */
async function pastDonation(
  db: Kysely<DB>,
  book: RuleBook,
  notify: { messaging: typeof LOG_ONLY; publicUrl: string },
  input: { donorOrgId: string; workerIds: string[]; months: number; startMonth: YearMonth; createdOn?: IsoDate },
): Promise<string> {
  const quote = quoteContribution(book, { programs: ['JKK', 'JKM'], declaredIncome: 1_000_000n, workers: input.workerIds.length, months: input.months, startDate: firstDayOf(input.startMonth) });
  const stored = storeQuote(book, quote);
  const occupations = await db.selectFrom('workers').select('occupation_code').where('id', 'in', input.workerIds).execute();
  const total = occupations.reduce((sum, w) => sum + BigInt(stored.pricing.perWorkerByOccupation[w.occupation_code] ?? stored.perWorker), 0n);
  const createdOn = input.createdOn ?? addDays(firstDayOf(input.startMonth), -12);
  const createdAt = new Date(`${createdOn}T10:00:00+07:00`);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const number = await nextDonationNumber(trx, createdOn);
    await trx
      .insertInto('donations')
      .values({
        id,
        number,
        donor_org_id: input.donorOrgId,
        created_by: null,
        programs: quote.programs,
        declared_income: quote.declaredIncome,
        months: quote.months,
        start_month: firstDayOf(input.startMonth),
        selection: 'list',
        cohort: null,
        worker_count: input.workerIds.length,
        per_worker: quote.perWorker,
        total,
        quote: JSON.stringify(stored),
        status: 'awaiting_payment',
        due_date: addDays(createdOn, 14),
        created_at: createdAt,
      })
      .execute();
    await sql`
      insert into donation_workers (donation_id, position, worker_id)
      select ${id}::uuid, p, w from unnest(${input.workerIds}::uuid[]) with ordinality as t(w, p)
    `.execute(trx);
  });
  await settle(db, id, 'bank_transfer', new Date(createdAt.getTime() + 2 * 86_400_000));
  await allocateDonation(db, book, id, { notify });
  return id;
}

/** Settles a demo donation the way a confirmed payment does (the payment row, then the provider's word). */
async function settle(db: Kysely<DB>, donationId: string, provider: 'bank_transfer' | 'simulator', at?: Date): Promise<void> {
  const donation = await db.selectFrom('donations').select(['number', 'total']).where('id', '=', donationId).executeTakeFirstOrThrow();
  const paymentId = newId();
  await db
    .insertInto('payments')
    .values({
      id: paymentId,
      donation_id: donationId,
      provider,
      order_id: `${donation.number}-1`,
      amount: donation.total,
      status: 'pending',
      reference_code: provider === 'bank_transfer' ? bankReference() : null,
      redirect_url: null,
      provider_ref: null,
      history: JSON.stringify([{ status: 'pending', at: (at ?? new Date()).toISOString() }]),
    })
    .execute();
  await applyProviderStatus(db, paymentId, { status: 'settled', amount: donation.total, currency: 'IDR', providerRef: null, raw: { demo: true } });
  if (at) {
    await db.updateTable('payments').set({ settled_at: at, created_at: at }).where('id', '=', paymentId).execute();
    await db.updateTable('donations').set({ paid_at: at }).where('id', '=', donationId).execute();
  }
}

/**
 * A JKM claim taken through the real workflow: opened and verified by the Sampit officer, approved by
 * the branch's second officer, paid. The documents are labelled demo placeholders.
 */
async function demoPaidClaim(options: { db: Kysely<DB>; book: RuleBook; keyring: Keyring; documents: DocumentStore; workerId: string; eventDate: string }) {
  const { db } = options;
  const staff = async (email: string): Promise<Actor> => {
    const u = await db.selectFrom('users').select(['id', 'email', 'full_name', 'region_scopes']).where('email', '=', email).executeTakeFirstOrThrow();
    return { userId: u.id, email: u.email, fullName: u.full_name, role: 'officer', regionScopes: u.region_scopes, branchId: null, donorOrgId: null, locale: 'id', sessionTokenHash: Buffer.alloc(32) };
  };
  const officer = await staff('officer@lingkaran.test');
  const supervisor = await staff('supervisor@lingkaran.test');
  const deps = { db, book: options.book, keyring: options.keyring };
  const claim = await openClaim(
    deps,
    officer,
    {
      workerId: options.workerId,
      type: 'JKM',
      eventDate: options.eventDate,
      description: 'Meninggal dunia karena sakit di rumah (data demo).',
      claimants: [{ fullName: 'Siti Aminah', relationship: 'SPOUSE', bankName: 'BRI', bankAccount: '002101000123507', bankAccountHolder: 'Siti Aminah', isPublicNameConsented: true }],
    },
    { source: 'officer' },
  );
  const store = options.documents;
  const placeholder = Buffer.from('%PDF-1.4\n% Dokumen contoh data demo Lingkaran\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  for (const kind of requiredDocuments('JKM', { hasSpouseClaimant: true })) {
    await storeClaimDocument(db, store, claim.id, officer.userId, { kind, fileName: `${kind.toLowerCase()}-demo.pdf`, type: 'pdf', bytes: placeholder });
  }
  await submitClaim(deps, officer, claim.id);
  await verifyClaim(deps, officer, claim.id);
  await approveClaim(deps, supervisor, claim.id);
  await payClaim(deps, supervisor, claim.id, { reference: 'BRI-DEMO-000731' });
}
