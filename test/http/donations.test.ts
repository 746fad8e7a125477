import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/lib/ids.ts';
import { checkLedger } from '../../src/modules/ledger/check.ts';
import { balanceOf } from '../../src/modules/ledger/ledger.ts';
import { pollPendingPayments } from '../../src/modules/payments/service.ts';
import { buildNotification } from '../../src/modules/payments/simulator.ts';
import { authHeaders, newUser, signIn, type Session } from '../helpers/context.ts';
import { randomName, randomNik, villageIn } from '../helpers/factories.ts';
import { createListeningContext } from '../helpers/listening.ts';
import { multipartFile } from '../helpers/upload.ts';

let ctx: Awaited<ReturnType<typeof createListeningContext>>;
let officer: Session;
let officer2: Session;
let donor: Session;
let otherDonor: Session;
let donorOrgId: string;

beforeAll(async () => {
  ctx = await createListeningContext({ BANK_TRANSFER_APPROVAL_ABOVE: '1000000' });
  officer = await signIn(ctx.app, await newUser(ctx.database, { role: 'officer', regionScopes: ['62.02'] }));
  officer2 = await signIn(ctx.app, await newUser(ctx.database, { role: 'officer', regionScopes: ['62.02'] }));
  donorOrgId = newId();
  await ctx.database.db.insertInto('donor_orgs').values({ id: donorOrgId, type: 'SWASTA', legal_name: `PT Donasi ${randomName()}`, display_name: 'PT Donasi Uji', region_code: null }).execute();
  donor = await signIn(ctx.app, await newUser(ctx.database, { role: 'donor', donorOrgId }));
  otherDonor = await signIn(ctx.app, await newUser(ctx.database, { role: 'donor' }));
});
afterAll(async () => {
  await ctx?.close();
});

const call = (session: Session | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method, url, headers: { ...(session ? authHeaders(session, method) : {}), ...headers }, ...(payload ? { payload } : {}) });

/** Verified workers in Kotawaringin Timur, registered and verified through the API. */
async function verifiedWorkers(n: number, occupation = 'PETANI'): Promise<string[]> {
  const { villageCode, districtCode } = await villageIn(ctx.database, '62.02');
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = await call(officer, 'POST', '/api/workers', { nik: randomNik({ districtCode }).nik, fullName: `Warga ${randomName()}`, villageCode, occupation });
    const id = r.json().worker.id as string;
    await call(officer2, 'POST', `/api/workers/${id}/verify`);
    ids.push(id);
  }
  return ids;
}

const nextMonth = () => {
  const now = new Date(Date.now() + 7 * 3_600_000);
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return d.toISOString().slice(0, 7);
};

async function donate(body: Record<string, unknown>, session: Session = officer) {
  return call(session, 'POST', '/api/donations', { donorOrgId, programs: ['JKK', 'JKM'], months: 6, startMonth: nextMonth(), ...body });
}

async function payWithSimulator(donationId: string, options: Record<string, unknown> = {}, payer: Session = donor) {
  const started = await call(payer, 'POST', `/api/donations/${donationId}/payments`, { method: 'simulator' });
  expect(started.statusCode).toBe(201);
  const { orderId, redirectUrl } = started.json();
  expect(redirectUrl).toBe(`/simulator/pay/${encodeURIComponent(orderId)}`);
  const paid = await fetch(`${ctx.baseUrl}/simulator/midtrans/pay/${encodeURIComponent(orderId)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ outcome: 'settlement', ...options }),
  });
  expect(paid.status).toBe(200);
  return { orderId, paymentId: started.json().paymentId as string };
}

async function invariantsHold() {
  const results = await checkLedger(ctx.database.db);
  expect(results.filter((r) => r.violations > 0)).toEqual([]);
}

describe('a donation from quote to coverage months', () => {
  it('is quoted into an invoice, paid through the simulator (duplicate and stale notifications), and allocated once', async () => {
    const workers = await verifiedWorkers(3);
    const created = await donate({ selection: { kind: 'list', workerIds: workers } });
    expect(created.statusCode).toBe(201);
    const donation = created.json();
    expect(donation).toMatchObject({ status: 'awaiting_payment', workerCount: 3, perWorkerMonthly: '16800', total: String(3 * 6 * 16_800), can: { pay: true, cancel: true } });
    expect(donation.number).toMatch(/^INV-\d{4}-\d{6}$/);
    const invoice = await call(donor, 'GET', `/api/donations/${donation.id}/invoice.pdf`);
    expect(invoice.headers['content-type']).toBe('application/pdf');
    expect(invoice.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await call(otherDonor, 'GET', `/api/donations/${donation.id}`)).statusCode).toBe(404);

    const { paymentId } = await payWithSimulator(donation.id, { duplicate: true, staleAfter: true });
    const after = (await call(donor, 'GET', `/api/donations/${donation.id}`)).json();
    expect(after).toMatchObject({ status: 'allocated', allocation: { workers: 3, amount: String(3 * 6 * 16_800), skippedWorkerMonths: 0, remainder: '0' }, can: { receipt: true } });
    expect(after.payments[0]).toMatchObject({ id: paymentId, status: 'settled' });
    const coverage = await ctx.database.db.selectFrom('coverage_months').select(sql<number>`count(*)::int`.as('n')).where('donation_id', '=', donation.id).executeTakeFirstOrThrow();
    expect(coverage.n).toBe(3 * 6 * 2);
    const settlements = await ctx.database.db.selectFrom('journal_entries').select('id').where('payment_id', '=', paymentId).where('kind', '=', 'settlement').execute();
    expect(settlements).toHaveLength(1);
    expect((await balanceOf(ctx.database.db, { kind: 'donor_fund', donorOrgId, name: 'x' })).balance).toBe(0n);
    const receipt = await call(donor, 'GET', `/api/donations/${donation.id}/receipt.pdf`);
    expect(receipt.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // The donor now sees the workers it protects, masked.
    const visible = (await call(donor, 'GET', '/api/workers?limit=200')).json().items.map((w: { id: string }) => w.id);
    for (const id of workers) expect(visible).toContain(id);
    await invariantsHold();
  });

  it('never pays a worker-month twice: months already covered stay in the donor fund', async () => {
    const [a, b] = await verifiedWorkers(2);
    const first = (await donate({ selection: { kind: 'list', workerIds: [a] } })).json();
    await payWithSimulator(first.id);
    const second = (await donate({ selection: { kind: 'list', workerIds: [a, b] } })).json();
    const fundBefore = (await balanceOf(ctx.database.db, { kind: 'donor_fund', donorOrgId, name: 'x' })).balance;
    await payWithSimulator(second.id);
    const after = (await call(officer, 'GET', `/api/donations/${second.id}`)).json();
    expect(after).toMatchObject({ status: 'allocated', allocation: { workers: 1, skippedWorkerMonths: 12, remainder: String(6 * 16_800) } });
    expect((await balanceOf(ctx.database.db, { kind: 'donor_fund', donorOrgId, name: 'x' })).balance - fundBefore).toBe(6n * 16_800n);
    await invariantsHold();
  });

  it('is settled by the poller when the notification never arrives', async () => {
    const workers = await verifiedWorkers(1);
    const donation = (await donate({ selection: { kind: 'list', workerIds: workers } })).json();
    await payWithSimulator(donation.id, { lose: true });
    expect((await call(donor, 'GET', `/api/donations/${donation.id}`)).json().status).toBe('awaiting_payment');
    await pollPendingPayments(ctx.app.payments, { olderThanMinutes: 0 });
    expect((await call(donor, 'GET', `/api/donations/${donation.id}`)).json().status).toBe('allocated');
  });

  it('protects a cohort picked by the published rule, chosen by the donor itself', async () => {
    const { villageCode } = await villageIn(ctx.database, '62.02');
    await verifiedWorkers(2, 'MARBOT');
    const availability = await call(donor, 'GET', `/api/donations/cohort-availability?regionCode=${villageCode}&occupations=MARBOT&months=3&startMonth=${nextMonth()}&want=2`);
    expect(availability.json()).toEqual({ available: 2, want: 2 });
    const donation = await donate({ donorOrgId: undefined, months: 3, selection: { kind: 'cohort', regionCode: villageCode, occupations: ['MARBOT'], count: 2 } }, donor);
    expect(donation.statusCode).toBe(201);
    await payWithSimulator(donation.json().id);
    const after = (await call(donor, 'GET', `/api/donations/${donation.json().id}`)).json();
    expect(after).toMatchObject({ status: 'allocated', allocation: { workers: 2, skippedWorkerMonths: 0 } });
    const protectedWorkers = (await call(donor, 'GET', `/api/donations/${donation.json().id}/workers`)).json().items;
    expect(protectedWorkers).toHaveLength(2);
    expect(protectedWorkers[0].maskedNik).toMatch(/^\d{4}\*{8}\d{4}$/);
    const tooMany = await donate({ donorOrgId: undefined, months: 3, selection: { kind: 'cohort', regionCode: villageCode, occupations: ['MARBOT'], count: 50 } }, donor);
    expect(tooMany.json().error).toMatchObject({ code: 'NO_ELIGIBLE_WORKERS', details: { requested: 50 } });
  });
});

describe('notifications that must move no money', () => {
  it('refuses a forged signature (401) and records it', async () => {
    const workers = await verifiedWorkers(1);
    const donation = (await donate({ selection: { kind: 'list', workerIds: workers } })).json();
    const started = (await call(donor, 'POST', `/api/donations/${donation.id}/payments`, { method: 'simulator' })).json();
    const forged = buildNotification({ order_id: started.orderId, transaction_id: 'x', gross_amount: BigInt(donation.total), transaction_status: 'settlement', payment_type: 'bank_transfer' }, 'SB-Mid-server-wrong-key');
    const response = await call(null, 'POST', '/api/payments/webhooks/simulator', forged);
    expect(response.statusCode).toBe(401);
    const altered = { ...buildNotification({ order_id: started.orderId, transaction_id: 'x', gross_amount: BigInt(donation.total), transaction_status: 'settlement', payment_type: 'bank_transfer' }, ctx.config.payments.simulator!.serverKey), gross_amount: '1.00' };
    expect((await call(null, 'POST', '/api/payments/webhooks/simulator', altered)).statusCode).toBe(401);
    expect((await call(donor, 'GET', `/api/donations/${donation.id}`)).json().status).toBe('awaiting_payment');
    const exceptions = (await call(officer, 'GET', '/api/payments/exceptions')).json().items.filter((e: { orderId: string }) => e.orderId === started.orderId);
    expect(exceptions.map((e: { kind: string }) => e.kind)).toEqual(['forged_notification', 'forged_notification']);
  });

  it('does not credit a settlement whose confirmed amount differs', async () => {
    const workers = await verifiedWorkers(1);
    const donation = (await donate({ selection: { kind: 'list', workerIds: workers } })).json();
    const started = (await call(donor, 'POST', `/api/donations/${donation.id}/payments`, { method: 'simulator' })).json();
    await ctx.database.db.updateTable('simulator_transactions').set({ gross_amount: 1680n }).where('order_id', '=', started.orderId).execute();
    await fetch(`${ctx.baseUrl}/simulator/midtrans/pay/${encodeURIComponent(started.orderId)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ outcome: 'settlement' }) });
    expect((await call(donor, 'GET', `/api/donations/${donation.id}`)).json().status).toBe('awaiting_payment');
    const exceptions = (await call(officer, 'GET', '/api/payments/exceptions')).json().items.filter((e: { orderId: string }) => e.orderId === started.orderId);
    expect(exceptions.map((e: { kind: string }) => e.kind)).toEqual(['amount_mismatch']);
  });

  it('credits once under 20 identical notifications at the same moment', async () => {
    const workers = await verifiedWorkers(1);
    const donation = (await donate({ selection: { kind: 'list', workerIds: workers } })).json();
    const started = (await call(donor, 'POST', `/api/donations/${donation.id}/payments`, { method: 'simulator' })).json();
    await ctx.database.db.updateTable('simulator_transactions').set({ transaction_status: 'settlement' }).where('order_id', '=', started.orderId).execute();
    const tx = await ctx.database.db.selectFrom('simulator_transactions').selectAll().where('order_id', '=', started.orderId).executeTakeFirstOrThrow();
    const notification = buildNotification(tx, ctx.config.payments.simulator!.serverKey);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        fetch(`${ctx.baseUrl}/api/payments/webhooks/simulator`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(notification) }),
      ),
    );
    const bodies = await Promise.all(responses.map(async (r) => `${r.status} ${await r.text()}`));
    expect(bodies.filter((b) => !b.startsWith('200'))).toEqual([]);
    const entries = await ctx.database.db.selectFrom('journal_entries').select('id').where('payment_id', '=', started.paymentId).where('kind', '=', 'settlement').execute();
    expect(entries).toHaveLength(1);
    await invariantsHold();
  });
});

describe('bank transfers and reversals', () => {
  it('needs a second officer above the limit; the confirming officer cannot approve', async () => {
    const workers = await verifiedWorkers(2);
    const donation = (await donate({ selection: { kind: 'list', workerIds: workers } })).json(); // Rp 201.600 ≥ limit Rp 1.000.000? no: 2 × 6 × 16.800
    const big = (await donate({ months: 12, selection: { kind: 'list', workerIds: [...(await verifiedWorkers(5))] } })).json(); // 5 × 12 × 16.800 = 1.008.000
    for (const [d, shouldWait] of [[donation, false], [big, true]] as const) {
      const started = (await call(donor, 'POST', `/api/donations/${d.id}/payments`, { method: 'bank_transfer' })).json();
      expect(started.referenceCode).toMatch(/^LKR\d{9}$/);
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
      const { payload, headers } = multipartFile('bukti.png', png, 'image/png');
      const confirmed = await ctx.app.inject({ method: 'POST', url: `/api/payments/${started.paymentId}/confirm-transfer`, payload, headers: { ...headers, ...authHeaders(officer, 'POST') } });
      expect(confirmed.json()).toEqual({ status: shouldWait ? 'awaiting_approval' : 'settled', needsApproval: shouldWait });
      if (shouldWait) {
        // Money received and awaiting the second officer: no second payment through a gateway.
        expect((await call(donor, 'GET', `/api/donations/${d.id}`)).json().can.pay).toBe(false);
        expect((await call(donor, 'POST', `/api/donations/${d.id}/payments`, { method: 'simulator' })).json().error.code).toBe('DONATION_NOT_PAYABLE');
        expect((await call(officer, 'POST', `/api/payments/${started.paymentId}/approve`)).statusCode).toBe(403);
        expect((await call(officer2, 'POST', `/api/payments/${started.paymentId}/approve`)).json()).toEqual({ status: 'settled' });
      }
      expect((await call(donor, 'GET', `/api/donations/${d.id}`)).json().status).toBe('allocated');
    }
    const exe = multipartFile('bukti.pdf', Buffer.from('MZ not a proof'));
    const refused = await ctx.app.inject({ method: 'POST', url: `/api/payments/${newId()}/confirm-transfer`, payload: exe.payload, headers: { ...exe.headers, ...authHeaders(officer, 'POST') } });
    expect(refused.statusCode).toBe(415);
    await invariantsHold();
  });

  it('a refund after allocation takes the donor fund to zero and books the rest as a receivable, coverage unchanged', async () => {
    const workers = await verifiedWorkers(1);
    const freshOrg = newId();
    await ctx.database.db.insertInto('donor_orgs').values({ id: freshOrg, type: 'BUMN', legal_name: `PT Baru ${randomName()}`, display_name: 'PT Baru', region_code: null }).execute();
    const donation = (await donate({ donorOrgId: freshOrg, selection: { kind: 'list', workerIds: workers } })).json();
    const { orderId } = await payWithSimulator(donation.id, {}, officer);
    const coverageBefore = await ctx.database.db.selectFrom('coverage_months').select(sql<number>`count(*)::int`.as('n')).where('donation_id', '=', donation.id).executeTakeFirstOrThrow();
    const receivableBefore = (await balanceOf(ctx.database.db, { kind: 'receivable' })).balance;
    await fetch(`${ctx.baseUrl}/simulator/midtrans/pay/${encodeURIComponent(orderId)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ outcome: 'refund' }) });
    const after = (await call(officer, 'GET', `/api/donations/${donation.id}`)).json();
    expect(after.payments[0].status).toBe('refunded');
    expect((await balanceOf(ctx.database.db, { kind: 'receivable' })).balance - receivableBefore).toBe(BigInt(donation.total));
    const coverageAfter = await ctx.database.db.selectFrom('coverage_months').select(sql<number>`count(*)::int`.as('n')).where('donation_id', '=', donation.id).executeTakeFirstOrThrow();
    expect(coverageAfter.n).toBe(coverageBefore.n);
    const exceptions = (await call(officer, 'GET', '/api/payments/exceptions')).json().items.filter((e: { orderId: string }) => e.orderId === orderId);
    expect(exceptions.map((e: { kind: string }) => e.kind)).toEqual(['reversal_after_allocation']);
    await invariantsHold();
  });
});

describe('idempotency and cancellation', () => {
  beforeAll(async () => {
    // Creating donations is limited to 10 a minute per user (S-25): a fresh officer for this part.
    officer = await signIn(ctx.app, await newUser(ctx.database, { role: 'officer', regionScopes: ['62.02'] }));
  });

  it('replays a repeated request with the same key and refuses the key with another body', async () => {
    const workers = await verifiedWorkers(1);
    const body = { donorOrgId, programs: ['JKK', 'JKM'], months: 1, startMonth: nextMonth(), selection: { kind: 'list', workerIds: workers } };
    const key = { 'idempotency-key': `uji-${newId()}` };
    const first = await call(officer, 'POST', '/api/donations', body, key);
    const second = await call(officer, 'POST', '/api/donations', body, key);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().id).toBe(first.json().id);
    const other = await call(officer, 'POST', '/api/donations', { ...body, months: 3 }, key);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const count = await ctx.database.db.selectFrom('donation_workers').select(sql<number>`count(*)::int`.as('n')).where('worker_id', '=', workers[0]!).executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
  });

  it('does not keep a rate-limited request against its key: the retry runs', async () => {
    const fresh = await signIn(ctx.app, await newUser(ctx.database, { role: 'donor', donorOrgId }));
    let limitedKey: string | null = null;
    for (let i = 0; i < 12 && !limitedKey; i++) {
      const key = `uji-${newId()}`;
      const r = await call(fresh, 'POST', '/api/donations/pool', { amount: '16800' }, { 'idempotency-key': key });
      if (r.statusCode === 429) limitedKey = key;
    }
    expect(limitedKey).not.toBeNull();
    const kept = await ctx.database.db.selectFrom('idempotency_keys').select('key').where('key', '=', limitedKey!).execute();
    expect(kept).toEqual([]);
  });

  it('cancels an unpaid donation, which then cannot be paid', async () => {
    const workers = await verifiedWorkers(1);
    const donation = (await donate({ selection: { kind: 'list', workerIds: workers } })).json();
    expect((await call(donor, 'POST', `/api/donations/${donation.id}/cancel`)).json()).toMatchObject({ status: 'cancelled', can: { pay: false } });
    expect((await call(donor, 'POST', `/api/donations/${donation.id}/payments`, { method: 'simulator' })).json().error.code).toBe('DONATION_NOT_PAYABLE');
  });

  it('refuses bad donations with specific codes', async () => {
    const [worker] = await verifiedWorkers(1);
    const cases: [Record<string, unknown>, string][] = [
      [{ months: 5, selection: { kind: 'list', workerIds: [worker] } }, 'MONTHS_NOT_ALLOWED'],
      [{ startMonth: '2020-01', selection: { kind: 'list', workerIds: [worker] } }, 'MONTH_INVALID'],
      [{ programs: ['JHT'], selection: { kind: 'list', workerIds: [worker] } }, 'PROGRAMS_JKK_JKM_REQUIRED'],
      [{ selection: { kind: 'list', workerIds: [newId()] } }, 'WORKERS_NOT_ELIGIBLE'],
    ];
    for (const [body, code] of cases) expect((await donate(body)).json().error.code, code).toBe(code);
  });
});

describe('donor organisations', () => {
  it('are onboarded by officers with their users, keep their own consent, and see their fund statement', async () => {
    const created = await call(officer, 'POST', '/api/donor-orgs', { type: 'BUMD', legalName: 'PT Bank Daerah Contoh', displayName: 'Bank Daerah', regionCode: '62', isPublicNameConsented: false });
    expect(created.statusCode).toBe(201);
    const org = created.json();
    expect(org).toMatchObject({ type: 'BUMD', fundBalance: '0', donations: 0, isPublicNameConsented: false });
    const email = `csr-${randomName().toLowerCase()}@bank.test`;
    expect((await call(officer, 'POST', `/api/donor-orgs/${org.id}/users`, { email, fullName: 'Staf CSR', password: 'sandi-yang-panjang-1' })).statusCode).toBe(201);
    const csr = await signIn(ctx.app, { email, password: 'sandi-yang-panjang-1' });
    expect((await call(csr, 'PATCH', `/api/donor-orgs/${org.id}`, { isPublicNameConsented: true })).json().isPublicNameConsented).toBe(true);
    expect((await call(csr, 'GET', `/api/donor-orgs/${donorOrgId}`)).statusCode).toBe(404);
    expect((await call(csr, 'POST', '/api/donor-orgs', { type: 'SWASTA', legalName: 'PT Lain', displayName: 'Lain' })).statusCode).toBe(403);
    const statement = (await call(donor, 'GET', `/api/donor-orgs/${donorOrgId}/statement`)).json();
    expect(statement.items.length).toBeGreaterThan(0);
    expect(statement.items.map((i: { kind: string }) => i.kind)).toContain('settlement');
    expect(statement.balance).toBe((await balanceOf(ctx.database.db, { kind: 'donor_fund', donorOrgId, name: 'x' })).balance.toString());
  });

  it('lets an individual register from a public page and donate', async () => {
    const email = `warga-${randomName().toLowerCase()}@contoh.test`;
    const registered = await call(null, 'POST', '/api/donor-orgs/register-individual', { fullName: 'Budi Dermawan', email, password: 'sandi-yang-panjang-2' });
    expect(registered.statusCode).toBe(201);
    const again = await call(null, 'POST', '/api/donor-orgs/register-individual', { fullName: 'Budi Dermawan', email, password: 'sandi-yang-panjang-2' });
    expect(again.json().error.code).toBe('EMAIL_TAKEN');
    const budi = await signIn(ctx.app, { email, password: 'sandi-yang-panjang-2' });
    const { villageCode } = await villageIn(ctx.database, '62.02');
    await verifiedWorkers(1, 'PENGGALI_KUBUR');
    const donation = await call(budi, 'POST', '/api/donations', { programs: ['JKK', 'JKM'], months: 1, startMonth: nextMonth(), selection: { kind: 'cohort', regionCode: villageCode, occupations: ['PENGGALI_KUBUR'], count: 1 } });
    expect(donation.statusCode).toBe(201);
    expect(donation.json().donor).toMatchObject({ id: registered.json().donorOrgId, type: 'PERORANGAN' });
  });
});
